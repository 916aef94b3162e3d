"""Two days of one month written with its name once, after both ("6 и 7 ноября", "6 and 7 November"): the first
day is a date like the second, no figure (extract/quantities.py, ``_is_date_or_year``)."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang):
    """The value and unit of each figure in ``text``."""
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang", [
    ("Ещё до открытия форума министры Бореалии собрались 6 и 7 ноября.", "ru"),
    ("Переговоры в Бореалии пройдут 12 или 13 марта.", "ru"),
    ("Ministers of Borealia met in Veltor on 6 and 7 November.", "en"),
])
def test_the_first_of_two_days_before_a_month_is_no_figure(text, lang):
    assert figures(text, lang) == []


def test_a_figure_after_the_two_days_is_still_one():
    assert figures("В Бореалии 5 и 7 ноября задержали 30 человек.", "ru") == [(30, "человек")]
