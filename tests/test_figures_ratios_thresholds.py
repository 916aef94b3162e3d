"""Figures that are no counts of their own: ratios and shares in words, places in a row written with a scale word,
thresholds a count passes; and split tallies written "7-to-2" or after "ruled"."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang", [
    ("Roughly one in four commuters in Velmora cycles to work.", "en"),
    ("Two in five tenants of the Oska estate signed the letter.", "en"),
    ("The district has one nurse for every 800 patients.", "en"),
    ("That is about one tablet for every pupil in Tarnis.", "en"),
    ("В округе Велм один фельдшер на каждые 900 жителей.", "ru"),
])
def test_ratios_and_shares_in_words_are_no_figures(text, lang):
    assert figures(text, lang) == []


@pytest.mark.parametrize("text", [
    "Orvane Motors built its two millionth van at the Kelso plant.",
    "The Tarlo line carried its 5 billionth rider on Friday.",
])
def test_a_place_in_a_row_with_a_scale_word_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Orvane sold 40 million scooters. Last spring it passed the 30 million mark.",
     [(40000000, "scooters"), (30000000, "scooters")]),
    ("Orvane sold 40 million scooters. The 2-billion milestone is years away.",
     [(40000000, "scooters"), (2000000000, "scooters")]),
    ("Orvane sold 40 million scooters and then hit the one billion scooter milestone.",
     [(40000000, "scooters"), (1000000000, "scooter")]),
])
def test_a_threshold_passed_counts_what_was_counted_before(text, expected):
    assert figures(text) == expected


def test_a_threshold_with_nothing_counted_before_keeps_its_noun():
    assert figures("Ticket sales in Velmora passed the 2 million mark.") == [(2000000, "mark")]


@pytest.mark.parametrize("text, expected", [
    ("With a 6-to-3 majority, the Velmoran high court struck the statute down.", [(6, "votes"), (3, "votes")]),
    ("In the Oska appeal the judges ruled 5-4 against the fee.", [(5, "votes"), (4, "votes")]),
])
def test_split_decisions_are_tallies(text, expected):
    assert figures(text) == expected


def test_a_ruling_without_a_tally_after_it_is_no_vote():
    assert figures("The referee ruled the goal out and Kelso won 2-1.") == []


def test_a_threshold_skips_a_span_of_time_for_what_was_counted():
    text = "Orvane sold 40 million scooters. Six years later it crossed the 3-billion barrier."
    assert figures(text)[-1] == (3000000000, "scooters")
