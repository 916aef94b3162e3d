"""Figures from different sources that disagree about the same thing.

Two quantity claims conflict when they come from different documents, count
in the same unit (compared by schema:unitCode, so "2.5 million tons" and
"2,5 млн тонн" are both TNE; a unit without a code is compared by its head
word, lemmatised for Russian), allow no common value (their bounds and
ranges, schema:minValue and schema:maxValue, do not meet: "more than 48,000"
and "53,000" agree), and speak of the same thing: they share an entity they
are about, or content words of their evidence ("humanitarian cargo"). Pairs
sharing more come first.

Figures are grouped by unit and by each entity or word they speak of, and
only figures in one group are compared, so the work grows with the groups,
not with the square of the graph. An entity or word that more than
``CROWDED`` figures of one unit share ("Armenia" in a corpus about Armenia)
does not tell which thing they count, and pairs no figures on its own.

The saved query ``conflicting_figures`` lists a stricter set, figures of one
unit code paired through a shared entity only (``listed_conflicts``): found here
at build time, written to the derived graph (``graph/derived.py``), and read
there by the query, which would otherwise pair figures at every request.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import pyoxigraph as ox

from .link import morph
from .numbers import plain
from .store import select, selected

CROWDED = 50

_FIGURES = """PREFIX cg: <https://w3id.org/claimsgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
SELECT ?claim ?file ?value ?unit ?code ?low ?high ?quote
       (GROUP_CONCAT(DISTINCT STR(?claimant); separator=" ") AS ?claimants)
       (GROUP_CONCAT(DISTINCT STR(?about); separator=" ") AS ?abouts)
WHERE {
  ?claim a cg:QuantityClaim ; schema:value ?value ; schema:unitText ?unit_text ; prov:wasDerivedFrom ?doc ;
         cg:evidence/oa:hasSelector/oa:exact ?quote .
  ?doc cg:fileName ?file .
  BIND(STR(?unit_text) AS ?unit)
  OPTIONAL { ?claim schema:unitCode ?code }
  OPTIONAL { ?claim schema:minValue ?low }
  OPTIONAL { ?claim schema:maxValue ?high }
  OPTIONAL { ?claim schema:about ?about }
  OPTIONAL { ?claim prov:wasAttributedTo ?claimant }
}
GROUP BY ?claim ?file ?value ?unit ?code ?low ?high ?quote"""
_LABELS = """PREFIX cg: <https://w3id.org/claimsgraph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity (SAMPLE(COALESCE(?en, ?any)) AS ?label)
WHERE { ?claim a cg:QuantityClaim ; schema:about ?entity . ?entity skos:prefLabel ?any
        OPTIONAL { ?entity skos:prefLabel ?en FILTER(LANG(?en) = "en") } }
GROUP BY ?entity"""
_LISTED = """PREFIX cg: <https://w3id.org/claimsgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
SELECT ?claim ?code ?value ?unit ?file ?quote ?low ?high (GROUP_CONCAT(STR(?about); separator=" ") AS ?abouts)
WHERE {
  ?claim a cg:QuantityClaim ; schema:unitCode ?code ; schema:value ?value ; prov:wasDerivedFrom/cg:fileName ?file ;
         cg:evidence/oa:hasSelector/oa:exact ?quote .
  OPTIONAL { ?claim schema:unitText ?unit }
  OPTIONAL { ?claim schema:minValue ?low }
  OPTIONAL { ?claim schema:maxValue ?high }
  OPTIONAL { ?claim schema:about ?about }
}
GROUP BY ?claim ?code ?value ?unit ?file ?quote ?low ?high"""
_LISTED_VARIABLES = ("claim", "code", "value", "unit", "file", "quote", "low", "high", "abouts")
_ENGLISH = """SELECT ?entity ?label WHERE { ?entity <http://www.w3.org/2004/02/skos/core#prefLabel> ?label
                                   FILTER(LANG(?label) = "en") }"""
_STOP = {"that", "this", "with", "from", "have", "been", "were", "will", "more", "than", "over", "about",
         "which", "their", "there", "into", "since", "already", "also", "total", "least", "around", "other",
         "более", "около", "свыше", "тысяч", "чтобы", "также", "после", "было", "были", "этом"}


@dataclass(frozen=True, slots=True)
class Figure:
    claim: str
    file: str
    value: float
    unit: str                 # as written
    code: str | None          # schema:unitCode; None when no table knows the unit
    low: float | None         # schema:minValue: "more than 40", a range's low end
    high: float | None        # schema:maxValue: "up to 15", a range's high end
    quote: str
    claimant: str | None
    about: frozenset[str]

    @property
    def kind(self) -> str:
        """What the figure counts, for grouping: its unit code, else its unit's head word."""
        return self.code or "~" + _unit_head(self.unit)


@dataclass(frozen=True, slots=True)
class Conflict:
    a: Figure
    b: Figure
    shared: tuple[str, ...]   # entities and words both speak of

    def row(self) -> dict:
        return {"unit": self.a.unit, "unit_code": self.a.code, "value_a": plain(self.a.value),
                "value_b": plain(self.b.value), "unit_a": self.a.unit, "unit_b": self.b.unit,
                "file_a": self.a.file, "file_b": self.b.file, "claimant_a": self.a.claimant,
                "claimant_b": self.b.claimant, "quote_a": self.a.quote, "quote_b": self.b.quote,
                "shared": ", ".join(self.shared), "claim_a": self.a.claim, "claim_b": self.b.claim}


def figure_rows(store: ox.Store) -> list[list[object]]:
    """The quantity claims of ``store`` as ``find_conflicts`` reads them: from the documents' graphs
    alone (the claimants by IRI), so that a build reads them where each document is extracted."""
    return select(store, _FIGURES)[1]


def find_conflicts(store: ox.Store, rows: list[list[object]] | None = None) -> list[Conflict]:
    """The conflicts in a built graph, the entities both figures speak of named by their labels.

    ``rows``: every document's ``figure_rows``, where a build kept them; a figure is named by each
    English label of its claimants (by none if they have none), in file and claim order.
    """
    english: dict[str, set[str]] = {}
    for entity, label in selected(store, _ENGLISH)[1]:
        english.setdefault(entity, set()).add(label)
    figures = [Figure(c, f, float(v), u, code, low, high, q, who, frozenset((a or "").split()))
               for c, f, v, u, code, low, high, q, claimants, a in (figure_rows(store) if rows is None else rows)
               for who in _english_names(claimants, english)]
    figures.sort(key=lambda figure: (figure.file, figure.claim))
    names = {entity.rsplit("/", 1)[-1]: label for entity, label in selected(store, _LABELS)[1]}
    return [Conflict(c.a, c.b, tuple(names.get(x, x) for x in c.shared)) for c in conflicts_among(figures)]


def _english_names(claimants: str | None, english: dict[str, set[str]]) -> list[str | None]:
    """Each English label of the claimants (IRIs separated by spaces), or None if they have none."""
    return sorted({label for claimant in (claimants or "").split() for label in english.get(claimant, ())}) or [None]


def conflicts_among(figures: list[Figure]) -> list[Conflict]:
    """The conflicting pairs, compared only within groups of one unit and one shared entity or word."""
    words = [_content(f.quote) - _content(f.unit) for f in figures]
    groups: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(figures):
        for key in sorted(f.about | words[i]):
            groups.setdefault((f.kind, key), []).append(i)
    # tested where met, so that only conflicting pairs are held: a pair of figures often shares many
    # groups, and most pairs agree (the same figure reported again); held all, they cost the most memory
    files, values, intervals = [f.file for f in figures], [f.value for f in figures], [_interval(f) for f in figures]
    pairs = {(i, j) for members in groups.values() if len(members) <= CROWDED for i, j in combinations(members, 2)
             if files[i] != files[j] and values[i] != values[j] and not _meet(intervals[i], intervals[j])}
    found = []
    for i, j in sorted(pairs):
        a, b = figures[i], figures[j]
        entities = sorted(x.rsplit("/", 1)[-1] for x in a.about & b.about)
        found.append(Conflict(a, b, tuple(entities + sorted(words[i] & words[j]))))
    return sorted(found, key=lambda c: (-len(c.shared), c.a.kind, c.a.file, c.b.file, c.a.claim, c.b.claim))


@dataclass(frozen=True, slots=True)
class ListedFigure:
    """One side of a row of ``conflicting_figures``: its figure and the terms the row shows, as stored."""
    figure: Figure
    value: ox.Literal
    unit: ox.Literal | None   # schema:unitText
    file: ox.Literal
    quote: ox.Literal


def listed_conflicts(store: ox.Store) -> list[tuple[ListedFigure, ListedFigure, ox.Literal | None]]:
    """The rows of ``conflicting_figures`` in its order: both figures (the smaller claim IRI first) and
    the English labels of the entities both are about (in label order), None when they share none.

    Figures of one unit code, from different documents, whose values differ and
    whose bounds and ranges do not meet, compared within a group of at most
    ``CROWDED`` figures: those of the code about one entity, or all of the code
    (a small graph). Not shared words: the query does not read the evidence.
    Pairs about more shared entities with an English label come first, then by
    unit code, files and claims.
    """
    english: dict[str, set[str]] = {}
    for entity, label in selected(store, _ENGLISH)[1]:
        english.setdefault(entity, set()).add(label)
    figures = []
    for row in store.query(_LISTED, use_default_graph_as_union=True):
        claim, code, value, unit, file, quote, low, high, abouts = (row[n] for n in _LISTED_VARIABLES)
        figure = Figure(claim.value, file.value, float(value.value), "", code.value, _number(low), _number(high),
                        "", None, frozenset(abouts.value.split()) if abouts else frozenset())
        figures.append(ListedFigure(figure, value, unit, file, quote))
    groups: dict[tuple[str, str | None], list[ListedFigure]] = {}
    for f in figures:
        groups.setdefault((f.figure.code, None), []).append(f)
        for about in f.figure.about:
            groups.setdefault((f.figure.code, about), []).append(f)
    pairs = {(a, b) if a.figure.claim < b.figure.claim else (b, a)
             for members in groups.values() if len(members) <= CROWDED
             for a, b in combinations(members, 2)
             if a.figure.file != b.figure.file and a.figure.value != b.figure.value
             and not _reconciled(a.figure, b.figure)}
    rows = []
    for a, b in pairs:
        shared = [e for e in a.figure.about & b.figure.about if e in english]
        labels = sorted(set().union(*(english[e] for e in shared)))
        rows.append(((-len(shared), a.figure.code, a.figure.file, b.figure.file, a.figure.claim, b.figure.claim),
                     a, b, ox.Literal(", ".join(labels), language="en") if labels else None))
    return [(a, b, labels) for _, a, b, labels in sorted(rows, key=lambda row: row[0])]


def _number(term: ox.Literal | None) -> float | None:
    return None if term is None else float(term.value)


@lru_cache(maxsize=65536)
def _unit_head(unit: str) -> str:
    word = re.findall(r"[^\W\d_]+", unit.lower())[:1]
    if not word:
        return ""
    if re.search(r"[а-яё]", word[0]):
        return morph().parse(word[0])[0].normal_form
    return word[0][:-1] if word[0].endswith("s") and len(word[0]) > 3 else word[0]


def _content(text: str) -> set[str]:
    return {_word(w) for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in _STOP}


@lru_cache(maxsize=65536)   # the same words recur in every document
def _word(w: str) -> str:
    return morph().parse(w)[0].normal_form if re.search(r"[а-яё]", w) else w.rstrip("s")


def _reconciled(a: Figure, b: Figure) -> bool:
    """'More than 48,000' and '53,000' agree; so do 'up to 15' and '10', and 'from 30 to 40' and '35'."""
    return _meet(_interval(a), _interval(b))


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _interval(f: Figure) -> tuple[float, float]:
    """The values a figure allows: its value, a range's two ends, or everything beyond its bound."""
    if f.low is None and f.high is None:
        return f.value, f.value
    return (float("-inf") if f.low is None else f.low), (float("inf") if f.high is None else f.high)
