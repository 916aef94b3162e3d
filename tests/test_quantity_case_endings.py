"""A Russian numeral's case ending written after its digits ("с 7-ю промахами", "10-ти тонн") belongs to the number:
the noun after it is the unit. Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text):
    return [(text[q.span.start:q.span.end], q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), "ru")]


@pytest.mark.parametrize("text, expected", [
    ("Лыжник Пётр Велмов с 6-ю промахами финишировал последним.", [("6-ю промахами", 6.0, "промахами")]),
    ("В Тарск доставили более 12-ти тонн зерна.", [("более 12-ти тонн зерна", 12.0, "тонн зерна")]),
    ("Склад в Оскове поразили 3-мя ракетами.", [("3-мя ракетами", 3.0, "ракетами")]),
])
def test_the_noun_after_a_numerals_case_ending_is_its_unit(text, expected):
    assert found(text) == expected


def test_an_ordinal_ending_stays_no_figure():
    assert found("Команда Велма заняла 5-е место, Иван Тарвов с 7-ю очками — 9-е.") == [("7-ю очками", 7.0, "очками")]
