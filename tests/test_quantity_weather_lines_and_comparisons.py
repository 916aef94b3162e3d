"""Figures of weather reports and of daily counts: a unit glued to a range's digits ("4-7м/с"), a quote closing a
speech tag after a figure, a sign word on a range's second end ("от минус 4 до плюс 1"), a reading's line of its own
("Вечер +2."), and a count set against an earlier one with "против" that is no vote. Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang, span=None):
    span = span or Span(0, len(text))
    return [(q.value, q.unit, q.range_from) for q in find_quantities(text, span, lang)]


@pytest.mark.parametrize("text, expected", [
    ("В Ольховке ветер северный, его порывы составят 8м/с.", [(8.0, "м/с", None)]),
    ("В Ольховке ветер северный, 4-7м/с.", [(4.0, "м/с", None), (7.0, "м/с", 4.0)]),
])
def test_a_unit_glued_to_digits_before_a_slash_is_no_ordinal_ending(text, expected):
    assert figures(text, "ru") == expected


def test_a_quote_before_a_speech_tag_is_no_inch_mark():
    text = 'Температура по Зарецку от минус 4 до плюс 1", — уточнила синоптик Велмина.'
    assert figures(text, "ru") == [(1.0, "градусов", -4.0)]


@pytest.mark.parametrize("text, expected", [
    ("Температура воздуха в Зарецке от 2 до плюс 5.", [(5.0, "градусов", 2.0)]),
    ("Ночью в Ольховке температура от минус 6 до плюс 2 градусов.", [(2.0, "градусов", -6.0)]),
])
def test_a_sign_word_on_a_ranges_second_end_keeps_the_range(text, expected):
    assert figures(text, "ru") == expected


def test_a_reading_word_opening_its_own_line_makes_a_temperature():
    text = "Синоптики Зарецка обещают туман.\nТемпература воздуха:\nВечер +2.\nНочь -3.\n"
    lines = [Span(text.index(line), text.index(line) + len(line)) for line in ("Вечер +2.", "Ночь -3.")]
    assert [figures(text, "ru", span) for span in lines] == [[(2.0, "градусов", None)], [(-3.0, "градусов", None)]]


@pytest.mark.parametrize("text, expected", [
    ("Число выписанных из больниц Велмы выросло на 1 204 против 1 350 днем ранее.",
     [(1204.0, "выписанных", None), (1350.0, "выписанных", None)]),
    ("Склад Зарецка отгрузил 418 тонн против 377 годом ранее.", [(418.0, "тонн", None), (377.0, "тонн", None)]),
])
def test_a_count_set_against_an_earlier_one_is_no_vote(text, expected):
    assert figures(text, "ru") == expected


def test_a_tally_with_a_word_of_voting_is_still_votes():
    assert figures("Совет Велмы проголосовал 31 против 12 накануне.", "ru") == [(31.0, "голосов", None),
                                                                               (12.0, "голосов", None)]


def test_an_adjective_before_its_noun_is_not_what_is_counted():
    text = "Больше всего свежих обращений пришло из Ольховки – 2 318."
    assert figures(text, "ru") == [(2318.0, "обращений", None)]


@pytest.mark.parametrize("text, expected", [
    ("Fewer flights left Orlo in May, with departures falling by 1,240.", [(1240.0, "departures", None)]),
    ("Visitor arrivals were growing to 3,100 in Orlo.", [(3100.0, "arrivals", None)]),
])
def test_a_participle_after_a_plural_subject_makes_it_what_a_bare_figure_counts(text, expected):
    assert figures(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Давление в Зарецке поднимется до 752 мм. рт.ст.", [(752.0, "мм. рт. ст", "mmHg")]),
    ("Давление в Ольховке 739 мм рт. ст., ниже нормы.", [(739.0, "мм рт. ст", "mmHg")]),
    ("За ночь в Велме выпало 9 мм осадков.", [(9.0, "мм осадков", "mm")]),
])
def test_millimetres_and_millimetres_of_mercury_are_units(text, expected):
    assert [(q.value, q.unit, q.canonical_unit) for q in find_quantities(text, Span(0, len(text)), "ru")] == expected


def test_a_bare_figure_after_a_change_noun_and_of_counts_what_the_sentence_before_counted():
    text = "Orlo mills hired 4,100 workers in May. A rise of 5,200 had been expected by the Velm institute."
    second = Span(text.index("A rise"), len(text))
    assert [(q.value, q.unit) for q in find_quantities(text, second, "en", previous_unit="workers")] == [
        (5200.0, "workers")]


@pytest.mark.parametrize("text, previous", [
    ("A rise of 5,200 had been expected by the Velm institute.", "percent"),   # a share counts no things
    ("A rise of 12 had been expected by the Velm institute.", "workers"),      # too small to be such a count
])
def test_a_change_noun_borrows_no_share_and_no_small_number(text, previous):
    assert find_quantities(text, Span(0, len(text)), "en", previous_unit=previous) == []


@pytest.mark.parametrize("text, expected", [
    ("Orlo Mining earned $4.2 billion, instead of the $3.95 that brokers had pencilled in.", [4.2e9, 3.95e9]),
    ("Velm Foods sold $62 billion of goods, above the $61.1 expected.", [62e9, 61.1e9]),
    ("The Velm club lost $5.5 million, up from $4.9 in its first season.", [5.5e6, 4.9e6]),
])
def test_a_sum_set_beside_a_scaled_one_takes_its_scale(text, expected):
    assert [q.value for q in find_quantities(text, Span(0, len(text)), "en")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Orlo Mining earned $4.2 billion and its shares closed at $3.95.", [4.2e9, 3.95]),   # no words set them side by side
    ("Orlo Mining earned $4.2 billion, more than the $3 a share expected.", [4.2e9, 3.0]),   # a rate is its own
    ("The Velm club paid $2 million, more than the $900 it offered.", [2e6, 900.0]),   # too far apart to share a scale
])
def test_a_sum_keeps_its_own_value_otherwise(text, expected):
    assert [q.value for q in find_quantities(text, Span(0, len(text)), "en")] == expected
