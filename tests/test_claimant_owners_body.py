"""One of an owner's bodies, named by a noun and the owner's possessive ("the Compact's most powerful body"),
speaks as the owner's body the text named last, not as the owner (attribution._owners_body_before). Invented
names."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

REGISTRY = [
    Entity("compact", "Northern Compact", "Organization", (("Northern Compact", "en"),), (("NC", "en"),)),
    Entity("nc-water-board", "NC Water Board", "Organization", (("NC Water Board", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(REGISTRY)


def test_the_owners_body_is_the_one_named_before(linker):
    text = ("The NC Water Board called for calm in Vell on Monday.\n\n"
            "The NC's most powerful body condemned the attacks on the wells and called for access.\n")
    assert speaker_of(claims(text, linker), "condemned the attacks") == "nc-water-board"


def test_the_owner_speaks_where_none_of_its_bodies_was_named(linker):
    text = ("The Northern Compact met in Vell on Monday.\n\n"
            "The NC's most powerful body condemned the attacks on the wells and called for access.\n")
    assert speaker_of(claims(text, linker), "condemned the attacks") == "compact"


def test_the_owners_other_people_are_no_body_of_it(linker):
    text = ("The NC Water Board called for calm in Vell on Monday.\n\n"
            "The NC's spokesman condemned the attacks on the wells and called for access.\n")
    assert speaker_of(claims(text, linker), "condemned the attacks") != "nc-water-board"
