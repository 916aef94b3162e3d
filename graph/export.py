"""Serialisations of the dataset that are byte-identical for the same input.

Turtle and TriG come from rdflib's Turtle writer, which sorts subjects,
predicates and objects; TriG is written graph by graph in IRI order around it.
Files are written atomically: a reader never sees half a file.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .vocab import PREFIXES

FORMATS = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "jsonld": "jsonld"}


def _graph_with_prefixes() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def _prefix_block() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n"


def _body(g: Graph) -> str:
    text = g.serialize(format="turtle")
    # split("\n"), not splitlines(): the latter also cuts at \x1c-\x1e, \x85, \u2028 inside literals
    return "\n".join(line for line in text.split("\n") if not line.startswith("@prefix")).strip("\n")


def to_turtle(ds: Dataset) -> str:
    """Every graph's triples in one Turtle document (each triple once)."""
    g = _graph_with_prefixes()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return _prefix_block() + _body(g) + "\n"


def to_trig(ds: Dataset) -> str:
    parts = [_prefix_block().rstrip("\n")]
    for ctx in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
        if not len(ctx):
            continue
        g = _graph_with_prefixes()
        for triple in ctx:
            g.add(triple)
        # not indented: that would change the multi-line literals
        parts.append(f"<{ctx.identifier}> {{\n{_body(g)}\n}}")
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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
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
        flat.add_node(n, **_flat(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        flat.add_edge(u, v, key=str(k), **_flat(d))
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buf, encoding="utf-8")
    else:
        nx.write_gexf(flat, buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def _flat(attrs: dict) -> dict:
    return {k: "; ".join(v) if isinstance(v, list) else v for k, v in attrs.items() if v is not None}


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
