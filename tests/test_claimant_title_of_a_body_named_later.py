"""A title set before the body it belongs to ("The Chairman of the Harbour Board of Borealia said …") is the person
a later frame names with that title ("According to Chairman Tomas Varga, …"), not the body."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

BOARD = Entity("board", "Harbour Board of Borealia", "Organization",
               pref_labels=(("Harbour Board of Borealia", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [BOARD])


def test_a_title_of_a_body_is_the_person_named_later_with_it(linker):
    text = ("The Chairman of the Harbour Board of Borealia affirmed a commitment to keeping the docks closed through "
            "the winter months.\n\n"
            "According to Chairman Tomas Varga, prices in the northern provinces will stop rising by the spring.")
    assert speaker_of(claims(text, linker), "keeping the docks closed") == "varga"


def test_a_person_without_the_title_leaves_it_to_the_body(linker):
    text = ("The Chairman of the Harbour Board of Borealia affirmed a commitment to keeping the docks closed through "
            "the winter months.\n\n"
            "According to economist Tomas Varga, prices in the northern provinces will stop rising by the spring.")
    assert speaker_of(claims(text, linker), "keeping the docks closed") == "board"


def test_the_titles_frame_is_cut_as_the_persons(linker):
    text = ("The Chairman of the Harbour Board of Borealia affirmed a commitment to keeping the docks closed, stating "
            "that the board had left its forecasts for the northern provinces unchanged.\n\n"
            "According to Chairman Tomas Varga, prices in the northern provinces will stop rising by the spring.")
    out = claims(text, linker)
    assert [who for text, who in out if "forecasts for the northern" in text and "docks closed" not in text] == ["varga"]
