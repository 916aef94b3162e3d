""""…, added the minister.": a closing tag whose verb the parser joined to what was said as a second verb of that
clause, or on which it hung that clause's modal, still has its speaker after the verb, not an object."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

HARBOUR_BOARD = Entity("board", "Ostmark Harbour Board", "Organization",
                       pref_labels=(("Ostmark Harbour Board", "en"),))


@pytest.fixture(scope="module")
def board_linker():
    return Linker(CAST + [HARBOUR_BOARD])


@pytest.mark.parametrize("said", [
    "The new quay will open to ferries in spring, added the board.",
    "However, the works will on all quays, added the board.",
    "The dredging would not stop, added the board.",
])
def test_a_description_after_a_closing_verb_is_its_speaker(board_linker, said):
    text = f"The Ostmark Harbour Board approved a plan to deepen the port on Monday. The cost was not disclosed.\n\n{said}"
    assert speaker_of(claims(text, board_linker), "added the board") == "board"


def test_an_object_of_a_verb_in_the_same_clause_stays_an_object(board_linker):
    text = ("The Ostmark Harbour Board approved a plan to deepen the port on Monday. "
            "Tomas Varga praised the dredging work and added the plan to his list.")
    assert speaker_of(claims(text, board_linker), "added the plan") != "board"
