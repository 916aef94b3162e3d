"""A transcript's one speaker label: a name after a form of address with the speaker's title in brackets."""
import pytest

from claimsgraph.link import Linker

from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("opening", ["Mr.Tomas Velsen", "Mr. Tomas Velsen", "Dr. Tomas Velsen"])
def test_label_with_a_bracketed_title_gives_its_turns_their_speaker(opening, linker):
    text = ("Transcript of a briefing in Ruritania\n\n"
            f"{opening} (Official Spokesperson): Thank you for coming. The talks with Borduria went very well.\n\n"
            "The two sides agreed to meet again in the spring.\n")
    assert speakers_as_written(text, linker, name="t.txt")[-2:] == ["Tomas Velsen", "Tomas Velsen"]


def test_bracketed_words_after_a_plain_name_are_no_label(linker):
    text = ("Borduria and Ruritania met on Monday.\n\n"
            "Tomas Velsen (Ruritania): the talks went well, officials wrote.\n\n"
            "The two sides agreed to meet again in the spring.\n")
    assert speakers_as_written(text, linker, name="t.txt")[-1] is None
