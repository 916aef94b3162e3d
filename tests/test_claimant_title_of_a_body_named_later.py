"""A title set before the body it belongs to ("The Governor of the Central Bank of Borealia said …") is the person
a later frame names with that title ("According to Governor Tomas Varga, …"), not the body."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

BANK = Entity("bank", "Central Bank of Borealia", "Organization",
              pref_labels=(("Central Bank of Borealia", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [BANK])


def test_a_title_of_a_body_is_the_person_named_later_with_it(linker):
    text = ("The Governor of the Central Bank of Borealia affirmed a commitment to keeping lending tight through "
            "the winter months.\n\n"
            "According to Governor Tomas Varga, prices in the northern provinces will stop rising by the spring.")
    assert speaker_of(claims(text, linker), "keeping lending tight") == "varga"


def test_a_person_without_the_title_leaves_it_to_the_body(linker):
    text = ("The Governor of the Central Bank of Borealia affirmed a commitment to keeping lending tight through "
            "the winter months.\n\n"
            "According to economist Tomas Varga, prices in the northern provinces will stop rising by the spring.")
    assert speaker_of(claims(text, linker), "keeping lending tight") == "bank"
