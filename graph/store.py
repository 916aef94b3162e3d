"""The built graph in pyoxigraph, an embedded SPARQL store made for millions of triples.

A build writes the store on disk beside its exports (``store/``); readers open
it read-only, which takes milliseconds at any size and lets many processes
read at once. Queries run over the union of the named graphs; every triple is
in one graph only, so nothing is counted twice.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphNotBuilt, QueryError

TRIG_NAME = "claims.trig"
STORE_DIR = "store"   # the on-disk store a build writes (not committed: binary)
_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def open_store(graph_dir: Path) -> ox.Store:
    """The build's store, read-only.

    A folder with only the text exports (a fresh checkout, where the store is not
    committed, or a claims.trig from elsewhere) is loaded from its TriG into memory.
    """
    graph_dir = Path(graph_dir)
    if (graph_dir / STORE_DIR).is_dir():
        try:
            return ox.Store.read_only(str(graph_dir / STORE_DIR))
        except OSError as e:
            raise GraphNotBuilt(f"cannot open the store: {e}; run `claimsgraph build` again",
                                path=str(graph_dir)) from None
    path = graph_dir / TRIG_NAME
    if not path.is_file():
        raise GraphNotBuilt(f"no {TRIG_NAME} here; run `claimsgraph build` first", path=str(graph_dir))
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


def quads(store: ox.Store, graph: ox.NamedNode | None,
          subject: ox.NamedNode | ox.BlankNode | None = None) -> Iterator[ox.Quad]:
    """A graph's quads (or, for None, every graph's), optionally one subject's, as the build wrote
    them: Oxigraph reads xsd:nonNegativeInteger back as xsd:integer, so the datatypes rdf.py
    narrows are put back."""
    from .rdf import NARROWER_DATATYPES

    for q in store.quads_for_pattern(subject, None, None, graph):
        datatype = NARROWER_DATATYPES.get(q.predicate)
        if datatype is not None and isinstance(q.object, ox.Literal) and q.object.datatype == _XSD_INTEGER:
            q = ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value, datatype=datatype), q.graph_name)
        yield q


def graphs(store: ox.Store) -> list[ox.NamedNode]:
    """The named graphs, in IRI order."""
    return sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


def select(store: ox.Store, sparql: str) -> tuple[list[str], list[list[object]]]:
    """Variables and rows of a SELECT, values as Python objects (str, int, float, bool, None)."""
    names, rows = selected(store, sparql)
    return names, list(rows)


def selected(store: ox.Store, sparql: str) -> tuple[list[str], Iterator[list[object]]]:
    """``select`` with the rows as they come, for a caller that keeps less than all of them."""
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from None
    except OSError as e:
        raise QueryError(f"query failed: {e}") from None
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT queries return rows here; run ASK, CONSTRUCT and DESCRIBE through "
                         "`claimsgraph serve`")
    names = [v.value for v in result.variables]
    return names, ([to_python(sol[name]) for name in names] for sol in result)


def to_python(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        xsd = "http://www.w3.org/2001/XMLSchema#"
        if dt in (xsd + "integer", xsd + "nonNegativeInteger", xsd + "int", xsd + "long"):
            return int(term.value)
        if dt in (xsd + "decimal", xsd + "double", xsd + "float"):
            return float(term.value)
        if dt == xsd + "boolean":
            return term.value == "true"
        return term.value
    return term.value
