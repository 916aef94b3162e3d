"""A number after a month's name is a date's day only when it is in digits and the language writes its day after
the month ("March 3"): a number word, or any number after a Russian month, counts; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("In June four guards at the Tarsk depot were hurt.", "en", [(4.0, "guards")]),
    ("By October nine clinics in Velm had shut.", "en", [(9.0, "clinics")]),
    ("В августе 7 рабочих в Оскаре получили травмы.", "ru", [(7.0, "рабочих")]),
    ("С марта 15 пекарен Вельмы закрылись.", "ru", [(15.0, "пекарен")]),
    ("2 мая трое туристов пропали в горах под Оскаром.", "ru", [(3.0, "туристов")]),
])
def test_a_number_after_a_month_that_is_no_day_counts(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Velm fair opened on June 4 with 60 stalls.", "en", [(60.0, "stalls")]),
    ("On October 9, 12 clinics in Tarsk shut.", "en", [(12.0, "clinics")]),
])
def test_digits_after_an_english_month_stay_its_day(text, lang, expected):
    assert found(text, lang) == expected
