""""The speaker of parliament, a close ally of Ivo Stark, suggested …": a name that an apposition on the subject
stands in relation to (an ally, a rival, an aide of it) is not the speaker; the unnamed subject leaves the claim to
no one the text named."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def claimants(text, linker):
    return speakers_as_written(text, linker, name="t.txt")


@pytest.mark.parametrize("relation", ["a close ally of", "a longtime rival of", "a senior aide to"])
def test_a_name_in_an_apposed_relation_is_not_the_speaker(linker, relation):
    text = ("Ivo Stark met the Bordurian cabinet on Monday. "
            f"The speaker of the Bordurian assembly, {relation} Stark, suggested that the guards be pulled back.")
    assert claimants(text, linker)[-1] is None


def test_a_name_apposed_as_the_speaker_still_speaks(linker):
    text = ("Ivo Stark met the Bordurian cabinet on Monday. "
            "The speaker of the Bordurian assembly, Lena Morrow, suggested that the guards be pulled back.")
    assert claimants(text, linker)[-1] in ("Lena Morrow", "Morrow")
