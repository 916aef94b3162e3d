"""A said-tag naming a body's document by the body's possessive ("“…,” Vexon's statement read") is the body's words,
as one with an article before the body's name is ("“…,” a Vexon statement read")."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import claims, speaker_of

ENTITIES = [
    Entity("quellbank", "Quell Savings Bank", "Organization", pref_labels=(("Quell Savings Bank", "en"),),
           alt_labels=(("QSB", "en"),)),
    Entity("mara", "Mara Velsen", "Person", pref_labels=(("Mara Velsen", "en"),), alt_labels=(("Velsen", "en"),)),
    Entity("ostravia", "Ostravia", "Country", pref_labels=(("Ostravia", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("tag", ["QSB's statement read", "QSB's communique read"])
def test_a_said_tag_naming_the_issuer_by_its_possessive(linker, tag):
    text = ("Mara Velsen met the heads of Quell Savings Bank in Ostravia on Monday, her office said. "
            f"\"Particular attention during the talks was paid to loans for farmers,\" {tag}.")
    assert speaker_of(claims(text, linker), "loans for farmers") == "quellbank"
