"""A said-tag written without a space after the quotation's closing mark ("“…,”said X") names its speaker as the
spaced tag does: the tokeniser cuts the stop and the mark off the verb, so the parse still finds the verb's subject."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("mark", ["”", "\""])
def test_a_glued_tag_names_the_speaker(linker, mark):
    opening = "“" if mark == "”" else mark
    text = (f"Ruritania charges\n\n{opening}The arrests we made show our resolve to pursue the ring, who prey on "
            f"the weak,{mark}said Deputy Prosecutor Velsen.")
    assert "Velsen" in speakers_as_written(text, linker, name="t.txt")[-1]

