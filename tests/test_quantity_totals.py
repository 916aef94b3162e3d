"""A running total reached by a bare figure, the size of a change in a plural subject's count, and years listed
before a plural «годах»; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang, previous_unit=None):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


@pytest.mark.parametrize("text, expected", [
    ("The Velm board recorded 40 new claims, bringing the total to 312.", [(40.0, "new claims"), (312.0, "new claims")]),
    ("Nine fresh infections took the total number for the Velm district to 31.",
     [(9.0, "fresh infections"), (31.0, "fresh infections")]),
    ("Tarsia gave 8,000 doses on Monday, bringing the total in five days to 52,000.",
     [(8000.0, "doses"), (5.0, "days"), (52000.0, "doses")]),
    ("Velm added 12 points, bringing the total to 40%.", [(12.0, "points"), (40.0, "percent")]),
])
def test_a_bare_figure_a_running_total_reaches_counts_what_the_figure_before_counted(text, expected):
    assert found(text, "en") == expected


def test_a_running_total_takes_the_unit_of_the_sentence_before_when_its_own_figure_is_bare():
    text = "Farming added 900, taking its total to over 7,000 for the season."
    assert found(text, "en", previous_unit="new jobs") == [(7000.0, "new jobs")]
    assert found(text, "en", previous_unit=None) == []


@pytest.mark.parametrize("text, expected", [
    ("Farm payrolls in Velm rose by 12,000 in May.", [(12000.0, "payrolls")]),
    ("Opposition seats fell by 14 after the recount.", [(14.0, "seats")]),
    ("Prices in Oska rose by 5 after the vote.", []),               # prices measure, they count nothing
])
def test_the_size_of_a_change_after_by_counts_the_plural_subject(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("В матчах 1990 и 2006 годов в Велме забили по 40 голов.", [(40.0, "голов")]),
    ("Выборы в Оске прошли в 2019 и 2023 годах.", []),
    ("Суд приговорил жителя Тарсии к 12 годам колонии.", [(12.0, "годам колонии")]),
])
def test_a_year_before_a_plural_of_god_is_a_year_not_a_span(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Two days later the mayor of Velm resigned.", "en", [(2.0, "days")]),
    ("The Oska recount began three days after the vote ended.", "en", [(3.0, "days")]),
    ("Спустя два года завод в Тарсии закрыли.", "ru", [(2.0, "года")]),
    ("Три дня спустя мэр Велма ушёл.", "ru", [(3.0, "дня")]),
    ("The truce in Velm, agreed two days ago, held.", "en", []),
    ("Мэр Оски ушёл два года назад.", "ru", []),
])
def test_a_span_between_two_events_is_counted_a_span_before_now_is_not(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("In Velm prices rose 6.1 percent in May and in June 7.4 percent.", "en", [(6.1, "percent"), (7.4, "percent")]),
    ("Инфляция в Оске достигла в марте 9,3% после 8,7% в феврале.", "ru", [(9.3, "percent"), (8.7, "percent")]),
    ("Добыча Тарсии составила в мае 412,5 тысячи тонн.", "ru", [(412500.0, "тонн")]),
    ("The Velm vote is set for March 3, 2031.", "en", []),
    ("Tarsia holds its May 2029 elections early.", "en", []),
    ("Встреча в Оске прошла 9 ноября.", "ru", []),
])
def test_a_fraction_or_a_per_cent_after_a_month_is_a_figure_not_a_day(text, lang, expected):
    assert found(text, lang) == expected
