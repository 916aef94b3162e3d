"""A description of a body of members ("the group") refers back to the body, not to a radio, a channel
or a paper the text named that spoke last, such as the body's own station (invented bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

BRIGADE = Entity("brigade", "Red Fen Brigade", "Group", pref_labels=(("Red Fen Brigade", "en"),))
RADIO = Entity("radio", "Voice of Fen Radio", "Organization", pref_labels=(("Voice of Fen Radio", "en"),))
LEAGUE = Entity("league", "Borealian Farmers League", "Organization",
                pref_labels=(("Borealian Farmers League", "en"),))


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST + [BRIGADE, RADIO, LEAGUE])


@pytest.mark.parametrize("statement", ["\"We will strike again before winter,\" the group said in a statement.",
                                       "On Tuesday the group said it would strike again before winter."])
def test_the_group_after_its_own_radio_spoke_is_the_group(cast, statement):
    said = claims("The Red Fen Brigade attacked a depot near Ostra on Monday.\n\n"
                  "Its Voice of Fen Radio later broadcast a message saying that the depot had been destroyed.\n\n"
                  f"{statement}", cast)
    assert speaker_of(said, "strike again") == "brigade"


def test_the_radio_itself_still_speaks_for_what_it_broadcast(cast):
    said = claims("The Red Fen Brigade attacked a depot near Ostra on Monday.\n\n"
                  "Voice of Fen Radio later said that the depot had been destroyed.", cast)
    assert speaker_of(said, "depot had been destroyed") == "radio"
