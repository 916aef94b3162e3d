"""A sentence that narrates what came of an earlier saying, told in a relative clause opened by a preposition on a
noun of saying ("X faced questions over a statement in which he denounced …"), is the article's own; the same
clause on the object of the verb ("X issued a statement in which he said …") or on a noun that is no saying ("X
spoke at a rally at which he said …") leaves the sentence to its speaker (invented names and sentences)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, speakers


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("text", [
    "Tomas Varga faced questions on Monday over a statement in which he denounced the harbour budget.",
    "Tomas Varga drew sharp criticism after a speech in which he claimed that the harbour budget was balanced.",
    "Tomas Varga came under fire on Tuesday after an interview in which he said the harbour would close.",
    "Mira Orlen apologised on Friday for a post in which she called the dockers lazy.",
])
def test_narration_after_an_earlier_saying_is_the_articles(linker, text):
    assert speakers(text, linker) == [None]


@pytest.mark.parametrize("text", [
    "Tomas Varga issued a statement in which he said the harbour budget was balanced.",
    "Tomas Varga spoke at a rally at which he said the harbour budget was balanced.",
])
def test_a_saying_on_the_verbs_own_object_or_occasion_stays_its_speakers(linker, text):
    assert speakers(text, linker) == ["varga"]
