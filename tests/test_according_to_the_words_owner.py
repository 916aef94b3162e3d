""""In her words, …", "In the minister's words, …", "In Ostrova's view, …": the owner of the words, a pronoun, a title
that refers back or a name, is the source of what follows; a phrase inside a clause of the article's own ("a
ruling that echoed the board's view") names no source."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

OSTROVA = Entity("ostrova", "Lena Ostrova", "Person", pref_labels=(("Lena Ostrova", "en"),))
BOARD = Entity("board", "Harbour Board", "Organization", pref_labels=(("Harbour Board", "en"),))
OPENING = "Minister Lena Ostrova spoke to reporters in Harbourton on Monday. "


@pytest.fixture(scope="module")
def linker():
    return Linker([OSTROVA, BOARD])


@pytest.mark.parametrize("cue", ["In her words", "In the minister's words", "In Ostrova’s words", "In Ostrova's view"])
def test_the_words_owner_is_the_source(linker, cue):
    text = OPENING + f"{cue}, the harbour will reopen to ferries next month."
    assert speaker_of(claims(text, linker), "the harbour will reopen") == "ostrova"


def test_a_view_inside_the_articles_clause_names_no_source(linker):
    text = "The council voted in a ruling that echoed the Harbour Board's view that the pier is unsafe."
    assert speaker_of(claims(text, linker), "The council voted") is None
