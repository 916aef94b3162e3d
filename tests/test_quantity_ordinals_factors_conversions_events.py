"""Figures in round 23's news: a Russian ordinal in the accusative or instrumental, a factor carried to a sum, a
describing word shared across "and", and a price's conversion in brackets; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import carried_unit, find_quantities
from claimsgraph.model import Span


def found(text, lang, previous_unit=None):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


@pytest.mark.parametrize("text, expected", [
    ("Телеканал «Велна» получил 14-ю кнопку пульта.", []),
    ("Клуб стал 7 командой таблицы.", []),
    ("Команда с 6-ю очками идёт второй.", [(6.0, "очками")]),
])
def test_a_russian_ordinal_in_a_case_no_count_takes_is_no_figure(text, expected):
    assert found(text, "ru") == expected


def test_a_factor_is_no_unit_a_later_sum_borrows():
    text = "Расходы Велны выросли в 1,5 раза. На 2030 год заложено 14,02 млрд, на 2031 — 15,08 млрд."
    assert found(text, "ru", previous_unit="рублей") == [
        (1.5, "раза"), (14020000000.0, "рублей"), (15080000000.0, "рублей")]
    factor_only = find_quantities(text, Span(0, text.index(".") + 1), "ru", "рублей")
    assert carried_unit(text, factor_only, "рублей") == "рублей"


@pytest.mark.parametrize("text, lang, expected", [
    ("Tarvel holds four oil and three gas fields off the coast.", "en", [(4.0, "oil fields"), (3.0, "gas fields")]),
    ("Велнефть разрабатывает пять нефтяных и три газовых месторождения.", "ru",
     [(5.0, "нефтяных месторождения"), (3.0, "газовых месторождения")]),
    ("Velm sent 10 trucks and 5 fire engines.", "en", [(10.0, "trucks"), (5.0, "fire engines")]),
    ("The Velm plant has 40 staff and 12 part-time workers.", "en", [(40.0, "staff"), (12.0, "part-time workers")]),
])
def test_a_describing_word_shares_the_noun_of_the_figure_after_and(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tarvel crude sold at $3 (£2.40) for each barrel.", [(3.0, "dollars per barrel"), (2.4, "pounds per barrel")]),
    ("Velm oil fetched $70 (£55) a barrel.", [(70.0, "dollars per barrel"), (55.0, "pounds per barrel")]),
    ("Velm paid $5 (£4) and a fee.", [(5.0, "dollars"), (4.0, "pounds")]),
])
def test_a_price_and_its_conversion_in_brackets_share_what_they_are_per(text, expected):
    assert found(text, "en") == expected
