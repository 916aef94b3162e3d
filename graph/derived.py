"""Corpus-level results, worked out once per build into a named graph of their own.

Some saved queries answer from the whole corpus at once: which figures
conflict, which entities are named in the same claims, and, for the listings
(timeline, quantities, claims_about_entity, claims_by_claimant), the order of
every claim or claimant of their kind and the claimants' counts. Worked out at
every request, their time grows with the corpus; worked out here, after the
documents' graphs are in the store, a query reads the page of rows it shows
by rank. The derived graph is made again from the finished store by every
build that writes one, a re-build too, so it always equals a clean build's.
The listings' orders are found by the same SPARQL ordering the queries used to
run at each request, so a page is the rows they gave.
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations

import pyoxigraph as ox

from .conflicts import listed_conflicts
from .model import Claimant, Listings
from .rdf import DERIVED_GRAPH, derived_quads
from .store import select
from .vocab import KIND_CLASS, PREFIXES

_PREFIXES = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in ("cg", "dcterms", "prov", "schema", "skos"))
_ABOUT = "SELECT ?claim ?entity WHERE { ?claim <https://schema.org/about> ?entity }"
_TIMELINE = _PREFIXES + """SELECT ?claim WHERE {
  ?claim a cg:EventClaim ; prov:wasDerivedFrom ?doc .
  ?doc cg:fileName ?file .
  OPTIONAL { ?claim dcterms:date ?claim_date }
  OPTIONAL { ?doc schema:datePublished ?doc_date }
  BIND(COALESCE(?claim_date, ?doc_date) AS ?date)
}
ORDER BY (!BOUND(?date)) ?date ?file ?claim"""
_QUANTITIES = _PREFIXES + """SELECT ?claim WHERE {
  ?claim a cg:QuantityClaim ; schema:value ?value ; prov:wasDerivedFrom ?doc .
  ?doc cg:fileName ?file .
  OPTIONAL { ?claim schema:unitCode ?unit_code }
}
ORDER BY ?unit_code DESC(?value) ?file ?claim"""
_CLAIMS_ABOUT_ENTITY = _PREFIXES + """SELECT ?entity WHERE { ?entity skos:prefLabel ?label FILTER(LANG(?label) = "en") }
ORDER BY ?label ?entity"""
_CLASSES = " ".join(f"<{iri}>" for iri in KIND_CLASS.values())
_CLAIMANTS = _PREFIXES + f"""SELECT ?claimant ?claims ?documents WHERE {{
  {{ SELECT ?claimant (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?doc) AS ?documents) WHERE {{
      VALUES ?class {{ {_CLASSES} }}
      ?claim a ?class ; prov:wasAttributedTo ?claimant ; prov:wasDerivedFrom ?doc .
    }} GROUP BY ?claimant }}
  OPTIONAL {{ ?claimant skos:prefLabel ?label FILTER(LANG(?label) = "en") }}
}}
ORDER BY DESC(?claims) ?label ?claimant"""
_CLAIMANT_KINDS = _PREFIXES + f"""SELECT DISTINCT ?claimant ?class WHERE {{
  VALUES ?class {{ {_CLASSES} }}
  ?claim a ?class ; prov:wasAttributedTo ?claimant .
}}"""


def derive(store: ox.Store) -> list[ox.Quad]:
    """The derived graph of the store's documents, written into the store in place of the one there."""
    store.remove_graph(DERIVED_GRAPH)
    quads = derived_quads(listed_conflicts(store), co_mentions(store), listings(store))
    store.bulk_extend(quads)
    return quads


def co_mentions(store: ox.Store) -> Counter[tuple[str, str]]:
    """How many claims are about both entities of each pair (the smaller IRI first)."""
    about: dict[str, set[str]] = {}
    for claim, entity in select(store, _ABOUT)[1]:
        about.setdefault(claim, set()).add(entity)
    return Counter(pair for entities in about.values() for pair in combinations(sorted(entities), 2))


def listings(store: ox.Store) -> Listings:
    """The rows of the saved listings in their order (a row listed twice, as by two labels, once)."""
    kind_of = {iri: kind for kind, iri in KIND_CLASS.items()}
    kinds: dict[str, set[str]] = {}
    for claimant, class_ in select(store, _CLAIMANT_KINDS)[1]:
        kinds.setdefault(claimant, set()).add(kind_of[class_])
    claimants = dict.fromkeys(Claimant(iri, claims, documents, ", ".join(k for k in KIND_CLASS if k in kinds[iri]))
                              for iri, claims, documents in select(store, _CLAIMANTS)[1])
    return Listings(timeline=_first_rows(store, _TIMELINE), quantities=_first_rows(store, _QUANTITIES),
                    claims_about_entity=_first_rows(store, _CLAIMS_ABOUT_ENTITY),
                    claims_by_claimant=tuple(claimants))


def _first_rows(store: ox.Store, sparql: str) -> tuple[str, ...]:
    """The first column of a query's rows, each value once, in order."""
    return tuple(dict.fromkeys(row[0] for row in select(store, sparql)[1]))
