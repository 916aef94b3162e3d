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


def test_two_clauses_joined_after_a_comma_are_still_cut():
    text = "The council of Velmora approved the budget for the coming year, and the mayor signed it the same evening."
    assert texts(text) == ["The council of Velmora approved the budget for the coming year",
                           "the mayor signed it the same evening."]
