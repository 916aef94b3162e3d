""""Vexon Trust Corp and Tarnby Holdings Plc" read by the model as one body's name: two companies, split after the
legal form that closes the first (invented companies)."""
import pytest


@pytest.mark.parametrize("joined, first, second", [
    ("Vexon Trust Corp and Tarnby Holdings Plc", "Vexon Trust Corp", "Tarnby Holdings Plc"),
    ("Vexon Bank Corp. & ORSK Holdings SA", "Vexon Bank Corp.", "ORSK Holdings SA"),
])
def test_two_companies_in_one_span_are_two(typed, joined, first, second):
    found, _ = typed(f"The auditors said the lender concealed losses from holders of its notes, among them {joined}.",
                     [(joined, "Organization", 0)])
    assert found.get(first) == found.get(second) == "Organization"
    assert joined not in found


@pytest.mark.parametrize("name", ["Vell and Tarnby Shipping", "Orsk & Velle Holdings"])
def test_a_name_whose_and_comes_before_any_legal_form_stays_whole(typed, name):
    found, _ = typed(f"The auditors said the lender concealed losses from holders of its notes, among them {name}.",
                     [(name, "Organization", 0)])
    assert found.get(name) == "Organization"
