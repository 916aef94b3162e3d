"""Kinds: a charge brought is a step of a case; words that cover topics list them; a past period named from now
("в прошлом году") times what a speaker tells, as "last year" does in English."""
import pytest

from claimsgraph.extract.kinds import claim_kind


@pytest.mark.parametrize("sentence", [
    "Initially, the two men were charged with arson over the fire at the depot.",
    "The former mayor of Vardo was indicted on fraud counts.",
])
def test_a_charge_brought_is_an_event(sentence):
    assert claim_kind(sentence, "en", None, "own_voice") == "event"


def test_a_fee_charged_is_no_charge_brought():
    assert claim_kind("The bank charged a fee of its customers for the transfers.", "en", None,
                      "own_voice") == "statement"


def test_words_that_cover_topics_list_them():
    assert claim_kind("Her address covered topics including trade, border talks and the budget.", "en", None,
                      "own_voice") == "statement"


@pytest.mark.parametrize("sentence", [
    "Орловская сторона передала соседям свой проект соглашения ещё в прошлом году",
    "Стороны подписали меморандум на минувшей неделе, добавил он",
])
def test_a_speaker_tells_a_happening_timed_last_year_or_week(sentence):
    assert claim_kind(sentence, "ru", "speaker", "verb_subject") == "event"


def test_a_plan_for_next_year_stays_a_statement():
    assert claim_kind("Стороны подпишут меморандум в следующем году", "ru", "speaker", "verb_subject") == "statement"


@pytest.mark.parametrize("sentence, lang", [
    ("Forty families from the valley have been resettled in Orlov, Northwire reports.", "en"),
    ("Жители двух сёл были переселены в Орлов, сообщает Нордвир.", "ru"),
])
def test_people_resettled_is_an_event_relayed(sentence, lang):
    assert claim_kind(sentence, lang, "office", "verb_subject") == "event"


@pytest.mark.parametrize("sentence, lang", [
    ("Talks in Orlov were held on Monday, Northwire reports, citing the foreign ministry.", "en"),
    ("Переговоры в Орлове прошли, сообщает Нордвир, ссылаясь на министерство.", "ru"),
])
def test_a_source_cited_after_the_trailing_report_still_relays_an_event(sentence, lang):
    assert claim_kind(sentence, lang, "ministry", "according_to") == "event"


def test_a_view_before_the_cited_source_stays_a_statement():
    assert claim_kind("We believe talks in Orlov were held too late, Northwire reports, citing the ministry.", "en",
                      "ministry", "according_to") == "statement"
