"""«Главный тренер «Вельска» Пётр Ланин: «Мы …»: a sentence that names a person after a title, then a colon, and
opens a quotation is the quotation's first words; where the title made the label longer than the quoted words up to
the first stop, the sentence was read as the article's (or went on with the speaker before)."""
import pytest

from claimsgraph.link import Linker
from extracted import claims, speaker_of


@pytest.fixture(scope="module")
def no_registry():
    return Linker([])


@pytest.mark.parametrize("title", ["Главный тренер «Вельска»", 'Главный тренер "Вельска"', "Тренер гостей"])
def test_the_first_quoted_sentence_after_a_titled_name_and_colon_is_that_persons(no_registry, title):
    out = claims("Вчера в лиге прошли два матча.\n\n"
                 "Главный тренер «Тарна» Иван Сомов: «Мы долго искали ключ к чужой обороне. Я доволен атакой».\n\n"
                 f"{title} Пётр Ланин: «Мы уступили. Для нас это тяжёлый вечер».", no_registry, name="ru_t.txt")
    assert speaker_of(out, "Мы уступили") == speaker_of(out, "тяжёлый вечер") != speaker_of(out, "ключ к чужой")
    assert speaker_of(out, "ключ к чужой") == speaker_of(out, "доволен атакой") is not None


@pytest.mark.parametrize("label", ["Открытое письмо учителей Петру Ланину", "Обращение учителей к Петру Ланину"])
def test_a_name_addressed_before_the_colon_is_no_speaker(no_registry, label):
    out = claims("В Вельске закрывают школу на Речной улице.\n\n"
                 f"{label}: «Мы просим вас не закрывать школу на Речной улице. Дети не смогут ходить в другую школу».",
                 no_registry, name="ru_t.txt")
    assert speaker_of(out, "Мы просим") is None


def test_an_english_name_after_a_preposition_before_the_colon_is_no_speaker(no_registry):
    out = claims("Velsk will close the school on River Street.\n\n"
                 "Letter to Tomas Varga: “We ask you not to close the school on River Street. The children cannot walk "
                 "to another school.”", no_registry)
    assert speaker_of(out, "We ask you") is None
