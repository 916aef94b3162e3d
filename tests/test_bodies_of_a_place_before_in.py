"""A place's own police, prosecutors, fire service or court written before "in" and the place: that body speaks,
one body with the same written before its place (names.py ``_body_in_place``; invented places and sentences)."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("text, label", [
    ("Storm\n\nPolice in Marvelholm said two cars had been swept away.\n", "Marvelholm police"),
    ("Storm\n\nThe police in Marvelholm told reporters that the road was shut.\n", "Marvelholm police"),
    ("Fraud\n\nProsecutors in Ostervik said on Friday that the trader would be charged.\n", "Ostervik prosecutors"),
    ("Contract\n\nA court in the town of Dalbrenna ruled that the lease was void.\n", "Dalbrenna court"),
    ("Fire\n\nThe blaze is under control, firefighters in Ostervik said.\n", "Ostervik firefighters"),
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
