"""Russian frames that named the wrong speaker or none: a name after another verb than the verb of saying is that
verb's; a verb of saying after "что" tells what someone says, it says nothing itself; "Так X прокомментировал …"
names who said the sentence before; a platform glued to "-канал" is no speaker, the body whose channel it is
speaks, also when the statement is named without its issuer; and the dash tag that closes a paragraph of direct
speech is the tag of all of it, whoever it names (invented people, bodies and platforms)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import CAST, claims, claims_all, speaker_of

MABUKI = Entity("mabuki", "Jen Mabuki", "Person", pref_labels=(("Jen Mabuki", "en"), ("Джен Мабуки", "ru")),
                alt_labels=(("Mabuki", "en"), ("Мабуки", "ru")))
RESCUE = Entity("rescue", "Borealian Emergencies Ministry", "Organization",
                pref_labels=(("Borealian Emergencies Ministry", "en"), ("МЧС Бореалии", "ru")))
VELLGRAM = Entity("vellgram", "Vellgram", "Organization", pref_labels=(("Vellgram", "en"), ("Веллграм", "ru")))
KOBRA = Entity("kobra", "Kobra Foods", "Organization", pref_labels=(("Kobra Foods", "en"), ("Кобра Фудс", "ru")))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [MABUKI, RESCUE, VELLGRAM, KOBRA])


def test_a_name_after_another_verb_is_that_verbs_not_the_speakers(linker):
    out = claims("Суд признал жалобу обоснованной и обязал Мабуки вернуть залог.", linker)
    assert speaker_of(out, "обязал Мабуки") is None


def test_a_name_right_after_the_verb_of_saying_still_speaks(linker):
    out = claims("Паромы в Бореалии подорожают к маю, считает Мабуки.", linker)
    assert speaker_of(out, "подорожают") == "mabuki"


def test_a_verb_of_saying_after_that_tells_what_someone_says(linker):
    out = claims("Бореалии важно, чтобы соседи слышали, что говорит министр Томас Варга.", linker)
    assert speaker_of(out, "соседи слышали") is None


@pytest.mark.parametrize("verb", ["прокомментировал", "объяснил"])
def test_so_commented_names_who_said_the_sentence_before(linker, verb):
    out = claims("Бореалия не станет закрывать границу для паромов. "
                 f"Так министр Томас Варга {verb} слухи о новых пошлинах.", linker)
    assert speaker_of(out, "не станет закрывать") == "varga"


def test_so_answered_after_an_outlets_opening_names_who_said_the_paragraph_before(linker):
    """«Как сообщает Веллграм, так ответила X»: the outlet passes the answer on; X said what came before."""
    out = claims("Паромы между Бореалией и Тарнией ходят по расписанию.\n\nКак сообщает Веллграм, так ответила "
                 "на брифинге Джен Мабуки журналисту.", linker)
    assert speaker_of(out, "ходят по расписанию") == "mabuki"


def test_so_holds_names_who_said_the_sentence_before(linker):
    out = claims("Пошлины на зерно в Бореалии вырастут к осени. Так считает министр Томас Варга.", linker)
    assert speaker_of(out, "Пошлины на зерно") == "varga"


@pytest.mark.parametrize("then", ["Так, пошлины на зерно выросли втрое.",
                                  "Так как министр Томас Варга считает пошлины высокими, порт закрыт."])
def test_so_joining_a_clause_points_back_to_nothing(linker, then):
    out = claims(f"Бореалия не станет закрывать границу для паромов. {then}", linker)
    assert speaker_of(out, "не станет закрывать") is None


def test_a_platform_glued_to_channel_is_no_speaker_the_body_described_after_it_is(linker):
    out = claims_all("Спасатели МЧС Бореалии вывели из шахты девять горняков. "
                     "Об этом говорится в Веллграм-канале чрезвычайного ведомства.", linker)
    assert speaker_of(out, "девять горняков") == "rescue"


def test_a_statement_named_without_its_issuer_is_the_body_the_quotation_names(linker):
    out = claims_all("МЧС Бореалии сообщило об аварии в шахте.\n\n"
                     "Снимок из Веллграм — канала\n\n"
                     "«Под землёй оставались 12 горняков. Спасатели МЧС Бореалии вывели девять горняков», "
                     "— говорится в сообщении.", linker)
    assert speaker_of(out, "12 горняков") == "rescue"


def test_a_dash_tag_closing_a_paragraph_of_direct_speech_names_its_speaker(linker):
    out = claims("- Склад в порту уже закрыт. Партии зерна задержаны до среды, - сообщает Кобра Фудс.", linker)
    assert speaker_of(out, "Склад в порту") == "kobra"


def test_a_relay_closing_a_paragraph_of_narration_covers_only_its_sentence(linker):
    out = claims("Склад в порту уже закрыт. Партии зерна задержаны до среды, сообщает Кобра Фудс.", linker)
    assert speaker_of(out, "Склад в порту") is None


def test_a_negated_impersonal_verb_of_saying_is_the_articles_not_the_readouts(linker):
    out = claims("Паромное сообщение с островом прервано из-за шторма, сообщает Кобра Фудс.\n\n"
                 "Сроки возобновления рейсов пока не уточняются.\n\n"
                 "Отмечается, что склады в порту закрыты.", linker)
    assert speaker_of(out, "Сроки возобновления") is None
    assert speaker_of(out, "склады в порту") == "kobra"


def test_a_reference_that_is_the_subject_of_what_a_tag_closes_is_a_claim(linker):
    out = claims("Министр Томас Варга пообещал выступить с заявлением в пятницу. "
                 "Это заявление будет коротким, добавил господин Варга.", linker)
    assert speaker_of(out, "будет коротким") == "varga"


def test_a_reference_with_an_aside_before_its_verb_still_only_names_the_speaker(linker):
    out = claims("Пошлины на зерно в Бореалии вырастут к осени.\n\n"
                 "Об этом, в частности, заявил Томас Варга, выступая перед фермерами.", linker)
    assert speaker_of(out, "Пошлины на зерно") == "varga"
    assert not [text for text, _ in out if "в частности" in text]


def test_a_pronominal_subject_before_a_verb_of_saying_is_no_dropped_subject(linker):
    """«один из журналистов предположил»: a subject in the nominative that is a pronominal adjective, not a
    circumstance before a verb whose subject was dropped; the man who spoke before is not its speaker."""
    out = claims("Ранее Томас Варга сообщал о переносе рейсов. Агентство писало, что один из местных журналистов "
                 "предположил, что паром мог сесть на мель.", linker)
    assert speaker_of(out, "паром мог сесть") != "varga"
