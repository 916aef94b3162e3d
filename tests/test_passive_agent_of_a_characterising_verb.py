"""A passive verb that says what its subject is names its speaker in its "by" phrase, wherever the parser hangs it
("The plan was described as a fraud by the Harwick Farmers Union": the union's words); "by" no name or description
of a speaker follows leaves the words to the article (invented bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

UNION = Entity("union", "Harwick Farmers Union", "Organization", pref_labels=(("Harwick Farmers Union", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [UNION])


@pytest.mark.parametrize("verb", ["described as a fraud", "hailed as a breakthrough"])
def test_the_agent_of_a_passive_that_says_what_its_subject_is_speaks(linker, verb):
    text = f"The grain plan was {verb} by the Harwick Farmers Union on Monday."
    assert speaker_of(claims(text, linker), "grain plan") == "union"


def test_by_no_speaker_leaves_the_words_to_the_article(linker):
    text = "The grain plan was described as a fraud by many."
    assert speaker_of(claims(text, linker), "grain plan") is None
