"""A reporter's title that no one in the text holds ("Журналист попросил …") is the press asking, not the person
who spoke last: the question is nobody's claim, and the answer stays its speaker's."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

PRESS_WRITER = Entity("sedova", "Lina Sedova", "Person", pref_labels=(("Lina Sedova", "en"), ("Лина Седова", "ru")),
                      alt_labels=(("Седова", "ru"),))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [PRESS_WRITER])


def test_a_reporter_no_one_was_titled_is_not_the_last_speaker(cast_linker):
    out = claims('Томас Варга выступил на пресс-конференции. "Порт закроют весной", - сказал он.\n'
                 'Журналист попросил охарактеризовать решение одним словом. "Вы это не напечатаете", - ответил Варга.',
                 cast_linker)
    assert speaker_of(out, "попросил охарактеризовать") is None
    assert speaker_of(out, "не напечатаете") == "varga"


def test_a_reporter_the_text_named_is_still_that_person(cast_linker):
    out = claims("Журналист Лина Седова побывала в порту в понедельник.\n"
                 "Томас Варга заявил, что порт закроют весной.\n"
                 "Журналист заявила, что причалы уже пустуют.", cast_linker)
    assert speaker_of(out, "причалы уже пустуют") == "sedova"
