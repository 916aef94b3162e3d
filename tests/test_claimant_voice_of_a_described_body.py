""""A spokesman for the harbour authority said": a body the text names only by a description, after the title of one
who speaks for it, speaks (invented people and bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import claims_as_written, speaker_of

VELSEN = Entity("velsen", "Mara Velsen", "Person", pref_labels=(("Mara Velsen", "en"),), alt_labels=(("Velsen", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker([VELSEN])


def test_a_spokesman_for_a_described_body_after_the_report(linker):
    out = claims_as_written("The ferry will resume on Monday, a spokeswoman for the harbour agency said.", linker,
                            name="t.txt")
    assert speaker_of(out, "ferry will resume") == "the harbour agency"


def test_officials_of_a_described_body_before_the_report(linker):
    out = claims_as_written("Officials of the regional water agency said the reservoir was full.", linker,
                            name="t.txt")
    assert speaker_of(out, "reservoir was full") == "the regional water agency"


def test_a_spokesman_for_people_is_no_body(linker):
    out = claims_as_written("The inquiry was unfair, a spokesman for the families said.", linker, name="t.txt")
    assert speaker_of(out, "inquiry was unfair") is None
