"""A shilling's sign in lower case or a comma apart from its digits, and a bare figure with a scale word that goes
on from the last figure as large, not from a smaller count between them."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang="en"):
    return [(q.value, q.canonical_unit or q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("The Dorvale county board set aside sh 48 billion for roads and sh 3.2 billion for clinics in Kenya.",
     [(48_000_000_000, "KES"), (3_200_000_000, "KES")]),
    ("Jane Roe said the ward got ksh 450 million for wells.", [(450_000_000, "KES")]),
    ("Jane Roe said the ward got kshs. 12,500 for each well.", [(12_500, "Kenyan shillings per well")]),   # a price
    ("Jane Roe said the ward got Kshs. 12,500 for each well.", [(12_500, "Kenyan shillings per well")]),
    ("The water sector was allocated Ksh, 87B for the new dams.", [(87_000_000_000, "KES")]),
])
def test_shilling_signs_in_any_case_and_after_a_comma(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "The fish 12 are here.",
    "Pupils in grade R, 12 of them, sang at the fair.",
])
def test_letters_that_are_no_sign_stay_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The Velmor board paid $2.3 billion for 4,000 nurses and 5.5 billion for drivers' allowances.", "en",
     [(2_300_000_000, "USD"), (4000, "nurses"), (5_500_000_000, "USD")]),
    ("Фонд Орлецка выделил 3 млрд рублей на 500 школ и 1,5 млрд на больницы.", "ru",
     [(3_000_000_000, "RUB"), (500, "школ"), (1_500_000_000, "RUB")]),
])
def test_a_scaled_bare_figure_counts_what_the_last_as_large_counts(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_scaled_bare_figure_after_small_figures_only_keeps_the_last():
    assert figures("The Velmor fund paid $300 for 40 tents and 2 million for food.") == \
        [(300, "USD"), (40, "tents"), (2_000_000, "tents")]


@pytest.mark.parametrize("text, expected", [
    ("Temperatures in Dorvale fell to 10C overnight.", [(10, "c")]),
    ("Dorvale saw 41.5C heat on Monday.", [(41.5, "c")]),
    ("Drivers sat in 12km queues near Velmor.", [(12, "km")]),
    ("Crews laid 40km of pipe.", [(40, "km")]),
])
def test_a_unit_glued_to_its_digits_takes_no_word_after_it(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), "en")] == expected
