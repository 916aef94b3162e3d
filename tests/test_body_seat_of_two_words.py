"""A body described by where it sits, a place's name of two words before "-based" ("the New Tarnby-based tech
company said"), refers back to the company named before, though the parser hangs the place's first word on the
company's noun."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("described", ["the New Tarnby-based tech company", "the Port Vella-based software firm"])
def test_a_seat_of_two_words_refers_back_to_the_company(linker, described):
    text = ("Velkor Systems rejected the ruling by the Ruritanian trade ministry on Friday. "
            f"“We disagree with the decision and will appeal,” {described} said.")
    assert speakers_as_written(text, linker, name="t.txt")[-1] == "Velkor Systems"


def test_a_seat_of_one_word_still_refers_back(linker):
    text = ("Velkor Systems rejected the ruling by the Ruritanian trade ministry on Friday. "
            "“We disagree with the decision and will appeal,” the Tarnby-based tech company said.")
    assert speakers_as_written(text, linker, name="t.txt")[-1] == "Velkor Systems"
