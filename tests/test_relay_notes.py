"""An outlet named after the words it passed on ("Его слова приводит NordNews.") relays them; it does not speak."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "ru"),)),
    Entity("orlin", "Pavel Orlin", "Person", pref_labels=(("Павел Орлин", "ru"),), alt_labels=(("Орлин", "ru"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def relayed(text, linker):
    """Each claim's text, claimant and relays."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.claimant, c.via) for c in extract(doc, linker).claims
            if c.kind != "quantity"]


def test_a_note_naming_the_outlet_relays_the_speaker_before_it(linker):
    out = relayed("Мост через Ведь откроют весной, заявил министр Павел Орлин. Его слова приводит NordNews.", linker)
    assert out == [("Мост через Ведь откроют весной, заявил министр Павел Орлин.", "orlin", ("nordnews",))]


def test_an_outlet_noted_after_a_speaker_relays_him_and_his_later_words(linker):
    text = ("Министр Павел Орлин заявил, что мост через Ведь откроют весной. Об этом сообщает NordNews.\n\n"
            "«Работы идут по графику», — добавил Орлин.")
    assert [(who, via) for _, who, via in relayed(text, linker)] == [("orlin", ("nordnews",))] * 2


def test_whose_words_an_outlet_gave_is_a_relay_of_the_backward_reference(linker):
    out = relayed("Мост через Ведь откроют весной. Об этом сообщил министр Павел Орлин, чьи слова привело NordNews.",
                  linker)
    assert out == [("Мост через Ведь откроют весной.", "orlin", ("nordnews",))]


def test_the_outlets_own_reporter_passes_nothing_on(linker):
    out = relayed("Мост через Ведь откроют весной, заявил министр Павел Орлин. "
                  "Его слова передает корреспондент NordNews.", linker)
    assert out == [("Мост через Ведь откроют весной, заявил министр Павел Орлин.", "orlin", ())]


def test_an_outlet_noted_after_unattributed_news_still_reports_it(linker):
    out = relayed("Мост через Ведь откроют весной. Об этом сообщает NordNews.", linker)
    assert out == [("Мост через Ведь откроют весной.", "nordnews", ())]


def test_a_note_naming_the_outlet_by_its_sites_address_is_no_claim(linker):
    out = relayed("Журналист Павел Орлин высказался о мосте через Ведь. Его слова приводит издание Nordnews.ru.", linker)
    assert [text for text, _, _ in out] == ["Журналист Павел Орлин высказался о мосте через Ведь."]
