"""Digits that belong to a name, not a count: glued to a capital letter or joined by a hyphen to a capitalised word;
counts after a capitalised word stay, of singular-looking plurals too; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("Varnex 4K said on Monday it would shed 1,800 jobs.", [(1800, "jobs")]),
    ("Shares of Tarlco 5M fell sharply in Ostrava.", []),
    ("The 9-Harbour chain in Borealia plans to open 60 new outlets.", [(60, "new outlets")]),
])
def test_digits_in_a_name_are_no_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Velmar fund raised $4M from investors.", [(4e6, "dollars")]),
    ("In Velmora 30 crew were rescued from the ferry.", [(30, "crew")]),
    ("In Ostrava 200 sheep drowned in the flood.", [(200, "sheep")]),
    ("Since March 12 percent of the flats stood empty.", [(12, "percent")]),
    ("Across Borealia 400 families fled their homes.", [(400, "families")]),
    ("Velm Buys 12 Jets From Orlan Today", [(12, "jets")]),
    ("By Monday 30 fish had died in Lake Velm.", [(30, "fish")]),
    ("On Tuesday 12 spacecraft were launched from Orsk.", [(12, "spacecraft")]),
    ("In Borealia 300 head of cattle died.", [(300, "head")]),
    ("Across Velmora 30 bison were released.", [(30, "bison")]),
    ("After Friday 20 series of talks were held in Orsk.", [(20, "series")]),
    ("Officials said 40 aircraft were destroyed in Velmora.", [(40, "aircraft")]),
    ("Temperatures in Orsk reached 41C on Monday.", [(41, "c")]),
])
def test_real_counts_beside_names_stay(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The 2023 cattle census in Velmora found 4 million cows.", [(4e6, "cows")]),
    ("Its 2019 crew rotation was delayed.", []),
    ("The 2022 sheep count in Orsk was low.", []),
    ("The 12 crew members were rescued off Velmora.", [(12, "crew members")]),
    ("The ferry's 25 crew were rescued.", [(25, "crew")]),
])
def test_a_year_before_an_invariable_plural_is_no_count_and_its_counts_stay(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Velmflix now has 200M subscribers worldwide.", [(2e8, "subscribers")]),
    ("Officials said 5M people were displaced in Orsk.", [(5e6, "people")]),
    ("The Orsk firm raised 5M euros in March.", [(5e6, "euros")]),
    ("The economy of Velmora added 500K jobs.", [(5e5, "jobs")]),
    ("The Velmar fund spent £2.5M on roads.", [(2.5e6, "pounds")]),
    ("Tarlco 3M said on Monday it would cut 200 jobs.", [(200, "jobs")]),
    ("The 4K screen in Orsk costs $900.", [(900, "dollars")]),
    ("The 4K screen costs $900 in Orsk.", [(900, "dollars")]),
    ("Sales of 4K televisions in Orsk rose 12 percent.", [(12, "percent")]),
    ("Velmar sold 8K screens and hired 20K workers.", [(2e4, "workers")]),
])
def test_a_capital_scale_letter_before_a_counted_noun_is_a_scale(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Its Tarlan 737 MAX fleet was grounded in Velmora.", []),
    ("The Vell 15 Pro phone sold well in Orsk.", []),
    ("In Velmora 40 UN staff were evacuated.", [(40, "un staff")]),
    ("In Velmora 30 NATO aircraft were destroyed.", [(30, "nato aircraft")]),
    ("Near Orsk 30 US troops were wounded.", [(30, "us troops")]),
])
def test_a_models_capitals_after_its_digits_are_the_names(text, expected):
    assert figures(text) == expected
