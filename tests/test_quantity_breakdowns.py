"""Figures a total is broken into after a colon, a span joined by a hyphen before a noun, years before a year's
values, units that end at a span or a change's size, and a lone 'one' joined to a count after it; invented
sentences."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("В клиниках Орвела лежат 14 человек: четверо в тяжелом состоянии, 10 — в стабильном.", "ru",
     [(14, "человек"), (4, "человек"), (10, "человек")]),
    ("Velm Clinic in Orla holds 31 patients: 6 in intensive care, 25 in general care.", "en",
     [(31, "patients"), (6, "patients"), (25, "patients")]),
])
def test_bare_figures_after_a_total_and_a_colon_count_what_the_total_counts(text, lang, expected):
    assert found(text, lang) == expected


def test_a_hyphened_span_before_other_nouns_still_counts():
    assert found("Velm signed a four-year contract.") == [(4, "year")]


@pytest.mark.parametrize("text", [
    "Orvel Foods said sales rose 12% on 2031 results.",
    "Output at Velm stayed below 2029 levels.",
])
def test_a_year_before_a_years_values_is_no_count(text):
    assert [value for value, _ in found(text)] == [12] * ("12%" in text)


@pytest.mark.parametrize("text, lang, unit", [
    ("The figure marks a 2 percentage point overshoot of the Orvel target.", "en", "percentage point"),
    ("Это лучший итог Велма за последние восемь лет опросов.", "ru", "лет"),
])
def test_a_unit_ends_at_a_span_or_a_change_size(text, lang, unit):
    assert [u for _, u in found(text, lang)] == [unit]


@pytest.mark.parametrize("text, lang, expected", [
    ("В Орвеле сообщили об одном погибшем и 9 раненых.", "ru", [(1, "погибшем"), (9, "раненых")]),
    ("Velm reported one death and 14 new cases.", "en", [(1, "death"), (14, "new cases")]),
])
def test_a_lone_one_joined_to_a_count_after_it_counts(text, lang, expected):
    assert found(text, lang) == expected


def test_one_of_a_group_joined_to_a_count_stays_no_figure():
    assert found("It was one of the reasons and 3 others.") == [(3, "others")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Velm Farms shipped 4 and 6 tons of rye.", "en", [(4, "tons"), (6, "tons")]),
    ("В Орвеле ранены двое подростков 15 и 16 лет.", "ru", [(2, "подростков"), (15, "лет"), (16, "лет")]),
])
def test_a_bare_figure_joined_straight_to_a_figure_with_a_unit_counts_it_too(text, lang, expected):
    assert found(text, lang) == expected


def test_a_bare_figure_before_a_scaled_one_takes_no_unit():
    assert found("Орвел отгрузил 4 и 6 млн тонн.", "ru") == [(6000000, "тонн")]
