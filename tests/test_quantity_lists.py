"""Bare numbers listed before a figure ("-19, -17 and -12°C", "by 4 and 7 points") each count in that figure's
unit; a year, a month or a reference before the list makes it none. Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(text[q.span.start:q.span.end], q.value, q.canonical_unit)
            for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Nights in Velm brought lows of -21, -18 and -14°C.", "en",
     [("-21", -21.0, "cel"), ("-18", -18.0, "cel"), ("-14°C", -14.0, "cel")]),
    ("The Oska party trailed by 6 and 9 points in the Tarn polls.", "en", [("6", 6.0, None), ("9 points", 9.0, None)]),
    ("Fares in Velm, Oska and Tarn rose 2.5, 4 and 6 percent.", "en",
     [("2.5", 2.5, "%"), ("4", 4.0, "%"), ("6 percent", 6.0, "%")]),
    ("В Тарске ночью ожидается -9, -7 или -5 градусов.", "ru",
     [("-9", -9.0, "cel"), ("-7", -7.0, "cel"), ("-5 градусов", -5.0, "cel")]),
])
def test_each_listed_number_counts_in_the_unit_of_the_last(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("In 2019, 14 and 22 workers left the Velm plant.", "en", [("14", 14.0), ("22 workers", 22.0)]),
    ("On May 3, 5 and 8 boats reached Oska, then 10 and 12 barges.", "en",
     [("8 boats", 8.0), ("10", 10.0), ("12 barges", 12.0)]),
    ("See paragraph 4 and 9 tonnes of grain; Tarn took 6 and 7 tonnes.", "en",
     [("9 tonnes", 9.0), ("6", 6.0), ("7 tonnes", 7.0)]),
])
def test_a_year_month_or_reference_is_no_listed_number_but_a_later_list_is(text, lang, expected):
    assert [(t, v) for t, v, _ in found(text, lang)] == expected
