"""Event or statement (extract/kinds.py): acts of custody and gunfire, sources that confirm, views and spans that
are no happening, and Russian talks, harm and arrests told by other words; invented sentences only."""
import pytest

from claimsgraph.extract.kinds import claim_kind


def own_voice(sentence: str, lang: str = "en") -> str:
    return claim_kind(sentence, lang, None, "own_voice")


@pytest.mark.parametrize("sentence", [
    "Deputies then took the driver into custody.",
    "Near the pier, a guard discharged his rifle at the van.",
    "The gunman barricaded himself inside a barn outside Orlov.",
])
def test_custody_and_gunfire_without_a_time_are_events(sentence):
    assert own_voice(sentence) == "event"


def test_being_in_custody_is_a_statement():
    assert own_voice("The driver remains in custody in Orlov.") == "statement"


def test_a_source_that_confirms_after_an_act_relays_an_event():
    sentence = "Two smugglers were detained near the Orlov dam, the border agency confirmed."
    assert claim_kind(sentence, "en", "border-agency", "verb_right") == "event"


def test_a_view_with_its_content_is_a_statement_though_it_names_a_happening():
    assert own_voice("At the talks, both envoys shared the view that the troop deployment poses a risk.") \
        == "statement"
    assert own_voice("The envoys exchanged views on the border talks in Orlov on Monday.") == "event"


def test_what_a_happening_marked_since_a_past_act_is_a_statement():
    assert own_voice("It marked the first meeting of the two envoys since Varga took office last month.") \
        == "statement"


@pytest.mark.parametrize("sentence", [
    "Сначала министры Варга и Келлер беседовали один на один.",
    "Беседа министров проходила в резиденции посла.",
    "Вопросы энергетики были подробно обсуждены на форуме в Орлове.",
    "В заседании также принимали участие советник Томас Бранн и посол Ирена Келлер.",
    "Один из охранников был госпитализирован, второй скончался.",
    "Армия Борелии нанесла ракетный удар по окраине Орлова.",
    "Патруль приехал на вызов к складу на окраине Орлова.",
])
def test_russian_talks_harm_strikes_and_arrivals_told_by_other_words_are_events(sentence):
    assert own_voice(sentence, "ru") == "event"


@pytest.mark.parametrize("sentence", [
    "Водитель фуры, подозреваемый в контрабанде, доставлен в отдел полиции Орлова.",
    "Возможный поджигатель склада задержан в соседнем районе.",
])
def test_a_russian_short_participle_of_happening_alone_is_an_event(sentence):
    assert own_voice(sentence, "ru") == "event"


@pytest.mark.parametrize("sentence", [
    "Участники форума намерены продолжить работу.",
    "Рабочие места на заводе сохранены.",
    "Договор о поставках так и не подписан.",
])
def test_a_russian_short_participle_of_no_happening_is_a_statement(sentence):
    assert own_voice(sentence, "ru") == "statement"


@pytest.mark.parametrize("sentence", [
    "Заметив патруль, угонщик бросился в бегство.",
    "Грабителю удалось напасть на кассира склада.",
    "Один из хулиганов распылил перцовый газ в лицо охраннику.",
])
def test_russian_assaults_and_flights_without_a_time_are_events(sentence):
    assert own_voice(sentence, "ru") == "event"


def test_a_russian_assault_only_feared_is_a_statement():
    assert own_voice("Аналитики опасаются, что хакеры могут напасть на сети банков.", "ru") == "statement"


def test_a_russian_talk_that_frames_words_is_still_a_statement():
    assert own_voice("В беседе с журналистами министр Варга отметил, что цены на зерно вырастут.", "ru") == "statement"


def test_russian_details_that_became_known_are_news_not_a_happening():
    assert own_voice("Стали известны подробности задержания в Орлове двух контрабандистов.", "ru") == "statement"
