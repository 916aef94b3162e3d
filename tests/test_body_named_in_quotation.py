"""A body's kind ("в министерстве") means the one body of that kind the text named, even if it named it only inside a
quotation; with two such bodies quoted, neither."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import speakers

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


def test_the_one_ministry_a_quotation_named(linker):
    text = ("Сведения о закрытии приемных в Заречье оказались ложными.\n"
            "В сообщении говорится: «Минтранс Бореалии сообщает, что приказ о закрытии поддельный».\n"
            "В министерстве отметили, что новости публикуются только на сайте ведомства.")
    assert speakers(text, linker, "ru_t.txt")[-1] == "mintrans"


def test_two_ministries_quoted_are_neither(linker):
    text = ("Сведения о закрытии приемных в Заречье оказались ложными.\n"
            "В сообщении говорится: «Минтранс Бореалии и Минфин Бореалии сообщают, что приказ поддельный».\n"
            "В министерстве отметили, что новости публикуются только на сайте ведомства.")
    assert speakers(text, linker, "ru_t.txt")[-1] is None
