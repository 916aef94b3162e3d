"""A figure in the phrase that opens a sentence with its occasion ("After a 2-1 defeat on Sunday, the coach said
that …") tells when the words were said, the article's own; figures in what the frame reports stay the speaker's."""
import pytest

from claimsgraph.link import Linker
from extracted import claims


@pytest.fixture(scope="module")
def empty_linker():
    return Linker([])


def _figures(text, linker):
    return [(quote, who) for quote, who in claims(text, linker, kinds=("quantity",))]


@pytest.mark.parametrize("text", [
    "Harwick lost again at the weekend. After a 1-2 home defeat by Vell Rovers on Sunday, coach Osric Delane said "
    "that the referee had been poor.",
    "Following a week of three matches, Harwick coach Osric Delane told reporters that his players looked tired.",
])
def test_a_score_in_the_opening_occasion_is_the_articles(empty_linker, text):
    figures = _figures(text, empty_linker)
    assert figures and all(who is None for _, who in figures)


def test_figures_in_what_follows_stay_the_speakers(empty_linker):
    text = "After a 1-2 defeat, Osric Delane said his side would need 10 points from the last five games."
    figures = _figures(text, empty_linker)
    assert [who is None for _, who in figures] == [True, True, False, False]
