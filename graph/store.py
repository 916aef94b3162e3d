"""The built graph in pyoxigraph, an embedded SPARQL store made for millions of triples.

The store is loaded from the TriG a build wrote, so queries see exactly what
the exports hold. Queries run over the union of the named graphs; every
triple is in one graph only, so nothing is counted twice.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .errors import GraphNotBuilt, QueryError

TRIG_NAME = "claims.trig"
STORE_DIR = "store"   # the on-disk pyoxigraph store a build writes (not committed: binary)


def open_store(graph_dir: Path) -> ox.Store:
    path = Path(graph_dir) / TRIG_NAME
    if not path.is_file():
        raise GraphNotBuilt(f"no {TRIG_NAME} here; run `claimsgraph build` first", path=str(graph_dir))
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


def select(store: ox.Store, sparql: str) -> tuple[list[str], list[list[object]]]:
    """Variables and rows of a SELECT, values as Python objects (str, int, float, bool, None)."""
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
    rows = [[to_python(sol[name]) for name in names] for sol in result]
    return names, rows


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
