"""The claimsgraph namespace as a closed vocabulary: a typo raises instead of minting a term.

``tests/test_vocab.py`` checks that these names and ``ontology/claimsgraph.ttl``
declare the same set.
"""
from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")


class CG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/claimsgraph/ontology#")
    _fail = True

    Claim: URIRef
    StatementClaim: URIRef
    QuantityClaim: URIRef
    EventClaim: URIRef
    RelationClaim: URIRef
    Mention: URIRef
    Relay: URIRef
    relayPosition: URIRef
    Group: URIRef
    Agreement: URIRef
    evidence: URIRef
    refersTo: URIRef
    via: URIRef
    confidence: URIRef
    rule: URIRef
    approximate: URIRef
    bound: URIRef
    roleLabel: URIRef
    fileName: URIRef
    sha256: URIRef
    encoding: URIRef
    publisherName: URIRef
    meetsWith: URIRef
    chairs: URIRef
    deployedIn: URIRef
    mediatesBetween: URIRef
    partOf: URIRef
    signed: URIRef
    FigureConflict: URIRef   # the derived graph (graph/derived.py)
    rank: URIRef
    figureA: URIRef
    figureB: URIRef
    valueA: URIRef
    valueB: URIRef
    unitA: URIRef
    unitB: URIRef
    fileA: URIRef
    fileB: URIRef
    quoteA: URIRef
    quoteB: URIRef
    sharedEntities: URIRef
    CoMention: URIRef
    coMentioned: URIRef
    claimCount: URIRef


KIND_CLASS = {"statement": CG.StatementClaim, "quantity": CG.QuantityClaim,
              "event": CG.EventClaim, "relation": CG.RelationClaim}
TYPE_CLASS = {"Person": SCHEMA.Person, "Organization": SCHEMA.Organization,
              "Country": SCHEMA.Country, "Place": SCHEMA.Place, "Event": SCHEMA.Event,
              "Group": CG.Group, "Agreement": CG.Agreement}
PREFIXES = {
    "cg": str(CG._NS), "cge": "https://w3id.org/claimsgraph/entity/",
    "dcterms": "http://purl.org/dc/terms/", "oa": str(OA), "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "schema": str(SCHEMA),
    "skos": "http://www.w3.org/2004/02/skos/core#", "wd": "http://www.wikidata.org/entity/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
