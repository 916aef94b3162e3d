"""An outlet a speaker spoke to ("told the Vexa daily", "в беседе с NordNews") passed the words on: it is the
claim's relay, not its claimant; the page's own wire never is."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("vexa", "Vexa", "Organization", pref_labels=(("Vexa", "en"), ("Vexa", "ru"))),
    Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"),),
           alt_labels=(("Northwire news agency", "en"),)),
    Entity("nordnews", "NordNews", "Organization", pref_labels=(("NordNews", "ru"),),
           alt_labels=(("агентство NordNews", "ru"),)),
    Entity("ostra-council", "Ostra Council", "Organization", pref_labels=(("Ostra Council", "en"),)),
    Entity("orlin", "Pavel Orlin", "Person", pref_labels=(("Pavel Orlin", "en"), ("Павел Орлин", "ru")),
           alt_labels=(("Orlin", "en"), ("Орлин", "ru"))),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def relayed(text, linker):
    """Each claim's claimant and relays, in order."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(c.claimant, c.via) for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("text", [
    "Mayor Pavel Orlin told the Vexa daily that the ferry to Lindholm would stop in winter.",
    "“The ferry to Lindholm will stop in winter,” Mayor Pavel Orlin told Vexa television on Tuesday.",
    "Mayor Pavel Orlin said in an interview with Vexa that the ferry to Lindholm would stop in winter.",
    "Mayor Pavel Orlin told Northwire that the ferry to Lindholm would stop in winter.",   # an alias says outlet
])
def test_the_outlet_a_speaker_told_relays_his_words(linker, text):
    assert relayed(text, linker) == [("orlin", ("vexa",) if "Vexa" in text else ("northwire",))]


def test_a_body_told_that_is_no_outlet_passes_nothing_on(linker):
    out = relayed("Mayor Pavel Orlin told the Ostra Council that the ferry to Lindholm would stop in winter.\n\n"
                  "Orlin told the Vexa daily that the pier at Lindholm needed repairs.", linker)
    assert out == [("orlin", ()), ("orlin", ("vexa",))]


def test_the_wire_of_the_pages_dateline_is_no_relay_though_told(linker):
    text = ("Weather\nMarkets\n\nNORDPORT, May 3 (Northwire) - The ferry to Lindholm will stop in winter, the mayor "
            "said on Monday.\n\n“We have no other choice,” Mayor Pavel Orlin told Northwire by telephone.\n\n"
            "Orlin told the Vexa daily that the pier at Lindholm needed repairs.")
    assert relayed(text, linker)[-2:] == [("orlin", ()), ("orlin", ("vexa",))]


def test_an_outlet_reporting_from_another_is_the_outer_relay(linker):
    out = relayed("The ferry to Lindholm will stop in winter, Pavel Orlin added, Vexa reports referring to "
                  "Northwire.", linker)
    assert out == [("orlin", ("vexa", "northwire"))]


def test_a_russian_conversation_with_an_outlet_relays_the_quotation_before_it(linker):
    text = ("«Паром на Линдхольм зимой остановят. Других вариантов нет», — заявил мэр Павел Орлин в ходе беседы "
            "с «Vexa».")
    assert relayed(text, linker) == [("orlin", ("vexa",))] * 2


def test_an_outlet_named_right_after_a_russian_verb_relays_by_its_alias(linker):
    out = relayed("Паром на Линдхольм зимой остановят, сообщил NordNews мэр Павел Орлин.", linker)
    assert out == [("orlin", ("nordnews",))]


def test_a_backward_note_on_the_broadcast_relays_the_speakers_words_before_it(linker):
    out = relayed("Мэр Павел Орлин заявил, что паром на Линдхольм зимой остановят. "
                  "Об этом он вчера рассказал в эфире «Vexa».", linker)
    assert out == [("orlin", ("vexa",))]


def test_what_the_speaker_said_on_another_occasion_keeps_no_relay(linker):
    text = ("Мэр Павел Орлин заявил, что паром на Линдхольм зимой остановят. Об этом он вчера рассказал в эфире «Vexa».\n\n"
            "Орлин ранее говорил, что причал в Линдхольме требует ремонта.")
    assert relayed(text, linker) == [("orlin", ("vexa",)), ("orlin", ())]


def test_an_outlet_that_quoted_a_speaker_saying_relays_him(linker):
    out = relayed("The Vexa news agency quoted Pavel Orlin saying: “The ferry to Lindholm will stop in winter.”", linker)
    assert out == [("orlin", ("vexa",))]
