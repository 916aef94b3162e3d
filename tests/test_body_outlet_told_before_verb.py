"""An outlet named right before a plural verb of saying that "в <body>" follows ("Об этом NordNews сообщили в
оперативных службах") was told, not the speaker: the body it was told in speaks, and "компания" after it still
means the company the text named, not the outlet."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import speakers

ENTITIES = [
    Entity("nordwire", "Nordwire", "Organization", pref_labels=(("Нордвайр", "ru"),),
           alt_labels=(("агентство Нордвайр", "ru"),)),
    Entity("vektor", "Vektor", "Organization", pref_labels=(("«Вектор»", "ru"),),
           alt_labels=(("компания «Вектор»", "ru"), ("компании «Вектор»", "ru"))),
    Entity("vestnik", "Vestnik News Agency", "Organization", pref_labels=(("«Вестник»", "ru"),),
           alt_labels=(("агентство «Вестник»", "ru"), ("агентству «Вестник»", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("told", ["Нордвайр", "агентству Нордвайр"])
def test_an_outlet_before_a_plural_verb_was_told(linker, told):
    text = (f"В Заречье на складе компании «Вектор» идут проверки. Об этом {told} сообщили в местных службах.\n\n"
            "Компания сообщила, что склад работает как обычно.")
    assert speakers(text, linker, "ru_t.txt") == [None, "vektor"]


def test_an_outlet_before_a_singular_verb_speaks(linker):
    text = "В Заречье на складе компании «Вектор» идут проверки. Об этом сообщил Нордвайр."
    assert speakers(text, linker, "ru_t.txt") == ["nordwire"]


def test_the_outlet_told_is_the_agency_its_informant_spoke_to(linker):
    text = ("В Заречье на складе компании «Вектор» идут проверки. Об этом Нордвайр сообщили в местных службах.\n\n"
            "«Проверяющие приехали утром и изучают накладные», — сказал собеседник агентства.")
    assert speakers(text, linker, "ru_t.txt")[-1] == "nordwire"


def test_the_outlet_told_is_the_agency_its_informant_spoke_to_after_a_person_spoke(linker):
    # the outlet told is no speaker: only what the text noted of it as an outlet tells "агентства" after a mayor spoke
    text = ("В Заречье на складе компании «Вектор» идут проверки. Об этом Нордвайр сообщили в местных службах.\n\n"
            "Мэр Заречья Томас Варга заявил, что склад откроют в пятницу.\n\n"
            "По словам собеседника агентства, проверяющие изучают накладные.")
    assert speakers(text, linker, "ru_t.txt")[-1] == "nordwire"


def test_a_state_body_described_is_no_news_agency_told(linker):
    text = "Проверка на складе в Заречье идет уже неделю, сообщили агентству «Вестник» в ведомстве."
    assert speakers(text, linker, "ru_t.txt") == [None]


def test_the_company_after_an_agency_spoke_is_the_company_named(linker):
    text = ("Компания «Вектор» открыла новый склад в Заречье.\n\n"
            "Склад закрыли на плановую проверку, сообщило агентство Нордвайр.\n\n"
            "В своем канале компания сообщила, что склад работает как обычно.")
    assert speakers(text, linker, "ru_t.txt")[-1] == "vektor"
