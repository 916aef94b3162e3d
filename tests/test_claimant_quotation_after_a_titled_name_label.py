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
