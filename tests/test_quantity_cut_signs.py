"""Figures the segmenters cut in two (a currency sign spelt with letters and a full stop before the sum, "approx.",
«долл. США»), margins after their unit, number words inside names, a lone one after a count; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.ingest import parse_document
from claimsgraph.model import Span
from claimsgraph.segment import sentences


def doc(text, name="t.txt"):
    return parse_document(name, text.encode(), "text/plain")


def texts(d):
    return [d.text[s.span.start:s.span.end] for s in sentences(d)]


def found(text, lang, previous_unit=None):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


@pytest.mark.parametrize("text, expected", [
    ("The council of Velmia approved Sh. 45 billion for roads. The mayor welcomed it.",
     ["The council of Velmia approved Sh. 45 billion for roads.", "The mayor welcomed it."]),
    ("Oska Mills raised Rp. 3.5 trillion in bonds, its chief said.",
     ["Oska Mills raised Rp. 3.5 trillion in bonds, its chief said."]),
    ("Rice in Velm rose to Tk. 120 a kilogram. Traders blamed the floods.",
     ["Rice in Velm rose to Tk. 120 a kilogram.", "Traders blamed the floods."]),
    ("The Velm board lent KSh. 1.5 billion. It was repaid.",
     ["The Velm board lent KSh. 1.5 billion.", "It was repaid."]),
    ("The march drew approx. 4,000 people, Velm police said.",
     ["The march drew approx. 4,000 people, Velm police said."]),
])
def test_a_currency_sign_with_a_full_stop_does_not_end_the_sentence_before_its_sum(text, expected):
    assert texts(doc(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Velm fund paid out Sh. Then it closed.", ["The Velm fund paid out Sh.", "Then it closed."]),   # no figure
    ("Ms. Varo met Mrs. Oska. 40 people came.", ["Ms. Varo met Mrs. Oska.", "40 people came."]),         # a name
])
def test_a_sentence_ending_in_a_sign_or_a_name_is_still_cut(text, expected):
    assert texts(doc(text)) == expected


def test_a_dollar_abbreviated_with_its_country_is_one_sum_in_russian():
    d = doc("Ущерб Велмии оценили в 2 млрд долл. США, сообщил министр. Компания не согласна.", "t.ru.txt")
    assert texts(d) == ["Ущерб Велмии оценили в 2 млрд долл. США, сообщил министр.", "Компания не согласна."]
    d = doc("Оска отдала 5 млн руб. США ввели санкции.", "t.ru.txt")                # not a dollar: two sentences
    assert texts(d) == ["Оска отдала 5 млн руб.", "США ввели санкции."]


def test_the_joined_sum_keeps_its_currency():
    d = doc("The Velm council approved a budget of Sh. 45 billion for the new roads.")
    (s,) = sentences(d)
    assert [(q.value, q.unit) for q in find_quantities(d.text, s.span, "en", None)] == [(45e9, "shillings")]


@pytest.mark.parametrize("text, expected", [
    ("Ms Varo finished second, two seconds behind the winner.", [(2.0, "seconds")]),
    ("The Velm bridge opened four months behind plan.", [(4.0, "months")]),
    ("Her sentence fell one year short of what the court could give.", [(1.0, "year")]),
    ("Oska fell one point short of the club record.", [(1.0, "point")]),
    ("Velm United are five points clear at the top.", [(5.0, "points")]),
])
def test_a_margin_after_its_unit_is_a_figure_even_in_words(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The Velm chief left two years ago.", []),                 # a time, not a margin
    ("Two years back the plant closed.", []),                   # "back" is no margin word: a time, as "ago"
    ("One of the reasons was cost.", []),
])
def test_a_time_or_a_lone_one_is_still_no_figure(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Oska Films' 'The Lantern and the Four Winds' opened with $20 million.", [(20e6, "dollars")]),
    ("Police searched near Five Oaks and Velm Avenue on Tuesday.", []),
    ("Visitors come for the river, the Three Bridges and the museum.", []),
])
def test_a_capitalised_number_word_inside_a_sentence_before_a_capital_is_a_name(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Three Velm airlines cancelled flights.", [(3.0, "velm airlines")]),       # a sentence's first word
    ("The storm killed three people in Oska.", [(3.0, "people")]),
    ("(Velm News) – Four Oska trawlers sank.", [(4.0, "oska trawlers")]),
])
def test_a_capitalised_number_word_opening_a_sentence_still_counts(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Velm clinic reported three nurses and one janitor infected.", "en", [(3.0, "nurses"), (1.0, "janitor")]),
    ("Oska recorded 1799 cases and one death.", "en", [(1799.0, "cases"), (1.0, "death")]),
    ("В Велмии паводком разрушены шесть мостов и одна дорога.", "ru", [(6.0, "мостов"), (1.0, "дорога")]),
    ("В Велмии 10 жителей и один гость попросили о помощи.", "ru", [(10.0, "жителей"), (1.0, "гость")]),
])
def test_a_lone_one_joined_to_a_count_before_it_is_a_count(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Only 2,300 people live in Velm, one of the towns hit.", [(2300.0, "people")]),
    ("Oska has 40 schools, and one reason is the birth rate.", [(40.0, "schools")]),   # a clause, not a list
])
def test_a_lone_one_after_a_count_but_not_joined_to_it_is_no_count(text, expected):
    assert found(text, "en") == expected
