"""A place's own police, prosecutors, fire service or court written before "in" and the place: that body speaks,
one body with the same written before its place (names.py ``_body_in_place``; invented places and sentences)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from extracted import claimant_labels


def entity_labels(text, linker):
    """The labels of the entities new to the registry that the text names."""
    return [e.label for e in extract(parse_document("t.txt", text.encode(), "text/plain"), linker).new_entities]


@pytest.mark.parametrize("text, label", [
    ("Storm\n\nPolice in Marvelholm said two cars had been swept away.\n", "Marvelholm police"),
    ("Storm\n\nThe police in Marvelholm told reporters that the road was shut.\n", "Marvelholm police"),
    ("Fraud\n\nProsecutors in Marvelholm said on Friday that the trader would be charged.\n", "Marvelholm prosecutors"),
    ("Contract\n\nA court in the town of Dalbrenna ruled that the lease was void.\n", "Dalbrenna court"),
    ("Fire\n\nThe blaze is under control, firefighters in Marvelholm said.\n", "Marvelholm firefighters"),
    ("Riot\n\nPolice in Paris said the crowd had dispersed.\n", "Paris police"),
])
def test_a_body_before_in_and_its_place_speaks(linker, text, label):
    assert claimant_labels(text, linker) == [label]


def test_the_body_before_in_and_after_its_place_is_one_body(linker):
    text = ("Storm\n\nPolice in Marvelholm said the bridge was closed. "
            "Marvelholm police later added that the river was falling.\n")
    labels = claimant_labels(text, linker)
    assert labels == ["Marvelholm police", "Marvelholm police"]


def test_firefighters_written_before_or_after_their_place_are_one_body(linker):
    text = ("Fire\n\nFirefighters in Ostervik said the warehouse blaze was out. "
            "Ostervik firefighters later added that nobody had been hurt.\n")
    assert claimant_labels(text, linker) == ["Ostervik firefighters", "Ostervik firefighters"]


@pytest.mark.parametrize("text, label", [
    ("Fraud\n\nProsecutors in Dalia Fenwick's trial said she had lied. Fenwick denied the charges.\n", "Dalia Fenwick"),
    ("Storm\n\nPolice in Ruritania's capital said the bridge was closed.\n", None),
    ("Raids\n\nPolice in Operation Haldane said the men were detained.\n", "Operation Haldane"),
])
def test_a_name_after_in_that_is_no_town_makes_no_body(linker, text, label):
    assert claimant_labels(text, linker)[0] == label


@pytest.mark.parametrize("text", [
    "Protest\n\nPolice in Blue Lantern Rising protests fired tear gas, witnesses said.\n",
    "Protest\n\nPolice in Christmas Day clashes fired tear gas, witnesses said.\n",
])
def test_capitalised_words_before_a_noun_are_no_place(linker, text):
    assert not any(e.endswith("police") for e in entity_labels(text, linker))


@pytest.mark.parametrize("text, labels", [
    ("Riot\n\nPolice in France said the crowd had dispersed. French police later added that the road was open.\n",
     ["france", "French police"]),
    ("Riot\n\nPolice in Britain said the crowd had dispersed.\n", ["united-kingdom"]),
])
def test_police_in_a_country_speak_as_the_country_gave_them(linker, text, labels):
    assert claimant_labels(text, linker) == labels


@pytest.mark.parametrize("text, labels", [
    ("Fire\n\nMany firefighters said the blaze was out.\n", [None]),
    ("Fire\n\nLocal firefighters said the blaze was out.\n", [None]),
    ("Fire\n\nSeveral firefighters were hurt, the mayor said. Two firefighters said the blaze was out.\n",
     [None, None]),
    ("Fire\n\nCal Fire firefighters said the blaze was out.\n", ["Cal Fire"]),
])
def test_a_number_a_quantifier_or_a_names_last_word_before_firefighters_makes_no_body(linker, text, labels):
    assert claimant_labels(text, linker) == labels
