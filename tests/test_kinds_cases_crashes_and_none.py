"""Event or statement (extract/kinds.py): Russian criminal cases opened and vehicles that collided, sources that
explain or inform after what they relay, and English lines without a verb that name none; invented sentences only."""
import pytest

from claimsgraph.extract.kinds import claim_kind


@pytest.mark.parametrize("sentence", [
    "Уголовное дело возбуждено по факту аварии в Тарновском районе.",
    "Следователи возбудили дело о халатности.",
])
def test_a_criminal_case_opened_is_an_event(sentence):
    assert claim_kind(sentence, "ru", None, "own_voice") == "event"
    assert claim_kind(sentence, "ru", "tarnov-police", "reported") == "event"


def test_vehicles_that_collided_are_an_event_and_a_hardship_met_is_not():
    assert claim_kind("По предварительным данным, столкнулись автобус и фура.", "ru", None, "own_voice") == "event"
    assert claim_kind("Фермеры столкнулись с нехваткой кормов.", "ru", None, "own_voice") == "statement"


def test_a_pathogen_is_no_case_opened():
    assert claim_kind("Возбудитель болезни был выявлен у двух коров.", "ru", None, "own_voice") == "statement"


@pytest.mark.parametrize("sentence", [
    "Двое рабочих госпитализированы в городскую больницу, пояснили в ведомстве.",
    "\"Подозреваемый в краже задержан в Тарнове\", - проинформировали в полиции.",
])
def test_a_source_that_explains_or_informs_after_an_act_relays_an_event(sentence):
    assert claim_kind(sentence, "ru", "tarnov-police", "quotation") == "event"


@pytest.mark.parametrize("sentence", [
    "No talks until the debts owed to Varnia are paid.",
    "No arrests after the crowd dispersed on Friday.",
])
def test_a_line_without_a_verb_that_names_none_is_a_statement(sentence):
    assert claim_kind(sentence, "en", None, "own_voice") == "statement"


def test_a_line_without_a_verb_that_names_a_happening_stays_an_event():
    assert claim_kind("Talks resumed after the envoy arrived in Orlov on Friday.", "en", None, "own_voice") == "event"


@pytest.mark.parametrize("sentence", [
    "Эта новость вызвала возбуждение у инвесторов в Тарнове.",           # excitement, no case opened
    "Фермеры Тарнова столкнулись с серьёзными финансовыми трудностями.",   # a hardship with its adjectives
])
def test_excitement_and_a_hardship_met_are_no_events(sentence):
    assert claim_kind(sentence, "ru", None, "own_voice") == "statement"
