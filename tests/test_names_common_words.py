"""News on other subjects: common words and acronyms the model takes for names, a place's name opening an event's,
a name a condition is named after, a day word opening the first paragraph like a dateline (names.py, link.py)."""


def test_a_common_nouns_acronym_alone_is_no_name(typed):
    text = ("Clinic news\n\n"
            "The Vellmoor clinic began an XMR vaccination drive on Monday, and 300 people came.\n\n"
            "A GDP report from the Tarnia Statistics Office followed.\n")
    types, _ = typed(text, [("GDP", "Organization", 0), ("Tarnia Statistics Office", "Organization", 0)])
    assert "GDP" not in types
    assert "Tarnia Statistics Office" in types


def test_a_russian_common_nouns_acronym_alone_is_no_name_and_a_longer_name_holding_it_stays(typed):
    text = ("Суд\n\n"
            "Суд оправдал директора НПЗ Ильдара Вескова.\n\n"
            "Верхнеозёрский НПЗ продолжит работу, сообщили в компании.\n")
    types, _ = typed(text, [("НПЗ", "Organization", 0), ("Верхнеозёрский НПЗ", "Organization", 0)])
    assert "НПЗ" not in types
    assert "Верхнеозёрский НПЗ" in types


def test_an_adjective_opening_a_sentence_before_a_noun_is_no_name(typed):
    text = ("Floods\n\n"
            "Frenzied repair work went on in Dalmor overnight.\n\n"
            "Velmont said the dam would hold.\n")
    types, _ = typed(text, [("Frenzied", "Organization", 0), ("Velmont", "Organization", 0)])
    assert "Frenzied" not in types
    assert "Velmont" in types


def test_a_place_opening_an_events_name_is_the_event(typed):
    text = ("Tennis\n\n"
            "Mara Velde won the Tarnia Open on Sunday, her first title since the Tarnia Grand Prix in May.\n")
    types, _ = typed(text, [("Tarnia", "Place", 0), ("Tarnia", "Place", 1), ("Mara Velde", "Person", 0)])
    assert types.get("Tarnia Open") == "Event"
    assert types.get("Tarnia Grand Prix") == "Event"
    assert "Tarnia" not in types


def test_a_registry_country_opening_an_events_name_is_not_mentioned(linker):
    from claimsgraph.ingest import parse_document
    doc = parse_document("t.txt", "Tennis\n\nShe lost the France Open final and won in France a year later.\n".encode(),
                         "text/plain")
    assert [m.span.start for m in linker.mentions(doc)] == [doc.text.index("France a year")]


def test_the_name_a_condition_is_named_after_is_no_ones(typed):
    text = ("Research\n\n"
            "Tomas Ruel studied Varden’s disease at the Ostrava Institute.\n\n"
            "Ученые изучили болезнь Кравеца.\n\n"
            "Marsh disease\n\n"
            "Vellmark Park in Dorin closed its pools.\n")
    types, _ = typed(text, [("Varden", "Organization", 0), ("Tomas Ruel", "Person", 0),
                            ("Кравеца", "Person", 0), ("Vellmark Park", "Place", 0)])
    assert "Varden" not in types
    assert not [label for label in types if label.startswith("Кравец")]
    assert "Tomas Ruel" in types
    assert "Vellmark Park" in types   # a heading naming a condition is not the noun before a name


def test_a_day_word_opening_the_first_paragraph_is_no_dateline_place():
    from claimsgraph.ingest import parse_document
    from claimsgraph.names import find_names
    doc = parse_document("t.txt", ("Приговор\n\nВчера, 7 марта, в Заречной области вынесли приговор бывшему директору "
                                   "комбината.\n").encode(), "text/plain")
    entities, _ = find_names(doc, [], (), registry={})
    assert "Вчера" not in {e.label for e in entities}


def test_of_countries_named_once_each_the_government_is_the_one_written_as_an_owner():
    from claimsgraph.ingest import parse_document
    from claimsgraph.link import Linker
    from claimsgraph.model import Entity
    from claimsgraph.names import find_names
    registry = [Entity(key="tarnia", label="Tarnia", type="Country", pref_labels=(("Tarnia", "en"),)),
                Entity(key="borealia", label="Borealia", type="Country", pref_labels=(("Borealia", "en"),))]
    linker = Linker(registry)

    def government(text):
        doc = parse_document("t.txt", text.encode(), "text/plain")
        entities, _ = find_names(doc, linker.mentions(doc), (), registry=linker.entities)
        return [e.label for e in entities if e.type == "Organization"]

    assert government("Talks\n\nTarnia’s emissions rose, the envoy said after the talks in Velm, Borealia. "
                      "Will the Government set new targets?\n") == ["Government of Tarnia"]
    assert government("Talks\n\nTarnia and Borealia met in Velm. The Government said the talks went well.\n") == []



def test_a_platforms_channel_written_with_a_hyphen_is_the_platform_not_a_body_of_its_own(typed):
    text = "Склады закрыты.\n\nОб этом министерство Марговии сообщило в своём Telegram-канале в пятницу.\n"
    types, _ = typed(text, [("Telegram-канале", "Organization", 0)])   # the registry's Telegram is its mention
    assert not any("канал" in label for label in types)


def test_a_known_names_word_that_only_opens_like_a_platforms_feature_keeps_the_longer_name():
    from claimsgraph.ingest import parse_document
    from claimsgraph.link import Linker
    from claimsgraph.model import Entity, Span
    from claimsgraph.names import find_names
    from claimsgraph.nlp import NamedSpan

    linker = Linker([Entity("vexon", "Vexon", "Organization", (("Vexon", "en"),))])
    text = "Audit firm hired\n\nThe council hired Vexon Accountants to check the port's books on Monday.\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    at = doc.text.index("Vexon Accountants")
    entities, _ = find_names(doc, linker.mentions(doc), (NamedSpan(Span(at, at + 17), "Organization"),),
                             registry=linker.entities)
    assert "Vexon Accountants" in {e.label for e in entities}
