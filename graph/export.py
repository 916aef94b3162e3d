"""Serialisations of the dataset that are byte-identical for the same input.

Turtle and TriG are written here, not by rdflib's Turtle writer: the same
layout (subjects sorted, predicates grouped, `a` first, fixed prefixes) in
linear time, where rdflib's prefix search grows with every claim IRI and takes
minutes on large graphs. Literals are escaped by the Turtle grammar, so any
text (quotes, backslashes, control characters, line separators) round-trips.
Files are written atomically: a reader never sees half a file.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .errors import OutputError
from .vocab import PREFIXES

_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\u2028\u2029\ufffe\uffff]')


def _prefix_block() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n"


def _iri(term: URIRef) -> str:
    text = str(term)
    for prefix, ns in _BY_LENGTH:
        if text.startswith(ns) and _LOCAL.fullmatch(text[len(ns):]):
            return f"{prefix}:{text[len(ns):]}"
    return "<" + text.replace(">", "\\u003E").replace(" ", "\\u0020") + ">"


def _string(text: str) -> str:
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text) + '"'


def term(t) -> str:
    """One RDF term in Turtle syntax."""
    if isinstance(t, URIRef):
        return "a" if t == RDF.type else _iri(t)
    if isinstance(t, Literal):
        if t.language:
            return f"{_string(str(t))}@{t.language}"
        if t.datatype and t.datatype != XSD.string:
            return f"{_string(str(t))}^^{_iri(t.datatype)}"
        return _string(str(t))
    if isinstance(t, BNode):
        return f"_:{t}"
    raise TypeError(f"not an RDF term: {t!r}")


def _sort_key(t) -> tuple:
    return (0 if isinstance(t, URIRef) else 1, str(t), str(getattr(t, "datatype", "") or ""),
            str(getattr(t, "language", "") or ""))


def _statements(triples: Iterable) -> str:
    """Subjects in IRI order, each with its predicates (rdf:type first) and objects sorted."""
    by_subject: dict = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[s][p].add(o)
    blocks = []
    for s in sorted(by_subject, key=_sort_key):
        preds = sorted(by_subject[s], key=lambda p: (p != RDF.type, str(p)))
        lines = [f"    {term(p)} " + ",\n        ".join(term(o) for o in sorted(by_subject[s][p], key=_sort_key))
                 for p in preds]
        blocks.append(term(s) + "\n" + " ;\n".join(lines) + " .")
    return "\n\n".join(blocks)


def to_turtle(ds: Dataset) -> str:
    """Every graph's triples in one Turtle document (each triple once)."""
    return _prefix_block() + _statements((s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))) + "\n"


def to_trig(ds: Dataset) -> str:
    parts = [_prefix_block().rstrip("\n")]
    for ctx in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx):
            parts.append(f"{_iri(URIRef(ctx.identifier))} {{\n{_statements(ctx)}\n}}")
    return "\n\n".join(parts) + "\n"


def to_nquads(ds: Dataset) -> str:
    text = ds.serialize(format="nquads")
    return "".join(sorted(set(line + "\n" for line in text.split("\n") if line.strip())))


def to_jsonld(ds: Dataset) -> str:
    """JSON-LD with a context of the prefixes, graphs and nodes in IRI order."""
    data = json.loads(ds.serialize(format="json-ld", context=PREFIXES, auto_compact=True))
    graphs = data.get("@graph", [])
    for graph in graphs:
        if isinstance(graph, dict) and isinstance(graph.get("@graph"), list):
            graph["@graph"].sort(key=lambda n: str(n.get("@id")))
    graphs.sort(key=lambda n: str(n.get("@id")))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def serialize(ds: Dataset, fmt: str) -> str:
    return {"turtle": to_turtle, "trig": to_trig, "nquads": to_nquads, "jsonld": to_jsonld}[fmt](ds)


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and a rename; errors name the file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as e:
        raise OutputError(f"cannot write here: {e.strerror or e}", path=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write here: {e.strerror or e}", path=str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


GRAPH_FORMATS = ("graphml", "gexf")


def to_network_file(g, fmt: str) -> str:
    """GraphML or GEXF of the projection, for Gephi and Cytoscape (list attributes joined by '; ')."""
    import io

    import networkx as nx

    flat = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        flat.add_node(_NOT_XML.sub("", n), **_flat(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        flat.add_edge(u, v, key=str(k), **_flat(d))
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buf, encoding="utf-8")
    else:
        nx.write_gexf(flat, buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _flat(attrs: dict) -> dict:
    """Attributes GraphML and GEXF can hold: lists joined, characters XML forbids dropped."""
    flat = {k: "; ".join(v) if isinstance(v, list) else v for k, v in attrs.items() if v is not None}
    return {k: _NOT_XML.sub("", v) if isinstance(v, str) else v for k, v in flat.items()}


def claims_csv(rows: list[dict]) -> str:
    """The claim listing as CSV, about-entities joined by spaces."""
    import csv
    import io

    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: " ".join(v) if isinstance(v, list) else ("" if v is None else v) for k, v in r.items()})
    return buf.getvalue()
