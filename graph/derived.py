"""Corpus-level results, worked out once per build into a named graph of their own.

Some saved queries answer from the whole corpus at once: which figures
conflict, which entities are named in the same claims. Worked out at every
request, their time grows with the corpus; worked out here, after the
documents' graphs are in the store, a query only reads them. The derived graph
is made again from the finished store by every build that writes one, a
re-build too, so it always equals a clean build's (a whole-corpus pass: under
a CPU-second per 1,000 documents, against a minute for their extraction).
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations

import pyoxigraph as ox

from .conflicts import listed_conflicts
from .rdf import DERIVED_GRAPH, derived_quads
from .store import select

_ABOUT = "SELECT ?claim ?entity WHERE { ?claim <https://schema.org/about> ?entity }"


def derive(store: ox.Store) -> list[ox.Quad]:
    """The derived graph of the store's documents, written into the store in place of the one there.

    Only the quads that differ are removed and added: a re-build that changed a few documents
    changes a few conflicts and ranks, and rewriting a big graph whole costs more than reading it.
    """
    quads = derived_quads(listed_conflicts(store), co_mentions(store))
    there = set(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))
    wanted = set(quads)
    for q in there - wanted:
        store.remove(q)
    (store.extend if there else store.bulk_extend)([q for q in quads if q not in there])
    return quads


def co_mentions(store: ox.Store) -> Counter[tuple[str, str]]:
    """How many claims are about both entities of each pair (the smaller IRI first)."""
    about: dict[str, set[str]] = {}
    for claim, entity in select(store, _ABOUT)[1]:
        about.setdefault(claim, set()).add(entity)
    return Counter(pair for entities in about.values() for pair in combinations(sorted(entities), 2))

