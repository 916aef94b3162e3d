"""A count whose noun says how often ("2.3 million monthly users"), a bare figure a verb of an average gives
("averaged 1.4 million"), a rank's bound ("the top 10 sellers") and a year joined to a year ("the 2031 or 2032
rankings"), an adjective before a noun of time ("три последних года") and model names
("iPad 10 tablets", "the Vell 15 Pro"), one who abstained and
a decision after a tally ("a 5-4 ruling"); invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, None)]


@pytest.mark.parametrize("text, expected", [
    ("Brokers at Velmco were counting on 4.18 million weekly riders.", [(4180000.0, "weekly riders")]),
    ("The Oska app had 2.3 million monthly users in May.", [(2300000.0, "monthly users")]),
    ("Dorvik hired 400 hourly workers for the harvest.", [(400.0, "hourly workers")]),
])
def test_a_word_of_how_often_before_the_noun_is_no_span_of_time(text, expected):
    assert found(text) == expected


def test_a_bare_figure_after_a_verb_of_an_average_counts_the_subject():
    assert found("Daily riders on the Velm line averaged 3.41 million in March.") == [(3410000.0, "riders")]


@pytest.mark.parametrize("text", [
    "The Vell Max entered the top 10 handsets of Dorvik last year.",
    "Oska Bank stayed in the top three lenders of the region.",
    "Velmco made the top-20 list of exporters.",
])
def test_a_number_after_top_is_a_rank_not_a_count(text):
    assert found(text) == []


def test_a_share_of_the_top_still_counts():
    assert found("The top 10 percent of Velm's earners paid more.") == [(10.0, "percent")]
    assert found("The top 1% of households in Tarnovia hold 30% of the wealth.") == [(1.0, "percent"),
                                                                                     (30.0, "percent")]


def test_a_year_joined_to_a_year_before_it_is_a_year():
    assert found("None of Velmco's trucks made it into the 2031 or 2032 rankings.") == []
    assert found("Velmco sold 2031 trucks and 40 buses.") == [(2031.0, "trucks"), (40.0, "buses")]


@pytest.mark.parametrize("text, expected", [
    ("Between 1900 and 2000 people were evacuated from Vardel.", [(2000.0, "people")]),
    ("The plan had 1800 or 2000 beds.", [(2000.0, "beds")]),
])
def test_a_year_shaped_number_after_another_without_a_word_of_years_still_counts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("За три последних года выручка Оски выросла вдвое.", "ru", [(3.0, "года")]),
    ("Рост Велмии за 3 последних месяца составил 5%.", "ru", [(3.0, "месяца"), (5.0, "percent")]),
    ("Prices in Velm rose for three straight years.", "en", [(3.0, "years")]),
])
def test_an_adjective_before_a_noun_of_time_is_not_in_the_unit(text, lang, expected):
    assert found(text, lang) == expected


def test_an_adjective_before_a_noun_of_time_that_says_no_span_stays_in_the_unit():
    assert found("The star Vellis is 40 light years from Earth.") == [(40.0, "light years")]


def test_a_model_name_with_a_small_letter_first_keeps_its_number_in_the_unit():
    assert found("Velmco sold 2 million iPad 10 tablets in Oska.") == [(2000000.0, "ipad 10 tablets")]


@pytest.mark.parametrize("text, expected", [
    ("Velmco shipped the Vell 15 Pro to 40 stores.", [(40.0, "stores")]),
    ("Oska Telecom says the Orlan 7 Max sold 2 million units.", [(2000000.0, "units")]),
])
def test_digits_that_only_capitalised_words_follow_after_a_name_are_a_model(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ruritania has 40 Varn tanks.", [(40.0, "varn tanks")]),       # a noun is counted after the name
    ("Velm bought 12 Jets for the army.", [(12.0, "jets")]),          # no name before the digits
    ("Near Vardel 40 Marines were wounded.", [(40.0, "marines")]),   # a plural after the digits
    ("In Velm 300 Scouts camped by the lake.", [(300.0, "scouts")]),
])
def test_a_counted_noun_after_capitalised_words_stays_a_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Закон об Оске поддержали 120 депутатов при одном воздержавшемся.", "ru",
     [(120.0, "депутатов"), (1.0, "воздержавшемся")]),
    ("The Velm council passed the plan 12-3, with one abstention.", "en",
     [(12.0, "votes"), (3.0, "votes"), (1.0, "abstention")]),
])
def test_one_who_abstained_is_counted(text, lang, expected):
    assert found(text, lang) == expected


def test_one_vote_among_others_stays_no_figure():
    assert found("It was one vote among many in Velm.") == []


@pytest.mark.parametrize("text", [
    "The Velm appeals court issued a 5-4 ruling on Friday.",
    "The jury in Oska returned a 10-2 verdict.",
])
def test_a_decision_named_after_a_tally_makes_it_votes(text):
    assert [unit for _, unit in found(text)] == ["votes", "votes"]


def test_a_score_stays_no_tally():
    assert found("Oska won the match 3-1.") == []
