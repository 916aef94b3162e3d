"""«5 миллионов 120 тысяч 37 избирателей»: a number written in three parts, each smaller than one unit of the scale
before it, is one number, not its last part."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, value", [
    ("За Ивара Сомова проголосовали 5 миллионов 120 тысяч 37 избирателей.", "ru", 5120037),
    ("Бюджет Тарнии составил 2 миллиарда 40 миллионов 500 тысяч рублей.", "ru", 2040500000),
    ("The Ruritanian treasury lent 3 million 250 thousand 600 crowns.", "en", 3250600),
])
def test_a_number_in_three_parts_is_one_number(text, lang, value):
    assert [v for v, _ in figures(text, lang)] == [value]



@pytest.mark.parametrize("text, lang, value", [
    ("Товарооборот Тарнии составил один миллиард 230 миллионов долларов.", "ru", 1230000000),
    ("The Ruritanian treasury lent one billion 230 million crowns.", "en", 1230000000),
])
def test_a_larger_part_in_words_and_a_smaller_in_digits_are_one_number(text, lang, value):
    """«один миллиард 230 миллионов долларов»: the larger part written as a word is one number with the smaller."""
    assert [v for v, _ in figures(text, lang)] == [value]
