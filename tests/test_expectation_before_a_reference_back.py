"""A forecast no one is said to hold ("… is expected", «ожидается …») is taken in by the sentence after it that
names who said it ("This was stated by X", «Об этом предупредил X»); forecasters the text does not name
(«синоптики ожидают») speak for themselves, and the reference back does not reach past them."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

ZORIN = Entity("zorin", "Pavel Zorin", "Person", pref_labels=(("Pavel Zorin", "en"), ("Павел Зорин", "ru")))


@pytest.fixture(scope="module")
def linker():
    return Linker([ZORIN])


def test_russian_expectation_is_the_speaker_named_after_it(linker):
    text = ("В северных районах Лесного края в конце недели ожидается сильный ветер с порывами. Об этом "
            "предупредил научный руководитель метеослужбы края Павел Зорин.")
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "В северных районах") == "zorin"


def test_english_expectation_is_the_speaker_named_after_it(linker):
    text = ("Strong gusts are expected in the northern districts of Lakeland at the weekend. This was stated by "
            "Pavel Zorin, the head of the regional weather service.")
    assert speaker_of(claims(text, linker), "Strong gusts") == "zorin"


def test_unnamed_forecasters_keep_their_forecast(linker):
    text = ("В северных районах Лесного края синоптики ожидают сильный ветер с порывами. Об этом "
            "предупредил научный руководитель метеослужбы края Павел Зорин.")
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "В северных районах") is None
