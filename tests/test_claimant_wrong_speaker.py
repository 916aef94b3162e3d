"""A claim given someone other than who made it, or given a speaker when the article tells it in its own voice: a
title written short before the name that tags a quotation ("…," Rep. X said) hid that name from the quotation,
which went on with the last speaker; a verb of saying in the question someone asks ("X asked residents what they
think") and, read without a parse, one in a clause telling when something else happened ("Спор начался, когда X
обвинил Y …") had their subject speak the sentence."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

BELTSOV = Entity("beltsov", "Yaroslav Beltsov", "Person",
                 pref_labels=(("Yaroslav Beltsov", "en"), ("Ярослав Бельцов", "ru")), alt_labels=(("Бельцов", "ru"),))
NORDTV = Entity("nordtv", "NordTV", "Organization", pref_labels=(("NordTV", "en"), ("NordTV", "ru")))
DOCKERS = Entity("dockers", "Vell Dockers Union", "Organization", pref_labels=(("Vell Dockers Union", "en"),))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [DOCKERS, BELTSOV, NORDTV])


@pytest.mark.parametrize("title", ["Rep.", "Sen.", "Gov."])
def test_a_title_written_short_before_the_tag_of_a_quotation_leaves_its_name_the_speaker(cast_linker, title):
    out = claims(f'"The levy is a fraud. Nobody asked us," {title} Mira Orlen said.\n'
                 f'"The mayor misled the harbour board, he never called me," {title} Tomas Varga wrote online.',
                 cast_linker)
    assert speaker_of(out, "Nobody asked us") == "orlen"
    assert speaker_of(out, "never called me") == "varga"


@pytest.mark.parametrize("text", [
    "Tomas Varga asked some dockworkers what they think of the levy.",
    "Tomas Varga asked the harbour clerks whether they believed the ferry would run.",
])
def test_a_verb_of_saying_in_a_question_someone_asks_has_no_speaker(cast_linker, text):
    out = claims("The Vell Dockers Union said the harbour levy would cost its members dearly.\n" + text, cast_linker)
    assert speaker_of(out, "asked") is None


def test_the_verb_of_asking_itself_still_frames_what_is_reported(cast_linker):
    out = claims("Asked about the levy, Tomas Varga said the harbour would close in June.", cast_linker)
    assert speaker_of(out, "harbour would close") == "varga"


@pytest.mark.parametrize("text", [
    "Спор в порту начался, когда Томас Варга обвинил Миру Орлен в сокрытии отчёта.",
    "Переговоры прервались после того, как Томас Варга заявил о новых пошлинах.",
])
def test_a_russian_verb_of_saying_in_a_clause_of_when_frames_nothing(cast_linker, text):
    out = claims(text, cast_linker)
    assert out and all(who is None for _, who in out)


def test_a_russian_verb_of_saying_after_such_a_clause_still_frames_its_sentence(cast_linker):
    out = claims("Когда в порту закончилась проверка, Томас Варга заявил, что пошлины вырастут.", cast_linker)
    assert speaker_of(out, "пошлины вырастут") == "varga"


def test_a_countrys_title_with_words_before_it_is_the_person_named_with_that_title_later(cast_linker):
    out = claims("Borealia's foreign minister said the nation is not weighing any contact with the harbour board.\n"
                 "The talks were to be held on Monday.\n"
                 "Foreign Minister Tomas Varga said on Tuesday that the blame lies with the board.", cast_linker)
    assert speaker_of(out, "not weighing any contact") == "varga"


def test_a_mans_name_in_the_genitive_is_no_subject_of_the_verb_after_it(cast_linker):
    out = claims("Вчера газеты писали, что портовикам звонили якобы от лица секретаря думы Ярослава Бельцова и "
                 "попросили отложить забастовку.", cast_linker)
    assert speaker_of(out, "отложить забастовку") is None


def test_a_russian_description_in_the_dative_is_no_subject_of_the_verb_after_it(cast_linker):
    out = claims("Томас Варга возглавляет портовое управление Бореалии.\n"
                 "Говорят, что чиновнику звонили из столицы и попросили уйти в отставку.", cast_linker)
    assert speaker_of(out, "уйти в отставку") is None


@pytest.mark.parametrize("medium", ["в эфире", "в интервью"])
def test_an_outlet_named_in_its_quotation_marks_after_a_medium_is_told_not_the_speaker(cast_linker, medium):
    out = claims(f"Порт Бореалии закроют на ремонт в мае.\nОб этом {medium} «NordTV» заявил Томас Варга.", cast_linker)
    assert speaker_of(out, "Порт Бореалии") == "varga"


def test_the_body_in_which_people_spoke_still_speaks_though_not_in_the_nominative(cast_linker):
    out = claims("Министерство портов Бореалии провело проверку причалов.\n"
                 "В ведомстве уточнили, что ремонт закончится в мае.", cast_linker)
    assert speaker_of(out, "ремонт закончится") is not None


def test_a_mans_name_in_the_genitive_right_after_a_verb_of_quoting_is_the_one_quoted(cast_linker):
    out = claims("Ярослав Бельцов осмотрел причалы в среду.\n"
                 "«Ремонт закончим к маю», — цитирует Бельцова NordTV.", cast_linker)
    assert speaker_of(out, "Ремонт закончим") == "beltsov"


def test_a_body_in_its_quotation_marks_after_a_capitalised_adverb_still_speaks(cast_linker):
    out = claims("Порт Бореалии работает в обычном режиме.\n"
                 "Ранее «NordTV» информировал о том, что порт закроют на ремонт в мае.", cast_linker)
    assert speaker_of(out, "закроют на ремонт") == "nordtv"


def test_the_outlet_a_russian_quotation_is_cited_from_in_brackets_is_no_speaker(cast_linker):
    text = ("Томас Варга заявил, что Бореалия не причастна к пожару на складе.\n\n"
            "«К складу мы отношения не имеем», — сказал он (цитата по «NordTV»).")
    assert speaker_of(claims(text, cast_linker), "отношения не имеем") == "varga"
