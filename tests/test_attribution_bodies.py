"""Bodies as speakers: impersonal plurals, references back to a body, a body's documents (invented bodies)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

BODIES = [
    Entity("fr-defence", "Ministry of Defence of Fredonia", "Organization",
           pref_labels=(("Ministry of Defence of Fredonia", "en"),),
           alt_labels=(("Минобороны Фридонии", "ru"), ("Fredonian Defence Ministry", "en"))),
    Entity("kobra", "Kobra Holdings", "Organization", pref_labels=(("Kobra Holdings", "en"),),
           alt_labels=(("«Кобра»", "ru"), ("Kobra", "en"))),
    Entity("ivan-krotov", "Ivan Krotov", "Person", pref_labels=(("Ivan Krotov", "en"), ("Иван Кротов", "ru"))),
]


@pytest.fixture(scope="module")
def bodies():
    return Linker(BODIES)


def claimants(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.claimant) for c in extract(doc, linker).claims
            if c.kind != "quantity"]


@pytest.mark.parametrize("text", [
    "Министр Иван Кротов осмотрел склады на севере страны. Об этом сообщили в четверг в Минобороны Фридонии.",
    "Министр Иван Кротов осмотрел склады на севере страны. Об этом сообщили утром в Минобороны Фридонии.",
])
def test_impersonal_plural_past_a_time_names_its_body(text, bodies):
    assert [c for _, c in claimants(text, bodies)] == ["fr-defence"]


def test_impersonal_plural_there_is_the_body_that_just_spoke(bodies):
    text = ("Министр Иван Кротов осмотрел склады. Об этом сообщили в Минобороны Фридонии.\n"
            "\"Склады осмотрены полностью. Замечаний к хранению нет\", - сообщили там.\n"
            "Там также отметили, что проверка продлится неделю.")
    assert [c for _, c in claimants(text, bodies)] == ["fr-defence"] * 4


def test_there_with_no_body_before_names_no_one(bodies):
    text = "В поселке Пятково прошел сход жителей. Там заявили, что дорогу не чинили десять лет."
    assert [c for _, c in claimants(text, bodies)] == [None, None]
