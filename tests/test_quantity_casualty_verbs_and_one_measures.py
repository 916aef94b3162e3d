"""Bare figures before what befalls people ("12 sustained burns", «9 умерли») count people, the verb being no unit;
"a" before a measure of length or area is one of it ("almost a mile of track"); «-х» after a lone 2, 3 or 4 is the
count's case («3-х школьников»); "age 5" is an age; invented sentences only."""
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


@pytest.mark.parametrize("text, expected", [
    ("В Тарске госпитализировали 3-х школьников.", [(3.0, "школьников")]),
    ("Один из 2-х водителей скрылся.", [(2.0, "водителей")]),
])
def test_an_ending_glued_to_a_lone_small_digit_is_the_count_s_case(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text", ["Выпускники 5-х классов Тарска.", "В 80-х Велм был закрыт."])
def test_the_same_ending_after_other_numbers_is_an_ordinal_or_a_decade(text):
    assert found(text, "ru") == []


def test_age_before_a_figure_makes_it_an_age():
    assert found("Two girls, age 5 and 9, were hurt in Orlen.") == [(2.0, "girls"), (5.0, "years"), (9.0, "years")]


def test_a_singular_death_verb_after_a_numbered_place_counts_no_people():
    assert found("В корпусе номер 6 умер пациент из Тарска.", "ru") == []


@pytest.mark.parametrize("text", ["A Tarsk guard suffered a foot injury in the match.",
                                  "The Velm police began a foot patrol at noon."])
def test_a_measure_word_naming_a_kind_of_thing_is_no_figure(text):
    assert found(text) == []


def test_one_thing_that_suffered_is_no_toll():
    assert found("One company in Tarsk suffered heavy losses.") == []
