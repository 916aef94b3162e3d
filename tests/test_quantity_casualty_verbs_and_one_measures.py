"""Bare figures before what befalls people ("12 sustained burns", «9 умерли») count people, the verb being no unit;
"a" before a measure of length or area is one of it ("almost a mile of track"); invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Officials in Tarsk said 12 sustained burns in the blaze.", "en", [(12.0, "people")]),
    ("At the Orlen depot 26 received treatment for smoke.", "en", [(26.0, "people")]),
    ("Of the crew, 7 succumbed within the week.", "en", [(7.0, "people")]),
    ("Rescuers in Velm said 15 perished in the mudslide.", "en", [(15.0, "people")]),
    ("По словам врачей Тарска, 9 умерли в реанимации.", "ru", [(9.0, "человек")]),
])
def test_a_casualty_verb_after_a_bare_figure_makes_it_count_people(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Almost a foot of rain soaked the Orlen valley.", [(1.0, "foot")]),
    ("The Velm river rose half a metre overnight.", [(0.5, "metre")]),
])
def test_a_before_a_measure_counts_one_of_it(text, expected):
    assert found(text) == expected


def test_a_measure_as_a_hyphened_adjective_is_no_figure():
    assert found("A mile-long queue formed outside the Tarsk depot.") == []
