"""A title is held by the one the text gives it to, not by the registry's holder of another year; an aide, a
deputy or an adviser of an office holder speaks in their own voice, not the holder's (invented texts)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claimants

ENTITIES = [
    Entity("ilse-varga", "Ilse Varga", "Person",
           pref_labels=(("Ilse Varga", "en"), ("Ильзе Варга", "ru")), alt_labels=(("Varga", "en"), ("Варга", "ru")),
           roles=(("Northern Council chief", "en"), ("Northern Council secretary general", "en"),
                  ("secretary general of the Northern Council", "en"), ("Borealian prime minister", "en"),
                  ("премьер-министр Бореалии", "ru"))),
    Entity("northern-council", "Northern Council", "Organization", pref_labels=(("Northern Council", "en"),)),
    Entity("borealia", "Borealia", "Country", pref_labels=(("Borealia", "en"), ("Бореалия", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def _extraction(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return doc, extract(doc, linker)


def test_a_title_the_text_gives_to_another_is_theirs_in_that_text(linker):
    text = ("Northern Council Secretary General Jonas Tamm met the harbour pilots on Monday.\n\n"
            "The Northern Council chief said the new locks would open in spring.")
    doc, x = _extraction(text, linker)
    assert "ilse-varga" not in {m.entity for m in x.mentions}
    said = next(c for c in x.claims if doc.text[c.span.start:c.span.end].startswith("The Northern Council chief"))
    assert said.claimant not in (None, "ilse-varga")
    assert linker.entities.get(said.claimant) is None   # the person the text named, not a registry entry


def test_a_former_holder_named_leaves_the_title_to_the_registrys_holder(linker):
    text = ("Former Northern Council Secretary General Jonas Tamm met the harbour pilots on Monday.\n\n"
            "The Northern Council chief said the new locks would open in spring.")
    assert claimants(text, linker)["The Northern Council chief said the new locks would open in spring."] \
        == "ilse-varga"


def test_a_title_the_text_also_gives_to_the_registrys_holder_stays_hers(linker):
    text = ("Northern Council Secretary General Ilse Varga met the harbour pilots on Monday. Later, Northern "
            "Council Secretary General Jonas Tamm joined them.\n\n"
            "The Northern Council chief said the new locks would open in spring.")
    _, x = _extraction(text, linker)
    assert "ilse-varga" in {m.entity for m in x.mentions if m.via == "role"}


def test_a_russian_title_given_to_another_is_theirs(linker):
    text = ("Премьер-министр Бореалии Олег Савин посетил порт в понедельник.\n\n"
            "Как отметил премьер-министр Бореалии, шлюзы откроют весной.")
    _, x = _extraction(text, linker)
    assert "ilse-varga" not in {m.entity for m in x.mentions}


@pytest.mark.parametrize("text", [
    "A senior aide to the Borealian prime minister said the locks would open in spring.",
    "The Borealian prime minister's deputy said the locks would open in spring.",
    "Ilse Varga's adviser said the locks would open in spring.",
    "Заместитель премьер-министра Бореалии заявил, что шлюзы откроют весной.",
    "Советник премьер-министра Бореалии заявил, что шлюзы откроют весной.",
])
def test_an_aide_of_an_office_holder_is_not_the_holder(linker, text):
    assert set(claimants(text, linker).values()) == {None}


@pytest.mark.parametrize("text", [
    "The Borealian prime minister said the locks would open in spring.",
    "Премьер-министр Бореалии заявил, что шлюзы откроют весной.",
])
def test_the_holder_alone_still_speaks(linker, text):
    assert set(claimants(text, linker).values()) == {"ilse-varga"}
