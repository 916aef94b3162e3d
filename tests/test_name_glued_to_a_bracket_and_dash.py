"""A name glued by a dash to the bracket before it ("(May 17–23)—Jana Vell Orlik said") is read whole: the tokeniser
cuts the dash off, so the entity recogniser sees the first name."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_speaker_glued_to_a_closing_bracket_by_a_dash_keeps_the_first_name(linker, dash):
    text = ("Ports report\n\nSpeaking at the forum on ferries, held during Harbour Week (November 17–23)"
            f"{dash}Jana Vell Orlik, a senior vice president of the line, stated: \"The quays are full.\"")
    assert speakers_as_written(text, linker, name="t.txt")[-1] == "Jana Vell Orlik"
