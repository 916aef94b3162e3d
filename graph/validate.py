"""SHACL validation of a built graph against the shapes in ``ontology/shapes.ttl``."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import GraphNotBuilt, OntologyError


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str | None
    message: str


def validate(graph_dir: Path, shapes_path: Path) -> list[Violation]:
    """Violations of the shapes by the union of the built graph's named graphs."""
    import pyshacl
    from rdflib import Dataset, Graph
    from rdflib.namespace import SH

    trig = Path(graph_dir) / "claims.trig"
    if not trig.is_file():
        raise GraphNotBuilt("no claims.trig here; run `claimsgraph build` first", path=str(graph_dir))
    if not Path(shapes_path).is_file():
        raise OntologyError("shapes file not found", path=str(shapes_path))
    ds = Dataset()
    ds.parse(trig, format="trig")
    data = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        data.add((s, p, o))
    shapes = Graph().parse(shapes_path, format="turtle")
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, advanced=True, allow_warnings=True)
    out = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        path = report.value(result, SH.resultPath)
        out.append(Violation(str(report.value(result, SH.focusNode)),
                             str(path) if path is not None else None,
                             str(report.value(result, SH.resultMessage))))
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message))
