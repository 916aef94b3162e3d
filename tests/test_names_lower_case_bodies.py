"""A known body written in lower case in running text (link.py), and a ministry named by the adjective of its
field (names.py). Invented countries and bodies."""
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity
from claimsgraph.names import find_names


def _registry():
    return Linker([
        Entity("margovia", "Margovia", "Country", (("Margovia", "en"), ("Марговия", "ru"))),
        Entity("margovian-defence", "Ministry of Defence of Margovia", "Organization",
               (("Ministry of Defence of Margovia", "en"), ("Минобороны Марговии", "ru")),
               (("Defence Ministry of Margovia", "en"), ("Министерство обороны Марговии", "ru"))),
        Entity("margovian-foreign", "Ministry of Foreign Affairs of Margovia", "Organization",
               (("Ministry of Foreign Affairs of Margovia", "en"), ("МИД Марговии", "ru")),
               (("Foreign Ministry of Margovia", "en"), ("Министерство иностранных дел Марговии", "ru"))),
        Entity("harbour-board", "Harbour Board", "Organization", (("Harbour Board", "en"),)),
        Entity("tarn-river", "Tarn River", "Place", (("Tarn River", "en"),)),
    ])


def _mentions(linker, text):
    doc = parse_document("l.txt", text.encode(), "text/plain")
    return [(m.entity, doc.text[m.span.start:m.span.end]) for m in linker.mentions(doc)]


def test_a_bodys_name_opening_in_lower_case_is_the_body():
    linker = _registry()
    assert _mentions(linker, "Вчера в министерстве обороны Марговии сообщили о потерях.") == \
        [("margovian-defence", "министерстве обороны Марговии")]
    assert _mentions(linker, "Представитель министерства иностранных дел Марговии промолчал.") == \
        [("margovian-foreign", "министерства иностранных дел Марговии")]
    assert _mentions(linker, "Late on Friday the foreign ministry of Margovia denied it.") == \
        [("margovian-foreign", "foreign ministry of Margovia")]


def test_a_lower_case_name_needs_its_own_name_kept_and_its_later_words_as_written():
    linker = _registry()
    # no word with a capital: a common phrase, not the body
    assert _mentions(linker, "The harbour board met late.") == []
    # only a body's name, not a place's
    assert _mentions(linker, "They walked along the tarn river.") == []
    # a word after the first capital lowered: not as the name has it
    assert _mentions(linker, "Вчера министерство обороны марговии промолчало.") == []


def _found(text):
    linker = _registry()
    doc = parse_document("t.txt", text.encode(), "text/plain")
    entities, mentions = find_names(doc, linker.mentions(doc), (), registry=linker.entities)
    labels = {e.key: e.label for e in entities}
    return {e.label for e in entities}, [(doc.text[m.span.start:m.span.end], labels.get(m.entity, m.entity))
                                         for m in mentions]


def test_a_ministry_named_by_the_adjective_of_its_field_is_the_countrys_ministry():
    labels, mentions = _found("Заголовок\n\nПресс-служба оборонного ведомства Марговии сообщила о потерях.\n")
    assert ("оборонного ведомства Марговии", "margovian-defence") in mentions
    assert "ведомство Марговии" not in labels
    labels, mentions = _found("Заголовок\n\nГлава внешнеполитического ведомства Марговии прибыл вчера.\n")
    assert ("внешнеполитического ведомства Марговии", "margovian-foreign") in mentions


def test_an_adjective_of_a_field_with_no_such_ministry_known_stays_a_body_of_the_country():
    labels, mentions = _found("Заголовок\n\nПресс-служба таможенного ведомства Марговии сообщила о потерях.\n")
    assert not any(m[1] in ("margovian-defence", "margovian-foreign") for m in mentions)


def test_a_name_opening_with_a_common_word_that_is_no_bodys_noun_is_not_lowered():
    linker = Linker([
        Entity("margovia", "Margovia", "Country", (("Margovia", "en"), ("Марговия", "ru"))),
        Entity("vesti-margovia", "Вести-Марговия", "Organization", (("Вести-Марговия", "ru"),)),
    ])
    assert _mentions(linker, "Читайте вести Марговии каждый день.") == [("margovia", "Марговии")]
