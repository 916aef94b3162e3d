"""A change given in its unit and again as a share ("fell 40 points, or 1.2 per cent, to 3,310") reaches a value
counted in the change's unit, not in per cent. Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(text[q.span.start:q.span.end], q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Velm composite fell 40.25 points, or 1.2 per cent, to 3,310.75.", "en",
     [("40.25 points", 40.25, "points"), ("1.2 per cent", 1.2, "percent"), ("3,310.75", 3310.75, "points")]),
    ("Индекс Тарской биржи вырос на 31 пункт, или 1,4%, до 2215.", "ru",
     [("31 пункт", 31.0, "пункт"), ("1,4%", 1.4, "percent"), ("до 2215", 2215.0, "пункт")]),
])
def test_the_value_a_restated_change_reaches_is_in_the_changes_unit(text, lang, expected):
    assert found(text, lang) == expected
