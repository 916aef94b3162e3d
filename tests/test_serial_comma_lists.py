"""A serial comma before the last item of a list ("…, tariffs, and the harbour levy") joins no clause of its own:
the sentence stays one claim; two clauses joined after a comma are still cut."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.segment import sentences


def texts(text):
    d = parse_document("t.txt", text.encode(), "text/plain")
    return [d.text[s.span.start:s.span.end] for s in sentences(d)]


@pytest.mark.parametrize("text", [
    "The talks in Velmora touched on grain exports, fishing quotas, rail tariffs, and the future of the harbour levy.",
    "Minister Olaf Brenn listed the new ferry, two bridges, the airport, and the port of Kessel among the projects.",
])
def test_the_last_item_of_a_listing_stays_in_the_sentence(text):
    assert texts(text) == [text]


@pytest.mark.parametrize("text", [
    "The ferry is back, said Olaf Brenn, Kessel Lines director for Velmora, Tarnovia, and Ostrava during a visit to "
    "the harbour, the Velmora Post reports.",
    "Minister Olaf Brenn flew to Velmora, Tarnovia, and Ostrava Heights on Monday for talks on the ferry tariffs.",
])
def test_three_names_listed_with_a_serial_comma_stay_in_the_sentence(text):
    assert texts(text) == [text]


def test_a_clause_opening_with_a_name_after_a_comma_is_still_cut():
    text = "The council of Velmora approved the budget for the coming year, and Olaf Brenn signed it the same evening."
    assert len(texts(text)) == 2


def test_two_clauses_joined_after_a_comma_are_still_cut():
    text = "The council of Velmora approved the budget for the coming year, and the mayor signed it the same evening."
    assert texts(text) == ["The council of Velmora approved the budget for the coming year",
                           "the mayor signed it the same evening."]


@pytest.mark.parametrize("text, first", [
    ("The plan, officials said, was delayed, and the ministry of Tarnovia said 30 contracts were cancelled.",
     "The plan, officials said, was delayed"),
    ("On Monday, however, prices fell, and the central bank of Vell said rates would stay.",
     "On Monday, however, prices fell"),
    ("The ferry, the mayor said, is too old, and the council of Vell wants a new one by 2028.",
     "The ferry, the mayor said, is too old"),
])
def test_an_aside_or_an_adverb_between_commas_is_no_list(text, first):
    """Bits set off by commas at the clause's start, a reporting tag or an adverb among them, are no list: the
    ", and" before a new clause is still cut."""
    assert texts(text)[0] == first and len(texts(text)) == 2


def test_a_list_item_opening_with_a_reporting_word_is_still_an_item():
    """"confirmed cases" is no aside: no subject stands before its reporting word, which does not close it."""
    text = ("The update listed deaths, confirmed cases, hospital admissions, and the number of people sent home "
            "from Vell.")
    assert texts(text) == [text]
