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
