"""The speaker a dash's said-tag names after a quotation, not the one who spoke before it: an aside set off by
commas between the tag's verb and the name ("— пояснила, кроме того, X", "заявила в среду, 12 марта, X") hid the
name, and with a long title it pushed the name past the words read; a name the text first wrote in the genitive,
whose gender was guessed from that form, or a foreign name the dictionary does not decline, did not read as the
verb's subject."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("aside", ["в частности", "в свою очередь", "кроме того"])
def test_an_aside_inside_the_tag_leaves_its_name_the_speaker(cast_linker, aside):
    out = claims("Томас Варга заявил, что паромы в Бореалии подорожают.\n"
                 "«Порт закрыт для паромов с понедельника. Билеты подорожают к маю», "
                 f"— пояснила корреспондентам, {aside}, "
                 "Мира Орлен.", cast_linker)
    assert speaker_of(out, "Порт закрыт") == "orlen"
    assert speaker_of(out, "Билеты подорожают") == "orlen"


@pytest.mark.parametrize("date", ["12 марта", "12 марта 2024 года"])
def test_the_days_date_after_a_weekday_inside_the_tag_leaves_its_name_the_speaker(cast_linker, date):
    out = claims(f"Паромы в Бореалии подорожают к маю, заявила в среду, {date}, глава ведомства Мира Орлен.",
                 cast_linker)
    assert speaker_of(out, "Паромы в Бореалии") == "orlen"


def test_an_aside_and_a_long_title_before_the_name_leave_the_name_the_speaker(cast_linker):
    out = claims("Томас Варга заявил, что паромы в Бореалии подорожают.\n"
                 "«Порт закрыт для паромов с понедельника», — пояснила корреспондентам, в свою очередь, старший "
                 "инспектор портового надзора Мира Орлен.", cast_linker)
    assert speaker_of(out, "Порт закрыт") == "orlen"


@pytest.mark.parametrize("tag", ["— сказала", "- сказала"])
def test_a_surname_first_written_in_the_genitive_is_the_subject_of_a_tag_whose_verb_agrees(cast_linker, tag):
    out = claims("Томас Варга прокомментировал решение министра Лидии Дубковой о закрытии верфи. "
                 f"«Верфь закроют весной, рабочих переведут в доки», {tag} Дубкова.", cast_linker)
    speaker = speaker_of(out, "Верфь закроют")
    assert speaker is not None and "dubkov" in speaker


def test_a_name_the_dictionary_does_not_decline_is_the_subject_of_a_tag_whose_verb_agrees(cast_linker):
    out = claims("Томас Варга прокомментировал заявление пресс-секретаря управления Джен Мабуки насчет пошлин. "
                 '"У нас есть сведения, что пошлины вырастут к осени", - сказала Мабуки.', cast_linker)
    speaker = speaker_of(out, "пошлины вырастут")
    assert speaker is not None and "mabuk" in speaker


def test_a_name_in_an_oblique_case_after_the_tag_is_still_not_its_subject(cast_linker):
    out = claims("«Пошлины вырастут к осени», — сказала Томасу Варге Мира Орлен.", cast_linker)
    assert speaker_of(out, "Пошлины вырастут") == "orlen"
