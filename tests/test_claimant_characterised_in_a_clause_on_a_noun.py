""""… in a mishap officials were calling minor": a verb that says what something is, with its object left
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


@pytest.mark.parametrize("text, words", [
    ("Two freight barges drifted past the Tarnovia weir before dawn on Friday in a mishap Borealia officials were "
     "calling minor.", "drifted past"),
    ("Several grain trucks reached the Vell depot without permits on Monday in a breach the Daily Herald was calling "
     "serious.", "grain trucks"),
    ("A ferry left Orvelle harbour without its pilot on Sunday in a lapse Tomas Varga was calling regrettable.",
     "left Orvelle"),
])
def test_the_sentence_stays_the_articles(linker, text, words):
    assert speaker_of(claims(text, linker), words) is None


def test_a_speaker_who_calls_an_object_something_still_speaks(linker):
    assert speaker_of(claims("Tomas Varga was calling the lapse regrettable.", linker), "lapse") == "varga"
