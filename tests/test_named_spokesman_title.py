"""A person named before a title of one who speaks for a body, the comma that would close the title left out ("X,
the club's spokesman said"), is the speaker: the parser gives the verb the name and the title as two subjects, and
they are one person, not several speakers."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

CLUB = Entity("club", "Harwick Rowing Club", "Organization", pref_labels=(("Harwick Rowing Club", "en"),))
MOSS = Entity("moss", "Ian Moss", "Person", pref_labels=(("Ian Moss", "en"),))


@pytest.fixture(scope="module")
def club_linker():
    return Linker(CAST + [CLUB, MOSS])


def test_a_name_before_a_title_without_its_closing_comma_speaks(club_linker):
    text = ("The Harwick Rowing Club said the rival appeal had no grounds. \u201cHad these points been sound, they "
            "would have come up in April,\u201d Ian Moss, the club\u2019s spokesman said.")
    assert speaker_of(claims(text, club_linker), "come up in April") == "moss"
