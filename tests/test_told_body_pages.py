"""Unnamed people of a body whose page carried their words ("сообщили на сайте газеты X") speak for that body, as
those "в газете X" do, whether the cue opens the sentence or closes it."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import speakers

ENTITIES = [
    Entity("herald", "Vechernii Ostrog", "Organization", pref_labels=(("«Вечерний Острог»", "ru"),),
           alt_labels=(("газета «Вечерний Острог»", "ru"), ("газеты «Вечерний Острог»", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("sentence", [
    "Как сообщили на сайте газеты «Вечерний Острог», ярмарку у северной пристани перенесли на субботу.",
    "Ярмарку у северной пристани перенесли на субботу, сообщили на сайте газеты «Вечерний Острог».",
])
def test_people_of_an_outlet_speak_on_its_page(linker, sentence):
    assert speakers(sentence, linker, "ru_t.txt") == ["herald"]
