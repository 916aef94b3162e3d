"""Surnames that are also titles ("Pastor", "Engineer", "Rector"): the person keeps her name and the surname alone
later is the same person; such words are no title words of the table, which cuts them off names wherever they
stand (invented people)."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("name", ["Ana Pastor", "Tomas Engineer", "Ana Provost", "Ivo Rector", "Ana Chancellor",
                                  "Ivo Marshal", "Ana Principal", "Ivo Bailiff", "Ana Regent"])
def test_a_surname_that_is_a_title_word_keeps_its_person(name, linker, with_type=True):
    surname = name.split()[-1]
    text = f"Hall\n\n{name} said the bill would pass. {surname} said it was urgent.\n"
    assert claimant_labels(text, linker, with_type=True) == [(name, "Person"), (name, "Person")]


def test_a_title_word_inside_a_given_name_and_two_surnames_stays(linker):
    text = "Hall\n\nMarta Pastor Velsen said the bill would pass. Pastor Velsen said it was urgent.\n"
    claimants = claimant_labels(text, linker, with_type=True)   # the model may leave the given name out; "Pastor" is no title here
    assert claimants[0] == claimants[1] and claimants[0][1] == "Person" and "Pastor Velsen" in claimants[0][0]
