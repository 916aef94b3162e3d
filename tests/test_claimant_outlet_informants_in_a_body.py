"""Russian: an outlet's informants placed in a body («собеседник «Нордвайра» в Водкоме», «источник агентства в
Водкоме», «по данным источника Нордвайра в Водкоме») speak for that body: the outlet only heard them (invented
outlet and body)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import speakers

ENTITIES = [
    Entity("nordwire", "Nordwire", "Organization", pref_labels=(("Нордвайр", "ru"),),
           alt_labels=(("Нордвайра", "ru"), ("агентство Нордвайр", "ru"))),
    Entity("vodkom", "Vodkom", "Organization", pref_labels=(("Водком", "ru"),),
           alt_labels=(("Водкома", "ru"), ("Водкоме", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("text", [
    "Собеседник «Нордвайра» в Водкоме сообщил, что плотину укрепят к весне.",
    "Плотину укрепят к весне, сообщил источник Нордвайра в Водкоме.",
    "По данным источника Нордвайра в Водкоме, плотину укрепят к весне.",
])
def test_informants_in_a_body_speak_for_it(linker, text):
    assert speakers(text, linker, "ru_t.txt") == ["vodkom"]


def test_informants_of_an_agency_by_its_kind_in_a_body_still_speak_for_it(linker):
    text = ("Агентство Нордвайр сообщило о паводке на реке Ольне.\n\n"
            "Собеседник агентства в Водкоме отметил, что плотину укрепят к весне.")
    assert speakers(text, linker, "ru_t.txt")[-1] == "vodkom"


def test_informants_of_an_outlet_alone_are_the_outlets(linker):
    text = "Плотину укрепят к весне, сообщил источник Нордвайра."
    assert speakers(text, linker, "ru_t.txt") == ["nordwire"]


@pytest.mark.parametrize("text", [
    "Собеседник «Нордвайра» в правительстве края сообщил, что плотину укрепят к весне.",
    "Источник Нордвайра в городской управе заявил, что плотину укрепят к весне.",
])
def test_informants_in_a_body_not_recognised_are_no_ones(linker, text):
    """The body not recognised, no one speaks: never the outlet, which only heard them."""
    assert speakers(text, linker, "ru_t.txt") == [None]


def test_informants_of_an_outlet_in_no_body_are_the_outlets(linker):
    text = "Собеседник «Нордвайра» сообщил, что плотину укрепят к весне."
    assert speakers(text, linker, "ru_t.txt") == ["nordwire"]
