"""The newsroom's own first person ("в нашем интервью", "told our correspondent") in a line of the article was taken
for a speaker's "our": the line went to the person the headline quotes. Invented names and sentences."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


def test_our_interview_in_a_russian_lead_stays_the_articles(linker):
    text = ("Томас Варга: «Паромы выйдут в море к июню. Экипажи уже наняты»\n"
            "О паромах и пошлинах, о причалах и «новых правилах». О том, чего не хватает порту — в нашем большом "
            "интервью\n"
            "О паромах и пошлинах мы поговорили с главой порта Томасом Варгой.")
    out = claims(text, linker)
    lead = [who for quote, who in out if "интервью" in quote]
    assert lead == [None]


def test_our_interview_in_an_english_lead_stays_the_articles(linker):
    text = ("Tomas Varga: \"The ferries will sail by June. The crews are hired\"\n\n"
            "On ferries and duties, on the piers and the \"new rules\". What the port lacks, in our long interview\n\n"
            "We spoke to the port chief Tomas Varga about the ferries.")
    out = claims(text, linker)
    line = [who for quote, who in out if "lacks" in quote]
    assert line == [None]


def test_a_speakers_own_first_person_beside_it_is_still_theirs(linker):
    text = ("Томас Варга: «Паромы выйдут в море к июню»\n"
            "Глава порта Томас Варга ответил на вопросы о причалах.\n"
            "— Мы уже наняли новые экипажи, об этом я говорил в нашем интервью зимой.")
    out = claims(text, linker)
    assert any(who == "varga" for quote, who in out if "экипажи" in quote)
