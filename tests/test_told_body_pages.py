"""Unnamed people of a body whose page carried their words ("сообщили на сайте газеты X") speak for that body, as
those "в газете X" do, whether the cue opens the sentence or closes it."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("herald", "Vechernii Ostrog", "Organization", pref_labels=(("«Вечерний Острог»", "ru"),),
           alt_labels=(("газета «Вечерний Острог»", "ru"), ("газеты «Вечерний Острог»", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker):
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("sentence", [
    "Как сообщили на сайте газеты «Вечерний Острог», ярмарку у северной пристани перенесли на субботу.",
    "Ярмарку у северной пристани перенесли на субботу, сообщили на сайте газеты «Вечерний Острог».",
])
def test_people_of_an_outlet_speak_on_its_page(linker, sentence):
    assert claimants(sentence, linker) == ["herald"]
