"""One networkx projection of the RDF graph: entities, claims and documents as nodes.

It is read from the built store by SPARQL and serves the HTML page and the
GraphML / GEXF exports for Gephi and Cytoscape. What only the page needs, the
documents' texts (to show a claim's sentence in its paragraph) and the
conflicting figures, rides in the graph's own attributes (``g.graph``), which
the network exports leave out. A build's page reads the same rows as plain
tables (``projected``), without the graph.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
import pyoxigraph as ox

from .conflicts import figure_rows, find_conflicts
from .numbers import grouped
from .store import select
from .vocab import sparql_prefixes

_PREFIXES = sparql_prefixes("cg", "dcterms", "oa", "prov", "schema", "skos", "rdf")


_DOCUMENTS = _PREFIXES + """
    SELECT ?doc ?file ?title ?date ?lang ?text WHERE { ?doc a schema:NewsArticle ; cg:fileName ?file .
    OPTIONAL { ?doc schema:headline ?title } OPTIONAL { ?doc schema:datePublished ?date }
    OPTIONAL { ?doc schema:inLanguage ?lang } OPTIONAL { ?doc schema:text ?text } }"""
_ABOUT = _PREFIXES + "SELECT ?c ?e WHERE { ?c schema:about ?e }"
_RELATIONS = _PREFIXES + "SELECT ?c ?s ?p ?o WHERE { ?c rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"


@dataclass(slots=True)
class DocumentRows:
    """What the projection reads of the documents' graphs: the documents, their claims, what the
    claims are about, the relations they state and the figures compared for conflicts. All but
    the entities, and the costliest part of the page: a build reads it from each document's own
    graph where the document is extracted, and keeps it in its cache for the next build."""

    docs: list[list[object]] = field(default_factory=list)
    claims: list[list[object]] = field(default_factory=list)
    about: list[list[object]] = field(default_factory=list)
    relations: list[list[object]] = field(default_factory=list)
    figures: list[list[object]] = field(default_factory=list)

    def add(self, other: DocumentRows) -> None:
        for name in self.__slots__:
            getattr(self, name).extend(getattr(other, name))


def document_rows(store: ox.Store) -> DocumentRows:
    """The rows of every document in ``store`` (a build's: of one document, in a store of its own)."""
    return DocumentRows(select(store, _DOCUMENTS)[1], [row for rows in claim_rows(store).values() for row in rows],
                        select(store, _ABOUT)[1], select(store, _RELATIONS)[1], figure_rows(store))


@dataclass(slots=True)
class Projection:
    """The projection as the page reads it, in plain tables: a build's page needs no graph, and
    networkx's costs three times as much per claim, on a big corpus the most of the page's memory."""

    nodes: dict[str, dict]     # attributes by node: documents, entities, claims (their ``kind``)
    about: dict[str, list[str]]      # claim -> the nodes it is about
    relations: dict[str, tuple[str, str, str]]   # claim -> subject, object, relation it states
    texts: dict[str, str]      # document -> its text
    conflicts: list[tuple[str, str, tuple[str, ...]]]   # claim, claim, what both speak of


def project(store: ox.Store, rows: DocumentRows | None = None) -> nx.MultiDiGraph:
    """Entities, claims and documents as nodes; about, claimant, source and relation edges.

    ``rows``: every document's ``document_rows``, where a build kept those of its unchanged documents.
    """
    g = nx.MultiDiGraph(texts={}, conflicts=[])
    rows = rows if rows is not None else document_rows(store)
    for row in sorted(rows.docs, key=lambda row: row[1]):   # by file name
        g.add_node(row[0], **_document(row))
        g.graph["texts"][row[0]] = row[5] or ""
    for row in _entities(store):
        g.add_node(row[0], **_entity(row))
    for row in _ordered(rows.claims):
        c, doc, claimant = row[0], row[2], row[6]
        g.add_node(c, **_claim(row))
        g.add_edge(c, doc, key="source", relation="source")
        if claimant:
            g.add_edge(claimant, c, key="claims", relation="claims")
    for c, e in _ordered(rows.about):
        if e in g:
            g.add_edge(c, e, key="about", relation="about")
    for c, s, p, o in _ordered(rows.relations):
        if s in g and o in g:
            g.add_edge(s, o, key=c, relation=p.rsplit("#", 1)[-1])
    g.graph["conflicts"] = _conflicts(store, rows)
    return g


def projected(store: ox.Store, rows: DocumentRows) -> Projection:
    """What ``project`` makes of the same rows, as the page reads it, without a graph."""
    nodes: dict[str, dict] = {row[0]: _document(row) for row in sorted(rows.docs, key=lambda row: row[1])}
    texts = {row[0]: row[5] or "" for row in rows.docs}
    nodes.update((row[0], _entity(row)) for row in _entities(store))
    nodes.update((c, _claim(row)) for c, row in _last_of_each(rows.claims).items())
    about: dict[str, list[str]] = {n: [] for n, d in nodes.items() if d["kind"] == "claim"}
    for c, e in rows.about:   # each claim's list is read as a set
        if e in nodes and c in about:
            about[c].append(e)
    relations = {c: (s, o, p.rsplit("#", 1)[-1]) for c, (_, s, p, o)
                 in _last_of_each(row for row in rows.relations if row[1] in nodes and row[3] in nodes).items()}
    return Projection(nodes, about, relations, texts, _conflicts(store, rows))


def _last_of_each(rows: Iterable[list[object]]) -> dict[str, list[object]]:
    """Per first value, the row ``_ordered`` puts last (what ``project`` keeps of a claim with two rows),
    without sorting them all: the page reads claims and relations by claim, never in this order."""
    kept: dict[str, list[object]] = {}
    for row in rows:
        held = kept.get(row[0])
        if held is None or _order(row) >= _order(held):
            kept[row[0]] = row
    return kept


def _document(row: list) -> dict:
    doc, file, title, date, lang, _ = row
    return {"kind": "document", "label": file, "file": file, "title": title or file, "date": date, "lang": lang}


def _entities(store: ox.Store) -> list[list[object]]:
    return _ordered(select(store, _PREFIXES + """
        SELECT ?e ?type (SAMPLE(COALESCE(?en, ?any)) AS ?label)
               (GROUP_CONCAT(DISTINCT STR(?alias); separator="\\u001f") AS ?aliases)
        WHERE { ?e a ?type ; skos:prefLabel ?any
        FILTER(STRSTARTS(STR(?e), "https://w3id.org/claimsgraph/entity/"))
        OPTIONAL { ?e skos:prefLabel ?en FILTER(LANG(?en) = "en") }
        OPTIONAL { VALUES ?p { skos:prefLabel skos:altLabel cg:roleLabel } ?e ?p ?alias } }
        GROUP BY ?e ?type""")[1])


def _entity(row: list) -> dict:
    e, type_, label, aliases = row
    return {"kind": "entity", "label": label, "type": type_.rsplit("/", 1)[-1].rsplit("#", 1)[-1],
            "aliases": sorted(set((aliases or "").split("\u001f")) - {""})}


def _claim(row: list) -> dict:
    c, class_, doc, quote, start, end, claimant, value, unit, code, date, lang = row
    kind = class_.rsplit("#", 1)[-1].replace("Claim", "").lower()
    figure = f"{grouped(value)} {unit or ''}".strip() if value is not None else None
    return {"kind": "claim", "claim_kind": kind, "quote": quote, "doc": doc, "start": start, "end": end,
            "claimant": claimant, "figure": figure, "value": value, "unit": unit, "unit_code": code, "date": date,
            "lang": lang, "label": figure or kind}


def _conflicts(store: ox.Store, rows: DocumentRows) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(x.a.claim, x.b.claim, x.shared) for x in find_conflicts(store, rows.figures)]


def claim_rows(store: ox.Store, docs: list[str] | None = None) -> dict[str, list[list[object]]]:
    """The claims' rows by their document's IRI, of ``docs`` only if given: the costliest part of
    the projection, and a document's own, so an incremental build queries only changed documents."""
    only = f"VALUES ?doc {{ {' '.join(f'<{d}>' for d in docs)} }}" if docs is not None else ""
    _, rows = select(store, _PREFIXES + """
        SELECT ?c ?class ?doc ?quote ?start ?end ?claimant ?value ?unit ?code ?date ?lang WHERE { """ + only + """
          ?c prov:wasDerivedFrom ?doc ; a ?class ; cg:evidence/oa:hasSelector ?selector .
          ?selector oa:exact ?quote ; oa:start ?start ; oa:end ?end .
          OPTIONAL { ?c prov:wasAttributedTo ?claimant } OPTIONAL { ?c schema:value ?value }
          OPTIONAL { ?c schema:unitText ?unit } OPTIONAL { ?c schema:unitCode ?code }
          OPTIONAL { ?c dcterms:date ?date }
          OPTIONAL { ?c dcterms:language ?lang } }""")
    by_doc: dict[str, list[list[object]]] = {d: [] for d in docs or ()}
    for row in rows:
        by_doc.setdefault(row[2], []).append(row)
    return by_doc


def _ordered(rows: list[list[object]]) -> list[list[object]]:
    """Rows in the order of their values (an unbound one first): Oxigraph's ORDER BY costs ten
    times the query itself on a big graph."""
    return sorted(rows, key=_order)


def _order(row: list[object]) -> list[tuple[bool, str]]:
    return [(v is not None, str(v)) for v in row]
