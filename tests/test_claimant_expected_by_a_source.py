"""What a group of unnamed experts expected, with a source after it ("Analysts had expected a loss, according to
Northwire"), is the source's: it compiled what they expect. A person expecting, or a group saying, keeps the frame."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims_all, speaker_of

WIRE = Entity("quillwire", "Quillwire", "Organization", pref_labels=(("Quillwire", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [WIRE])


@pytest.mark.parametrize("verb", ["had expected", "forecast", "had predicted"])
def test_what_analysts_expected_is_the_sources(linker, verb):
    out = claims_all(f"The ferry line posted a small profit. Analysts {verb} a loss of $2 million, according to "
                     "Quillwire.", linker)
    assert speaker_of(out, "a loss of") == "quillwire"


def test_a_person_expecting_keeps_the_frame(linker):
    out = claims_all("The ferry line posted a small profit. Tomas Varga expected a loss, according to Quillwire.",
                     linker)
    assert speaker_of(out, "expected a loss") == "varga"


def test_a_group_saying_keeps_the_frame(linker):
    out = claims_all("The ferry line posted a small profit. Analysts said the loss would grow, according to "
                     "Quillwire.", linker)
    assert (speaker_of(out, "the loss would grow") or "").startswith("analists-")   # the analysts, a group
