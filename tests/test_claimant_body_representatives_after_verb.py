"""Russian: one who speaks for a body, written after the verb and right before the body's name ("как сообщили
представители X", "— сообщил представитель X"): the body speaks, as when the title stands before the verb; a
person after such a title is still no speaker (invented bodies and people)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

VODKOM = Entity("vodkom", "Vodkom", "Organization", pref_labels=(("Vodkom", "en"), ("Водкомсевер", "ru")))


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, VODKOM])


def test_representatives_named_after_the_verb_speak_for_the_body(cast):
    said = claims("Как уточнили представители Водкомсевер, плотину на реке Ольне укрепят к весне.", cast,
                  name="ru_t.txt")
    assert speaker_of(said, "плотину") == "vodkom"


def test_a_representative_after_a_closing_verb_speaks_for_the_body(cast):
    said = claims("Уровень воды в озере Тавр упал на полметра, сообщил представитель Водкомсевер.", cast,
                  name="ru_t.txt")
    assert speaker_of(said, "Уровень воды") == "vodkom"


def test_a_persons_representative_is_not_the_person(cast):
    said = claims("Как уточнил представитель Томаса Варги, плотину на реке Ольне укрепят к весне.", cast,
                  name="ru_t.txt")
    assert speaker_of(said, "плотину") != "varga"
