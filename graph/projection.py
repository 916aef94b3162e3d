"""One networkx projection of the RDF graph: entities, claims and documents as nodes.

It is read from the built store by SPARQL and serves the HTML page and the
GraphML / GEXF exports for Gephi and Cytoscape. What only the page needs, the
documents' texts (to show a claim's sentence in its paragraph) and the
conflicting figures, rides in the graph's own attributes (``g.graph``), which
the network exports leave out. A build's page reads the same rows as plain
tables, without the graph, one document at a time (``page_source``).
"""
from __future__ import annotations

from collections import ChainMap, Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .conflicts import figure_rows, find_conflicts
from .numbers import grouped
from .store import select
from .vocab import sparql_prefixes

if TYPE_CHECKING:   # a build reads each document's rows here without networkx: imported where a graph is made
    import networkx as nx

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
    import networkx as nx

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
    g.graph["conflicts"] = _conflicts(store, rows.figures)
    return g


def projected(store: ox.Store, rows: DocumentRows) -> Projection:
    """What ``project`` makes of the same rows, as the page reads it, without a graph."""
    nodes: dict[str, dict] = {row[0]: _document(row) for row in sorted(rows.docs, key=lambda row: row[1])}
    texts = {row[0]: row[5] or "" for row in rows.docs}
    nodes.update((row[0], _entity(row)) for row in _entities(store))
    claims, about, relations = _claim_tables(rows, nodes)
    nodes.update(claims)
    return Projection(nodes, about, relations, texts, _conflicts(store, rows.figures))


def _claim_tables(rows: DocumentRows, nodes: Container[str]) -> tuple[dict[str, dict], dict[str, list[str]],
                                                                     dict[str, tuple[str, str, str]]]:
    """The claims of ``rows`` by IRI, the nodes each is about and the relation it states, where the
    nodes are ``nodes`` (documents and entities) and the claims themselves."""
    claims = {c: _claim(row) for c, row in _last_of_each(rows.claims).items()}
    about: dict[str, list[str]] = {c: [] for c in claims}
    for c, e in rows.about:   # each claim's list is read as a set
        if c in about and (e in nodes or e in claims):
            about[c].append(e)
    relations = {c: (s, o, p.rsplit("#", 1)[-1]) for c, (_, s, p, o)
                 in _last_of_each(row for row in rows.relations if (row[1] in nodes or row[1] in claims)
                                  and (row[3] in nodes or row[3] in claims)).items()}
    return claims, about, relations


@dataclass(slots=True)
class DocumentClaims:
    """One document's claims as the page lists them: by IRI, their attributes, what each is
    about and the relation it states (subject, object, relation), if any."""

    doc: str
    text: str
    claims: dict[str, tuple[dict, list[str], tuple[str, str, str] | None]]


@dataclass(slots=True)
class PageSource:
    """What the page is made of: the documents and entities (attributes by node), the claims each
    node is the claimant of or is about, the conflicting pairs, and each document's claims, read
    one document at a time in the order asked for."""

    docs: dict[str, dict]
    entities: dict[str, dict]
    weight: Counter[str]
    conflicts: list[tuple[str, str, tuple[str, ...]]]
    claims_of: Callable[[list[str]], Iterable[DocumentClaims]]


def weigh(weight: Counter[str], claims: Iterable[tuple[dict, list[str]]]) -> None:
    """Count into ``weight`` the claims (attributes, what it is about) each node is the claimant of or
    is about: the page ranks entities by it."""
    for attrs, about in claims:
        weight.update({attrs["claimant"], *about} - {None})


def page_source(store: ox.Store, count: int, load: Callable[[int], DocumentRows]) -> PageSource:
    """The page's source for ``count`` documents whose rows ``load`` reads (a build's: from its
    cache) by number, once to count and once to list their claims: the page's memory is then one
    document's rows, not the corpus's. The same tables as ``projected`` makes of all rows at once."""
    entities = {row[0]: _entity(row) for row in _entities(store)}
    docs: dict[str, dict] = {}
    number: dict[str, int] = {}
    weight: Counter[str] = Counter()
    figures: list[list[object]] = []
    for i in range(count):
        rows = load(i)
        for row in rows.docs:
            docs[row[0]] = _document(row)
            number[row[0]] = i
        claims, about, _ = _claim_tables(rows, entities)
        weigh(weight, ((attrs, about[c]) for c, attrs in claims.items()))
        figures += rows.figures
    conflicts = _conflicts(store, figures)
    del figures
    nodes = ChainMap(docs, entities)

    def claims_of(order: list[str]) -> Iterator[DocumentClaims]:
        for doc in order:
            rows = load(number[doc])
            claims, about, relations = _claim_tables(rows, nodes)
            yield DocumentClaims(doc, [row[5] or "" for row in rows.docs if row[0] == doc][-1],
                                 {c: (attrs, about[c], relations.get(c)) for c, attrs in claims.items()})

    return PageSource(docs, entities, weight, conflicts, claims_of)


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
        OPTIONAL { VALUES ?p { skos:prefLabel skos:altLabel cg:roleLabel cg:contextLabel } ?e ?p ?alias } }
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


def _conflicts(store: ox.Store, figures: list[list[object]]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(x.a.claim, x.b.claim, x.shared) for x in find_conflicts(store, figures)]


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
