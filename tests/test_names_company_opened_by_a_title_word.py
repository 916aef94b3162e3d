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
