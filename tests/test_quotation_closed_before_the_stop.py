"""A sentence that ends on a quotation closed before its full stop ('… "do not match its records". Next') is a
sentence of its own: the survivor named after it, not the body before it, speaks the untagged quotation that
follows."""
import pytest

from claimsgraph.link import Linker

from extracted import CAST, claims, speaker_of

TEXT = ("The Borealia army said on Monday that it struck a rebel command post in Vell. \"These fighters planned the "
        "raid on the airport,\" it said.\n\n"
        "The army added that the toll given by officials in Vell \"does not match its own records\". "
        "One of the survivors, Mira Orlen, told Northwire that she had been woken by the blasts. "
        "She ran out into the street with her children.\n\n"
        "\"We saw houses burning everywhere. There are still people missing.\"")


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("words", ["We saw houses burning", "There are still people missing"])
def test_the_untagged_quotation_is_the_survivors(linker, words):
    assert speaker_of(claims(TEXT, linker), words) == "orlen"
