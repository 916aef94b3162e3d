"""Numbers that name a model or a pupils' grade, not a count, and a unit cut off where a text ends; invented
sentences only."""
import time

import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("A new Vexair Tarlan 310 Neo flight crashed near Ostrava, killing 120 people.", [(120, "people")]),
    ("Regulators grounded every Tarlan 310 Neo 4 and 5 aircraft in Borealia.", []),
    ("A brand-new Neo 4 aircraft landed in Velmora.", []),
    ("Fears grew over Tarlan’s 310 Neo 4 jets.", []),
    ("The Vexa 7 smartphone sold 2 million units.", [(2e6, "units")]),
    ("The film Frost Saga 5 earned $40 million.", [(40e6, "dollars")]),
])
def test_a_number_in_a_model_name_is_no_figure(text, expected):
    assert figures(text) == expected


def test_a_model_name_is_looked_for_near_each_number():
    """Each number reads a window about itself, not the whole sentence before it: a sentence of 3,000 figures after
    capitalised words took 16 s when it did (a whole build's pass stalls on the names first, so it is timed here)."""
    text = "Vell district 7 votes, " * 3000
    start = time.process_time()
    assert len(figures(text)) == 3000
    assert time.process_time() - start < 5


@pytest.mark.parametrize("text, expected", [
    ("Vexford Buys 12 Jets From Orlan Today", [(12, "jets")]),     # a headline in title case counts them
    ("The 40 jets arrived in Ostrava on Monday.", [(40, "jets")]),
    ("Officials in North Velm said 3 people died.", [(3, "people")]),
    # capitals on either side make no model; only a noun of made things or a model's pattern after it does
    ("Police told Northwire 30 Vellish protesters were detained.", [(30, "vellish protesters")]),
    ("Vell sent Ruritania 40 Varn tanks last year.", [(40, "varn tanks")]),
    ("The army said Ruritania's 40 Varn tanks had arrived.", [(40, "varn tanks")]),
    ("In North Velm 300 families were evacuated on Monday.", [(300, "families")]),
    ("Across Vell Province 120 schools were closed on Monday.", [(120, "schools")]),
    ("It said Vell Airlines 14 flights were cancelled.", [(14, "flights")]),
    ("After the game Vell Rovers 3 fans were hurt.", [(3, "fans")]),   # a game's side, no title
])
def test_a_count_beside_capitalised_words_stays(text, expected):
    assert figures(text) == expected


def test_a_headline_in_title_case_is_read_as_claims_read_it():
    """One rule of title case for headings and for model names: four words of four letters or more, four in five
    capitalised; "jets" in lower case makes this no headline in title case, so 4 is the model's."""
    from claimsgraph.extract import claims, quantities
    assert claims._title_cased is quantities.title_cased
    assert figures("Orlan Grounds Tarlan Neo 4 jets") == []


@pytest.mark.parametrize("text, expected", [
    ("Школьники 3-х классов Борельска стали самыми активными.", []),
    ("Все участники — учащиеся 7-8 классов сельских школ.", []),
    ("Зарегистрировано 90 тыс. учащихся 7-8 классов.", [(90e3, "учащихся")]),
    ("Выпускники 11 классов Тарновии пишут сочинение.", []),
    ("В лицее открыли 3 новых класса.", [(3, "новых класса")]),
])
def test_the_class_of_pupils_is_their_grade(text, expected):
    assert figures(text, "ru") == expected


def test_the_examples_of_model_names_are_invented():
    """The comments beside the model-name rules give invented makers and titles, as the tests do."""
    import inspect
    from claimsgraph.extract import quantities
    assert not any(real in inspect.getsource(quantities) for real in ("Boeing", "Ice Age", "Leopard"))


def test_the_pupils_and_their_class_are_two_named_patterns():
    """Pupils before the number and their class after it: each side its own pattern, read by its name."""
    from claimsgraph.extract import quantities
    assert quantities._PUPILS_BEFORE.search("В Борельске учащиеся 5-")
    assert quantities._CLASS_AFTER.match("-х классов сельских школ")
    assert not quantities._CLASS_AFTER.match(" новых класса")


@pytest.mark.parametrize("text, expected", [
    ("The council approved the plan after voting on 30 q", []),   # not "30 c": a known unit (Celsius) stays
    ("The council approved the plan after voting on 30 pr", []),
    ("The council approved the plan after 30 km", [(30, "km")]),
    ("The Vell tower rises to 300 m", [(300, "m")]),      # a known unit of one letter stays
    ("The council approved the plan after voting on 30 proposals", [(30, "proposals")]),
])
def test_a_unit_cut_off_where_the_text_ends_is_lost(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Против — 64: фракция «Вельма» и часть независимых.", "ru", [(64, "голосов")]),
    ("За — 210, против — 64.", "ru", [(210, "голосов"), (64, "голосов")]),
    ("The council voted on the levy. Against: 12.", "en", [(12, "votes")]),
    ("The council voted: for - 40, against - 12.", "en", [(40, "votes"), (12, "votes")]),
])
def test_a_side_of_a_vote_before_a_dash_heads_its_votes(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_side_of_a_vote_is_looked_for_near_each_number():
    """The side heading a vote is looked for in a window before each number, not in the whole sentence before it."""
    text = "The Vell council voted: " + "against - 7, " * 6000
    start = time.process_time()
    assert len(figures(text)) == 6000
    assert time.process_time() - start < 5


@pytest.mark.parametrize("text, expected", [
    ("Velmor ordered 40 Tarlan 310 jets and 12 Orlan planes.", [(40, "tarlan 310 jets"), (12, "orlan planes")]),
    ("The firm shipped 5 million Vexa 11 laptops.", [(5e6, "vexa 11 laptops")]),
])
def test_a_model_name_after_a_count_is_its_unit(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Около 200 призёров прошлого года учатся в лицее Борельска.", [(200, "призёров")]),
    ("В кружок записались 40 выпускников этого года.", [(40, "выпускников")]),
])
def test_a_year_after_a_counted_noun_is_when_not_what(text, expected):
    assert figures(text, "ru") == expected

