"""People a subject places only beside a body ("protesters outside the Vell Harbour Board's office said") stand at
its door; they do not speak for it: the body is no claimant. People "at" a body still speak for it."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims

BOARD = Entity("board", "Vell Harbour Board", "Organization", pref_labels=(("Vell Harbour Board", "en"),))
LEDE = "Strike in Borealia\n\nDock workers in Borealia stopped work on Monday.\n\n"


@pytest.fixture(scope="module")
def board_linker():
    return Linker([*CAST, BOARD])


@pytest.mark.parametrize("where", ["outside the Vell Harbour Board's office", "near the Vell Harbour Board",
                                   "opposite the Vell Harbour Board's gate"])
def test_people_beside_a_body_do_not_speak_for_it(board_linker, where):
    sentence = f"Dozens of dock workers {where} accused the board of cutting their wages."
    out = dict(claims(LEDE + sentence, board_linker))
    assert out[sentence] is None


def test_people_at_a_body_still_speak_for_it(board_linker):
    sentence = "Officials at the Vell Harbour Board said the wages would be paid on Friday."
    assert dict(claims(LEDE + sentence, board_linker))[sentence] == "board"
