""""Police said" with no article, after the text named a police force: the force of that kind named last speaks, not
the article; with no force named, the police speak as a body of their own."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from extracted import CAST


def speaker_of(text, linker, words):
    """The claimant of the claim holding ``words``, as the text first wrote it."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    first = {}
    for m in result.mentions:
        first.setdefault(m.entity, doc.text[m.span.start:m.span.end])
    found = [first.get(c.claimant, c.claimant) for c in result.claims if words in doc.text[c.span.start:c.span.end]]
    assert found, words
    return found[-1]


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
    assert speaker_of(text, linker, words) == force


def test_bare_police_after_forces_of_two_towns_is_the_one_named_last(linker):
    text = ("The Ostrel Police Department asked the Dunmar police for help. Police said the suspect was seen in "
            "Dunmar.")
    assert speaker_of(text, linker, "suspect was seen") == "Dunmar police"


def test_bare_police_after_a_court_is_no_court(linker):
    text = "The Velsen District Court fined the bakery. Police said the owner had been warned."
    assert speaker_of(text, linker, "owner had been warned") != "Velsen District Court"
