"""A speaker whose name ends in "Sr." speaks (the tokeniser split the stop off and the parse made it the subject);
"felt that …" holds an opinion like "believed that …", while "felt the tremor", "felt sick" tell no one's words; and
a conjunction opening a sentence ("While police …") makes no body's name that would hide "Police said" after it."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def empty_linker():
    return Linker([])


@pytest.mark.parametrize("text", [
    "Osric Delane Sr. said on Monday that the ferry would run again in spring.",
    "Osric Delane Sr., a ferry captain, said on Monday that the ferry would run again in spring.",
    "Osric Delane Sr., 61, said the ferry would run again in spring.",
])
def test_a_name_ending_in_senior_speaks(empty_linker, text):
    assert speakers_as_written(text, empty_linker, name="t.txt") == ["Osric Delane Sr"]


def test_a_coach_who_felt_that_holds_the_opinion(empty_linker):
    text = "Harwick coach Osric Delane felt that his side had earned a draw against the league leaders."
    assert speakers_as_written(text, empty_linker, name="t.txt") == ["Osric Delane"]


@pytest.mark.parametrize("text", [
    "Fishermen in Harwick felt the tremor shortly after midnight on Sunday.",
    "The winger Osric Delane felt unwell before kick-off and was replaced at half-time.",
])
def test_a_sensation_felt_is_nobodys_words(empty_linker, text):
    assert speakers_as_written(text, empty_linker, name="t.txt") == [None]


def test_police_after_a_sentence_opening_with_while_still_speak(empty_linker):
    text = ("Two men were detained in Harwick on Sunday.\n"
            "While police described the men as locals, no motive has been given.\n"
            "Police said they linked the thefts because they happened within an hour of each other.")
    assert speakers_as_written(text, empty_linker, name="t.txt")[-1] == "Police"
