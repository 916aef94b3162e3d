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
from .ids import BASE, GRAPH, digest
from .store import select
from .vocab import CG

DERIVED_GRAPH = ox.NamedNode(GRAPH + "derived")
CONFLICT = BASE + "conflict/"
CO_MENTION = BASE + "comention/"
_A = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_UNIT_CODE = ox.NamedNode("https://schema.org/unitCode")
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_ABOUT = "SELECT ?claim ?entity WHERE { ?claim <https://schema.org/about> ?entity }"


class _T:
    """The ontology's terms this module writes; a side's terms by field (``side["A"]["value"]``: cg:valueA)."""
    FigureConflict, rank, sharedEntities, CoMention, coMentioned, claimCount = (
        ox.NamedNode(getattr(CG, name))
        for name in ("FigureConflict", "rank", "sharedEntities", "CoMention", "coMentioned", "claimCount"))
    side = {side: {field: ox.NamedNode(getattr(CG, field + side))
                   for field in ("figure", "value", "unit", "file", "quote")} for side in "AB"}


def derive(store: ox.Store) -> list[ox.Quad]:
    """The derived graph of the store's documents, written into the store in place of the one there."""
    store.remove_graph(DERIVED_GRAPH)
    quads = derived_quads(store)
    store.bulk_extend(quads)
    return quads


def derived_quads(store: ox.Store) -> list[ox.Quad]:
    """Conflicting figures (``conflicting_figures``) and co-mention counts (``co_mentioned``)."""
    quads = []
    for rank, (a, b, shared) in enumerate(listed_conflicts(store), 1):
        conflict = ox.NamedNode(CONFLICT + digest(a.figure.claim, b.figure.claim))
        triples = [(conflict, _A, _T.FigureConflict), (conflict, _T.rank, _integer(rank)),
                   (conflict, _UNIT_CODE, ox.Literal(a.figure.code))]
        for side, f in zip("AB", (a, b)):
            terms = _T.side[side]
            triples += [(conflict, terms["figure"], ox.NamedNode(f.figure.claim)), (conflict, terms["value"], f.value),
                        (conflict, terms["file"], f.file), (conflict, terms["quote"], f.quote)]
            triples += [(conflict, terms["unit"], f.unit)] if f.unit is not None else []
        triples += [(conflict, _T.sharedEntities, shared)] if shared is not None else []
        quads += [ox.Quad(*t, DERIVED_GRAPH) for t in triples]
    for (a, b), claims in sorted(co_mentions(store).items()):
        pair = ox.NamedNode(CO_MENTION + digest(a, b))
        quads += [ox.Quad(pair, p, o, DERIVED_GRAPH) for p, o in (
            (_A, _T.CoMention), (_T.coMentioned, ox.NamedNode(a)), (_T.coMentioned, ox.NamedNode(b)),
            (_T.claimCount, _integer(claims)))]
    return quads


def co_mentions(store: ox.Store) -> Counter[tuple[str, str]]:
    """How many claims are about both entities of each pair (the smaller IRI first)."""
    about: dict[str, set[str]] = {}
    for claim, entity in select(store, _ABOUT)[1]:
        about.setdefault(claim, set()).add(entity)
    return Counter(pair for entities in about.values() for pair in combinations(sorted(entities), 2))


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INTEGER)
