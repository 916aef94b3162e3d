"""A part of one unit written in words ("a tenth of a percentage point", "two-thirds of a per cent") is the fraction,
not the one unit its "a" counts; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text):
    return [(round(q.value, 4), q.canonical_unit) for q in find_quantities(text, Span(0, len(text)), "en")]


@pytest.mark.parametrize("text, expected", [
    ("The Velm central bank raised its rate by a tenth of a percentage point.", [(0.1, "pp")]),
    ("Inflation in Oska slowed by two-tenths of a percentage point.", [(0.2, "pp")]),
    ("Velmco's margin fell by one fifth of a per cent.", [(0.2, "%")]),
    ("Turnout in Tarnia rose two-thirds of a percentage point.", [(0.6667, "pp")]),
    ("The bank of Oska cut by three-quarters of a percentage point.", [(0.75, "pp")]),   # as before
    ("Velm's jobless rate fell by four-tenths of a percentage point.", [(0.4, "pp")]),
    ("Output in Oska grew seven-tenths of a percentage point.", [(0.7, "pp")]),
    ("The Tarnian bank raised rates by one-half of a percentage point.", [(0.5, "pp")]),
])
def test_a_fraction_in_words_counts_part_of_the_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("One-tenth of the Velm budget went on roads.", []),                  # no unit: no figure
    ("Oska's rate rose by a percentage point.", [(1.0, "pp")]),           # "a" alone is one
    ("A third of a million people live in Velm.", [(333333.3333, "people")]),
])
def test_a_fraction_needs_its_unit_and_a_alone_stays_one(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ставка в Велмии выросла на треть процентного пункта.", [(0.3333, "pp")]),
    ("Ставка в Велмии выросла на две трети процентного пункта.", [(0.6667, "pp")]),
    ("Ставка в Велмии выросла на одну десятую процентного пункта.", [(0.1, "pp")]),
])
def test_a_russian_fraction_in_words_counts_part_of_the_unit(text, expected):
    assert [(round(q.value, 4), q.canonical_unit) for q in find_quantities(text, Span(0, len(text)), "ru")] == expected
