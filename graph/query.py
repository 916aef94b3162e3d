"""Named SPARQL queries kept as ``queries/*.rq`` files, the JSON Lines listings, and any query
a user types.

The listings are SPARQL over the built store, so they show what the graph
really holds (the evaluation reads them). A user's query runs in a ``sandbox`` worker, with
the endpoint's limits: a query that would crash, hang or fetch a URL ends in a coded error.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import FormatRefused, QueryError
from .numbers import grouped, plain
from .sandbox import QueryPool, check_limits
from .store import select, to_python

QUERIES = Path(__file__).parent / "queries"
ENTITY_PREFIX = "https://w3id.org/claimsgraph/entity/"
ROW_FORMATS = ["table", "csv", "tsv", "json", "jsonl"]
GRAPH_FORMATS = {"turtle": "text/turtle", "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml",
                 "jsonld": "application/ld+json"}


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
            "claimant_label": r["claimant_label"], "subject": r["subject"],
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


def run_sparql(graph_dir: Path, text: str, fmt: str | None = None, *, timeout: float | None = None,
               memory_mb: int = 2048) -> str:
    """Any SPARQL query over the built graph, as text: rows for SELECT (``fmt`` one of
    ROW_FORMATS, a table by default), true or false for ASK, RDF for CONSTRUCT and DESCRIBE
    (``fmt`` one of GRAPH_FORMATS, Turtle by default)."""
    check_limits(text)  # before a worker is started for it
    rows_wanted = fmt is None or fmt in ROW_FORMATS
    results_type = ("application/sparql-results+json" if rows_wanted else FormatRefused(
        f"--format {fmt} is for CONSTRUCT and DESCRIBE; SELECT and ASK give {', '.join(ROW_FORMATS)}"))
    graph_type = (GRAPH_FORMATS.get(fmt or "turtle") or FormatRefused(
        f"--format {fmt} is for SELECT and ASK; CONSTRUCT and DESCRIBE give {', '.join(GRAPH_FORMATS)}"))
    with QueryPool(graph_dir, workers=1, timeout=timeout, memory_mb=memory_mb) as pool:
        answer = pool.query(text, results_type, graph_type)
    if answer.form == "graph":
        return answer.body.decode("utf-8")
    result = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
    if answer.form == "ask":
        names, rows = ["boolean"], [[bool(result)]]
    else:
        names = [v.value for v in result.variables]
        rows = [[to_python(solution[name]) for name in names] for solution in result]
    return format_rows(names, rows, fmt or "table")


def _plain(value: object) -> object:
    """A figure as plain digits for data (no ``.0``, no exponent); anything else as it is."""
    return plain(value) if isinstance(value, float) else value


def format_rows(names: list[str], rows: list[list[object]], fmt: str) -> str:
    if fmt == "table":   # numbers grouped for people; plain digits in every data format
        rows = [[grouped(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v for v in r]
                for r in rows]
    else:
        rows = [[_plain(v) for v in r] for r in rows]
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else v for v in r] for r in rows])
        return buf.getvalue()
    if fmt == "jsonl":
        return "".join(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n" for r in rows)
    return table(names, rows)


def table(names: list[str], rows: list[list[object]], width: int = 60) -> str:
    """A plain text table, long cells cut with an ellipsis."""
    def cell(v: object) -> str:
        s = "" if v is None else str(v)
        s = s.replace(ENTITY_PREFIX, "cge:").replace("\n", " ")
        return s if len(s) <= width else s[:width - 1] + "…"
    cells = [[cell(v) for v in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    line = lambda vals: " | ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()
    out = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
