"""A dash-led line after a report («- Ранее разведка Руритании сообщила, что …») whose own verb of saying reports a
clause, with no first person in it, is the article's report set out as a list item, not the words of the one
reported before; a dash-led line of speech in the first person still goes on with that report."""
import pytest

from claimsgraph.link import Linker
from extracted import claims


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def test_a_dashed_report_of_its_own_is_not_the_speaker_before(linker):
    text = ("Министр обороны Эстерии Иван Сомов заявил, что армия готова к учениям.\n"
            "Сомов отметил, что работа на севере ведется активно.\n"
            "- Ранее разведка Руритании сообщила, что армия Эстерии стягивает войска к границе.")
    out = claims(text, linker, name="ru_t.txt")
    speaker = out[0][1]
    reported = [who for words, who in out if "разведка" in words]
    assert len(reported) == 1 and reported[0] != speaker   # the body named in the line, or no one: never Сомов


def test_dashed_speech_in_the_first_person_still_goes_on(linker):
    text = ("Министр обороны Руритании Иван Петрович Сомов заявил, что армия готова к учениям.\n"
            "— Мы сообщили соседям, что учения пройдут на севере.")
    out = claims(text, linker, name="ru_t.txt")
    assert out[-1][1] is not None and out[-1][1] == out[0][1]
