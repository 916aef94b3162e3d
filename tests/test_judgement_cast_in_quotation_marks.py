"""A verb of judging with its object cast as something in the instrumental reports the speaker's judgement, also
where the judgement is quoted («посчитал эти слова «пустыми обещаниями»»); «посчитал нужным», «посчитал голоса» report
nothing."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

ZORIN = Entity("zorin", "Pavel Zorin", "Person", pref_labels=(("Павел Зорин", "ru"),))


@pytest.fixture(scope="module")
def linker():
    return Linker([ZORIN])


@pytest.mark.parametrize("judged", ["посчитал эти слова «пустыми обещаниями»", "назвал эти слова «пустыми обещаниями»",
                                    "посчитал эти слова пустыми обещаниями"])
def test_a_judgement_is_the_speakers(linker, judged):
    text = f"Министр Павел Зорин {judged}."
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Министр") == "zorin"


@pytest.mark.parametrize("act", ["посчитал нужным встретиться с жителями",
                                 "посчитал голоса избирателей вместе с комиссией"])
def test_no_judgement_is_no_ones(linker, act):
    text = f"Министр Павел Зорин {act}."
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Министр") is None
