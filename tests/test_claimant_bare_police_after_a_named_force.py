""""Police said" with no article, after the text named a police force: the force of that kind named last speaks, not
the article; with no force named, the police speak as a body of their own."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, speaker_first_written


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("text, words, force", [
    ("A bakery in Ostrel burned down overnight. The Ostrel Police Department said the fire was set on purpose. "
     "Police said a man was seen running away.", "man was seen running", "Ostrel Police Department"),
    ("The Dunmar police began an inquiry into the theft. Two paintings were taken from the gallery, police said.",
     "Two paintings were taken", "Dunmar police"),
    ("The Harlen County Police said a teacher was detained on Friday. Police told reporters he would be charged "
     "on Monday.", "he would be charged", "Harlen County Police"),
])
def test_bare_police_is_the_force_named_before(linker, text, words, force):
    assert speaker_first_written(text, linker, words) == force


def test_bare_police_after_forces_of_two_towns_is_the_one_named_last(linker):
    text = ("The Ostrel Police Department asked the Dunmar police for help. Police said the suspect was seen in "
            "Dunmar.")
    assert speaker_first_written(text, linker, "suspect was seen") == "Dunmar police"


def test_bare_police_after_a_court_is_no_court(linker):
    """No force named: the police speak as a body of their own, as the text writes them, no court or other body."""
    text = "The Velsen District Court fined the bakery. Police said the owner had been warned."
    assert speaker_first_written(text, linker, "owner had been warned") == "Police"


@pytest.mark.parametrize("text, words", [
    # the force only mentioned, as the object of a preposition
    ("Mara Velsen was a spokeswoman for the Ostrel Police Department until 2015. She was arrested in Dunmar on "
     "Friday. Police said she had stolen a car.", "stolen a car"),
    ("A fire broke out near the Ostrel Police Department. Police said the fire was put out.", "fire was put out"),
    # another place named between the force and "Police said"
    ("The Ruritanian National Police trained officers in Borealia last year. In Borealia on Friday, a bomb "
     "exploded in a market. Police said six people died.", "six people died"),
])
def test_bare_police_after_a_force_only_mentioned_is_no_force(linker, text, words):
    assert speaker_first_written(text, linker, words) is None
