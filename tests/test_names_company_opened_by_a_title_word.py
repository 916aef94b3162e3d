"""A company whose name a title's word opens ("Trustee Financial Group", "Ranger Energy Holdings"): the word after the
title's is a body's word (a firm's trade, a company's last word, a body's head, a legal form), so the whole is the
company's name and it speaks; a title that runs on ("Chief Financial Officer Ana Ruiz") is still hers (invented
companies and people)."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("name", ["Trustee Financial Group", "Trustee Financial", "Principal Financial Group",
                                  "Principal Financial", "Ranger Energy Holdings", "Captain Foods Group",
                                  "Founder Capital Partners"])
def test_a_company_opened_by_a_title_word_speaks(name, linker):
    assert claimant_labels(f"Markets\n\n{name} said profits rose.\n", linker, with_type=True) == [(name, "Organization")]


@pytest.mark.parametrize("text, name", [
    ("Chief Financial Officer Ana Ruiz said profits rose.", "Ana Ruiz"),
    ("Deputy Finance Minister Ivo Rask said the budget was tight.", "Ivo Rask"),
])
def test_a_title_that_runs_on_is_still_the_persons(text, name, linker):
    assert claimant_labels(f"Markets\n\n{text}\n", linker, with_type=True) == [(name, "Person")]


@pytest.mark.parametrize("text, name", [
    ("Inspector Steel said the suspect was arrested.", "Inspector Steel"),
    ("Detective Gas said the suspect was arrested.", "Detective Gas"),
    ("Sergeant Power said the road was closed.", "Sergeant Power"),
])
def test_a_title_and_a_surname_that_is_a_trade_word_is_a_person(text, name, linker):
    """A title's word and one word that is a common surname as well as a firm's trade ("Steel", "Gas", "Power"):
    a person's title and surname, not a company's name."""
    labels = claimant_labels(f"Crime\n\n{text}\n", linker, with_type=True)
    assert labels and all(kind == "Person" for _, kind in labels), labels
