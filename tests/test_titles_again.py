"""A title written again alone names the one person the text titled so (names._title_again)."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.names import find_names


def _mentions(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    entities, mentions = find_names(doc, linker.mentions(doc), registry=linker.entities)
    labels = {e.key: e.label for e in entities}
    return [(doc.text[m.span.start:m.span.end], labels.get(m.entity, m.entity)) for m in mentions]


def _claimants(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    x = extract(doc, linker)
    labels = {e.key: e.label for e in x.new_entities}
    return {doc.text[c.span.start:c.span.end][:30]: labels.get(c.claimant, c.claimant) for c in x.claims}


def test_the_title_alone_is_the_person_named_with_it(linker):
    text = ("Vexon Mining CEO Jane Roe spoke to analysts on Tuesday. "
            "The CEO also vowed that the firm would buy back shares before the end of the year.")
    assert ("CEO", "Jane Roe") in _mentions(text, linker)
    assert _claimants(text, linker)["The CEO also vowed that the fi"] == "Jane Roe"


def test_no_one_when_two_share_the_title_or_a_name_or_of_follows(linker):
    two = ("Vexon CEO Jane Roe and Tarmo CEO Ivo Salk met on Monday. The CEO said the deal was done.")
    assert not [m for m in _mentions(two, linker) if m[0] == "CEO"]
    named = ("Vexon CEO Jane Roe met investors. The CEO, Ivo Salk, said nothing. The CEO of Tarmo left.")
    assert not [m for m in _mentions(named, linker) if m[0] == "CEO"]
    # a title told before the person was titled, or with a word the text never said of them, is no one's
    before = "The minister spoke first. Foreign Minister Ivo Salk arrived later. The defence minister left."
    assert not [m for m in _mentions(before, linker) if "minister" in m[0]]


def test_a_russian_title_alone_in_the_nominative(linker):
    text = ("Суд предъявит обвинение журналисту Петру Сидорову. Как заявил адвокат журналиста Антон Веселов, "
            "защита готова. Адвокат отметил, что заседание будет закрытым. Суд отказал другому адвокату. "
            "Ранее другой адвокат заявил, что дело сфабриковано.")
    found = _mentions(text, linker)
    assert ("Адвокат", "Антон Веселов") in found
    assert not [m for m in found if m[0] in ("адвокату", "адвокат")]   # not another case, nor "другой адвокат"
    assert _claimants(text, linker)["Адвокат отметил, что заседание"] == "Антон Веселов"
    # the title of a person named after it in its clause is theirs
    other = text + " Против голосовал адвокат из Вельска Олег Тарасов."
    assert not [m for m in _mentions(other, linker) if m[0] == "адвокат"]


def test_a_russian_hyphenated_title_alone(linker):
    text = ("Переговоры в Вельске продолжились во вторник. Как заявил премьер-министр Остравии Антон Веселов, "
            "граница останется открытой. Премьер-министр отметил, что пошлины снизят в мае.")
    assert ("Премьер-министр", "Антон Веселов") in _mentions(text, linker)
