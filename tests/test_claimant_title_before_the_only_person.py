"""A title that opens an article before anyone is named ("the envoy noted …") stands for the person a frame names
a few sentences on, when that person is the only one the text names and it gives them no title of their own; a
person it titles with another office is someone else."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of

OPENING = ("At the forum, the envoy noted that the border talks had resumed in the spring after a long pause. "
           "The last round ended without any deal at all. Both delegations have since agreed on nine points, while "
           "three points remain open. ")


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def test_an_opening_title_is_the_untitled_person_named_a_few_sentences_on(cast_linker):
    out = claims(OPENING + "Tomas Varga stressed that the two sides should finish the text by winter.", cast_linker)
    assert speaker_of(out, "the envoy noted") == "varga"


def test_a_person_titled_with_another_office_is_someone_else(cast_linker):
    out = claims(OPENING + "President Tomas Varga stressed that the two sides should finish the text by winter.",
                 cast_linker)
    assert speaker_of(out, "the envoy noted") != "varga"
