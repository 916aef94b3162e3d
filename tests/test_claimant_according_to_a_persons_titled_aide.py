""""According to Jane Roe's lawyer, John Doe, …": a person's possessive, a title and a name in apposition after it;
the apposed person holding that title is the source, not the person whose aide or lawyer they are
(extract/attribution.py ``_titled_person``; invented people)."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("text, source", [
    ("Deal\n\nAccording to Jane Velsen's lawyer, Tomas Fenwick, the contract was void.\n", "Tomas Fenwick"),
    ("Trip\n\nAccording to Oskar Lindqvist's spokeswoman, Lena Dahl, the visit was cancelled.\n", "Lena Dahl"),
])
def test_the_aide_apposed_after_a_persons_title_is_the_source(linker, text, source):
    assert claimant_labels(text, linker) == [source]


def test_a_person_named_alone_after_according_to_stays_the_source(linker):
    text = "Trip\n\nAccording to Mara Velsen, the visit was cancelled.\n"
    assert claimant_labels(text, linker) == ["Mara Velsen"]


@pytest.mark.parametrize("text", [
    "Debt\n\nAccording to Mara Velsen's lawyer, Tomas Fenwick, her former partner, was never paid.\n",
    "Debt\n\nAccording to Mara Velsen's lawyer, Tomas Fenwick, who ran the firm, was never paid.\n",
])
def test_a_name_opening_the_reported_clause_is_no_aide(linker, text):
    assert claimant_labels(text, linker) == ["Mara Velsen"]
