"""Extractions to RDF quads: the one module that builds triples.

One named graph per document holds the article, its mentions, its claims and
the activity that extracted them; the entities graph holds the entities the
corpus uses; the provenance graph holds the tool. Every triple lives in exactly one graph, so a
union default graph counts it once. No blank nodes: every node has an IRI
derived from its content, so two builds give the same graph.

The quads are pyoxigraph's, made one document at a time, so a build streams
them into the on-disk store without holding the corpus in memory. One
function per kind of resource: document, mention, claim, evidence, entity,
provenance.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal

import pyoxigraph as ox

from . import __version__
from .ids import BASE, GRAPH, TOOL, claim_iri, digest, doc_graph_iri, doc_iri, entity_iri, mention_iri
from .lang import UNIT_CODES
from .model import Claim, Document, Entity, Extraction, Listings, Mention, Span
from .numbers import exact
from .registry import GENDERS
from .vocab import CG, DCTERMS, KIND_CLASS, OA, OWL, PROV, RDF, SCHEMA, SKOS, TYPE_CLASS, XSD

ENTITIES_GRAPH = ox.NamedNode(GRAPH + "entities")
PROVENANCE_GRAPH = ox.NamedNode(GRAPH + "provenance")
DERIVED_GRAPH = ox.NamedNode(GRAPH + "derived")
CONFLICT = BASE + "conflict/"
CO_MENTION = BASE + "comention/"
LISTING = BASE + "listing/"
WIKIDATA = "http://www.wikidata.org/entity/"


class _Terms:
    """NamedNodes of the vocabulary, made once: ``T.a``, ``T.evidence``..."""

    def __init__(self, **iris: str):
        for name, iri in iris.items():
            setattr(self, name, ox.NamedNode(iri))


T = _Terms(
    a=RDF.type, subject=RDF.subject, predicate=RDF.predicate, object=RDF.object,
    NewsArticle=SCHEMA.NewsArticle, inLanguage=SCHEMA.inLanguage, encodingFormat=SCHEMA.encodingFormat,
    text=SCHEMA.text, headline=SCHEMA.headline, datePublished=SCHEMA.datePublished, publisher=SCHEMA.publisher,
    about=SCHEMA.about, value=SCHEMA.value, unitText=SCHEMA.unitText, name=SCHEMA.name,
    unitCode=SCHEMA.unitCode, minValue=SCHEMA.minValue, maxValue=SCHEMA.maxValue,
    softwareVersion=SCHEMA.softwareVersion, SoftwareApplication=SCHEMA.SoftwareApplication,
    fileName=CG.fileName, sha256=CG.sha256, encoding=CG.encoding, publisherName=CG.publisherName,
    Mention=CG.Mention, refersTo=CG.refersTo, via=CG.via, confidence=CG.confidence, rule=CG.rule,
    approximate=CG.approximate, bound=CG.bound, evidence=CG.evidence, roleLabel=CG.roleLabel,
    contextLabel=CG.contextLabel,
    wasDerivedFrom=PROV.wasDerivedFrom, wasGeneratedBy=PROV.wasGeneratedBy,
    wasAttributedTo=PROV.wasAttributedTo, wasQuotedFrom=PROV.wasQuotedFrom, Relay=CG.Relay,
    relayPosition=CG.relayPosition, xsd_positiveInteger=XSD.positiveInteger, wasAssociatedWith=PROV.wasAssociatedWith, used=PROV.used,
    Activity=PROV.Activity, SoftwareAgent=PROV.SoftwareAgent, language=DCTERMS.language, date=DCTERMS.date,
    SpecificResource=OA.SpecificResource, hasSource=OA.hasSource, hasSelector=OA.hasSelector,
    TextQuoteSelector=OA.TextQuoteSelector, TextPositionSelector=OA.TextPositionSelector,
    exact=OA.exact, start=OA.start, end=OA.end, prefLabel=SKOS.prefLabel, altLabel=SKOS.altLabel,
    sameAs=OWL.sameAs, gender=SCHEMA.gender, xsd_date=XSD.date, xsd_decimal=XSD.decimal, xsd_boolean=XSD.boolean,
    xsd_nonNegativeInteger=XSD.nonNegativeInteger, xsd_integer=XSD.integer,
    FigureConflict=CG.FigureConflict, rank=CG.rank, sharedEntities=CG.sharedEntities,
    CoMention=CG.CoMention, coMentioned=CG.coMentioned, claimCount=CG.claimCount,
    listedClaim=CG.listedClaim, listedEntity=CG.listedEntity, timelineRank=CG.timelineRank,
    quantitiesRank=CG.quantitiesRank, claimsAboutEntityRank=CG.claimsAboutEntityRank,
    claimsByClaimantRank=CG.claimsByClaimantRank, attributedClaims=CG.attributedClaims,
    attributedDocuments=CG.attributedDocuments, attributedKinds=CG.attributedKinds,
)
# A conflict's two sides by field: ``CONFLICT_SIDES["A"]["value"]`` is cg:valueA.
CONFLICT_SIDES = {side: {field: ox.NamedNode(getattr(CG, field + side))
                         for field in ("figure", "value", "unit", "file", "quote")} for side in "AB"}
# Oxigraph's store keeps every integer as xsd:integer; the narrower datatypes written here
# are restored on the way out of the store (store.quads), so exports say what rdf.py wrote.
NARROWER_DATATYPES = {T.start: T.xsd_nonNegativeInteger, T.end: T.xsd_nonNegativeInteger,
                      T.relayPosition: T.xsd_positiveInteger}
_CLASSES = {key: ox.NamedNode(iri) for key, iri in {**KIND_CLASS, **TYPE_CLASS}.items()}
_GENDER_IRIS = {grammeme: ox.NamedNode(iri) for iri, grammeme in GENDERS.items()}


def activity_iri(doc: Document) -> ox.NamedNode:
    """One document's extraction, named by the tool version, the file name and its bytes' hash.

    Per document, not per corpus: a changed document changes its own graph
    only, so a build re-writes that graph and no other.
    """
    return ox.NamedNode(BASE + "activity/" + digest(__version__, doc.name, doc.sha256))


def used_entities(x: Extraction) -> set[str]:
    """The keys of the entities a document's graph points to: these go in the entities graph."""
    used = {m.entity for m in x.mentions} | ({x.publisher} if x.publisher else set())
    for c in x.claims:
        used |= set(c.about) | set(c.via) | {k for k in (c.claimant, c.subject, c.object) if k}
    return used


def document_quads(x: Extraction) -> list[ox.Quad]:
    """The named graph of one document: the article, its mentions, its claims, their extraction."""
    doc = x.document
    g = ox.NamedNode(doc_graph_iri(doc.name))
    d = ox.NamedNode(doc_iri(doc.name))
    activity = activity_iri(doc)
    out = [(activity, T.a, T.Activity), (activity, T.wasAssociatedWith, ox.NamedNode(TOOL)),
           (activity, T.used, d), (d, T.a, T.NewsArticle), (d, T.fileName, _text(doc.name)),
           (d, T.sha256, _text(doc.sha256)), (d, T.encoding, _text(doc.encoding)),
           (d, T.inLanguage, _text(doc.lang)), (d, T.encodingFormat, _text(doc.media_type)),
           (d, T.text, _text(doc.text))]
    if doc.title:
        out.append((d, T.headline, _text(doc.title, doc.lang)))
    if doc.date:
        out.append((d, T.datePublished, ox.Literal(doc.date, datatype=T.xsd_date)))
    if x.publisher:
        out.append((d, T.publisher, ox.NamedNode(entity_iri(x.publisher))))
    elif doc.publisher:
        out.append((d, T.publisherName, _text(doc.publisher)))
    for m in x.mentions:
        out += _mention(m, d, doc.name, doc.text)
    for c in x.claims:
        out += _claim(c, d, doc.name, doc.text, activity)
    return [ox.Quad(s, p, o, g) for s, p, o in out]


def _mention(m: Mention, d: ox.NamedNode, doc_name: str, text: str) -> list[tuple]:
    node = ox.NamedNode(mention_iri(doc_name, m.entity, m.span.start, m.span.end))
    return [(node, T.a, T.Mention), (node, T.refersTo, ox.NamedNode(entity_iri(m.entity))),
            (node, T.via, _text(m.via)), *_evidence(node, d, text, m.span)]


def _claim(c: Claim, d: ox.NamedNode, doc_name: str, text: str, activity: ox.NamedNode) -> list[tuple]:
    node = ox.NamedNode(claim_iri(doc_name, c.kind, c.span.start, c.span.end, c.value))
    out = [(node, T.a, _CLASSES[c.kind]), (node, T.wasDerivedFrom, d), (node, T.wasGeneratedBy, activity),
           (node, T.language, _text(c.lang)),
           (node, T.confidence, _decimal_literal(Decimal(str(c.confidence)))),
           (node, T.rule, _text(c.rule))]
    if c.claimant:
        out.append((node, T.wasAttributedTo, ox.NamedNode(entity_iri(c.claimant))))
    out += _relays(node, c.via)
    out += [(node, T.about, ox.NamedNode(entity_iri(key))) for key in c.about]
    if c.value is not None:
        out += _figure(node, c)
    if c.date:
        out.append((node, T.date, ox.Literal(c.date, datatype=T.xsd_date)))
    if c.subject and c.predicate and c.object:
        out += [(node, T.subject, ox.NamedNode(entity_iri(c.subject))),
                (node, T.predicate, ox.NamedNode(CG[c.predicate])),
                (node, T.object, ox.NamedNode(entity_iri(c.object)))]
    return out + _evidence(node, d, text, c.span)


def _relays(claim: ox.NamedNode, via: tuple[str, ...]) -> list[tuple]:
    """PROV-O's quotation chain: the claim was quoted from the outermost outlet's report, and so inward."""
    out, quoted = [], claim
    for position, outlet in enumerate(via, 1):
        relay = ox.NamedNode(f"{claim.value}#relay-{position}")
        out += [(quoted, T.wasQuotedFrom, relay), (relay, T.a, T.Relay),
                (relay, T.wasAttributedTo, ox.NamedNode(entity_iri(outlet))),
                (relay, T.relayPosition, ox.Literal(str(position), datatype=T.xsd_positiveInteger))]
        quoted = relay
    return out


def _evidence(node: ox.NamedNode, d: ox.NamedNode, text: str, span: Span) -> list[tuple]:
    """A W3C Web Annotation target: the source and a quote-and-position selector."""
    target = ox.NamedNode(node.value + "#evidence")
    selector = ox.NamedNode(node.value + "#selector")
    return [(node, T.evidence, target), (target, T.a, T.SpecificResource), (target, T.hasSource, d),
            (target, T.hasSelector, selector), (selector, T.a, T.TextQuoteSelector),
            (selector, T.a, T.TextPositionSelector), (selector, T.exact, _text(text[span.start:span.end])),
            (selector, T.start, ox.Literal(str(span.start), datatype=T.xsd_nonNegativeInteger)),
            (selector, T.end, ox.Literal(str(span.end), datatype=T.xsd_nonNegativeInteger))]


def entity_quads(entities: Iterable[Entity]) -> list[ox.Quad]:
    """The entities graph: labels in every language, role titles, names in context, Wikidata links, genders."""
    out = []
    for e in entities:
        node = ox.NamedNode(entity_iri(e.key))
        out.append((node, T.a, _CLASSES[e.type]))
        for predicate, labels in ((T.prefLabel, e.pref_labels), (T.altLabel, e.alt_labels), (T.roleLabel, e.roles),
                                  (T.contextLabel, e.context_labels)):
            out += [(node, predicate, _text(text, lang))
                    for text, lang in labels]
        if e.wikidata:
            out.append((node, T.sameAs, ox.NamedNode(WIKIDATA + e.wikidata)))
        if e.gender:
            out.append((node, T.gender, _GENDER_IRIS[e.gender]))
    return [ox.Quad(s, p, o, ENTITIES_GRAPH) for s, p, o in out]


def provenance_quads() -> list[ox.Quad]:
    """The provenance graph: the tool every extraction activity was associated with."""
    tool = ox.NamedNode(TOOL)
    out = [(tool, T.a, T.SoftwareAgent), (tool, T.a, T.SoftwareApplication),
           (tool, T.name, _text("claimsgraph")), (tool, T.softwareVersion, _text(__version__))]
    return [ox.Quad(s, p, o, PROVENANCE_GRAPH) for s, p, o in out]


def derived_quads(conflicts: Iterable[tuple], co_mentions: dict[tuple[str, str], int],
                  listings: Listings) -> Iterator[ox.Quad]:
    """The derived graph: ranked conflicting figures (``conflicting_figures``), co-mention counts (``co_mentioned``),
    and an entry per row of the other saved listings with its rank (``timeline``, ``quantities``,
    ``claims_about_entity``, ``claims_by_claimant``).

    ``conflicts`` are ``conflicts.listed_conflicts`` rows in rank order. Made as they are read, to be
    written in batches: the listings have a row per event and quantity claim of the corpus.
    """
    return (ox.Quad(s, p, o, DERIVED_GRAPH) for s, p, o in _derived_triples(conflicts, co_mentions, listings))


def _derived_triples(conflicts: Iterable[tuple], co_mentions: dict[tuple[str, str], int],
                     listings: Listings) -> Iterator[tuple]:
    for rank, (a, b, shared) in enumerate(conflicts, 1):
        conflict = ox.NamedNode(CONFLICT + digest(a.figure.claim, b.figure.claim))
        yield from [(conflict, T.a, T.FigureConflict), (conflict, T.rank, _integer(rank)),
                    (conflict, T.unitCode, ox.Literal(a.figure.code))]
        for side, f in zip("AB", (a, b)):
            terms = CONFLICT_SIDES[side]
            yield from [(conflict, terms["figure"], ox.NamedNode(f.figure.claim)),
                        (conflict, terms["value"], f.value), (conflict, terms["file"], f.file), (conflict, terms["quote"], f.quote)]
            yield from [(conflict, terms["unit"], f.unit)] if f.unit is not None else []
        yield from [(conflict, T.sharedEntities, shared)] if shared is not None else []
    for (a, b), claims in sorted(co_mentions.items()):
        pair = ox.NamedNode(CO_MENTION + digest(a, b))
        yield from [(pair, T.a, T.CoMention), (pair, T.coMentioned, ox.NamedNode(a)),
                    (pair, T.coMentioned, ox.NamedNode(b)), (pair, T.claimCount, _integer(claims))]
    for listing, rank_term, link, iris in [
            ("timeline", T.timelineRank, T.listedClaim, listings.timeline),
            ("quantities", T.quantitiesRank, T.listedClaim, listings.quantities),
            ("claims_about_entity", T.claimsAboutEntityRank, T.listedEntity, listings.claims_about_entity)]:
        for rank, iri in enumerate(iris, 1):
            entry = _entry(listing, iri)
            yield from [(entry, rank_term, _integer(rank)), (entry, link, ox.NamedNode(iri))]
    for rank, c in enumerate(listings.claims_by_claimant, 1):
        entry = _entry("claims_by_claimant", c.iri)
        yield from [(entry, T.claimsByClaimantRank, _integer(rank)), (entry, T.listedEntity, ox.NamedNode(c.iri)),
                    (entry, T.attributedClaims, _integer(c.claims)),
                    (entry, T.attributedDocuments, _integer(c.documents)), (entry, T.attributedKinds, ox.Literal(c.kinds))]


def _entry(listing: str, iri: str) -> ox.NamedNode:
    """The row of a saved listing that shows the claim or entity ``iri``."""
    return ox.NamedNode(f"{LISTING}{listing}/{digest(iri)}")


def corpus_quads(extractions: list[Extraction], entities: dict[str, Entity]) -> list[ox.Quad]:
    """Every quad of a corpus held in memory (tests, small corpora); a build streams instead."""
    ordered = sorted(extractions, key=lambda x: x.document.name)
    quads = [q for x in ordered for q in document_quads(x)]
    used = set().union(*(used_entities(x) for x in ordered)) if ordered else set()
    quads += entity_quads(resolve_entities(used, entities, (e for x in ordered for e in x.new_entities)))
    return quads + provenance_quads()


def resolve_entities(used: set[str], registry: dict[str, Entity], found: Iterable[Entity]) -> list[Entity]:
    """The used entities in key order: the registry's, else the one the documents found (in name order).

    The same key is the same name, in any script ("Ahmet Yilmaz", "Ахмет Йылмаз"):
    the first document's entity, with the labels later ones give it in a language
    it lacks, labelled in English where an English document names it.
    """
    known = dict(registry)
    for e in found:
        held = known.get(e.key)
        if held is None:
            known[e.key] = e
        elif e.key not in registry:
            known[e.key] = _with_other_language(held, e)
    return [known[k] for k in sorted(used) if k in known]


def _with_other_language(entity: Entity, other: Entity) -> Entity:
    languages = {lang for _, lang in entity.pref_labels}
    added = tuple(t for t in other.pref_labels if t[1] not in languages)
    if not added:
        return entity
    pref = entity.pref_labels + added
    alt = tuple(t for t in dict.fromkeys(entity.alt_labels + other.alt_labels) if t not in pref)
    english = [text for text, lang in pref if lang == "en"]
    return replace(entity, label=english[0] if english else entity.label, pref_labels=pref, alt_labels=alt)


# U+FFFE and U+FFFF: raptor (rapper) refuses them in any spelling, escaped or not. Byte-order
# probes, never text: each becomes U+FFFD, one code point for one, so every offset stays right.
_NOT_TEXT = {0xFFFE: 0xFFFD, 0xFFFF: 0xFFFD}


def _figure(node: ox.NamedNode, c: Claim) -> list[tuple]:
    """A figure: its value, its unit as written and as a code, and the values its bound or range allows.

    "More than 40 hours" is schema:minValue 40; "from 64 to 47" is
    schema:minValue 47 and schema:maxValue 64 with the value 47.
    """
    out = [(node, T.value, _decimal_literal(exact(c.value)))]
    if c.unit:
        out.append((node, T.unitText, _text(c.unit, c.lang)))
    if c.canonical_unit:
        out.append((node, T.unitCode, _text(UNIT_CODES[c.canonical_unit])))
    out.append((node, T.approximate, ox.Literal("true" if c.approximate else "false", datatype=T.xsd_boolean)))
    if c.bound:
        out.append((node, T.bound, _text(c.bound)))
    low, high = (sorted((c.value, c.range_from)) if c.range_from is not None
                 else (c.value, None) if c.bound == "min" else (None, c.value) if c.bound == "max" else (None, None))
    if low is not None:
        out.append((node, T.minValue, _decimal_literal(exact(low))))
    if high is not None:
        out.append((node, T.maxValue, _decimal_literal(exact(high))))
    return out


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=T.xsd_integer)


def _text(value: str, language: str | None = None) -> ox.Literal:
    """A string literal of document or registry text."""
    value = value.translate(_NOT_TEXT)
    return ox.Literal(value, language=language) if language else ox.Literal(value)


def _decimal_literal(d: Decimal) -> ox.Literal:
    return ox.Literal(format(d, "f"), datatype=T.xsd_decimal)
