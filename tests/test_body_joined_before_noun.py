"""Capitalised words joined by "and" before a lower-case noun for a body ("the Truth and Honour party"): one
body's name, not a person or a place the model takes one of its words for (invented parties and countries)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity


@pytest.fixture(scope="module")
def linker():
    return Linker([Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),)),
                   Entity("tarnia", "Tarnia", "Country", pref_labels=(("Tarnia", "en"),))])


def _names(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {doc.text[m.span.start:m.span.end] for m in extract(doc, linker).mentions}


@pytest.mark.parametrize("text, party", [
    ("The populist Truth and Honour party looks set to take the largest share of seats, a survey shows.",
     "Truth and Honour"),
    ("Ruritania's ruling Peace and Bread party took a lead in the elections on Sunday.", "Peace and Bread"),
])
def test_words_joined_before_a_body_noun_name_one_body(text, party, linker):
    names = _names(text, linker)
    assert party in names
    assert not names & set(party.split())


def test_two_countries_before_the_noun_are_no_body(linker):
    names = _names("Officials met in Ruritania and Tarnia party offices on Sunday.", linker)
    assert "Ruritania and Tarnia" not in names


@pytest.mark.parametrize("text, joined", [
    ("Vellish and Orlan party leaders met on Monday in Tarnia.", "Vellish and Orlan"),
    ("Orlish and Tarnish party officials rejected the plan on Monday.", "Orlish and Tarnish"),
    ("Vexmart and Orlamart stores cut prices by 10 percent, Mara Velsen said.", "Vexmart and Orlamart"),
    ("Fans of the Vell and Orla club clashed on Saturday.", "Vell and Orla"),
])
def test_words_joined_before_a_plural_or_a_shared_noun_are_no_one_body(text, joined, linker):
    assert joined not in _names(text, linker)
