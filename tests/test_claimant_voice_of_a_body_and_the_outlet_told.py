"""Russian: who speaks for a body («представитель», «источник в», «пресс-секретарь», «собеседник в») tells an outlet,
named in the dative right after the verb («…, сообщил Нордвайр представитель Водкома», «Источник в Водкоме сообщил
Нордвайр, что …»): the outlet was told and never speaks; the body the title speaks for does, not the country named
after it in the genitive (invented outlet, bodies and country)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, speakers

ENTITIES = [
    *CAST,
    Entity("nordwire", "Nordwire", "Organization", pref_labels=(("Нордвайр", "ru"),)),
    Entity("vodkom", "Vodkom", "Organization", pref_labels=(("Водком", "ru"),),
           alt_labels=(("Водкома", "ru"), ("Водкоме", "ru"))),
    Entity("kestova", "Kestova", "Country", pref_labels=(("Кестова", "ru"),), alt_labels=(("Кестовы", "ru"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("tag", ["сообщил Нордвайр представитель Водкома",
                                 "заявил Нордвайр официальный представитель Водкома Кестовы",
                                 "рассказал Нордвайр источник в Водкоме Кестовы",
                                 "уточнила Нордвайр пресс-секретарь Водкома"])
def test_the_outlet_told_after_the_verb_is_no_speaker(linker, tag):
    text = f"Уровень воды в озере Тавр упал на полметра, {tag}."
    assert speakers(text, linker, "ru_t.txt") == ["vodkom"]


@pytest.mark.parametrize("subject", ["Представитель Водкома", "Источник в Водкоме Кестовы",
                                     "В понедельник представитель Водкома Кестовы"])
def test_the_outlet_told_after_a_voice_of_the_body_is_no_speaker(linker, subject):
    text = f"{subject} сообщил Нордвайр, что уровень воды в озере Тавр упал на полметра."
    assert speakers(text, linker, "ru_t.txt") == ["vodkom"]


def test_the_body_speaks_not_its_country(linker):
    text = "Представитель Водкома Кестовы заявил, что уровень воды в озере Тавр упал на полметра."
    assert speakers(text, linker, "ru_t.txt") == ["vodkom"]


def test_the_outlet_alone_after_the_verb_still_speaks(linker):
    text = "Уровень воды в озере Тавр упал на полметра, сообщил Нордвайр."
    assert speakers(text, linker, "ru_t.txt") == ["nordwire"]


def test_a_body_telling_the_press_speaks(linker):
    text = "Водком сообщил представителям прессы, что уровень воды в озере Тавр упал на полметра."
    assert speakers(text, linker, "ru_t.txt") == ["vodkom"]


@pytest.mark.parametrize("reported, speaker", [
    ("Представитель Водкома Кестовы прибыл на берег озера Тавр, сообщил Нордвайр.", "nordwire"),
    ("Представитель Водкома Кестовы прибыл на берег озера Тавр, сообщил Томас Варга.", "varga"),
    ("Пресс-служба Водкома не ответила на запрос, сообщил Нордвайр.", "nordwire"),
    ("Представители Водкома вышли на берег озера Тавр, сообщил Нордвайр.", "nordwire"),
    ("Источник загрязнения озера Тавр пока не найден, сообщил Нордвайр.", "nordwire"),
])
def test_a_voice_in_the_reported_clause_is_not_the_verbs_subject(linker, reported, speaker):
    """«Представитель X прибыл…, сообщил Нордвайр»: the voice of the body is in what was reported; who is named
    after the verb speaks."""
    assert speakers(reported, linker, "ru_t.txt") == [speaker]
