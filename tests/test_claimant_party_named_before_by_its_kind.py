"""Russian: a party named before and then only by its kind («представитель партии», «в партии заявили») speaks,
as a company or a ministry so named does (invented party and outlet)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import speakers

ENTITIES = [
    Entity("velna", "Velna Party", "Organization", pref_labels=(("партия «Вельна»", "ru"),),
           alt_labels=(("Партия «Вельна»", "ru"), ("партии «Вельна»", "ru"))),
    Entity("nordwire", "Nordwire", "Organization", pref_labels=(("Нордвайр", "ru"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("after", ["Представитель партии заявил, что кандидат уже выбран.",
                                   "В партии заявили, что кандидат уже выбран.",
                                   "Кандидат уже выбран, сообщил Нордвайр представитель партии."])
def test_the_party_named_before_speaks(linker, after):
    text = f"Партия «Вельна» выдвинет своего кандидата на выборах мэра Заречья. {after}"
    assert speakers(text, linker, "ru_t.txt")[-1] == "velna"


@pytest.mark.parametrize("after", ["Партия заявила, что кандидат уже выбран.",
                                   "Позже партия сообщила, что кандидат уже выбран."])
def test_the_party_saying_speaks(linker, after):
    text = f"Партия «Вельна» выдвинет своего кандидата на выборах мэра Заречья. {after}"
    assert speakers(text, linker, "ru_t.txt")[-1] == "velna"


@pytest.mark.parametrize("after", ["Партия зерна задержана в порту Заречья, сообщили журналистам.",
                                   "Партия лекарств прибыла в Заречье, сообщили в порту.",
                                   "Партия набрала 12% голосов, сообщили в избиркоме Заречья."])
def test_a_shipment_or_what_was_reported_is_not_the_party(linker, after):
    """«Партия зерна»: a shipment; «Партия набрала…, сообщили в X»: the party is what was reported, X speaks."""
    text = f"Партия «Вельна» проиграла выборы мэра Заречья. {after}"
    assert "velna" not in speakers(text, linker, "ru_t.txt")
