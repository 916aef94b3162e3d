"""Figures a lone "one" of a share, a range "of them" and a clause's subject count."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang="en", previous_unit=None):
    return [(q.value, q.canonical_unit or q.unit) for q in find_quantities(text, Span(0, len(text)), lang,
                                                                            previous_unit)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Velm's bank added one per cent in May; its rate is 11 per cent.", "en", [(1, "%"), (11, "%")]),
    ("The Osk board added one percentage point, so its rate is 9%.", "en", [(1, "pp"), (9, "%")]),
    ("Ставку подняли на один процентный пункт, до 9%.", "ru", [(1, "pp"), (9, "%")]),
])
def test_one_per_cent_is_a_figure(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_change_in_words_before_do_names_the_value_reached():
    [_, reached] = find_quantities(text := "Ставку подняли на один процентный пункт, до 9%.", Span(0, len(text)), "ru")
    assert reached.bound is None


def test_one_that_counts_no_change_before_do_leaves_an_upper_bound():
    [most] = find_quantities(text := "В одном из сёл, до 40 домов без газа.", Span(0, len(text)),
                             "ru")
    assert most.bound == "max"


@pytest.mark.parametrize("text, lang, expected", [
    ("Погибли не менее одного человека.", "ru", [(1, "people")]),
    ("Трое погибли, одного госпитализировали.", "ru", [(3, "people"), (1, "people")]),
    ("Это одна из причин.", "ru", []),
])
def test_oblique_cases_of_one(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Medics took 50 injured people to clinics. At least 7 to 9 of them were in a grave state.", "en",
     [(50, "injured people"), (7, "injured people"), (9, "injured people")]),
    ("Forty people were hurt in Ardel; of them, 11 to 14 were children.", "en",
     [(40, "people"), (11, "people"), (14, "people")]),
    ("Пострадали 40 человек, из них 10-12 — дети.", "ru", [(40, "people"), (10, "people"), (12, "people")]),
])
def test_a_range_of_them_counts_what_the_figure_before_counts(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Of 30 analysts polled in Tarnia, 14 expected 50 bps, three expected 75 bps, and one said 100 bps.",
     [(30, "analysts"), (14, "analysts"), (50, "bps"), (3, "analysts"), (75, "bps"), (1, "analysts"), (100, "bps")]),
    ("Three expected 75 bps.", [(75, "bps")]),
])
def test_the_subject_of_a_repeated_clause_is_not_its_object(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), "en")] == expected


def test_a_clock_time_in_local_time_is_no_figure():
    assert figures("The blast in Kerrow happened at 11.52 local time.") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Tarn's lenders saw prices rise three-quarters of a per cent.", "en", [(0.75, "%")]),
    ("The Velm board cut its rate by a quarter point on Monday.", "en", [(0.25, "point")]),
    ("Analysts in Osk expected a half-point hike.", "en", [(0.5, "point")]),
    ("A quarter million people left Dorvan.", "en", [(250000, "people")]),
    ("Банк Верхнеозерска снизил ставку на половину процентного пункта, до 8%.", "ru", [(0.5, "pp"), (8, "%")]),
    ("Регулятор поднял ставку на четверть процентного пункта.", "ru", [(0.25, "pp")]),
])
def test_fractions_of_a_point(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text", ["At a point, the talks in Velm stalled.", "He made a point of it in Osk."])
def test_a_point_alone_is_no_figure(text):
    assert figures(text) == []


def test_a_fraction_of_a_change_before_do_names_the_value_reached():
    text = "Ставку в Велмаре урезали на половину процентного пункта — до 7 процентов."
    assert [q.bound for q in find_quantities(text, Span(0, len(text)), "ru")] == [None, None]


def test_a_bare_figure_after_the_verb_that_follows_a_figure_is_read_without_a_unit():
    """"… и 150", - говорится в 5 бюллетенях": the figure after the verb has no unit to compare with (it crashed)."""
    text = '"Число заболевших и умерших составило соответственно 3,4 тыс. и 150", - говорится в 5 бюллетенях.'
    assert [value for value, _ in figures(text, "ru")] == [3400, 150, 5]
