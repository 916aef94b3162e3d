"""Named SPARQL queries kept as ``queries/*.rq`` files, the JSON Lines listings, and any query
a user types.

The listings are SPARQL over the built store, so they show what the graph
really holds (the evaluation reads them). A user's query is refused if it would fetch a URL;
with limits (as `claimsgraph query` sets them) it runs in a ``sandbox`` worker, as the
endpoint's do, so a query that would crash or hang ends in a coded error.
"""
from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import FormatRefused, QueryError
from .formats import ROW_FORMATS, Rows
from .numbers import plain
from .sandbox import STACK_BYTES, Answer, QueryPool, answer, check_limits, check_safe, syntax_error
from .store import open_store, select, to_python

QUERIES = Path(__file__).parent / "queries"
GRAPH_FORMATS = {"turtle": "text/turtle", "ntriples": "application/n-triples", "nquads": "application/n-quads",
                 "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json"}


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    description: str
    sparql: str


def saved_queries() -> list[SavedQuery]:
    out = []
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0].lstrip("# ").strip() if text else ""
        out.append(SavedQuery(path.stem, first, text))
    return out


def saved_query(name: str) -> SavedQuery:
    for q in saved_queries():
        if q.name == name:
            return q
    names = ", ".join(q.name for q in saved_queries())
    raise QueryError(f"no saved query named {name!r}; saved queries: {names}")


def _listing(name: str) -> str:
    return (QUERIES / "listing" / f"{name}.rq").read_text(encoding="utf-8")


def claims_listing(store: ox.Store) -> list[dict]:
    """The claim listing of LISTINGS.md, one dict per claim."""
    names, rows = select(store, _listing("claims"))
    out = []
    for row in rows:
        r = dict(zip(names, row))
        out.append({
            "iri": r["claim"], "doc": r["file"], "kind": r["kind"], "claimant": r["claimant"],
            "claimant_label": r["claimant_label"],
            "claimant_wikidata": r["claimant_wikidata"].rsplit("/", 1)[-1] if r["claimant_wikidata"] else None,
            "subject": r["subject"],
            "predicate": r["predicate"], "object": r["object"],
            "via": _relayers(r["relays"]),
            "about": sorted(r["abouts"].split()) if r["abouts"] else [],
            "quote": r["quote"], "start": r["start"], "end": r["end"], "value": _plain(r["value"]),
            "unit": r["unit"], "date": r["date"], "lang": r["lang"], "confidence": r["confidence"],
        })
    return out


def _relayers(concatenated: str | None) -> list[str]:
    """"2 iri-b|1 iri-a" → [iri-a, iri-b]: outlets by position, outermost first."""
    pairs = [item.split(" ", 1) for item in (concatenated or "").split("|") if item]
    return [iri for _, iri in sorted(pairs, key=lambda p: int(p[0]))]


def entities_listing(store: ox.Store) -> list[dict]:
    """The entity listing of LISTINGS.md, one dict per entity."""
    _, label_rows = select(store, _listing("labels"))
    labels: dict[str, list[str]] = {}
    for entity, text, _lang in label_rows:
        labels.setdefault(entity, [])
        if text not in labels[entity]:
            labels[entity].append(text)
    names, rows = select(store, _listing("entities"))
    out = []
    for row in rows:
        r = dict(zip(names, row))
        out.append({
            "iri": r["entity"], "label": r["label"], "labels": labels.get(r["entity"], []),
            "type": r["type"].rsplit("/", 1)[-1].rsplit("#", 1)[-1],
            "wikidata": r["wikidata"].rsplit("/", 1)[-1] if r["wikidata"] else None,
            "docs": sorted(d for d in (r["docs"] or "").split("\u001f") if d),
            "mentions": r["mentions"],
        })
    return out


def run_query(graph_dir: Path, text: str, fmt: str | None = None, *, store: ox.Store | None = None,
              timeout: float | None = None, memory_mb: int | None = None) -> Rows | bool | str:
    """Any SPARQL query over the built graph: SELECT gives Rows, ASK a bool, CONSTRUCT and DESCRIBE
    RDF text (``fmt`` one of GRAPH_FORMATS, Turtle by default). A row format as ``fmt`` refuses
    CONSTRUCT and DESCRIBE, an RDF format SELECT and ASK. SERVICE and LOAD are refused.

    With a ``timeout`` or ``memory_mb`` limit it runs in a sandboxed worker process that is
    killed at the limit (as the endpoint's queries are); otherwise here, in ``store``.
    """
    check_limits(text)  # before a worker is started for it
    rows_wanted = fmt is None or fmt in ROW_FORMATS
    results_type = ("application/sparql-results+json" if rows_wanted else FormatRefused(
        f"--format {fmt} is for CONSTRUCT and DESCRIBE; SELECT and ASK give {', '.join(ROW_FORMATS)}"))
    graph_type = (GRAPH_FORMATS.get(fmt or "turtle") or FormatRefused(
        f"--format {fmt} is for SELECT and ASK; CONSTRUCT and DESCRIBE give {', '.join(GRAPH_FORMATS)}"))
    if timeout is not None or memory_mb is not None:
        with QueryPool(graph_dir, workers=1, timeout=timeout, memory_mb=memory_mb or 0, warm=False) as pool:
            reply = pool.query(text, results_type, graph_type)
    else:
        reply = _answer_here(store if store is not None else open_store(graph_dir), text,
                              {"results": results_type, "graph": graph_type})
    if reply.form == "graph":
        return reply.body.decode("utf-8")
    result = ox.parse_query_results(reply.body, format=ox.QueryResultsFormat.JSON)
    if reply.form == "ask":
        return bool(result)
    names = [v.value for v in result.variables]
    return Rows(({name: to_python(solution[name]) for name in names} for solution in result), names)


def _answer_here(store: ox.Store, text: str, formats: dict) -> Answer:
    """The query checked and run in this process, on a thread with the deep stack rdflib's parser
    needs for the check (it recurses once per bracket)."""
    outcome: list = []

    def work() -> None:
        try:
            check_safe(text)
            outcome.append(answer(store, text, formats))
        except SyntaxError as e:   # rdflib accepted what pyoxigraph refuses
            outcome.append(syntax_error(text, str(e)))
        except OSError as e:
            outcome.append(QueryError(f"the query failed: {e}"))
        except BaseException as e:  # noqa: BLE001 - raised again in the caller's thread
            outcome.append(e)

    limit, stack = sys.getrecursionlimit(), threading.stack_size(STACK_BYTES)
    sys.setrecursionlimit(max(limit, 100_000))
    try:
        thread = threading.Thread(target=work, name="sparql")
        thread.start()
        thread.join()
    finally:
        threading.stack_size(stack)
        sys.setrecursionlimit(limit)
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def as_rows(answer: Rows | bool) -> Rows:
    """ASK's answer as one row, so every format shows it."""
    return Rows([{"boolean": answer}], ["boolean"]) if isinstance(answer, bool) else answer


def _plain(value: object) -> object:
    """A figure as plain digits for data (no ``.0``, no exponent); anything else as it is."""
    return plain(value) if isinstance(value, float) else value
