"""A Russian unit noun that does not decline ("тенге") is read after a count, not taken for an ordinal's case; a
year-like number whose next word a figure follows, or whose next word is a verb's form and no noun's plural, is a
year, that word its verb; a range may be joined by the typeset minus sign; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("Хлеб в Руритании стоит 870 тенге.", [(870.0, "тенге")]),
    ("Расходы Бореалии составили 45 млн тенге.", [(45000000.0, "тенге")]),
])
def test_an_invariable_unit_is_counted(text, expected):
    assert found(text, "ru") == expected


def test_an_ordinal_case_still_is_no_count():
    assert found("Сомов забил на 12 минуте.", "ru") == []


@pytest.mark.parametrize("text, expected", [
    ("The Velm forecast for 2031 increases by 40.5 million dollars.", [(40500000.0, "dollars")]),
    ("The Ruritanian plan for 2031 includes 5 bridges.", [(5.0, "bridges")]),
    ("The Velm grid plan for 2031 envisages a second line to the coast.", []),
    ("The Velm grid plan for 2031 foresees more wind farms.", []),
])
def test_a_year_before_its_verb_is_no_figure(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Velm will hire 2000 workers by 2030.", [(2000.0, "workers")]),
    ("Some 1950 pilgrims a day reach Velm.", [(1950.0, "pilgrims")]),
])
def test_a_count_before_a_year_stays(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("В области Тарна 1850 больниц на 3 миллиона жителей.", "ru", (1850.0, "больниц")),
    ("Сокращение затронуло 1960 военнослужащих на 30 базах.", "ru", (1960.0, "военнослужащих")),
    ("Velm had 1900 nurses by 2 March.", "en", (1900.0, "nurses")),
])
def test_a_year_like_count_before_its_noun_and_another_figure_stays(text, lang, expected):
    assert expected in found(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Growth in Ruritania will be 3.5\u22123.9%.", "en"),
    ("Инфляция в Руритании составит 3,5\u22123,9%.", "ru"),
])
def test_a_minus_sign_joins_a_range(text, lang):
    assert found(text, lang) == [(3.5, "percent"), (3.9, "percent")]
