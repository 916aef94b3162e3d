"""A verb of a speech act ("confirmed", "admitted", "predicted") stands beside a body's name as often as beside a
person's: a capitalised pair before one is a person's only where a given name opens it or the model reads a
person, and never where the model reads a body ("Greenline Energy confirmed the sale" is a company's)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def _types(text, linker):
    doc = parse_document("t.txt", ("Title\n\n" + text + "\n").encode(), "text/plain")
    return {e.label: e.type for e in extract(doc, linker).new_entities}


@pytest.mark.parametrize("text, name", [
    ("Greenline Energy confirmed the sale on Monday.", "Greenline Energy"),
    ("Greenline Energy confirmed that the sale was done.", "Greenline Energy"),
    ("Ruritania Rail admitted that trains were late.", "Ruritania Rail"),
    ("Redwood Capital predicted a recession.", "Redwood Capital"),
])
def test_a_body_before_an_act_verb_stays_a_body(linker, text, name):
    assert _types(text, linker).get(name) != "Person"


@pytest.mark.parametrize("verb", ["vowed that", "denied that", "was quoted as saying that"])
def test_a_given_name_and_surname_before_an_act_verb_is_a_person(linker, verb):
    assert _types(f"Ilse Marrow {verb} the ferry to Dalmoor would run again by June.", linker).get("Ilse Marrow") \
        == "Person"


@pytest.mark.parametrize("text, name", [
    ("Grace Velsen admitted that the plan had failed.", "Grace Velsen"),
    ("Hope Velsen confirmed that the plan had failed.", "Hope Velsen"),
])
def test_a_given_name_that_is_an_english_word_before_a_surname_stays_a_person(linker, text, name):
    assert _types(text, linker).get(name) == "Person"
