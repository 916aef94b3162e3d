"""A person's possessive before a body's capitalised name ("Mara Velsen’s Civic Union"): the person and the body
are two names, not one body called after both (invented people and bodies)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


@pytest.fixture(scope="module")
def linker():
    return Linker([Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),))])


def _names(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {doc.text[m.span.start:m.span.end] for m in extract(doc, linker).mentions}


@pytest.mark.parametrize("possessive", ["\u2019s", "'s"])
def test_a_persons_body_is_named_apart_from_her(possessive, linker):
    names = _names(f"Mara Velsen{possessive} Civic Union is aiming to end eight years of rule by its rivals.", linker)
    assert {"Mara Velsen", "Civic Union"} <= names
    assert not [name for name in names if "Velsen" in name and "Union" in name]


def test_a_countrys_body_keeps_its_owner(linker):
    names = _names("Ruritania\u2019s Civic Union is aiming to end eight years of rule by its rivals.", linker)
    assert "Civic Union" not in names


def test_a_model_reading_run_on_over_the_body_leaves_two_names(linker):
    names = _names("Tomas Orvell\u2019s Civic Coalition hopes to close a decade in power of the Harbour Front of "
                   "Jan Morrow.", linker)
    assert {"Tomas Orvell", "Civic Coalition"} <= names
    assert not [name for name in names if "Orvell" in name and "Coalition" in name]


def test_a_place_the_registry_knows_keeps_its_body_though_the_model_reads_a_person():
    linker = Linker([Entity("sara-velde", "Sara Velde", "Country", pref_labels=(("Sara Velde", "en"),))])
    names = _names("Sara Velde's Central Bank said inflation reached 3 percent.", linker)
    assert "Central Bank" not in names
    assert "Sara Velde's Central Bank" in names


def test_an_owner_before_a_body_other_than_a_party_stays_in_its_name(linker):
    names = _names("Lina Moravia's Energy Board said prices would rise 4 percent.", linker)
    assert "Lina Moravia's Energy Board" in names
    assert "Lina Moravia" not in names and "Energy Board" not in names
