"""An outlet's unnamed informants speak as the outlet ("говорят собеседники NordNews"); a noun for an outlet
("пишет агентство") is the outlet that reported last; a noun for an outlet's kind right before its name ("The
television network VBN reports") leaves the name the subject."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "ru"), ("NordNews", "en"))),
    Entity("vbn", "VBN", "Organization", pref_labels=(("VBN", "en"),)),
    Entity("vestnik", "Vestnik Severa", "Organization", pref_labels=(("Вестник Севера", "ru"),),
           alt_labels=(("Вестника Севера", "ru"),)),
    Entity("harbour-board", "Velmora Harbour Board", "Organization",
           pref_labels=(("Velmora Harbour Board", "en"),)),
    Entity("orlin", "Pavel Orlin", "Person", pref_labels=(("Павел Орлин", "ru"),),
           alt_labels=(("Орлин", "ru"), ("Павла Орлина", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("sentence", [
    "Паром через Ведь пустят в мае, говорят собеседники NordNews.",
    "Паром через Ведь пустят в мае, рассказал собеседник NordNews.",
    "Паром через Ведь пустят в мае, сообщил источник «Вестника Севера».",
    "Собеседники NordNews утверждают, что паром через Ведь пустят в мае.",
])
def test_an_outlets_informants_speak_as_the_outlet(sentence, linker):
    expected = "vestnik" if "Вестник" in sentence else "nordnews"
    assert claimants(f"Новости\n\n{sentence}", linker) == [expected]


def test_the_informants_of_the_agency_are_those_of_the_outlet_that_reported_last(linker):
    text = ("Новости\n\nПаром через Ведь пустят в мае, пишет NordNews. Собеседники агентства утверждают, что билеты "
            "подорожают. Причал достроят к июню, пишет агентство.")
    assert claimants(text, linker) == ["nordnews"] * 3


def test_the_informants_of_the_outlet_the_text_called_one_are_that_outlets(linker):
    text = ("Новости\n\nРасписание парома было опубликовано ежедневным изданием NordNews. По словам собеседников "
            "издания, паром пустят в мае. Собеседники издания также утверждают, что билеты подорожают.")
    assert claimants(text, linker) == [None, "nordnews", "nordnews"]


def test_a_persons_interlocutor_and_a_source_in_a_body_are_not_an_outlet(linker):
    text = ("Новости\n\nПаром через Ведь пустят в мае, пишет NordNews.\n\n"
            "Причал достроят к июню, сообщил собеседник Павла Орлина.")
    assert claimants(text, linker) == ["nordnews", None]


@pytest.mark.parametrize("sentence", [
    "The television network VBN reports that the Velmora Harbour Board fears the ferry will be late.",
    "The broadcaster VBN said the ferry would be late.",
])
def test_the_kind_of_outlet_before_its_name_leaves_the_name_the_subject(sentence, linker):
    assert claimants(f"Port news\n\n{sentence}", linker) == ["vbn"]
