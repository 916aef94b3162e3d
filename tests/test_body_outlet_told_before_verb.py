"""An outlet named right before a plural verb of saying that "в <body>" follows ("Об этом NordNews сообщили в
оперативных службах") was told, not the speaker: the body it was told in speaks, and "компания" after it still
means the company the text named, not the outlet."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("nordwire", "Nordwire", "Organization", pref_labels=(("Нордвайр", "ru"),),
           alt_labels=(("агентство Нордвайр", "ru"),)),
    Entity("vektor", "Vektor", "Organization", pref_labels=(("«Вектор»", "ru"),),
           alt_labels=(("компания «Вектор»", "ru"), ("компании «Вектор»", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker):
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("told", ["Нордвайр", "агентству Нордвайр"])
def test_an_outlet_before_a_plural_verb_was_told(linker, told):
    text = (f"В Заречье на складе компании «Вектор» идут проверки. Об этом {told} сообщили в местных службах.\n\n"
            "Компания сообщила, что склад работает как обычно.")
    assert claimants(text, linker) == [None, "vektor"]


def test_an_outlet_before_a_singular_verb_speaks(linker):
    text = "В Заречье на складе компании «Вектор» идут проверки. Об этом сообщил Нордвайр."
    assert claimants(text, linker) == ["nordwire"]
