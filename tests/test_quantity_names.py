"""Numbers that are part of a name, an address or a date of another calendar count nothing; invented sentences."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return find_quantities(text, Span(0, len(text)), lang)


@pytest.mark.parametrize("text", [
    "Coach Jan ten Velde said the squad was tired.",
    "Shortly before Jan ten Velde's briefing, the club spoke.",
    "The manager, Piet Ten Oord, was unable to hide his anger.",
    "Since then Jan ten Velde finds himself short of strikers.",
])
def test_a_number_word_between_capitalised_words_is_part_of_a_name(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("Ten Borelian detainees were freed on Monday.", 10),
    ("The court freed ten Borelian detainees.", 10),
    ("Officials in Ostrava said ten people were hurt.", 10),
])
def test_a_number_word_that_counts_is_still_a_figure(text, value):
    (q,) = found(text)
    assert q.value == value


@pytest.mark.parametrize("text", [
    "Write to 418 Velm Street, Ostrava.",
    "Our office: 27 North Oram Ave. Dorvik Center, 02999.",
    "Velm Bank moved to 9 Kessler Boulevard last year.",
])
def test_a_house_number_before_a_street_is_no_figure(text):
    assert found(text) == []


def test_a_number_before_a_capitalised_plural_that_is_no_street_is_a_figure():
    (q,) = found("Dorvik sent 40 Red Cross trucks to Ostrava.")
    assert q.value == 40


@pytest.mark.parametrize("text", [
    "The spokesman said tomorrow is 13 Mehr, a day of celebration.",
    "The fast ends on 29 Ramadan this year.",
])
def test_a_day_of_another_calendars_month_is_a_date(text):
    assert found(text) == []


@pytest.mark.parametrize("text, unit", [
    ("У Вельмы 12 подряд успешных запусков.", "успешных запусков"),
    ("В Оске 40 почти новых домов.", "новых домов"),
])
def test_a_russian_adverb_between_the_number_and_its_noun_is_skipped(text, unit):
    (q,) = found(text, "ru")
    assert (q.value, q.unit) == (float(text.split()[2]), unit)
