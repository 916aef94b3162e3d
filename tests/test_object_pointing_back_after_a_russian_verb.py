"""«Она сказала об этом на форуме …»: a verb of saying whose object right after it points back names who said the
paragraph before and the occasion, as «Об этом он сказал …» does; the sentence is the article's account of the
occasion. A colon after it announces the words instead («сказал об этом журналистам: «…»»)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

ZORIN = Entity("zorin", "Pavel Zorin", "Person", pref_labels=(("Павел Зорин", "ru"),))
BEFORE = "Руритания может выйти из торгового союза, если это понадобится.\n\n"


@pytest.fixture(scope="module")
def linker():
    return Linker([ZORIN])


def test_the_paragraph_before_is_the_speakers_and_the_occasion_the_articles(linker):
    found = claims(BEFORE + "Министр Павел Зорин сказал об этом на форуме в Орвеле перед послами.", linker,
                   name="ru_t.txt")
    assert speaker_of(found, "Руритания может") == "zorin"
    assert speaker_of(found, "на форуме") is None


def test_a_colon_announces_the_words(linker):
    found = claims("Министр Павел Зорин сказал об этом журналистам: «Мы выйдем из союза».", linker, name="ru_t.txt")
    assert speaker_of(found, "выйдем") == "zorin"
