"""Typed data passed between the pipeline stages.

Nothing here knows about RDF: the stages up to extraction speak only these
frozen dataclasses, and ``rdf.py`` is the one place that turns them into
triples. Every offset indexes ``Document.text`` (decoded, newlines
normalised), so ``doc.text[span.start:span.end]`` is the evidence.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range of ``Document.text``."""

    start: int
    end: int

    def text(self, doc: Document) -> str:
        return doc.text[self.start:self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from the corpus folder."""

    name: str                 # file name as it is in the corpus folder
    text: str                 # decoded text; all offsets refer to it
    sha256: str               # hash of the raw bytes
    lang: str                 # "en", "ru", ...
    media_type: str           # "text/plain", "text/markdown", "text/html"
    encoding: str             # encoding the bytes were decoded with
    title: str | None = None
    date: str | None = None   # ISO date of publication, when the text says it
    publisher: str | None = None   # surface form of the agency named in the text
    body: tuple[Span, ...] = ()    # paragraphs that are article text
    boilerplate: tuple[Span, ...] = ()  # paragraphs kept out of extraction


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    paragraph: int            # index of the paragraph in ``Document.body``
    clause: int = 0           # 0, or the place of a clause cut from the same sentence


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """Text inside quotation marks, possibly running over several paragraphs."""

    span: Span                # the quoted text, marks excluded
    chain: int = 0            # regions of one quotation that reopens paragraph after paragraph


@dataclass(frozen=True, slots=True)
class Entity:
    """A registry entry, or a name found in text that the registry lacks."""

    key: str                  # slug, the last segment of its IRI
    label: str                # English label when there is one
    type: str                 # Person, Organization, Country, Place, Group, Event, Agreement
    pref_labels: tuple[tuple[str, str], ...] = ()   # (text, lang), one per language
    alt_labels: tuple[tuple[str, str], ...] = ()    # (text, lang) aliases and inflected forms
    roles: tuple[tuple[str, str], ...] = ()     # (text, lang) titles that denote it
    wikidata: str | None = None                 # QID
    context_labels: tuple[tuple[str, str], ...] = ()   # (text, lang) common names ("the peace treaty") that
    context: tuple[str, ...] = ()                       # denote it only in a text naming one of these entities
    gender: str | None = None   # a person's "masc" or "femn" (the lemmatiser's grammemes), as the registry gives it
    terms: tuple[tuple[str, str], ...] = ()   # (from, until) ISO dates its roles were held in; until "" while held

    def all_labels(self) -> tuple[tuple[str, str], ...]:
        return self.pref_labels + self.alt_labels

    def holds_roles_on(self, date: str | None) -> bool:
        """Its titles name it in an article of ``date``: inside one of its terms; always without terms or date."""
        return not self.terms or date is None or any(start <= date and (not until or date < until)
                                                     for start, until in self.terms)


@dataclass(frozen=True, slots=True)
class Mention:
    entity: str               # Entity.key
    span: Span
    via: str                  # "label", "role", "surname" (after a full name), "name" (not in the registry),
                              # "description" ("the court said": a body the text names only so),
                              # "context" (a common name the registry's context entities make this one's)


def outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions no other mention contains ("Ruritania" inside "Bank of Ruritania" goes), in linear time
    after sorting: a sweep keeps the furthest end seen so far."""
    ordered = sorted(mentions, key=lambda m: (m.span.start, -m.span.end))
    kept, furthest, previous = [], -1, None
    for m in ordered:
        if m.span.end <= furthest and m.span != previous:
            continue
        kept.append(m)
        if m.span.end > furthest:
            furthest, previous = m.span.end, m.span
    return sorted(kept, key=lambda m: (m.span.start, m.span.end, m.entity))


class MentionIndex:
    """Mentions in text order, with the ones inside a span found by bisection, not a scan.

    Extraction asks "which mentions are in this sentence?" for every sentence;
    a scan makes that quadratic in the article's length.
    """

    def __init__(self, mentions: list[Mention]):
        self.items = sorted(mentions, key=lambda m: (m.span.start, m.span.end, m.entity))
        self._starts = [m.span.start for m in self.items]

    def within(self, span: Span) -> list[Mention]:
        lo, hi = bisect_left(self._starts, span.start), bisect_left(self._starts, span.end)
        return [m for m in self.items[lo:hi] if m.span.end <= span.end]

    def before(self, pos: int) -> list[Mention]:
        return self.items[:bisect_left(self._starts, pos)]

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True, slots=True)
class Claim:
    kind: str                 # statement, quantity, event, relation
    span: Span                # evidence
    claimant: str | None      # Entity.key; None for the article's own voice
    about: tuple[str, ...]    # Entity.keys, sorted
    rule: str                 # name of the rule that found it
    confidence: float
    value: float | None = None
    unit: str | None = None
    approximate: bool = False
    bound: str | None = None  # "min", "max" for "more than", "up to"
    date: str | None = None
    subject: str | None = None     # Entity.key of a structured claim
    predicate: str | None = None   # local name of an ontology property
    object: str | None = None      # Entity.key
    lang: str = "en"
    via: tuple[str, ...] = ()      # Entity.keys of the outlets that relayed it, outermost first
    canonical_unit: str | None = None   # "t", "km2", "USD", "%", "people": compares figures across texts
    range_from: float | None = None     # the other end of a range: "from 64 to 47" is 47 from 64


@dataclass(frozen=True, slots=True)
class Extraction:
    """All that one document yields: the unit of parallel or incremental work."""

    document: Document
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]
    publisher: str | None = None            # Entity.key of the agency in the dateline
    new_entities: tuple[Entity, ...] = ()   # names found that the registry lacks


@dataclass(frozen=True, slots=True)
class Claimant:
    """A row of the claims_by_claimant listing: a claimant's claims, their documents and kinds."""

    iri: str
    claims: int
    documents: int
    kinds: str   # "statement, event": the kinds in KIND_CLASS order


@dataclass(frozen=True, slots=True)
class Listings:
    """The saved listings' rows in their queries' order, worked out once per build (``derived.py``)."""

    timeline: tuple[str, ...]                         # event claim IRIs
    quantities: tuple[str, ...]                       # quantity claim IRIs
    claims_about_entity: tuple[str, ...]              # entity IRIs (with an English label)
    claims_by_claimant: tuple[Claimant, ...]


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str


@dataclass(slots=True)
class Corpus:
    """What a build produced: the extractions and what was refused."""

    extractions: list[Extraction] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
