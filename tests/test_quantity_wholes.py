"""A bare part or whole borrows the unit of the figure it is a part or a whole of; invented sentences."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return find_quantities(text, Span(0, len(text)), lang)


@pytest.mark.parametrize("text, lang, values, unit", [
    ("Velm Works closed two of its 18 steel mills in May.", "en", [2, 18], "steel mills"),
    ("We needed to win 4 of our last 9 games to stay up.", "en", [4, 9], "games"),
    ("Дорвик выиграл 4 из последних 9 матчей.", "ru", [4, 9], "матчей"),
])
def test_a_part_before_of_and_a_whole_that_is_a_figure_counts_the_whole(text, lang, values, unit):
    qs = found(text, lang)
    assert [q.value for q in qs] == values
    assert {q.unit for q in qs} == {unit}


@pytest.mark.parametrize("text, lang, part", [
    ("Velm Works closed two of its 18 steel mills in May.", "en", "two of its 18 steel mills"),
    ("Officials say 40 out of the 62 wells were dry.", "en", "40 out of the 62 wells"),
    ("Дорвик выиграл 4 из последних 9 матчей.", "ru", "4 из последних 9 матчей"),
])
def test_a_parts_words_run_on_to_its_wholes_unit_and_the_whole_keeps_its_own(text, lang, part):
    part_figure, whole_figure = found(text, lang)
    assert text[part_figure.span.start:part_figure.span.end] == part
    assert part.endswith(text[whole_figure.span.start:whole_figure.span.end])


def test_a_parts_words_stop_at_a_whole_that_writes_no_unit():
    part, _ = found("Only 40 of 62 confirmed dead were named.")
    assert part.span == Span(5, 7)


def test_one_of_a_whole_stays_no_figure():
    qs = found("Velm Works closed one of its 18 steel mills in May.")
    assert [q.value for q in qs] == [18]


@pytest.mark.parametrize("text, lang, values, unit", [
    ("Из 80 избирательных округов в 61 лидирует Партия Вельма.", "ru", [80, 61], "избирательных округов"),
    ("Of 80 districts in 61 the Velm Party leads.", "en", [80, 61], "districts"),
    ("He said 9,120 voters took part out of total 14,300.", "en", [9120, 14300], "voters"),
])
def test_a_bare_figure_after_a_whole_counts_what_the_whole_counts(text, lang, values, unit):
    qs = found(text, lang)
    assert [q.value for q in qs] == values
    assert {q.unit for q in qs} == {unit}


@pytest.mark.parametrize("text", [
    "Из 80 округов. В 61 тоже.",
    "Из 80 округов — в 61 тоже.",
    "Из 80 округов на севере страны и в горных районах далеко от столицы Вельма только в 61 тоже.",
])
def test_a_whole_across_a_stop_or_far_before_lends_no_unit(text):
    qs = found(text, "ru")
    assert [q.value for q in qs] == [80]


@pytest.mark.parametrize("text, value, unit", [
    ("Deaths in Velm rose to 210 while the number of injured climbed to 1,340.", 1340, "injured"),
    ("Officials said the number of evacuated reached 4,100 by noon.", 4100, "evacuated"),
])
def test_a_participle_after_number_of_names_the_count(text, value, unit):
    q = found(text)[-1]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("verb", ["exceeded", "surpassed", "topped"])
def test_a_plural_subject_before_exceeded_names_the_count(verb):
    (q,) = found(f"At the peak, new infections {verb} 30 on some days.")
    assert (q.value, q.unit) == (30, "infections")


def test_a_count_noun_far_before_its_bare_figure_names_it():
    text = ("Borelian radio said the death toll of the storm, which on Tuesday hit the northern coast of Borelia and "
            "the islands of Velm and left roofs torn off from Oska as far as the Dorvik hills, had climbed to over 300.")
    q = found(text)[-1]
    assert (q.value, q.unit, q.bound) == (300, "people", "min")


def test_a_bare_whole_after_iz_counts_what_the_part_counts():
    qs = found("Партия Вельма победила на 610 участках из 745.", "ru")
    assert [(q.value, q.unit) for q in qs] == [(610, "участках"), (745, "участках")]


def test_a_participle_after_of_the_names_people():
    (q,) = found("A doctor in Velm said 12 of the injured were in a critical condition.")
    assert (q.value, q.unit) == (12, "injured")
