"""A ten written as «десяток» with no number before it counts ten; a verb of doubling writes no number and is no
figure, done or planned (invented texts)."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), "ru")]


@pytest.mark.parametrize("text, expected", [
    ("Губернатор Орлента провел десяток встреч с фермерами.", [(10, "встреч")]),
    ("В Вельмаре открыли десяток тысяч пекарен.", [(10000, "пекарен")]),
    ("В Вельмаре открыли три десятка пекарен.", [(30, "пекарен")]),     # a scale after a number, as before
    ("В Вельмаре открыли десятки пекарен.", []),                         # tens with no number count none
])
def test_a_bare_ten_is_a_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Орлент удвоил вывоз сыра.",
    "Вывоз сыра из Орлента удвоился.",
    "Орленту нужно удвоить вывоз сыра.",          # an aim
    "Орлент удвоит вывоз сыра к осени.",          # a plan
])
def test_a_verb_of_doubling_is_no_figure(text):
    assert figures(text) == []
