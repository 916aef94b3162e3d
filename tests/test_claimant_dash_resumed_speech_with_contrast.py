"""Direct speech a dash takes up again after its tag («— A, — сказал X. — Но B. C.») is X's throughout: a sentence
opening with "but" there is the speaker's own turn, not the article turning against the report; after a report
with no dash it still is the article's."""
import pytest

from claimsgraph.link import Linker
from extracted import claims, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def test_but_inside_resumed_dash_speech_is_the_speakers(linker):
    text = ("Жители спрашивают, когда закончится ремонт моста в Велске.\n"
            "— Пока строители укладываются в график, — сказал начальник управления Иван Сомов. — Но свои поправки "
            "может внести погода: если пойдут дожди, работа затянется. Ждать осталось недолго.")
    out = claims(text, linker, name="ru_t.txt")
    somov = speaker_of(out, "укладываются")
    assert somov is not None and speaker_of(out, "поправки") == somov


def test_but_after_a_report_without_a_dash_stays_the_articles(linker):
    text = ("Начальник управления Иван Сомов сказал, что строители укладываются в график. "
            "Но жители Велска ждут моста уже второй год.")
    out = claims(text, linker, name="ru_t.txt")
    assert speaker_of(out, "жители") is None
