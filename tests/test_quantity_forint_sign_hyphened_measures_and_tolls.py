"""The forint's sign before a figure, a measure's noun hyphened to its digits, a toll named without "death", a part
of the day before "on" and a weekday, and a spaced hyphen typed for a dash after a unit; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("Velmar's treasury reported a gap of Ft 412.5 billion (€1.1 billion) in 2031.",
     [(412.5e9, "forints"), (1.1e9, "euros")]),
    ("The Orlan fund holds Ft37 million.", [(37e6, "forints")]),
    ("The Velm wall stands 9 Ft high.", [(9, "ft")]),            # after the figure, letters are no forint sign
])
def test_the_forint_sign_before_a_figure_is_money(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The first tremor near Orsk was magnitude-5.4, the second a magnitude-4.9.",
     [(5.4, "magnitude"), (4.9, "magnitude")]),
    ("A magnitude-7 quake struck Velmar.", [(7, "magnitude")]),
    ("A 6.2-magnitude quake struck Velmar.", [(6.2, "magnitude")]),
    ("Orsk reported 14 COVID-19 cases.", [(14, "covid-19 cases")]),   # other words' hyphens start no figure
])
def test_a_measure_hyphened_to_its_digits_is_read(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Governor Tamsin Orle put the toll up to 12 late on Monday.", [(12, "people")]),
    ("By Friday its toll had reached 31.", [(31, "people")]),
    ("Callers to the toll-free line 800 were put on hold.", []),
])
def test_a_toll_named_by_its_determiner_counts_the_dead(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Six more were killed in Vell on Sunday, and the toll there is now 40.", [(40, "people")]),
    ("The toll was raised to 12 last year.", []),
    ("The toll for heavy trucks on the Varden bridge will rise to 40 next year, the Transport Ministry of Tarnovia "
     "said.", []),
    ("Two drivers died on the Varden road, where the toll for trucks is now 40.", [(2, "drivers")]),
])
def test_a_bare_toll_counts_the_dead_only_beside_a_word_for_them_or_a_counting_verb(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orsk police arrested 14 late on Sunday.", [(14, "people")]),
    ("Vell's death toll rose to 7 early on Tuesday.", [(7, "people")]),
    ("Orsk scored 3 late goals on Monday.", [(3, "late goals")]),
])
def test_a_part_of_the_day_before_a_weekday_is_no_unit(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("В Велмаре пострадали три человека - женщины 30 и 45 лет.", "ru", [(3, "человека"), (30, "лет"), (45, "лет")]),
    ("Orsk sent 40 buses - the rest stayed in Velm.", "en", [(40, "buses")]),
    ("Orsk bought 12 state-owned buses.", "en", [(12, "state-owned buses")]),
])
def test_a_spaced_hyphen_ends_the_unit(text, lang, expected):
    assert figures(text, lang) == expected
