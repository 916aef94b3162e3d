"""Russian: after an unnamed representative or source of a body spoke («сообщил Нордвайр представитель Водкома»),
«Он добавил», «По его словам» and «По её словам» go on with that body, the person the pronoun stands for being
unnamed; a person who speaks later takes the pronoun back (invented outlet, body and people)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, speakers

ENTITIES = [
    *CAST,
    Entity("nordwire", "Nordwire", "Organization", pref_labels=(("Нордвайр", "ru"),)),
    Entity("vodkom", "Vodkom", "Organization", pref_labels=(("Водком", "ru"),),
           alt_labels=(("Водкома", "ru"), ("Водкоме", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("going_on", ["Он добавил, что плотину укрепят к весне.",
                                      "По его словам, плотину укрепят к весне.",
                                      "Кроме того, по его словам, плотину укрепят к весне."])
def test_the_pronoun_after_a_bodys_source_is_the_body(linker, going_on):
    text = f"Уровень воды в озере Тавр упал на полметра, сообщил Нордвайр источник в Водкоме. {going_on}"
    assert speakers(text, linker, "ru_t.txt") == ["vodkom", "vodkom"]


def test_the_pronoun_after_a_bodys_press_secretary_in_the_next_paragraph(linker):
    text = ("Пресс-секретарь Водкома сообщила Нордвайр, что уровень воды в озере Тавр упал на полметра.\n\n"
            "По её словам, плотину укрепят к весне.")
    assert speakers(text, linker, "ru_t.txt") == ["vodkom", "vodkom"]


def test_a_person_speaking_since_takes_the_pronoun(linker):
    text = ("Уровень воды в озере Тавр упал на полметра, сообщил Нордвайр представитель Водкома.\n\n"
            "Томас Варга заявил, что плотину укрепят к весне. По его словам, работы начнутся в мае.")
    assert speakers(text, linker, "ru_t.txt") == ["vodkom", "varga", "varga"]


def test_a_named_press_secretary_keeps_her_pronoun(linker):
    text = ("Мира Орлен, пресс-секретарь Водкома, сообщила Нордвайр, что уровень воды в озере Тавр упал на "
            "полметра. По её словам, плотину укрепят к весне.")
    assert speakers(text, linker, "ru_t.txt")[-1] == "orlen"


@pytest.mark.parametrize("named", ["Спасатели нашли Томаса Варгу на берегу озера Тавр.",
                                   "На берегу озера Тавр работал и Томас Варга."])
def test_a_person_named_since_in_any_case_takes_the_pronoun(linker, named):
    """A person named after the body's voice, even one who did not speak, is whom «По его словам» means."""
    text = (f"Представитель Водкома заявил, что уровень воды в озере Тавр упал на полметра. {named} "
            "По его словам, вода ушла за два дня.")
    assert speakers(text, linker, "ru_t.txt")[-1] == "varga"
