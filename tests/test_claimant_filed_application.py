"""Writing an application one files («написала заявление об уходе», «написал рапорт на отпуск») is an act, not words
reported: the one who wrote it claims nothing, and an unnamed source that tells of it leaves the sentence to no one
named."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("sentence", [
    "Собеседник в мэрии сообщил, что Мира Орлен написала заявление об отставке.",
    "Томас Варга написал рапорт на отпуск.",
])
def test_writing_an_application_reports_no_words(cast_linker, sentence):
    out = claims("Порт Бореалии закрыли на ремонт.\n\n" + sentence, cast_linker)
    assert speaker_of(out, sentence[-12:]) is None


def test_writing_what_one_says_still_reports_words(cast_linker):
    out = claims("Порт Бореалии закрыли на ремонт.\n\nМира Орлен написала в соцсети, что паромы пойдут в мае.",
                 cast_linker)
    assert speaker_of(out, "паромы пойдут") == "orlen"
