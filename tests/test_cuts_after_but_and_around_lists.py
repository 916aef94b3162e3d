"""Where a sentence is cut into claims: after ", but" a bare subject with its auxiliary opens a clause of its own
(", but no date has been set"), a verb alone does not (", but were kept"); a closing relative clause is cut off
though a list's commas stand inside it ("…, under which cars, buses and lorries pass"). Invented sentences."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.segment import sentences
from extracted import CAST, claims


def texts(text):
    d = parse_document("t.txt", text.encode(), "text/plain")
    return [d.text[s.span.start:s.span.end] for s in sentences(d)]


@pytest.mark.parametrize("text, first, second", [
    ("The port of Kessel stays open to every ship in the bay, but trade cannot grow without a new quay.",
     "The port of Kessel stays open to every ship in the bay", "trade cannot grow without a new quay."),
    ("The council discussed a new ferry line to the islands, but no date has been set for a vote.",
     "The council discussed a new ferry line to the islands", "no date has been set for a vote."),
])
def test_a_bare_subject_and_its_auxiliary_after_but_open_a_clause(text, first, second):
    assert texts(text) == [first, second]


def test_a_verb_right_after_but_goes_on_with_the_same_subject():
    text = "The harbour rules were not imposed on the fishermen, but were agreed with their union last winter."
    assert texts(text) == [text]


@pytest.mark.parametrize("text", [
    "The suspect was detained by police in Orla on Monday, but later was released on bail of 5,000 dollars.",
    "The Vell ministry denied the report, but said it would review the harbour contract.",
    "The dockers' union rejected the offer, but warned there could be more strikes in June.",
])
def test_an_adverb_or_a_verb_after_but_goes_on_with_the_same_subject(text):
    assert texts(text) == [text]


def test_a_closing_relative_clause_with_a_list_inside_is_its_own_claim():
    text = ("Tomas Varga called the closure a breach of the harbour charter of Borealia, under which the city "
            "guarantees the passage of cars, buses and lorries across the bridge at all hours.")
    out = [quote for quote, _ in claims(text, Linker(CAST))]
    assert out == ["Tomas Varga called the closure a breach of the harbour charter of Borealia",
                   "under which the city guarantees the passage of cars, buses and lorries across the bridge at all "
                   "hours."]
