"""A verb that sets a figure at a value ("put the toll at 40", "pegged its losses at …") gives an estimate its
subject asserts, as a verb of saying does: a body, or a statement that speaks for the body that issued it; putting
things somewhere is no estimate."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, claims_all, speaker_of

BOARD = Entity("board", "Velmont Water Board", "Organization", pref_labels=(("Velmont Water Board", "en"),))


@pytest.fixture(scope="module")
def estimate_linker():
    return Linker(CAST + [BOARD])


def test_a_figure_a_body_puts_at_a_value_is_its_estimate(estimate_linker):
    text = "Heavy rain flooded the valley on Monday. The Velmont Water Board put the cost of the repairs at $4 million."
    assert speaker_of(claims_all(text, estimate_linker), "cost of the repairs") == "board"


def test_a_figure_a_statement_puts_at_a_value_is_its_issuers_estimate(estimate_linker):
    text = ("Heavy rain flooded the valley on Monday, and the Velmont Water Board closed two depots. Repairs began "
            "on Tuesday. A statement from the board put the number of wells that have been cleaned at 312.")
    assert speaker_of(claims_all(text, estimate_linker), "wells that have been cleaned") == "board"


def test_putting_things_somewhere_is_no_estimate(estimate_linker):
    text = "The Velmont Water Board opened two depots. Volunteers put the crates at the gate."
    assert speaker_of(claims(text, estimate_linker), "crates at the gate") is None
