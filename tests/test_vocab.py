from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from claimsgraph.registry import load_registry
from claimsgraph.vocab import CG
from tests.conftest import ONTOLOGY


def test_vocab_and_ontology_declare_the_same_terms():
    g = Graph().parse(ONTOLOGY / "claimsgraph.ttl")
    declared = {str(s) for s in g.subjects(RDF.type, None) if str(s).startswith(str(CG._NS))}
    assert declared == {str(CG._NS) + name for name in CG.__annotations__}


def test_unknown_terms_raise():
    import pytest

    with pytest.raises(AttributeError):
        CG.claimant  # noqa: B018
    with pytest.raises(AttributeError):
        CG["claimant"]  # noqa: B018
    assert CG["meetsWith"] == CG.meetsWith == "https://w3id.org/claimsgraph/ontology#meetsWith"


def test_building_the_rdf_imports_no_rdflib():
    import subprocess
    import sys

    script = "import sys, claimsgraph.pipeline, claimsgraph.rdf; print('rdflib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_registry_covers_the_design_card_entities():
    keys = {e.key: e for e in load_registry(ONTOLOGY / "registry.ttl")}
    for key, type_ in [("vladimir-putin", "Person"), ("ilham-aliyev", "Person"),
                       ("nikol-pashinyan", "Person"), ("russian-peacekeepers", "Group"),
                       ("trilateral-working-group", "Organization"), ("lachin-corridor", "Place")]:
        assert keys[key].type == type_
        assert any(lang == "ru" for _, lang in keys[key].pref_labels), key


def test_no_alias_names_two_entities():
    from claimsgraph.ids import normalise_name

    owner = {}
    for e in load_registry(ONTOLOGY / "registry.ttl"):
        for text, _ in e.all_labels() + e.roles:
            n = normalise_name(text)
            assert owner.setdefault(n, e.key) == e.key, f"{text!r}: {owner[n]} and {e.key}"


def test_wikidata_links_are_qids():
    for e in load_registry(ONTOLOGY / "registry.ttl"):
        assert e.wikidata is None or (e.wikidata.startswith("Q") and e.wikidata[1:].isdigit())
    assert URIRef("http://www.wikidata.org/entity/Q7747")


def test_ontology_declares_every_class_and_property_the_data_uses(seeds_build):
    from rdflib import Dataset

    onto = Graph().parse(ONTOLOGY / "claimsgraph.ttl")
    declared = {str(s) for s in onto.subjects(RDF.type, None)}
    ds = Dataset()
    ds.parse(seeds_build[0] / "claims.trig", format="trig")
    used = set()
    for _, p, o, _ in ds.quads((None, None, None, None)):
        used.add(str(p))
        if p == RDF.type:
            used.add(str(o))
    assert used - {str(RDF.type)} <= declared, sorted(used - declared - {str(RDF.type)})
