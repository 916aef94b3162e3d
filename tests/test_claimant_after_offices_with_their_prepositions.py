"""A speaker named after two offices joined by "and", the second with its own preposition ("Deputy Premier and
Minister for Trade X said"): the parser makes the first office the subject and joins the name to it; the name
that ends the run of offices is the speaker all the same."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("offices", ["Vice Premier and Minister for Home Affairs",
                                     "First Vice Premier and Minister of Justice"])
def test_the_name_after_the_offices_speaks(linker, offices):
    text = f"Ruritania\n\nOn Monday, {offices} Orin Dal Kale said every smuggler would be tried in Tamsk."
    assert speakers_as_written(text, linker, name="t.txt") == ["Orin Dal Kale"]
