"""The entity registry of ``ontology/registry.ttl`` as plain ``Entity`` objects.

The registry is data: SKOS labels and aliases in every language, role titles
(``cg:roleLabel``) and ``owl:sameAs`` links to Wikidata. Reading it is the only
use of rdflib before ``rdf.py``; the stages get plain dataclasses.
"""
from __future__ import annotations

from pathlib import Path

from .errors import OntologyError
from .ids import ENTITY
from .model import Entity

CG = "https://w3id.org/claimsgraph/ontology#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
WIKIDATA = "http://www.wikidata.org/entity/"
TYPES = {SCHEMA + "Person": "Person", SCHEMA + "Organization": "Organization",
         SCHEMA + "Country": "Country", SCHEMA + "Place": "Place", SCHEMA + "Event": "Event",
         CG + "Group": "Group", CG + "Agreement": "Agreement"}


def load_registry(path: Path) -> list[Entity]:
    """Entities sorted by key; raises ``OntologyError`` naming the file on bad data."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDF

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as e:  # rdflib raises several parser exception types
        raise OntologyError(f"cannot parse the registry: {e}", path=str(path)) from None
    entities = []
    for subject in sorted(set(graph.subjects(RDF.type, None))):
        iri = str(subject)
        if not iri.startswith(ENTITY):
            continue
        types = sorted(TYPES[str(t)] for t in graph.objects(subject, RDF.type) if str(t) in TYPES)
        if not types:
            raise OntologyError(f"{iri} has no known type", path=str(path))

        def literals(prop: str, node=subject) -> list[tuple[str, str]]:
            return sorted({(str(o), o.language or "") for o in graph.objects(node, URIRef(prop))
                           if isinstance(o, Literal)})

        pref = literals(SKOS + "prefLabel")
        english = [t for t, lang in pref if lang == "en"] or [t for t, _ in pref]
        if not english:
            raise OntologyError(f"{iri} has no skos:prefLabel", path=str(path))
        qids = sorted(str(o)[len(WIKIDATA):] for o in graph.objects(subject, OWL.sameAs)
                      if str(o).startswith(WIKIDATA))
        entities.append(Entity(
            key=iri[len(ENTITY):], label=english[0], type=types[0],
            pref_labels=tuple(pref), alt_labels=tuple(literals(SKOS + "altLabel")),
            roles=tuple(literals(CG + "roleLabel")), wikidata=qids[0] if qids else None,
        ))
    if not entities:
        raise OntologyError("the registry declares no entities", path=str(path))
    return entities
