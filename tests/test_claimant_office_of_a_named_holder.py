""""The office of President Jane Roe announced …": an office whose "of" phrase names the person who holds it speaks
for that person, never for another body the text named before it."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def claimants(text, linker):
    return speakers_as_written(text, linker, name="t.txt")


@pytest.mark.parametrize("office", ["office", "administration"])
def test_the_office_of_a_named_president_speaks_for_the_president(linker, office):
    text = ("Tomas Kreel, the head of the Ruritanian Border Service, warned that the frontier remained tense. "
            f"The {office} of Bordurian President Ivo Stark announced on Friday that he had approved the deal.")
    assert claimants(text, linker)[-1] in ("Ivo Stark", "Stark")


def test_an_office_naming_no_one_still_refers_back(linker):
    text = ("The Ruritanian Border Service said on Monday that the frontier remained tense. "
            "The office announced on Friday that the crossing would reopen.")
    assert claimants(text, linker)[-1] == "Ruritanian Border Service"
