"""Counts of one a casualty verb gives, figures opened by «ещё»/"the other", magnitudes on the moment scale."""
from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def _read(text: str, lang: str, previous_unit: str | None = None) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


def test_one_person_a_casualty_verb_counts_is_a_figure():
    assert _read("One cyclist waved near the Velm weir.", "en") == []
    assert _read("One cyclist died near the Velm weir.", "en") == [(1.0, "cyclist")]
    assert _read("Один турист погиб на перевале Оскар.", "ru") == [(1.0, "турист")]
    assert _read("На перевале Оскар пострадал один турист.", "ru") == [(1.0, "турист")]


def test_one_more_casualty_counts():
    assert _read("Ещё одна туристка скончалась в больнице Велмы.", "ru") == [(1.0, "туристка")]
    assert _read("В больнице Велмы скончалась еще одна туристка.", "ru") == [(1.0, "туристка")]


def test_one_without_a_casualty_is_no_figure():
    assert _read("One of the reasons was the fog over Velm.", "en") == []
    assert _read("Ещё одна причина — туман над Велмой.", "ru") == []


def test_a_masculine_past_of_dying_is_no_noun_for_the_dead():
    assert _read("В аварии под Велмой 14 погибших.", "ru") == [(14.0, "погибших")]


def test_a_bare_figure_after_another_word_counts_what_came_before():
    assert _read("Ещё 31 объявлены пропавшими без вести.", "ru", "человек") == [(31.0, "человек")]
    assert _read("The other four were found on the Velm road.", "en", "people") == [(4.0, "people")]


def test_a_magnitude_on_the_moment_scale():
    assert _read("Surveys put the Oskar quake at 8.3 on the moment magnitude scale.", "en") == [(8.3, "magnitude")]
