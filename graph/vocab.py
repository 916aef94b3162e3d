"""The vocabularies the graph uses; the claimsgraph namespace as a closed vocabulary: a typo raises
instead of minting a term.

Terms are their IRIs as plain strings (what pyoxigraph takes), so a build does
not import rdflib (0.09 CPU-seconds at every start).
``tests/test_vocab.py`` checks that these names and ``ontology/claimsgraph.ttl``
declare the same set.
"""
URIRef = str   # a term: its IRI


class Namespace(str):
    """An IRI prefix: ``SCHEMA.Person`` is ``https://schema.org/Person``."""

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):   # not a term: copy, pickle and the like ask for these
            raise AttributeError(name)
        return self + name


class _Closed(type):
    """A namespace class whose terms are the names it declares; any other name raises."""

    def __getattr__(cls, name: str) -> str:
        if name in cls.__annotations__:
            return cls._NS + name
        raise AttributeError(f"term {name!r} not in {cls._NS}")

    __getitem__ = __getattr__   # CG[name], for a name held in a variable


DCTERMS = Namespace("http://purl.org/dc/terms/")
OA = Namespace("http://www.w3.org/ns/oa#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
PROV = Namespace("http://www.w3.org/ns/prov#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
SCHEMA = Namespace("https://schema.org/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


class CG(metaclass=_Closed):
    _NS = Namespace("https://w3id.org/claimsgraph/ontology#")

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
    roleTerm: URIRef
    contextLabel: URIRef
    context: URIRef
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
    ListingEntry: URIRef
    listedClaim: URIRef
    listedEntity: URIRef
    timelineRank: URIRef
    quantitiesRank: URIRef
    claimsAboutEntityRank: URIRef
    claimsByClaimantRank: URIRef
    attributedClaims: URIRef
    attributedDocuments: URIRef
    attributedKinds: URIRef


KIND_CLASS = {"statement": CG.StatementClaim, "quantity": CG.QuantityClaim,
              "event": CG.EventClaim, "relation": CG.RelationClaim}
TYPE_CLASS = {"Person": SCHEMA.Person, "Organization": SCHEMA.Organization,
              "Country": SCHEMA.Country, "Place": SCHEMA.Place, "Event": SCHEMA.Event,
              "Group": CG.Group, "Agreement": CG.Agreement}
PREFIXES = {
    "cg": str(CG._NS), "cge": "https://w3id.org/claimsgraph/entity/",
    "dcterms": str(DCTERMS), "oa": str(OA), "owl": str(OWL), "prov": str(PROV), "rdf": str(RDF),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "schema": str(SCHEMA),
    "skos": str(SKOS), "wd": "http://www.wikidata.org/entity/", "xsd": str(XSD),
}


def sparql_prefixes(*names: str) -> str:
    """The PREFIX lines of a SPARQL query for the named prefixes of ``PREFIXES``."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names)
