"""A title counted apart from those before it ("the second official", "the other spokesman") is another holder the
text leaves unnamed: it does not refer back to a person named before."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("title", ["the second official", "the third official", "the other spokesman"])
def test_a_title_counted_apart_is_no_one_named_before(cast_linker, title):
    text = ("Several clerks of the port board stayed home, two officials said on condition of anonymity. "
            "Captain Tomas Varga said his crew was also sick.\n\n"
            f"\"Nobody is delaying the cargo papers, though work has piled up,\" {title} said.")
    assert speaker_of(claims(text, cast_linker), "delaying the cargo papers") != "varga"


def test_the_title_alone_still_refers_back(cast_linker):
    text = ("Captain Tomas Varga spoke at the quay on Monday.\n\n"
            "\"Nobody is delaying the cargo papers,\" the captain said.")
    assert speaker_of(claims(text, cast_linker), "delaying the cargo papers") == "varga"
