""""Novelist Jane Roe won", "Poet Ana Lind came third": what a person does in the arts, science or sport, written
with a capital before the name, is no word of the name (nor makes it a body's); a person's name is found after it.
Invented people."""
import pytest

from claimsgraph.link import Linker
from extracted import new_types


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def _types(text, linker):
    """The new entities of ``text`` set between a headline and a closing line."""
    return new_types(f"News\n\n{text}\n\nNo other details were given.\n", linker)


@pytest.mark.parametrize("text, person", [
    ("Novelist Irena Dolsk won the award on Monday.", "Irena Dolsk"),
    ("Pianist Eda Volk played in Lindholm last week.", "Eda Volk"),
    ("Swimmer Una Dahl lost the final on Sunday.", "Una Dahl"),
    ("Poet Ana Lind came third in the contest.", "Ana Lind"),
    ("Actor Per Moen smiled at the cameras.", "Per Moen"),
])
def test_an_occupation_before_a_name_is_no_word_of_it(linker, text, person):
    types = _types(text, linker)
    assert types.get(person) == "Person" and not any(label.split()[0] == text.split()[0] for label in types)


def test_an_occupation_before_a_word_that_is_no_given_name_is_no_title(linker):
    assert _types("Swimmer Rescue said the ban was unfair.", linker).get("Swimmer Rescue") is not None
