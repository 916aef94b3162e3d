"""A figure after the tag of a quotation closed before it is the article's account of the speaker or the occasion,
not what was quoted, whatever follows the tag: a relative clause on the speaker, the company at a briefing."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def figure_claimants(text, linker):
    return [who for _, who in claims(text, linker, kinds=("quantity",))]


@pytest.mark.parametrize("text", [
    "\"The harbour stays closed to tankers,\" said Varga, who has run the port authority for the last nine years "
    "despite calls to step aside.",
    "\"We want the count stopped at once,\" mayoral candidate Tomas Varga said at a rally alongside four other "
    "candidates who are standing against the governor.",
    "\"The harbour stays closed to tankers,\" Tomas Varga said at the \"Harbour Days\" festival, which drew 3,000 "
    "visitors.",
])
def test_a_figure_after_a_quotations_tag_is_the_articles(cast_linker, text):
    assert figure_claimants(text, cast_linker) == [None]


@pytest.mark.parametrize("text", [
    "\"The harbour stays closed,\" Varga said, adding that 300 tankers were waiting offshore.",
    "\"The harbour stays closed,\" Varga said at a briefing, \"and 300 tankers are waiting offshore.\"",
    "Varga said at a briefing that 300 tankers were waiting offshore.",
])
def test_a_figure_in_what_the_tag_goes_on_to_report_stays_the_speakers(cast_linker, text):
    assert set(figure_claimants(text, cast_linker)) == {"varga"}
