"""A body named, with a verb of going on, by words inside the label of the body that spoke last is that body, its
unit, going on: "the directorate of the Water Board said …; “…,” the Water Board added" is the directorate's."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims, speaker_of

BOARD = Entity("board", "Lake Water Board", "Organization",
               pref_labels=(("Lake Water Board", "en"), ("ОВХ", "ru")), alt_labels=(("Water Board", "en"),))
UNIT = Entity("unit", "Northern Directorate of the Lake Water Board", "Organization",
              pref_labels=(("Northern Directorate of the Lake Water Board", "en"),))
UNIT_RU = Entity("unit-ru", "Северное управление ОВХ по Лесному краю", "Organization",
                 pref_labels=(("Северное управление ОВХ по Лесному краю", "ru"),))
OTHER = Entity("vexon", "Lake Water Board Holdings", "Organization",
               pref_labels=(("Lake Water Board Holdings", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker([BOARD, UNIT, UNIT_RU, OTHER])


def test_the_body_going_on_after_its_unit_is_the_unit(linker):
    text = ("The Northern Directorate of the Lake Water Board said on Monday that the dam near Orvel had held. "
            "\"Pumps are running in every lower street of the old quarter,\" the Lake Water Board added.")
    assert speaker_of(claims(text, linker), "Pumps are running") == "unit"


def test_russian_body_going_on_after_its_unit_is_the_unit(linker):
    text = ("Уровень воды в реке у города Орвель снижается третьи сутки подряд. Об этом сообщила пресс-служба "
            "Северного управления ОВХ по Лесному краю.\n\n"
            "- Насосы работают на всех нижних улицах старого квартала, - добавили в ОВХ.")
    assert speaker_of(claims(text, linker, name="ru_t.txt"), "Насосы работают") == "unit-ru"


@pytest.mark.parametrize("text", [
    # a verb that does not go on: the body itself speaks
    "The Northern Directorate of the Lake Water Board said on Monday that the dam near Orvel had held. "
    "\"Pumps are running in every lower street of the old quarter,\" the Lake Water Board said.",
    # a body whose label opens the last speaker's is another body, not its unit
    "Lake Water Board Holdings said on Monday that the dam near Orvel had held. "
    "\"Pumps are running in every lower street of the old quarter,\" the Lake Water Board added.",
])
def test_the_body_itself_speaks_otherwise(linker, text):
    assert speaker_of(claims(text, linker), "Pumps are running") == "board"
