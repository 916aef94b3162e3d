""""According to" a person named after a long title of their office ("the deputy head of the regional water board
Y"): the person is the source, however many words the title takes (invented people and bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import claims, speaker_of

VELSEN = Entity("velsen", "Mara Velsen", "Person", pref_labels=(("Mara Velsen", "en"),), alt_labels=(("Velsen", "en"),))
BRIEL = Entity("briel", "Tomas Briel", "Person", pref_labels=(("Tomas Briel", "en"),), alt_labels=(("Briel", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker([VELSEN, BRIEL])


def test_a_head_of_a_body_named_after_a_long_title_is_the_source(linker):
    out = claims("According to the deputy head of the regional harbour authority Mara Velsen, the docks are full.",
                 linker)
    assert speaker_of(out, "the docks are full") == "velsen"


def test_a_chairman_named_after_his_committee_is_the_source(linker):
    out = claims("Tomas Briel opened the session. According to the chairman of the budget committee of the Senate "
                 "Mara Velsen, the deficit will shrink.", linker)
    assert speaker_of(out, "the deficit will shrink") == "velsen"


def test_a_person_after_a_report_named_in_a_long_phrase_is_no_source(linker):
    out = claims("According to the latest annual report of the regional harbour authority, Mara Velsen resigned.",
                 linker)
    assert speaker_of(out, "Mara Velsen resigned") != "velsen"
