"""A body's kind ("в министерстве") means the one body of that kind the text named, even if it named it only inside a
quotation; with two such bodies quoted, neither."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("mintrans", "Ministry of Transport of Borealia", "Organization",
           pref_labels=(("Министерство транспорта Бореалии", "ru"),),
           alt_labels=(("Минтранс Бореалии", "ru"),)),
    Entity("minfin", "Ministry of Finance of Borealia", "Organization",
           pref_labels=(("Министерство финансов Бореалии", "ru"),),
           alt_labels=(("Минфин Бореалии", "ru"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker):
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"]


def test_the_one_ministry_a_quotation_named(linker):
    text = ("Сведения о закрытии приемных в Заречье оказались ложными.\n"
            "В сообщении говорится: «Минтранс Бореалии сообщает, что приказ о закрытии поддельный».\n"
            "В министерстве отметили, что новости публикуются только на сайте ведомства.")
    assert claimants(text, linker)[-1] == "mintrans"


def test_two_ministries_quoted_are_neither(linker):
    text = ("Сведения о закрытии приемных в Заречье оказались ложными.\n"
            "В сообщении говорится: «Минтранс Бореалии и Минфин Бореалии сообщают, что приказ поддельный».\n"
            "В министерстве отметили, что новости публикуются только на сайте ведомства.")
    assert claimants(text, linker)[-1] is None
