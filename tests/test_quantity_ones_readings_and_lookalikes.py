"""Counts of one a casualty verb or a toll noun gives, figures opened by «ещё» or "the other", readings, look-alike letters, weekdays."""
from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def _read(text: str, lang: str, previous_unit: str | None = None) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


def test_one_person_a_casualty_verb_counts_is_a_figure():
    assert _read("One cyclist waved near the Velm weir.", "en") == []
    assert _read("One cyclist died near the Velm weir.", "en") == [(1.0, "cyclist")]
    assert _read("Один турист погиб на перевале Оскар.", "ru") == [(1.0, "турист")]
    assert _read("На перевале Оскар пострадал один турист.", "ru") == [(1.0, "турист")]


def test_one_death_or_fatality_is_a_figure_the_noun_being_the_toll():
    assert _read("Clinics in Velm have recorded one death from the fever.", "en") == [(1.0, "death")]
    assert _read("The Oskar pass crash caused one fatality and 12 injuries.", "en") == [(1.0, "fatality"),
                                                                                        (12.0, "injuries")]
    assert _read("В больницах Велмы зафиксирована одна смерть от лихорадки.", "ru") == [(1.0, "смерть")]
    assert _read("One of the deaths near Velm was a cyclist.", "en") == []


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


def test_a_bare_subject_after_a_reading_counts_people():
    assert _read("312 were sheltering in the Oskar valley.", "en", "magnitude") == [(312.0, "people")]
    assert _read("Eleven were taken to the Velm clinic.", "en", "magnitude") == [(11.0, "people")]


def test_latin_lookalikes_in_a_russian_word_read_as_russian():
    assert _read("Пожар в Велме начался 7 мaя.", "ru") == []
    assert _read("Эвакуированы 40 человекa.", "ru") == [(40.0, "человека")]


def test_a_part_of_a_whole_written_in_words_counts_the_whole_noun():
    assert _read("Three of the eight barns burned near Velm.", "en") == [(3.0, "barns"), (8.0, "barns")]


def test_a_weekday_after_a_figure_is_no_unit():
    assert _read("The Velm death toll rose to nine late Tuesday.", "en") == [(9.0, "people")]
    assert _read("The Velm death toll rose to nine Tuesday.", "en") == [(9.0, "people")]


def test_a_part_of_a_named_owners_things():
    assert _read("The storm hit four of Oskar's harbours.", "en") == [(4.0, "harbours")]
    assert _read("The storm hit four of Velmas’ harbours.", "en") == [(4.0, "harbours")]
