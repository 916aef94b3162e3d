"""Corpus-level results, worked out once per build into a named graph of their own.

Some saved queries answer from the whole corpus at once: which figures
conflict, which entities are named in the same claims, and, for the listings
(timeline, quantities, claims_about_entity, claims_by_claimant), the order of
every claim or claimant of their kind and the claimants' counts. Worked out at
every request, their time grows with the corpus; worked out here, after the
documents' graphs are in the store, a query reads the page of rows it shows
by rank. The derived graph is made again from the finished store by every
build that writes one, a re-build too, so it always equals a clean build's.
Events and figures are put in order by the ORDER BY the queries ran at each
request, entities and claimants here as that ORDER BY would, so a page is the
rows those queries gave (tests/test_listings.py compares them).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations

import pyoxigraph as ox

from .conflicts import listed_conflicts
from .model import Claimant, Listings
from .rdf import DERIVED_GRAPH, derived_quads
from .store import selected
from .vocab import KIND_CLASS, SCHEMA, sparql_prefixes

_PREFIXES = sparql_prefixes("cg", "dcterms", "prov", "schema", "skos")
_SCHEMA_ABOUT = ox.NamedNode(SCHEMA.about)
# The orders of the timeline and quantities queries as they ran at each request, the claim's document read
# as the one node of its graph with a file name (each document's claims are in its own graph): one join fewer.
_TIMELINE = _PREFIXES + """SELECT ?claim WHERE {
  GRAPH ?document {
    ?claim a cg:EventClaim .
    ?doc cg:fileName ?file .
    OPTIONAL { ?claim dcterms:date ?claim_date }
    OPTIONAL { ?doc schema:datePublished ?doc_date }
  }
  BIND(COALESCE(?claim_date, ?doc_date) AS ?date)
}
ORDER BY (!BOUND(?date)) ?date ?file ?claim"""
_QUANTITIES = _PREFIXES + """SELECT ?claim WHERE {
  GRAPH ?document {
    ?claim a cg:QuantityClaim ; schema:value ?value .
    ?doc cg:fileName ?file .
    OPTIONAL { ?claim schema:unitCode ?unit_code }
  }
}
ORDER BY ?unit_code DESC(?value) ?file ?claim"""
_ENGLISH_LABELS = _PREFIXES + """SELECT ?entity ?label WHERE {
  ?entity skos:prefLabel ?label FILTER(LANG(?label) = "en")
}"""
# Claims per claimant, class and document graph: few rows to count from (a claim has one class; relays,
# attributed too, are left out by their class).
_ATTRIBUTED = _PREFIXES + """SELECT ?claimant ?class ?document (COUNT(?claim) AS ?claims) WHERE {
  GRAPH ?document { ?claim prov:wasAttributedTo ?claimant ; a ?class }
}
GROUP BY ?claimant ?class ?document"""


def derive(store: ox.Store) -> int:
    """The derived graph of the store's documents, written into the store in place of the one there; its size."""
    write_derived(store, derived_graph(store))
    return sum(1 for _ in store.quads_for_pattern(None, None, None, DERIVED_GRAPH))


def derived_graph(store: ox.Store) -> Iterator[ox.Quad]:
    """The derived graph of the store's documents, as it is made. A build reads it from a snapshot of its
    store in the page's process: reading a big store at random costs native memory that grows with it."""
    return derived_quads(listed_conflicts(store), co_mentions(store), listings(store))


def write_derived(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """``quads``, the derived graph, written into ``store`` in place of the one there, in batches as they
    come. A build counts them and makes their blocks as they pass: reading them back from a big store
    costs native memory that grows with the store.

    Only the quads that changed are removed and added: a re-build after a few documents changed keeps
    most ranks and counts, and removing a quad costs the store far more than reading it (dropping the
    whole graph of 100,000 quads took 2.4–4.2 CPU-seconds).
    """
    held = set(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))   # a re-build's
    made, batch = 0, []
    for q in quads:
        made += 1
        if q in held:
            held.discard(q)   # what is left of it at the end is gone
        else:
            batch.append(q)
        if len(batch) >= BATCH:
            store.bulk_extend(batch)
            batch = []
    store.bulk_extend(batch)
    if not made:
        store.remove_graph(DERIVED_GRAPH)
        return
    for gone in held:
        store.remove(gone)


BATCH = 20_000   # derived quads written at a time


def co_mentions(store: ox.Store) -> Counter[tuple[str, str]]:
    """How many claims are about both entities of each pair (the smaller IRI first).

    Read one graph at a time (a claim is in its document's graph only), so that one document's claims
    are held, not the corpus's: the pairs are few, bounded by the entities.
    """
    pairs: Counter[tuple[str, str]] = Counter()
    for graph in [ox.DefaultGraph(), *store.named_graphs()]:
        about: dict[str, set[str]] = {}
        for q in store.quads_for_pattern(None, _SCHEMA_ABOUT, None, graph):
            about.setdefault(q.subject.value, set()).add(q.object.value)
        pairs.update(pair for entities in about.values() for pair in combinations(sorted(entities), 2))
    return pairs


def listings(store: ox.Store) -> Listings:
    """The rows of the saved listings in their order (a row listed twice, as by two labels, once).

    Entities and claimants are ordered here, as SPARQL orders them (a missing label first, labels and IRIs
    by code point), from their English labels: few values, and far cheaper than an ORDER BY in the store,
    which reads each string it compares.
    """
    english: dict[str, str] = {}
    for entity, label in selected(store, _ENGLISH_LABELS)[1]:
        english[entity] = min(label, english.get(entity, label))
    kind_of = {iri: kind for kind, iri in KIND_CLASS.items()}
    claims: Counter[str] = Counter()
    documents: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    for claimant, class_, doc, n in selected(store, _ATTRIBUTED)[1]:
        if class_ not in kind_of:
            continue
        claims[claimant] += n
        documents.setdefault(claimant, set()).add(doc)
        kinds.setdefault(claimant, set()).add(kind_of[class_])
    ranked = sorted(claims, key=lambda c: (-claims[c], c in english, english.get(c, ""), c))
    return Listings(
        timeline=_first_rows(store, _TIMELINE), quantities=_first_rows(store, _QUANTITIES),
        claims_about_entity=tuple(sorted(english, key=lambda e: (english[e], e))),
        claims_by_claimant=tuple(Claimant(c, claims[c], len(documents[c]),
                                          ", ".join(k for k in KIND_CLASS if k in kinds[c])) for c in ranked))


def _first_rows(store: ox.Store, sparql: str) -> tuple[str, ...]:
    """The first column of a query's rows, each value once, in order."""
    return tuple(dict.fromkeys(row[0] for row in selected(store, sparql)[1]))
