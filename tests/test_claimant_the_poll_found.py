""""The survey found …", "The poll found …" after a poll the text said a pollster made ("a Marrow Research poll",
"Marrow Research published a poll") is that pollster's; a survey no one was said to make stays the article's."""
import pytest

from claimsgraph.link import Linker
from extracted import claims_as_written as sources


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("before", [
    "Only 48 percent of voters in Velsk back the bridge, according to a Marrow Research poll released on Monday.",
    "Support for the Velsk bridge fell in the latest Marrow Research poll.",
    "Marrow Research published a new poll on Monday.",
])
@pytest.mark.parametrize("anaphor", ["The survey", "The poll"])
def test_the_poll_found_is_the_pollsters(linker, before, anaphor):
    text = f"Ruritania news\n\n{before} {anaphor} found that 30 percent of voters oppose the bridge."
    found = [who for claim, who in sources(text, linker) if "30 percent" in claim]
    assert found and all(who == "Marrow Research" for who in found)


def test_a_survey_no_one_made_stays_the_articles(linker):
    text = ("Ruritania news\n\nThe Velsk council approved the bridge on Monday. A survey found that 30 percent of"
            " voters oppose it. The survey found that 20 percent back it.")
    assert all(who is None for _, who in sources(text, linker))


def test_according_to_a_poll_conducted_by_a_pollster_is_the_pollsters(linker):
    text = ("Ruritania news\n\nThe poll, conducted by Marrow Research for the Velsk Bridge League, shows 60 percent"
            " of voters back the bridge, the Velsk Courier said. According to the poll, 30 percent of"
            " voters oppose the bridge.")
    found = [who for claim, who in sources(text, linker) if "30 percent" in claim]
    assert found and all(who == "Marrow Research" for who in found)
