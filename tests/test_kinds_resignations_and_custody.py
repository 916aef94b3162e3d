"""Event or statement (extract/kinds.py): a post left or a vote sat out in English, custody given and a plea granted
in Russian, told as done without a time, are events; the same told as a plan, a threat or a state are statements,
and so are a mood ("resigned to"), a habit quit, a course or a loan taken («взят курс») and the arts («искусств…»);
invented sentences only."""
import pytest

from claimsgraph.extract.kinds import claim_kind


@pytest.mark.parametrize("sentence", [
    "Transport minister Dana Pell resigned after the vote on the Orlov bridge.",
    "Varnian housing minister Ivo Brask has resigned.",
    "Two deputy ministers of Varnia quit their posts over the Orlov budget.",
    "Senator Lida Koss and Senator Emil Varga abstained from the vote on the Orlov bridge.",
    "The Tarnov mayor tendered his resignation to the regional council.",
    "The chief of the Varnian central bank stepped down.",
    "Transport minister Dana Pell resigned to run for mayor of Orlov.",
    "Transport minister Dana Pell resigned to join the Varnian cabinet.",
    "Two deputy ministers of Varnia quit on Monday.",
    "Dana Pell quit the race for the Orlov seat.",
    "Dana Pell quit Parliament after the vote.",
])
def test_a_post_left_or_a_vote_sat_out_is_an_event(sentence):
    assert claim_kind(sentence, "en", None, "own_voice") == "event"


@pytest.mark.parametrize("sentence, lang", [
    ("The minister was resigned to defeat.", "en"),
    ("A Vellbrook councillor quit smoking after the vote.", "en"),
    ("The Orlov mayor quit drinking last year.", "en"),
    ("The minister resigned himself to a long campaign.", "en"),
    ("The minister was resigned to losing the Orlov seat.", "en"),
    ("В Бореалии взят курс на цифровизацию.", "ru"),
    ("Для реформы взят кредит в банке Тарновии.", "ru"),
    ("Суд удовлетворил просьбу об искусственном продлении срока.", "ru"),
])
def test_a_mood_a_habit_a_course_or_the_arts_are_no_post_left_or_custody(sentence, lang):
    assert claim_kind(sentence, lang, None, "own_voice") != "event"


@pytest.mark.parametrize("sentence", [
    "Dana Pell threatened to quit the Varnian cabinet.",
    "Dana Pell will resign next week.",
    "Dana Pell is expected to step down.",
    "Dana Pell did not resign.",
    "Dana Pell, who resigned in 2019, now runs a bakery in Orlov.",
])
def test_a_resignation_threatened_expected_or_denied_is_a_statement(sentence):
    assert claim_kind(sentence, "en", None, "own_voice") == "statement"


@pytest.mark.parametrize("sentence", [
    "Он взят под стражу на два месяца.",
    "Бывший мэр Тарнова помещен в следственный изолятор.",
    "Суд отправил Орлова под стражу.",
    "Он удовлетворил ходатайство следствия.",
    "Областной суд удовлетворил жалобу защиты.",
    "Суд удовлетворил исковые требования компании «Варна-Порт».",
    "Суд удовлетворил исковое заявление прокуратуры Тарнова.",
    "Капитан шхуны был взят в плен у берегов Бореалии.",
    "Двое моряков из Тарнова были взяты в заложники.",
])
def test_custody_given_or_a_plea_granted_is_an_event(sentence):
    assert claim_kind(sentence, "ru", None, "own_voice") == "event"


@pytest.mark.parametrize("sentence", [
    "Иван Орлов остается под стражей.",
    "Орлов будет взят под стражу.",
    "Суд не удовлетворил жалобу защиты.",
    "Защита обжалует решение, если суд удовлетворит ходатайство.",
    "Чиновник получил взятку от подрядчика.",
])
def test_custody_asked_for_refused_or_lasting_is_a_statement(sentence):
    assert claim_kind(sentence, "ru", None, "own_voice") == "statement"


@pytest.mark.parametrize("sentence", [
    "It has been a year since the day the Varnian envoy resigned.",
    "It was the first time the two Orlov leaders met.",
])
def test_a_happening_that_only_places_a_state_told_by_be_without_a_time_is_a_statement(sentence):
    assert claim_kind(sentence, "en", None, "own_voice") == "statement"


def test_be_with_a_time_still_tells_a_happening():
    assert claim_kind("The Orlov talks were on Tuesday.", "en", None, "own_voice") == "event"


@pytest.mark.parametrize("sentence", [
    "Board member Tomas Relk quit following the vote on the Orlov bridge.",
    "Dana Pell quit during the Varnian budget debate.",
    "Dana Pell resigned pending an inquiry into the Orlov port.",
    "Kara Vell resigned to bring in new blood at the Tarnovia port board.",
])
def test_a_preposition_or_a_short_verb_after_quit_or_resigned_is_no_habit_nor_mood(sentence):
    assert claim_kind(sentence, "en", None, "own_voice") == "event"
