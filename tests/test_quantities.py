import pytest

from claimsgraph.extract.quantities import find_quantities, parse_number
from claimsgraph.model import Span


def figures(text, lang="en", previous_unit=None):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


@pytest.mark.parametrize("text, lang, value", [
    ("53,000", "en", 53000), ("53 000", "en", 53000), ("53\u00a0000", "ru", 53000),
    ("1.5", "en", 1.5), ("1,5", "ru", 1.5), ("forty-eight", "en", 48), ("сорок восемь", "ru", 48),
    ("twelve", "en", 12), ("1,581", "en", 1581),
])
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text, lang, expected", [
    ("over 48 thousand people have returned", "en", [(48000, "people")]),
    ("53,000 people returned back to their homes.", "en", [(53000, "people")]),
    ("more than 1.5 million tons of humanitarian cargo", "en", [(1500000, "tons")]),
    ("a total of 122 prisoners of war were returned", "en", [(122, "prisoners of war")]),
    ("forty-eight observation posts", "en", [(48, "observation posts")]),
    ("около 2 тыс. человек", "ru", [(2000, "человек")]),
    ("1,5 млн тонн груза", "ru", [(1500000, "тонн груза")]),
    ("48 тыс. человек вернулись", "ru", [(48000, "человек")]),
])
def test_figures_with_units(text, lang, expected):
    assert figures(text, lang) == expected


def test_dates_years_times_and_ordinals_are_not_figures():
    text = "On November 9, 2020 and 26 ноября 2021 года at 18:16 the 76th session met in 2021."
    assert figures(text) == []


def test_bare_figures_borrow_the_unit():
    assert figures("105 of them have been returned to Armenia, and 17 to Azerbaijan.",
                   previous_unit="prisoners") == [(105, "prisoners"), (17, "prisoners")]


def test_bounds_are_kept():
    (q,) = find_quantities("more than 479 hectares", Span(0, 22), "en")
    assert q.bound == "min" and q.value == 479
    (q,) = find_quantities("about 2,000 troops", Span(0, 18), "en")
    assert q.approximate and q.bound is None


def test_small_number_words_without_a_unit_are_not_figures():
    assert figures("Three of them agreed.") == []


@pytest.mark.parametrize("text, expected", [
    ("The EU pledged €500 million to Armenia.", [(500000000, "euros")]),
    ("Inflation reached 8.6% in May.", [(8.6, "percent")]),
    ("After the 2020 war ended, the 1994 ceasefire agreement was recalled.", []),
    ("The wall is 3 m high.", [(3, "m high")]),
    ("In total 1960 troops arrived.", [(1960, "troops")]),
])
def test_currencies_percentages_and_years(text, expected):
    assert figures(text) == expected


def test_references_are_not_figures():
    assert figures("a flagrant violation of paragraph 6 of the trilateral statement") == []
    assert figures("согласно пункту 9 заявления", "ru") == []
