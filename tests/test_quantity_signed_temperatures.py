"""A figure written with its sign and no unit in a sentence of weather is a temperature in degrees ("днем +11,
ночью до –6"); a dash typeset as a minus before digits makes the figure negative. Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def units(text, lang):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Утром в Зарецке температура воздуха достигнет +11, днем она поднимется до +13.", "ru",
     [(11.0, "градусов"), (13.0, "градусов")]),
    ("Ночью столбики термометров в Ольховке опустятся до –17.", "ru", [(-17.0, "градусов")]),
    ("Скорость ветра в Велмино 6 м/с, а температура воздуха +9.", "ru", [(6.0, "м/с"), (9.0, "градусов")]),
    ("Overnight lows in the Orlo valley will dip to -7.", "en", [(-7.0, "degrees")]),
])
def test_a_signed_figure_in_a_weather_sentence_is_a_temperature(text, lang, expected):
    assert units(text, lang) == expected


def test_a_dash_before_digits_is_a_minus():
    assert units("Команда «Велм» набрала 31 очко, разница мячей –6.", "ru")[-1][0] == -6.0


@pytest.mark.parametrize("text, lang, expected", [
    ("В субботу в Зарецке ожидается от -2 до +3 без осадков.", "ru", []),    # no word of weather: no unit
    ("В 2011–2016 годах в Ольховке открыли 12–14 школ.", "ru", [(12.0, "школ"), (14.0, "школ")]),
    ("Shares of Velm Mining rose (+18%) on Tuesday.", "en", [(18.0, "percent")]),
])
def test_signs_and_dashes_elsewhere_are_unchanged(text, lang, expected):
    assert units(text, lang) == expected
