"""A quotation tagged only by a role goes to the person the text gave that role, also when the tag calls the role by
another word for it ("coach" … "the manager said", «глава» … «— сказал руководитель»; «тренер» … «наставник» already
did), not to the last speaker."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [KELL])


def test_an_english_tag_by_another_word_for_a_coach(cast_linker):
    out = claims("Borealia coach Tomas Varga was pleased with the draw. Visiting striker Arno Kell said his side "
                 "was tired after the flight. \"We lacked pace at the back,\" the manager said.", cast_linker)
    assert speaker_of(out, "lacked pace") == "varga"


def test_a_russian_tag_by_another_word_for_a_coach(cast_linker):
    out = claims("Главный тренер сборной Бореалии Томас Варга остался доволен ничьей. Нападающий гостей Арно Келл "
                 "заявил, что его команда устала после перелёта. «Нам не хватило скорости в обороне», — сказал "
                 "наставник.", cast_linker)
    assert speaker_of(out, "скорости в обороне") == "varga"


# (not "руководитель службы": a head with a complement of its own is found by titles, «руководителя края» the
# region's governor)
@pytest.mark.parametrize("tag", ["руководитель"])
def test_a_russian_tag_by_another_word_for_a_head(cast_linker, tag):
    out = claims("Глава портовой службы Томас Варга осмотрел причалы. Инспектор Арно Келл заявил, что ремонт "
                 f"затянется. «Причалы откроют к маю», — сказал {tag}.", cast_linker)
    assert speaker_of(out, "откроют к маю") == "varga"
