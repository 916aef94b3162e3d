"""A place and a field before a title that the model took into one person's name with it ("Vellmoor Fire Chief
Anika Dorn"): the name starts after the title, where a given name and a surname still follow, and the surname
alone later is the same person (invented places and people)."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("place, name", [("Vellmoor", "Anika Dorn"), ("Orlis", "Ivo Rask")])
def test_the_place_and_the_field_before_a_title_are_no_words_of_the_name(place, name, linker):
    surname = name.split()[-1]
    text = (f"Fire\n\n{place} Fire Chief {name} said the mill burned for hours. "
            f"{surname} said nobody was hurt.\n")
    assert claimant_labels(text, linker) == [name, name]
