"""Russian speakers told by a mocking verb of saying, and by a surname in a said-tag before the text names the
person in full (invented people, places and words)."""
import pytest

from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of, speakers_as_written


def test_a_mocking_verb_tags_the_quotation_and_opens_a_clause(cast):
    out = claims("Мира Орлен оценила идею нового сбора. «Сбор за тень от деревьев», — поиронизировала Орлен.\n"
                 "Томас Варга иронизирует, что паром через Орлу снова опоздает.", cast, name="ru_t.txt")
    assert speaker_of(out, "тень от деревьев") == "orlen"
    assert speaker_of(out, "снова опоздает") == "varga"


def test_a_telling_verb_of_the_literary_register_opens_a_clause(cast):
    out = claims("Мира Орлен провела переговоры в Тарвинске. Она поведала, какие темы обсуждались на встрече.\n"
                 "Поведение рынка после встречи не изменилось.", cast, name="ru_t.txt")
    assert speaker_of(out, "какие темы") == "orlen"
    assert speaker_of(out, "рынка после") is None


def test_a_surname_in_a_said_tag_before_the_full_name_is_that_persons(cast):
    said = speakers_as_written("Паром через Орлу пустят в мае.\n"
                               "«Причал почти готов», — сказал Жмых.\n"
                               "Ранее Павел Жмых обещал достроить причал к весне.", cast)
    assert said[1] == "Павел Жмых"   # the entity, as the text last wrote it


def test_a_surname_in_a_said_tag_is_not_a_later_full_name_of_the_other_gender(cast):
    said = speakers_as_written("Паром через Орлу пустят в мае.\n"
                               "«Причал почти готов», — сказал Жмых.\n"
                               "«Его дочь Ирина Жмых обещала помочь с ремонтом причала.»", cast)
    assert said[1] is None


def test_a_surname_before_the_full_name_outside_a_tag_is_still_no_one(cast):
    said = speakers_as_written("Жмых рыбачит на Орле каждое лето.\n"
                               "Ранее Павел Жмых обещал достроить причал к весне.", cast)
    assert said[0] is None


def test_a_title_no_one_named_before_is_the_person_whose_quotation_follows(cast):
    out = claims("Министр подчеркнул, что паромы через Орлу пойдут по графику.\n"
                 "«Мы закупили три новых судна», — подчеркнул Томас Варга.", cast, name="ru_t.txt")
    assert speaker_of(out, "пойдут по графику") == "varga"


def test_a_title_is_not_the_quoted_person_the_text_gave_another_office(cast):
    out = claims("Министр подчеркнул, что паромы через Орлу пойдут по графику.\n"
                 "«Мы закупили три новых судна», — сказал мэр Томас Варга.", cast, name="ru_t.txt")
    assert speaker_of(out, "пойдут по графику") is None


def test_a_title_is_not_the_person_of_a_plain_report_after_it(cast):
    out = claims("Министр подчеркнул, что паромы через Орлу пойдут по графику.\n"
                 "Причал достроят к весне, заявил Томас Варга.", cast, name="ru_t.txt")
    assert speaker_of(out, "пойдут по графику") is None


def test_a_russian_said_tag_after_an_english_quotation_names_the_speaker(cast):
    out = claims("Мира Орлен оценила идею нового сбора.\n"
                 "«Shade Tax Office», — сказала Орлен.", cast, name="ru_t.txt")
    assert speaker_of(out, "Shade Tax Office") == "orlen"


def test_an_english_sentence_quoting_russian_words_stays_english(cast):
    out = claims("Tomas Varga criticised the new levy.\n"
                 "The levy was dubbed «налог на тень», Varga said.", cast)
    assert speaker_of(out, "dubbed") == "varga"


def test_a_title_is_not_the_quoted_person_the_tag_describes_otherwise(cast):
    out = claims("Министр подчеркнул, что паромы через Орлу пойдут по графику.\n"
                 "«Нам страшно за детей», — подчеркнул Павел Жмых, житель Вельска.", cast, name="ru_t.txt")
    assert speaker_of(out, "пойдут по графику") is None


def test_a_russian_title_quoted_after_an_english_tag_leaves_the_tag_english(cast):
    # the tag opens at a closing straight mark: that mark and the next opening one enclose no quotation
    said = speakers_as_written('"We will stay", said Tomas Varga, the union leader. "The port is safe," he added, '
                               'citing a report titled "Безопасность порта".', cast, name="t.txt")
    assert said and all(who and "Varga" in who for who in said)


def test_a_pronoun_no_person_fits_is_the_body_whose_noun_has_its_gender(cast):
    out = claims("Тарвинская организация здравоохранения (ТОЗ) подвела итоги года.\n"
                 "«В 12 странах зарегистрировано 500 случаев», — отметила организация в бюллетене. Она констатировала, "
                 "что число случаев уже превысило показатели прошлого года.", cast, name="ru_t.txt")
    assert speaker_of(out, "число случаев уже превысило") not in (None, "orlen", "varga")


# A registry body whose English label has no gender and whose Russian name's head noun is feminine
TARVIN_HEALTH = Entity("tarvin-health", "Tarvin Health Organization", "Organization",
                       pref_labels=(("Tarvin Health Organization", "en"),
                                    ("Тарвинская организация здравоохранения", "ru")),
                       alt_labels=(("ТОЗ", "ru"), ("THO", "en")))


def test_a_pronoun_stands_for_a_registry_body_by_its_russian_names_gender_not_its_english_labels():
    from claimsgraph.link import Linker

    out = claims("Как сообщила Тарвинская организация здравоохранения (ТОЗ), число случаев выросло до 500.\n"
                 "Она констатировала, что число случаев уже превысило показатели прошлого года.",
                 Linker([*CAST, TARVIN_HEALTH]), name="ru_t.txt")
    assert speaker_of(out, "число случаев уже превысило") == "tarvin-health"


@pytest.mark.parametrize("tag", ["отметил синоптик", "резюмировал специалист", "добавил метеоролог"])
def test_a_forecaster_or_specialist_named_before_is_who_the_noun_stands_for(cast, tag):
    out = claims("Жара накроет Бореалию в выходные, заявил синоптик Томас Варга.\n\n"
                 f"В порту жара продержится до конца недели, {tag}.", cast, name="ru_t.txt")
    assert speaker_of(out, "продержится") == "varga"


def test_a_region_after_a_preposition_before_an_impersonal_forecast_is_where_not_who(cast):
    out = claims("Жара накроет Бореалию в выходные, заявил синоптик Томас Варга.\n\n"
                 "В Тарвинском крае ожидается жара до +35 градусов в выходные.", cast, name="ru_t.txt",
                 kinds=("statement", "quantity", "event"))
    assert len(out) >= 2 and all("tarvin" not in str(who) for _, who in out)


@pytest.mark.parametrize("text, words, who", [
    ("Мира Орлен установила рекорд Бореалии в беге.\nПосле финиша норвежка призналась, что не ждала такого "
     "времени.", "не ждала", "orlen"),
    ("Томас Варга выиграл гонку в Тарвинске.\nПосле финиша немец заявил, что трасса была тяжелой.", "трасса была",
     "varga"),
])
def test_a_person_named_by_the_people_she_is_of_is_the_one_named_before(cast, text, words, who):
    assert speaker_of(claims(text, cast, name="ru_t.txt"), words) == who


def test_an_english_pronoun_stands_for_no_body_whatever_its_russian_names_gender():
    from claimsgraph.link import Linker

    out = claims("The Tarvin Health Organization (THO) said cases rose to 500.\n"
                 "She noted that the number of cases had already passed last year's.", Linker([*CAST, TARVIN_HEALTH]))
    assert speaker_of(out, "number of cases had already") != "tarvin-health"


@pytest.mark.parametrize("circumstance", ["", " по итогам переговоров в Тарвинске", " на брифинге"])
def test_a_title_after_the_verb_past_a_circumstance_is_the_person_named_with_it_later(cast, circumstance):
    said = speakers_as_written(f"Паром через Орлу пустят в мае, сообщила{circumstance} министр транспорта Бореалии.\n\n"
                               "Причал почти готов, сообщила министр транспорта Бореалии Тарзане Олунд.", cast)
    assert said == ["Тарзане Олунд", "Тарзане Олунд"]


def test_a_title_of_a_preposition_after_the_verb_is_not_its_subject(cast):
    said = speakers_as_written("Паром через Орлу пустят в мае, сообщил о встрече с министром транспорта Бореалии "
                               "Иван Сомов.", cast)
    assert said == ["Иван Сомов"]
