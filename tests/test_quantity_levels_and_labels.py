"""The level a change in per cent arrives at counts what changed, not per cent ("rose 4% to 2.6 million"); a number
right after letters in capitals with no counted noun after it is part of a label ("in week EW 31"), not a figure.
Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def units(text, lang, previous_unit=None, start=0):
    return [(q.value, q.unit) for q in find_quantities(text, Span(start, len(text)), lang, previous_unit)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Число туристов в Зарецке выросло на 15%, до 1,2 млн.", "ru", [(15.0, "percent"), (1200000.0, "туристов")]),
    ("Subscriptions at Orlo Media rose 4% to 2.6 million in the quarter.", "en",
     [(4.0, "percent"), (2600000.0, "subscriptions")]),
    ("Imported crates rose by 12.5% to 4,210, from 3,742 a year before.", "en",
     [(12.5, "percent"), (4210.0, "crates"), (3742.0, "crates")]),
])
def test_the_level_after_a_change_in_per_cent_counts_what_changed(text, lang, expected):
    assert units(text, lang) == expected


def test_a_scaled_level_goes_on_from_the_money_before_not_from_the_per_cent():
    text = "Прибыль «Зарницы» выросла до 40,5 млрд руб. Во втором квартале прибыль упала на 31,5% за год, до 6,8 млрд."
    second = text.index("Во втором")
    assert units(text, "ru", previous_unit="руб", start=second) == [(31.5, "percent"), (6800000000.0, "руб")]



@pytest.mark.parametrize("text, lang, expected", [
    ("Recoveries in week EW 31 rose by 6% to 1,940, from 1,831 in EW 30.", "en",
     [(6.0, "percent"), (1940.0, "recoveries"), (1831.0, "recoveries")]),
    ("Headwinds from the Orlo nGX 15 changes weighed on sales.", "en", []),
    ("The DAX 40 rose while the Velm index fell 1.2%.", "en", [(1.2, "percent")]),
])
def test_a_number_after_capitals_is_part_of_a_label(text, lang, expected):
    assert units(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("NATO 2% target was missed by 19 members.", "en", [(2.0, "percent"), (19.0, "members")]),
    ("USD 42 billion was pledged to Velmora.", "en", [(42000000000.0, "dollars")]),
    ("The UN said 4,000 people fled; WHO 12 teams arrived.", "en", [(4000.0, "people"), (12.0, "teams")]),
    ("In the UK 40 were hurt.", "en", [(40.0, "people")]),
])
def test_a_figure_after_capitals_is_kept_when_a_unit_follows(text, lang, expected):
    assert units(text, lang) == expected
