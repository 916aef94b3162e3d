"""A village's name is a place's whether "village" follows it ("Vornel Ka village") or goes before it with "of"
("the village of Sel Am Vorna", three words long): never a person's, never cut short."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def _types(text, linker):
    """Each new entity's label and type."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {e.label: e.type for e in extract(doc, linker).new_entities}


def test_a_name_before_village_is_a_place(linker):
    text = ("Two jets bombed Vornel Ka village in the south of Tarn Township on Monday.\n\n"
            "Rebel troops then occupied Vornel Ka after the raid, the army said.")
    types = _types(text, linker)
    assert types.get("Vornel Ka Village") == "Place"
    assert "Vornel Ka" not in types


def test_a_village_name_of_three_words_after_of_is_whole(linker):
    text = "Fighting spread on Tuesday to the village of Sel Am Vorna, south of the capital, the army said."
    types = _types(text, linker)
    assert types.get("Sel Am Vorna") == "Place"
    assert "Sel Am" not in types


@pytest.mark.parametrize("text, word", [
    ("Gunmen attacked the Tarnian village near the border on Monday, the army said.", "Tarnian"),
    ("At least 12 people were killed in the Vellite village, the army said.", "Vellite"),
    ("Athletes moved into the Olympic village on Monday, the organisers said.", "Olympic"),
    ("Troops entered a Christian village in the north on Monday, the army said.", "Christian"),
    ("Settlers attacked a Vorn village on Monday, the army said.", "Vorn"),
])
def test_an_adjective_before_village_names_no_place(text, word, linker):
    types = _types(text, linker)
    assert not [label for label, type_ in types.items() if label.lower() == f"{word.lower()} village"], types
