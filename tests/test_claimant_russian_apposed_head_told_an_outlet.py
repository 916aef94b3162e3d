"""Russian: «Иван Сомов, глава компании X, сообщил ТАСС, что …»: the person whose apposition runs up to the verb
speaks; the outlet right after the verb (an indeclinable name, its dative unseen), ending its clause, is who was
told, though the apposition's comma stands before the verb as a break does; a clause reported before the verb
still leaves the outlet speaking (invented people, bodies and outlets)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import speakers

ENTITIES = [
    Entity("ostnews", "OstNews", "Organization", pref_labels=(("ОстНьюс", "ru"),),
           alt_labels=(("агентство ОстНьюс", "ru"),)),
    Entity("vetlugin", "Oleg Vetlugin", "Person", pref_labels=(("Олег Ветлугин", "ru"),)),
]


@pytest.fixture(scope="module")
def cast():
    return Linker(ENTITIES)


def test_the_person_in_apposition_before_the_verb_speaks(cast):
    text = "Олег Ветлугин, генеральный директор компании «Таргей», сообщил ОстНьюс, что шахту откроют в мае."
    assert speakers(text, cast, "ru_t.txt") == ["vetlugin"]


def test_the_person_in_apposition_before_a_colon(cast):
    text = "Олег Ветлугин, глава «Таргея», заявил ОстНьюс: «Шахту откроют в мае»."
    assert speakers(text, cast, "ru_t.txt")[0] == "vetlugin"


def test_a_clause_reported_before_the_verb_leaves_the_outlet(cast):
    text = "Олег Ветлугин, глава компании «Таргей», уехал в Ольму, сообщил ОстНьюс."
    assert speakers(text, cast, "ru_t.txt") == ["ostnews"]
