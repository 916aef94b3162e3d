"""A poll's split written with the unit once, after the smaller share ("leads 58 to 41 percent"):
the first, bare number is a figure of its own in that unit; invented people and places."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang", [
    ("Mara Velsen leads Oskar Drent 58 to 41 percent among likely voters in Ruritania.", "en"),
    ("Velsen holds a solid 58 to 41 per cent lead over Drent, the survey found.", "en"),
])
def test_the_bare_larger_share_is_a_figure_in_the_smaller_ones_unit(text, lang):
    assert figures(text, lang) == [(58, "percent"), (41, "percent")]


@pytest.mark.parametrize("text", [
    "Voters in Ruritania backed the charter 64-31 percent.",
    "Mara Velsen beat Oskar Drent 64–31 per cent in the runoff.",
])
def test_a_hyphened_falling_split_gives_both_shares(text):
    assert figures(text, "en") == [(64, "percent"), (31, "percent")]


@pytest.mark.parametrize("text", [
    "Ruritania won 3-1 against Borelia on Sunday.",
    "Borelia beat Ruritania 24-17 in the final.",
])
def test_a_score_line_with_no_unit_is_no_figure(text):
    assert figures(text, "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Turnout in Ruritania rose from 41 to 58 percent.", "en", [(41, "percent"), (58, "percent")]),
    ("Between 41 and 58 percent of Ruritanians back Velsen.", "en", [(58, "percent")]),
    ("Cases in Ruritania rose by 18 to 3,256 people.", "en", [(18, "cases"), (3256, "people")]),
])
def test_ranges_and_changes_keep_their_figures(text, lang, expected):
    assert figures(text, lang) == expected
