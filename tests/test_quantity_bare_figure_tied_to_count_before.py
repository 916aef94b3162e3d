"""A bare figure tied to the count before it by a comparison, an expectation or an anaphor a few words back
counts what that count counts; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang, previous_unit=None):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


@pytest.mark.parametrize("text, expected", [
    ("Ruritania's mills hired 8,400 workers in May, better than the 6,000 expected.",
     [(8400.0, "workers"), (6000.0, "workers")]),
    ("The Velm yards built 312 trawlers last year compared with 280 the year before.",
     [(312.0, "trawlers"), (280.0, "trawlers")]),
    ("Oska exported 2,300 tractors, short of the 2,800 forecast.", [(2300.0, "tractors"), (2800.0, "tractors")]),
])
def test_a_bare_figure_compared_with_a_count_or_set_against_an_expectation_counts_the_same(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, previous_unit, expected", [
    ("Госпитализированы из них были 85.", "пациентов", [(85.0, "пациентов")]),
    ("Экспорт Руритании составил 410 вагонов против ожидавшихся 380.", None, [(410.0, "вагонов"), (380.0, "вагонов")]),
    ("Завод в Оске выпустил 2300 тракторов против прогнозных 2800.", None, [(2300.0, "тракторов"), (2800.0, "тракторов")]),
    ("За неделю в Велме задержали 46 браконьеров, больше, чем 30 в прошлом месяце.", None,
     [(46.0, "браконьеров"), (30.0, "браконьеров")]),
])
def test_a_russian_bare_figure_after_an_anaphor_or_a_comparison_counts_the_same(text, previous_unit, expected):
    assert found(text, "ru", previous_unit) == expected


@pytest.mark.parametrize("text, lang, previous_unit, expected", [
    # money and shares have their own signs: a bare figure compared with them stays unread
    ("The Velm fund spent $40 million, more than the 30 expected.", "en", None, [(40000000.0, "dollars")]),
    ("Oska did better than the 400 expected.", "en", None, []),               # nothing counted before
    ("Of them, the board said 12 were new.", "en", "tons", []),               # a measure, not a count
    ("Госпитализированы из них были 85.", "ru", None, []),
])
def test_nothing_counted_before_lends_no_noun(text, lang, previous_unit, expected):
    assert found(text, lang, previous_unit) == expected


def test_an_expectation_noun_after_a_figure_gives_way_to_the_count_before():
    assert found("But hiring in Velm far outpaced the 140,000 estimate.", "en", "jobs") == [(140000.0, "jobs")]
    assert found("But hiring in Velm far outpaced the 140,000 estimate.", "en") == [(140000.0, "estimate")]


@pytest.mark.parametrize("text, expected", [
    ("The virus killed 30 people, most of them older than 65, the ministry in Ruritania said.", [(30.0, "people")]),
    ("The fever killed 30 people in Velm, many of them younger than 18.", [(30.0, "people")]),
    ("The fever killed 30 people in Velm. Of those, 12 were older than 80.", [(30.0, "people"), (12.0, "people")]),
    ("The Velm port shipped 40 crates, most of them heavier than 90.", [(40.0, "crates")]),
])
def test_an_age_or_a_comparative_of_no_count_before_a_figure_ties_it_to_no_count(text, expected):
    assert found(text, "en") == expected


def test_more_than_the_figure_still_counts_what_the_count_before_counts():
    assert found("The Oska mill hired 300 workers, more than the 250 it hired in May.", "en") == \
        [(300.0, "workers"), (250.0, "workers")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Velm's mills hired 2,300 workers in June, higher than 2,100 a month earlier.", "en",
     [(2300.0, "workers"), (2100.0, "workers")]),
    ("Velm's mills hired 1,900 workers in June, lower than 2,100 a month earlier.", "en",
     [(1900.0, "workers"), (2100.0, "workers")]),
    ("The Oska yards built 312 trawlers, greater than 280 the year before.", "en",
     [(312.0, "trawlers"), (280.0, "trawlers")]),
    ("The Oska yards built 212 trawlers, down from 280 the year before.", "en",
     [(212.0, "trawlers"), (280.0, "trawlers")]),
    ("В Велме за год построили 46 мостов, ниже, чем 52 годом ранее.", "ru", [(46.0, "мостов"), (52.0, "мостов")]),
])
def test_a_comparative_adjective_of_counts_ties_the_figure_after_it_to_the_count_before(text, lang, expected):
    assert found(text, lang) == expected
