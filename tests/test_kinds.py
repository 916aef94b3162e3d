"""Event or statement: the kind of a claim without a figure (extract/kinds.py), on invented sentences."""
import pytest

from claimsgraph.extract.kinds import claim_kind


def own_voice(sentence: str, lang: str = "en") -> str:
    return claim_kind(sentence, lang, None, "own_voice")


@pytest.mark.parametrize("sentence", [
    "Today, the accord the two valleys signed looks increasingly fragile.",              # past in a relative clause
    "The 2019 pact to reopen the river ports remains the only agreed plan for the canal.",
    "The mediators welcome the steps taken by both sides on 3 May.",
    "Mayor Tomas Varga is to stand trial on 4 June, accused of bribing inspectors.",      # "is to": not yet
    "The ferry levy is scheduled to be signed on May 17.",   # still to come
])
def test_a_main_verb_in_the_present_is_a_statement_whatever_its_clauses_tell(sentence):
    assert own_voice(sentence) == "statement"


def test_a_past_main_verb_with_a_time_is_still_an_event():
    assert own_voice("The ministers of Ruritania and Borealia met in Orlov on Tuesday.") == "event"
    assert own_voice("The rush of new mills comes after Ruritania signed the grain act in August.") == "event"
    assert own_voice("Orlov was declared the capital of the province in 2019.") == "event"
    assert own_voice("The surveyors handed their map to the mayor Sept. 16 in Orlov.") == "event"
    assert own_voice("The surveyors mapped the ferry landing March 14th.") == "event"   # a day of two digits


def test_a_speech_act_in_the_article_s_voice_is_a_statement():
    assert own_voice("On Monday the harbour union criticized the plan of minister Tomas Varga.") == "statement"


def test_a_negated_happening_is_a_statement():
    assert own_voice("The ministers have not signed the accord since the talks in Orlov in 2019.") == "statement"


@pytest.mark.parametrize("sentence", [
    "Встреча министров в Орлове ранее не была анонсирована.",
    "Ни министр Томас Варга, ни его коллега итоги встречи в Орлове в пятницу не прокомментировали.",
])
def test_a_negated_happening_in_russian_is_a_statement(sentence):
    assert own_voice(sentence, "ru") == "statement"


@pytest.mark.parametrize("sentence", [
    "Напомним, 5 апреля в Орлове состоялась встреча министров Руритании и Бореалии.",
    "Как сообщалось ранее, 5 апреля суд Орлова вынес приговор мэру города.",
])
def test_an_aside_of_the_article_before_the_verb_is_passed_over(sentence):
    assert own_voice(sentence, "ru") == "event"


@pytest.mark.parametrize("sentence, lang", [
    ("We played well in Orlov on Tuesday and turned our chances into goals.", "en"),
    ("Мы провели в Орлове в пятницу встречу с министрами.", "ru"),
])
def test_a_first_person_sentence_left_in_the_article_s_voice_is_someone_s_statement(sentence, lang):
    assert own_voice(sentence, lang) == "statement"


def test_a_russian_sentence_whose_only_verb_is_one_of_saying_is_words():
    assert own_voice("В пятницу пресс-служба Орлова сообщила о встрече министров.", "ru") == "statement"


@pytest.mark.parametrize("sentence, lang", [
    ("The former mayor of Orlov was found guilty of taking bribes from harbour inspectors.", "en"),
    ("Ruritania dispatched rescue teams to the flooded valley.", "en"),
    ("Opposition deputies boycotted the vote and walked out of the chamber.", "en"),
    ("Thousands of Borealians joined protests against the new grain tax.", "en"),
    ("Бывший мэр Орлова оправдан, его заместитель получил три года.", "ru"),
    ("Матч сборных Руритании и Бореалии завершился со счетом 2:1.", "ru"),
])
def test_verdicts_protests_dispatches_and_results_told_as_done_are_events(sentence, lang):
    assert own_voice(sentence, lang) == "event"


@pytest.mark.parametrize("sentence", [
    "The ministers of Ruritania and Borealia met in Orlov in May.",                       # the month, not a modal
    "Envoys of the United States met the ministers of Borealia in Orlov on Tuesday.",     # a name, not "states"
])
def test_a_capitalised_name_is_no_modal_and_no_verb_of_saying(sentence):
    assert own_voice(sentence) == "event"


@pytest.mark.parametrize("sentence", [
    "Since the morning of 3 May, a group of farmers has blocked the road to Orlov.",
    "Since Borealia passed the grain act in April, the protest movement has grown.",
])
def test_a_perfect_opened_by_since_is_a_state_until_now(sentence):
    assert own_voice(sentence) == "statement"


@pytest.mark.parametrize("sentence, lang", [
    ("In March the judge in Orlov declared a mistrial in the bribery case.", "en"),
    ("The governor of Vellmar declared a state of emergency in the river valley.", "en"),
    ("Власти Бореалии объявили трехдневный траур по погибшим.", "ru"),
    ("Власти Орлова ввели режим ЧС в двух районах.", "ru"),
    ("В двух районах Вельты введен режим ЧС.", "ru"),
    ("On Monday the governor of Orlov declared a disaster zone in four districts hit by the floods.", "en"),
    ("The mayor of Velsk declared a state of disaster after the river burst its banks.", "en"),
    ("Губернатор Орловской области объявил зону бедствия в трех районах.", "ru"),
    ("В Вельске ввели режим повышенной готовности из-за паводка.", "ru"),
    ("Режим ЧС регионального уровня введен в Вельской области из-за паводка.", "ru"),
    ("Режим чрезвычайной ситуации введен в Орловском крае из-за лесных пожаров.", "ru"),
])
def test_an_act_declared_or_imposed_in_the_article_s_voice_is_an_event(sentence, lang):
    assert own_voice(sentence, lang) == "event"


@pytest.mark.parametrize("sentence, lang", [
    ("The mayor of Orlov said the curfew would end on Friday.", "en"),
    ("Officials in Vellmar have not lifted the curfew in the old town.", "en"),
    ("В Орлове не ввели карантин.", "ru"),
    ("Мэр Орлова заявил, что карантин продлится до пятницы.", "ru"),
])
def test_an_act_only_spoken_of_or_not_done_is_a_statement(sentence, lang):
    assert own_voice(sentence, lang) == "statement"


@pytest.mark.parametrize("sentence", [
    "На перевале Бореалии, куда давно ездят туристы, произошел обвал.",
    "С аэродрома Орлова уже вылетел самолет со спасателями.",
    "Сборная Вельмара одолела команду Руритании со счетом 2:0.",
])
def test_a_russian_act_named_by_its_verb_is_an_event(sentence):
    assert own_voice(sentence, "ru") == "event"


@pytest.mark.parametrize("sentence, kind", [
    ("Во всех районах, которые затронул паводок, спасатели Орлова проверяют дамбы.", "statement"),
    ("Мэр Орлова, которого в городе давно считают реформатором, в пятницу подписал указ о мостах.", "event"),
])
def test_a_russian_relative_clause_s_verb_does_not_decide_the_kind(sentence, kind):
    assert own_voice(sentence, "ru") == kind


@pytest.mark.parametrize("sentence, lang", [
    ("The envoy conceded the plan would fail if the rebels in Orlov opposed a truce.", "en"),
    ("Власти Вельты не объявили траур по погибшим.", "ru"),
    ("Critics in Orlov said a disaster zone would be declared too late.", "en"),
    ("Режим ЧС в Вельске так и не введен.", "ru"),
    ("Режим ЧС, по словам мэра Вельска, будет введен позже.", "ru"),
])
def test_an_act_that_would_follow_or_is_denied_is_a_statement(sentence, lang):
    assert own_voice(sentence, lang) == "statement"


@pytest.mark.parametrize("sentence", [
    "Residents of Velm fear the speed of the lockdown.",
    "Critics in Orlov opposed the expected lockdown of the port.",
])
def test_an_act_beside_a_verb_that_declares_nothing_is_a_statement(sentence):
    assert own_voice(sentence) == "statement"


# --- what tells that something happened (a time of day, a part of a month, more verbs), and that it did not


@pytest.mark.parametrize("sentence", [
    "No complaints were lodged with the port authority of Orlov on Friday.",
    "There was no word from the Borealian mission on whether the ferry reached Orlov.",
    "Nobody was hurt when the crane toppled over in Vell on Sunday.",
])
def test_a_happening_whose_subject_or_object_is_none_is_a_statement(sentence):
    assert own_voice(sentence) == "statement"


def test_what_was_due_is_not_an_event():
    assert own_voice("By 4 June, the inspectors had to decide whether the dam in Orlov was safe.") == "statement"
    assert own_voice("Делегации Руритании пришлось отложить визит в Орлов на 5 мая.", "ru") == "statement"


@pytest.mark.parametrize("sentence, lang", [
    ("The ferry left the port of Orlov at 7:15 a.m.", "en"),
    ("Паром отошёл от причала в Орлове около 07:15.", "ru"),
    ("The handover of the valley to Borealia was completed in late March.", "en"),
    ("Ремонт моста в Орлове закончили в середине марта.", "ru"),
])
def test_a_time_of_day_or_a_part_of_a_month_times_a_happening(sentence, lang):
    assert own_voice(sentence, lang) == "event"


@pytest.mark.parametrize("sentence, lang", [
    ("Border guards apprehended two smugglers near Orlov.", "en"),
    ("The survey probe lifted off from the Vell range.", "en"),
    ("Участники шествия собрались у здания мэрии Орлова.", "ru"),
    ("Приговор вынес судья Томас Варга.", "ru"),
])
def test_more_verbs_of_something_done_tell_an_event(sentence, lang):
    assert own_voice(sentence, lang) == "event"


@pytest.mark.parametrize("sentence, lang, claimant", [
    ("Border guards detained two smugglers near Orlov on Friday, the agency said.", "en", None),
    ("Fire crews evacuated two villages near Vell on Tuesday, the coast guard said in a statement.", "en", "guard"),
    ("Встреча министров прошла в Орлове 5 мая, сообщает пресс-служба ведомства.", "ru", "ministry"),
    ("The harbour board met in Orlov on Tuesday, the ministry announced.", "en", "ministry"),
])
def test_an_event_told_first_and_its_source_after_it_is_an_event(sentence, lang, claimant):
    assert claim_kind(sentence, lang, claimant, "verb_subject") == "event"


@pytest.mark.parametrize("sentence, lang", [
    ("Tomas Varga said the talks in Orlov had been held on Tuesday.", "en"),        # the source first: his words
    ("The sides agreed on Tuesday to reopen the ferry line, the ministry said.", "en"),   # terms agreed
    ("We met the mayor of Orlov on Friday, Tomas Varga said.", "en"),                 # in the first person
    ("Стороны договорились 5 мая возобновить переговоры, — заявили в ведомстве.", "ru"),
])
def test_words_terms_or_the_first_person_before_a_source_stay_statements(sentence, lang):
    assert claim_kind(sentence, lang, "source", "verb_subject") == "statement"


@pytest.mark.parametrize("sentence, expected", [
    ("У всех заключенных остались неотбытые сроки — от 2 до 7 месяцев, которые были прибавлены к приговору.",
     "statement"),
    ("Склад, где прошла встреча сторон, остается закрытым.", "statement"),
    ("Вчера в Вельском суде был оглашен приговор мужчинам, которые подожгли склад.", "event"),
])
def test_a_cue_of_happening_in_a_relative_clause_is_not_the_sentences(sentence, expected):
    assert own_voice(sentence, "ru") == expected


def test_a_past_written_as_the_present_with_a_cue_of_happening_is_an_event():
    assert own_voice("The coastal town of Vell was badly hit by the storm.") == "event"


@pytest.mark.parametrize("sentence", [
    "The Orlov plan was vague about the river tolls.",                           # a state
    "The harbour had two cranes and a dry dock.",                               # a possession
    "Footage from Vell showed smoke over the shipyard.",                        # what a picture shows
    "Critics presented the harbour levy as a windfall for the mayor.",          # casting it as something: a view
    "which caused long delays at the ferry terminal.",                          # a clause split from its sentence
    "Tomas Varga did not attend the harbour board.",                            # negated
])
def test_a_past_main_verb_of_a_state_a_view_or_a_split_clause_is_a_statement(sentence):
    assert own_voice(sentence) == "statement"


@pytest.mark.parametrize("sentence", [
    "Клуб «Орловские волки» во второй раз выиграл кубок Бореалии.",
    "Районный суд Орлова назначил мэру города штраф.",
    "Бывший директор порта был признан невиновным и отпущен на свободу.",
])
def test_a_title_won_a_penalty_or_a_verdict_in_russian_is_an_event(sentence):
    assert own_voice(sentence, "ru") == "event"


def test_a_meeting_planned_in_russian_is_a_statement():
    assert own_voice("Встреча министров в Орлове запланирована на май.", "ru") == "statement"


@pytest.mark.parametrize("sentence", [
    "Gusts toppled pylons across the Vell valley, killing a farmer near Orlov.",        # a participle of harm
    "The landslide above Pirna led to evacuations in two hamlets.",                     # a noun of rescue
    "One of the ferrymen was taken to a hospital in Orlov.",
    "The Borealian senate began its second sitting at 10.30 am.",                       # a time of day without dots
])
def test_harm_rescue_and_a_time_of_day_tell_an_event(sentence):
    assert own_voice(sentence) == "event"


def test_a_find_at_a_place_relayed_in_russian_is_an_event():
    assert claim_kind("Водолазы обнаружили лодку у причала в Орлове, говорится в сообщении ведомства.", "ru", None,
                      "own_voice") == "event"


@pytest.mark.parametrize("sentence, lang", [
    ("Накануне стало известно, что договор между Орловом и Пирной о ловле рыбы готов.", "ru"),
    ("On Monday it emerged that the Vell port deal was ready.", "en"),
])
def test_news_that_something_became_known_is_a_statement(sentence, lang):
    assert claim_kind(sentence, lang, None, "own_voice") == "statement"


@pytest.mark.parametrize("sentence, expected", [
    ("The ferryman was wanted over a theft in Pirna last week.", "statement"),          # a state, timed
    ("The gale continued to lash the Vell coast on Friday.", "event"),                  # the complement tells the act
])
def test_a_timed_main_verb_of_a_state_is_a_statement(sentence, expected):
    assert own_voice(sentence) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("The blast took place near the Vell depot on Friday.", "en"),
    ("Первое заседание комиссии прошло в Орлове 5 июня.", "ru"),
])
def test_what_a_speaker_tells_happened_at_a_time_is_an_event(sentence, lang):
    assert claim_kind(sentence, lang, "source", "quotation") == "event"


@pytest.mark.parametrize("sentence, lang", [
    ("The talks will resume in Orlov on Friday.", "en"),                              # not yet
    ("The ferry line to Vell was closed for too long.", "en"),                         # no time: a view as often
    ("Стороны договорились 5 мая возобновить паромное сообщение.", "ru"),             # terms agreed
])
def test_a_speaker_s_forecast_view_or_terms_stay_statements(sentence, lang):
    assert claim_kind(sentence, lang, "source", "quotation") == "statement"
