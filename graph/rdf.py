"""Extractions to RDF: the one module that builds triples.

One named graph per document holds the article, its mentions and its claims;
the entities graph holds the entities the corpus uses; the provenance graph
holds the extraction activity. Every triple lives in exactly one graph, so a
union default graph counts it once. No blank nodes: every node has an IRI
derived from its content, so two builds give the same graph.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, SKOS, XSD

from . import __version__
from .ids import (BASE, GRAPH, TOOL, claim_iri, digest, doc_graph_iri, doc_iri, entity_iri,
                  mention_iri)
from .model import Claim, Entity, Extraction, Span
from .vocab import CG, KIND_CLASS, OA, PREFIXES, SCHEMA, TYPE_CLASS

ENTITIES_GRAPH = URIRef(GRAPH + "entities")
PROVENANCE_GRAPH = URIRef(GRAPH + "provenance")
WIKIDATA = "http://www.wikidata.org/entity/"


def build_dataset(extractions: list[Extraction], entities: dict[str, Entity]) -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    activity = URIRef(BASE + "activity/" + digest(__version__, *sorted(x.document.sha256 for x in extractions)))
    used: set[str] = set()
    for x in sorted(extractions, key=lambda x: x.document.name):
        g = ds.graph(URIRef(doc_graph_iri(x.document.name)))
        used |= _document(g, x, activity, entities)
    known = dict(entities)
    for x in sorted(extractions, key=lambda x: x.document.name):
        for e in x.new_entities:   # the same name in two documents is one entity: first one wins
            known.setdefault(e.key, e)
    _entities(ds.graph(ENTITIES_GRAPH), [known[k] for k in sorted(used) if k in known])
    _provenance(ds.graph(PROVENANCE_GRAPH), activity, extractions)
    return ds


def _document(g: Graph, x: Extraction, activity: URIRef, entities: dict[str, Entity]) -> set[str]:
    doc = x.document
    d = URIRef(doc_iri(doc.name))
    g.add((d, RDF.type, SCHEMA.NewsArticle))
    g.add((d, CG.fileName, Literal(doc.name)))
    g.add((d, CG.sha256, Literal(doc.sha256)))
    g.add((d, CG.encoding, Literal(doc.encoding)))
    g.add((d, SCHEMA.inLanguage, Literal(doc.lang)))
    g.add((d, SCHEMA.encodingFormat, Literal(doc.media_type)))
    g.add((d, SCHEMA.text, Literal(doc.text)))
    if doc.title:
        g.add((d, SCHEMA.headline, Literal(doc.title, lang=doc.lang)))
    if doc.date:
        g.add((d, SCHEMA.datePublished, Literal(doc.date, datatype=XSD.date)))
    used: set[str] = set()
    publisher = x.publisher
    if publisher:
        g.add((d, SCHEMA.publisher, URIRef(entity_iri(publisher))))
        used.add(publisher)
    elif doc.publisher:
        g.add((d, CG.publisherName, Literal(doc.publisher)))
    for m in x.mentions:
        node = URIRef(mention_iri(doc.name, m.entity, m.span.start, m.span.end))
        g.add((node, RDF.type, CG.Mention))
        g.add((node, CG.refersTo, URIRef(entity_iri(m.entity))))
        g.add((node, CG.via, Literal(m.via)))
        _evidence(g, node, d, doc.text, m.span)
        used.add(m.entity)
    for c in x.claims:
        used |= _claim(g, c, d, doc.name, doc.text, activity)
    return used


def _claim(g: Graph, c: Claim, d: URIRef, doc_name: str, text: str, activity: URIRef) -> set[str]:
    node = URIRef(claim_iri(doc_name, c.kind, c.span.start, c.span.end, c.value))
    g.add((node, RDF.type, KIND_CLASS[c.kind]))
    g.add((node, PROV.wasDerivedFrom, d))
    g.add((node, PROV.wasGeneratedBy, activity))
    g.add((node, DCTERMS.language, Literal(c.lang)))
    g.add((node, CG.confidence, Literal(Decimal(str(c.confidence)))))
    g.add((node, CG.rule, Literal(c.rule)))
    used = set(c.about)
    if c.claimant:
        g.add((node, PROV.wasAttributedTo, URIRef(entity_iri(c.claimant))))
        used.add(c.claimant)
    for key in c.about:
        g.add((node, SCHEMA.about, URIRef(entity_iri(key))))
    if c.value is not None:
        g.add((node, SCHEMA.value, Literal(_decimal(c.value))))
        if c.unit:
            g.add((node, SCHEMA.unitText, Literal(c.unit, lang=c.lang)))
        g.add((node, CG.approximate, Literal(c.approximate)))
        if c.bound:
            g.add((node, CG.bound, Literal(c.bound)))
    if c.date:
        g.add((node, DCTERMS.date, Literal(c.date, datatype=XSD.date)))
    if c.subject and c.predicate and c.object:
        g.add((node, RDF.subject, URIRef(entity_iri(c.subject))))
        g.add((node, RDF.predicate, CG[c.predicate]))
        g.add((node, RDF.object, URIRef(entity_iri(c.object))))
        used |= {c.subject, c.object}
    _evidence(g, node, d, text, c.span)
    return used


def _evidence(g: Graph, node: URIRef, d: URIRef, text: str, span: Span) -> None:
    """A W3C Web Annotation target: the source and a quote-and-position selector."""
    target = URIRef(str(node) + "#evidence")
    selector = URIRef(str(node) + "#selector")
    g.add((node, CG.evidence, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, d))
    g.add((target, OA.hasSelector, selector))
    g.add((selector, RDF.type, OA.TextQuoteSelector))
    g.add((selector, RDF.type, OA.TextPositionSelector))
    g.add((selector, OA.exact, Literal(text[span.start:span.end])))
    g.add((selector, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    g.add((selector, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))


def _entities(g: Graph, entities: list[Entity]) -> None:
    for e in entities:
        node = URIRef(entity_iri(e.key))
        g.add((node, RDF.type, TYPE_CLASS[e.type]))
        for text, lang in e.pref_labels:
            g.add((node, SKOS.prefLabel, Literal(text, lang=lang or None)))
        for text, lang in e.alt_labels:
            g.add((node, SKOS.altLabel, Literal(text, lang=lang or None)))
        for text, lang in e.roles:
            g.add((node, CG.roleLabel, Literal(text, lang=lang or None)))
        if e.wikidata:
            g.add((node, OWL.sameAs, URIRef(WIKIDATA + e.wikidata)))


def _provenance(g: Graph, activity: URIRef, extractions: list[Extraction]) -> None:
    tool = URIRef(TOOL)
    g.add((tool, RDF.type, PROV.SoftwareAgent))
    g.add((tool, RDF.type, SCHEMA.SoftwareApplication))
    g.add((tool, SCHEMA.name, Literal("claimsgraph")))
    g.add((tool, SCHEMA.softwareVersion, Literal(__version__)))
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, PROV.wasAssociatedWith, tool))
    for x in extractions:
        g.add((activity, PROV.used, URIRef(doc_iri(x.document.name))))


def _decimal(value: float) -> Decimal:
    d = Decimal(repr(value))
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()
