"""A bare figure after the same word as a figure before it in its sentence counts the same; invented sentences."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return find_quantities(text, Span(0, len(text)), lang)


@pytest.mark.parametrize("text, lang, values, unit", [
    ("The Velm Union won 31 seats, the Progressive Alliance of Oska and Dorvik (PAOD) won 22, and others split the rest.",
     "en", [31, 22], "seats"),
    ("Партия Вельма набрала 40 мест, а Союз демократов и либералов Оски (СДЛО) набрала 12.",
     "ru", [40, 12], "мест"),
])
def test_a_bare_figure_after_the_same_verb_counts_the_same(text, lang, values, unit):
    qs = found(text, lang)
    assert [(q.value, q.unit) for q in qs] == [(v, unit) for v in values]


def test_a_clause_cut_before_keeps_the_verb_of_the_sentence():
    text = "The Velm Union won 31 seats; the Oska and Dorvik Democratic (ODD) party won 22; and the rest split."
    cut = text.index("the Oska")
    qs = find_quantities(text, Span(cut, text.index("; and")), "en", previous_unit="seats")
    assert [(q.value, q.unit) for q in qs] == [(22, "seats")]


@pytest.mark.parametrize("text", [
    "The Velm Union won 31 seats, while the popular and long-serving leader of Oska secured 22.",
    "The Velm Union won 31 seats, the Progressive Alliance of Oska and Dorvik (PAOD) won 22 in the east after a recount.",
])
def test_another_verb_or_a_figure_that_does_not_close_its_clause_borrows_nothing(text):
    assert [q.value for q in found(text)] == [31]


@pytest.mark.parametrize("text, lang, values, unit", [
    ("A total of 210 voted in support of the Velm motion.", "en", [210], "votes"),
    ("The bill passed in Oska as 52 voted for it and 47 voted against.", "en", [52, 47], "votes"),
    ("Всего 210 проголосовали за закон Вельмы.", "ru", [210], "голосов"),
])
def test_a_bare_figure_before_voted_counts_votes(text, lang, values, unit):
    qs = found(text, lang)
    assert [(q.value, q.unit) for q in qs] == [(v, unit) for v in values]


@pytest.mark.parametrize("text, values", [
    ("The Velm Party took 17 seats, up 3 on its result in 2026.", [17, 3]),
    ("The Velm Party took 17 seats, down by 4 since May.", [17, 4]),
])
def test_a_bare_change_after_a_figure_counts_the_same(text, values):
    qs = found(text)
    assert [(q.value, q.unit) for q in qs] == [(v, "seats") for v in values]


def test_up_to_after_a_figure_is_a_bound_not_a_change():
    qs = found("The Velm Party took 17 seats, up to 25 in some polls.")
    assert [q.value for q in qs][0] == 17 and all(q.value != 2 for q in qs)


def _cut(text, at, unit):
    return find_quantities(text, Span(text.index(at), len(text)), "en", previous_unit=unit)


def test_a_list_cut_off_after_a_semicolon_counts_what_the_figure_before_counted():
    text = "In all 651 others were hurt; 403 in Velm, 148 in Oska, 13 in Dorvik."
    assert [(q.value, q.unit) for q in _cut(text, "403", "others")] == [(403, "others"), (148, "others"),
                                                                           (13, "others")]


def test_a_clause_cut_off_that_opens_with_a_figure_and_a_verb_keeps_its_own_reading():
    text = "Five buildings collapsed in Velm; 30 were hurt in Oska."
    assert [(q.value, q.unit) for q in _cut(text, "30", "buildings")] == [(30, "people")]
