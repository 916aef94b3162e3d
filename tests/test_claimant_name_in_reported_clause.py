"""A quotation inside what someone unnamed reports ("Источник сообщил, что сейчас X «…»") is not the words of the
person the reported clause is about: a name after "что" is in what was said, not the subject of a sentence that
tells who gave a speech."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("teller", ["Источник сообщил", "Собеседник рассказал", "Очевидцы уверяют"])
def test_a_name_in_the_reported_clause_is_no_speaker(cast_linker, teller):
    out = claims(f"Капитан Томас Варга задержан в порту. {teller}, что Варга «отказывается от еды и "
                 "требует консула».", cast_linker)
    assert speaker_of(out, "требует консула") != "varga"


def test_the_subject_of_a_speech_still_speaks_the_quotation_after_it(cast_linker):
    out = claims("Мира Орлен выступила перед рыбаками. «Квоты на треску сохранятся».", cast_linker)
    assert speaker_of(out, "Квоты на треску") == "orlen"


@pytest.mark.parametrize("opener, quotation", [
    ("После игры журналистам отвечал помощник тренера Мира Орлен.",
     "«Две ошибки решили исход матча. Мы не сумели перестроиться»."),
    ("После матча с журналистами пообщалась второй тренер Мира Орлен.",
     "«Две ошибки решили исход матча. Мы не сумели перестроиться»."),
    ("Instead, assistant coach Mira Orlen answered questions from reporters.",
     "“Two mistakes decided the match. We could not adjust.”"),
    ("Assistant coach Mira Orlen spoke to reporters after the match.",
     "“Two mistakes decided the match. We could not adjust.”"),
])
def test_whoever_the_sentence_before_says_talked_to_the_press_speaks_the_quotation(cast_linker, opener, quotation):
    lead = "Томас Варга не пришел на игру." if opener[0] in "ВП" else "Tomas Varga missed the game."
    out = claims(f"{lead} {opener} {quotation}", cast_linker)
    assert speaker_of(out, "сумели" if "«" in quotation else "could not adjust") == "orlen"
