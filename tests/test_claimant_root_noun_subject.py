"""A tagger may take a sentence's subject for its root and the verb of saying for a clause qualifying it ("A
Ruritanian radio station, X, reported from its informants that …"): the verb with a clause of its own is the
sentence's verb, and the noun before it its subject."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

CHANNEL = Entity("quillvision", "Quillvision", "Organization", pref_labels=(("Quillvision", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [CHANNEL])


def test_a_channel_reporting_from_its_sources_speaks(linker):
    out = claims("The envoy left the capital. A Borealian TV channel, Quillvision, reported from its own sources "
                 "that the summit had been put off to Friday.", linker)
    assert speaker_of(out, "put off to Friday") == "quillvision"
