"""«Что касается позиции X, то она …»: a pronoun right after a topic put before its clause, of the topic's gender,
stands for the topic (no woman named before speaks), a person named as the topic for that person; and a sentence
that so turns to another topic goes on with the report just cited («По словам X, A. Что касается B, то C.»)."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written as claimants


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def test_a_pronoun_after_a_topic_of_its_gender_stands_for_the_topic(linker):
    text = ("Депутат Мария Коваль выступила на форуме в Тарту.\n\n"
            "Что касается позиции правительства, то она поддерживает реформу судов без оговорок.")
    assert claimants(text, linker)[-1] is None


def test_a_person_named_as_the_topic_speaks(linker):
    text = ("Депутат Мария Коваль выступила на форуме в Тарту.\n\n"
            "Что касается Коваль, то она поддерживает реформу судов без оговорок.")
    assert claimants(text, linker)[-1] == "Коваль"


def test_turning_to_another_topic_goes_on_with_the_cited_report(linker):
    text = ("По словам министра юстиции Ивана Петреску, реформа судов идет строго по плану. "
            "Что касается реформы полиции, то ее завершат к осени следующего года.")
    assert claimants(text, linker) == ["Ивана Петреску", "Ивана Петреску"]


def test_turning_to_the_articles_own_topic_ends_the_cited_report(linker):
    text = ("По словам министра юстиции Ивана Петреску, реформа судов идет строго по плану. "
            "Что касается паромной линии на север, то ее закроют до весны.")
    assert claimants(text, linker)[-1] is None
