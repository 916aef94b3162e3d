"""claimsgraph as a library: ``build`` a graph from articles or ``open_graph`` a built one, then ask it.

Every command of the CLI is a few lines over this module, so a script gets
what the command prints, as Python values::

    import claimsgraph

    with claimsgraph.build(["articles/"]) as g:     # a temporary folder, deleted on leaving
        for claim in g.claims():
            print(claim["claimant_label"], claim["quote"])

    g = claimsgraph.open_graph("exports")           # what `claimsgraph build` wrote
    g.query("SELECT ?s WHERE { ?s a <https://schema.org/NewsArticle> }")   # Rows: dicts, .columns
"""
from __future__ import annotations

import io
import shutil
import tempfile
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import pyoxigraph as ox

from .formats import ROW_FORMATS, Rows, format_records
from .output import check_output

if TYPE_CHECKING:   # the pipeline loads the language models: imported when a build starts
    from .evaluate import Scores
    from .pipeline import BuildReport, Progress
    from .show import Description

ONTOLOGY = Path(__file__).resolve().parent / "ontology"   # shipped with the package
EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv")


def build(paths: str | Path | Iterable[str | Path], out: str | Path | None = None, *,
          registry: Iterable[str | Path] = (), jobs: int = 1, ontology: str | Path = ONTOLOGY,
          progress: Progress | None = None, cluster: str | None = None) -> Graph:
    """Build the articles at ``paths`` (files or folders) into ``out`` and open the result.

    ``registry``: CSV or Turtle files of more entities, merged over the built-in
    registry; ``jobs``: extraction processes, or ``cluster``: the address of a Dask
    scheduler to extract on (the output is the same either way). With ``out``
    None the build goes into a temporary folder that the returned Graph deletes
    when it is closed (``with``, ``close()``, or when it is garbage-collected).
    Files that cannot be read are skipped and listed in ``graph.report.skipped``.
    """
    from .pipeline import build as run

    paths = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    temporary = None
    if out is not None:
        check_output(Path(out))   # a bad --out fails now, not after the extraction
    else:
        temporary = Path(tempfile.mkdtemp(prefix="claimsgraph-"))
        out = temporary / "graph"
    try:
        report = run(paths, Path(ontology), Path(out), progress=progress, jobs=jobs,
                     registries=[Path(r) for r in registry], cluster=cluster)
    except BaseException:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        raise
    return Graph(out, report=report, temporary=temporary)


def open_graph(path: str | Path) -> Graph:
    """A built graph: the folder `claimsgraph build` wrote (its store, or its claims.trig alone)."""
    graph = Graph(path)
    graph.store   # opened now, so a folder that holds no build is an error here
    return graph


class Graph:
    """A built graph, opened read-only: the listings, SPARQL, conflicts, one entity, exports, scores.

    ``report`` is the BuildReport when this Graph came from ``build``, else None.
    """

    def __init__(self, path: str | Path, report: BuildReport | None = None, temporary: Path | None = None):
        self.path = Path(path)
        self.report = report
        self._store: ox.Store | None = None
        self._cleanup = weakref.finalize(self, shutil.rmtree, temporary, True) if temporary else None

    def __repr__(self) -> str:
        return f"<claimsgraph.Graph {str(self.path)!r}>"

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the store; a graph built into a temporary folder deletes it."""
        self._store = None
        if self._cleanup:
            self._cleanup()

    @property
    def store(self) -> ox.Store:
        """The pyoxigraph store, for anything this class does not offer."""
        if self._store is None:
            from .store import open_store

            self._store = open_store(self.path)
        return self._store

    def claims(self) -> list[dict]:
        """Every claim as the listing gives it (LISTINGS.md): doc, kind, claimant, quote, offsets, figure, ..."""
        from .query import claims_listing

        return claims_listing(self.store)

    def entities(self) -> list[dict]:
        """Every entity: label, labels, type, Wikidata id, mentions, documents."""
        from .query import entities_listing

        return entities_listing(self.store)

    def conflicts(self) -> list[dict]:
        """Figures from different sources that disagree about the same thing, with both quotes."""
        from .conflicts import find_conflicts

        return [c.row() for c in find_conflicts(self.store)]

    def describe(self, name: str) -> Description:
        """The entity with this label or alias (any language), with the claims it makes and those about it."""
        from .show import describe

        return describe(self.store, name)

    def query(self, sparql: str, format: str | None = None, *, width: int | None = None,
              timeout: float | None = None, memory_mb: int | None = None) -> Rows | bool | str:
        """Run any SPARQL query over all the graph's named graphs; SERVICE and LOAD are refused.

        Without ``format``: SELECT gives Rows (a list of dicts with ``.columns``), ASK a bool,
        CONSTRUCT and DESCRIBE Turtle. With ``format``, the answer as text: a row format
        (table, csv, tsv, json, jsonl; ``width`` fits a table) for SELECT and ASK, an RDF
        format (turtle, ntriples, nquads, rdfxml, jsonld) for CONSTRUCT and DESCRIBE.
        With ``timeout`` (seconds) or ``memory_mb``, it runs in a worker process killed at the
        limit, as the endpoint's queries do (a script then needs ``if __name__ == "__main__":``).
        """
        from .query import as_rows, run_query

        answer = run_query(self.path, sparql, format, store=self.store if timeout is None and memory_mb is None
                           else None, timeout=timeout, memory_mb=memory_mb)
        if format in ROW_FORMATS:
            return format_records(as_rows(answer), format, width=width)
        return answer

    def export(self, fmt: str, path: str | Path | TextIO | None = None) -> str | None:
        """The graph as ``fmt`` (one of EXPORT_FORMATS): returned as text with no ``path``; written
        atomically to a file path; or streamed into an open text file (RDF is never held whole)."""
        from .export import GRAPH_FORMATS, claims_csv, to_network_file, write_atomic_with, write_export

        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
        if fmt in GRAPH_FORMATS:
            from .projection import project

            text = to_network_file(project(self.store), fmt)
            write = lambda out: out.write(text)   # noqa: E731
        elif fmt == "csv":
            text = claims_csv(self.claims())
            write = lambda out: out.write(text)   # noqa: E731
        else:
            write = lambda out: write_export(self.path, self.store, fmt, out)   # noqa: E731
        if path is None:
            buffer = io.StringIO()
            write(buffer)
            return buffer.getvalue()
        if hasattr(path, "write"):
            write(path)
        else:
            write_atomic_with(Path(path), write)
        return None

    def view(self, path: str | Path | None = None) -> Path:
        """Write the interactive HTML page (default: graph.html in the graph's folder)."""
        from .export import write_atomic
        from .projection import project
        from .visualize import render

        path = Path(path) if path else self.path / "graph.html"
        write_atomic(path, render(project(self.store)))
        return path

    def validate(self, shapes: str | Path = ONTOLOGY / "shapes.ttl") -> list:
        """SHACL violations against ``shapes`` (none when the graph conforms)."""
        from .validate import validate

        return validate(self.path, Path(shapes))

    def evaluate(self, gold: str | Path) -> Scores:
        """Scores against a folder of gold annotations, per document and overall."""
        from .evaluate import load_gold, score
        from .store import select

        _, rows = select(self.store, "SELECT ?file ?text WHERE { ?d <https://w3id.org/claimsgraph/ontology#fileName> "
                                     "?file ; <https://schema.org/text> ?text }")
        _, rules = select(self.store, "SELECT ?claim ?rule WHERE { ?claim "
                                      "<https://w3id.org/claimsgraph/ontology#rule> ?rule }")
        return score(load_gold(Path(gold), dict(rows)), self.claims(), self.entities(), dict(rules))

