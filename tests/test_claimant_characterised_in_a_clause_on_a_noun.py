""""… in an incident officials were calling accidental": a verb that says what something is, with its object left
out, right after a noun is a clause on that noun with "that" dropped; it does not make the sentence its speaker's,
whatever the parser tags it."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

HERALD = Entity("herald", "Daily Herald", "Organization", pref_labels=(("Daily Herald", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [HERALD])


@pytest.mark.parametrize("text", [
    "Almost forty armed sailors in two patrol boats crossed the Vell River into the north without authorization "
    "Tuesday in an international incident Borealia officials were calling inadvertent.",
    "Dozens of armed sailors crossed the river into the north without authorization on Tuesday in an international "
    "incident the Daily Herald was calling inadvertent.",
    "Dozens of armed sailors crossed the river on Tuesday in an incident Tomas Varga was calling regrettable.",
])
def test_the_sentence_stays_the_articles(linker, text):
    assert speaker_of(claims(text, linker), "crossed the") is None


def test_a_speaker_who_calls_an_object_something_still_speaks(linker):
    assert speaker_of(claims("Tomas Varga was calling the crossing regrettable.", linker), "crossing") == "varga"
