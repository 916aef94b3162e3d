"""One interlocutor of an outlet named by its kind ("— подчеркнул собеседник агентства") is the person who spoke to
that outlet in the sentence naming it, not the outlet; its unnamed informants (plural, "источник") and an
interlocutor where no person spoke to the outlet stay the outlet's."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import speakers

ENTITIES = [
    Entity("vestnik", "Vestnik News Agency", "Organization", pref_labels=(("«Вестник»", "ru"),),
           alt_labels=(("агентство «Вестник»", "ru"), ("агентству «Вестник»", "ru"))),
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Томас Варга", "ru"),),
           alt_labels=(("Варга", "ru"),)),
]
TOLD = "Паромную переправу в Заречье закроют на ремонт, сообщил агентству «Вестник» мэр города Томас Варга.\n\n"


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("said", ["«Ремонт займет не меньше месяца», — подчеркнул собеседник агентства.",
                                  "По словам собеседника агентства, ремонт займет не меньше месяца."])
def test_one_interlocutor_of_the_agency_is_who_spoke_to_it(linker, said):
    text = TOLD + said
    assert speakers(text, linker, "ru_t.txt")[-1] == "varga"


def test_the_agencys_informants_stay_the_agency(linker):
    text = TOLD + "«Ремонт займет не меньше месяца», — говорят собеседники агентства."
    assert speakers(text, linker, "ru_t.txt")[-1] == "vestnik"


def test_an_interlocutor_after_a_person_who_spoke_elsewhere_is_the_agency(linker):
    text = ("Паромную переправу в Заречье закроют на ремонт, сообщило агентство «Вестник».\n\n"
            "Мэр Заречья Томас Варга заявил, что переправу откроют в мае.\n\n"
            "«Ремонт займет не меньше месяца», — подчеркнул собеседник агентства.")
    assert speakers(text, linker, "ru_t.txt")[-1] == "vestnik"
