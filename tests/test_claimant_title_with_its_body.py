"""A title that names its body ("the Electoral Board President") is the person the text called that, not another
holder of the office the text named with the bare title ("President Tomas Varga"), even one who spoke since."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [KELL])


def test_a_title_naming_its_body_is_the_one_called_that(linker):
    text = ("Electoral Board President Arno Kell said on Sunday that opposition candidate Mira Orlen won 51 percent "
            "of the vote against incumbent President Tomas Varga.\n\n"
            "\"I will hand over the office in good order,\" said Varga in a short address to the nation.\n\n"
            "However, the Electoral Board President had said that the final count would not be delayed beyond "
            "Monday.")
    assert speaker_of(claims(text, linker), "final count would not be delayed") == "kell"


def test_the_bare_title_still_refers_to_the_holder_who_spoke(linker):
    text = ("Electoral Board President Arno Kell said on Sunday that opposition candidate Mira Orlen won 51 percent "
            "of the vote against incumbent President Tomas Varga.\n\n"
            "\"I will hand over the office in good order,\" said Varga in a short address to the nation.\n\n"
            "The President also said that the handover would take place in the capital.")
    assert speaker_of(claims(text, linker), "handover would take place") == "varga"
