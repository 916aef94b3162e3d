"""Parties and alliances: a plural noun's possessive inside a party's name ("the Vell People's Party", "the Vell
Workers' Labour Party") is a word of that name, not its owner's, so the label keeps it (names.py, lang/en.py).
A capitalised quoted name listed beside a body's name («…», КПРФ и «…») is a body too (names.py, lang/ru.py); a
leader's name inside the party's quoted name is a word of it, as a place's is of a channel's («…», "… 24").
Every sentence is invented."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def test_a_peoples_party_keeps_its_possessive(typed):
    text = "Vote\n\nThe ruling Vell People's Party (VPP) lost seats, and the VPP leader Jon Arvo conceded.\n"
    types, mentions = typed(text, [("Vell People's Party", "Organization", 0), ("VPP", "Organization", 1),
                                   ("Jon Arvo", "Person", 0)])
    assert types.get("Vell People's Party") == "Organization" and "Vell People Party" not in types
    assert ("VPP", "Vell People's Party") in mentions


def test_a_workers_party_found_by_its_head_keeps_its_possessive(typed):
    text = "Vote\n\nMembers of the Vell Workers' Labour Party met in Ostburg on Monday, Jon Arvo said.\n"
    types, _ = typed(text, [("Ostburg", "Place", 0), ("Jon Arvo", "Person", 0)])
    assert types.get("Vell Workers' Labour Party") == "Organization"
    assert "Vell Workers Labour Party" not in types and "Vell Workers" not in types


def test_an_owners_possessive_still_names_the_owner(typed):
    text = "Rates\n\nThe Tessaly Central Bank's Monetary Committee met on Monday, Jon Arvo said.\n"
    types, _ = typed(text, [("Tessaly Central Bank's Monetary Committee", "Organization", 0), ("Jon Arvo", "Person", 0)])
    assert "Tessaly Central Bank's Monetary Committee" not in types


def test_a_quoted_name_listed_beside_parties_is_a_party(typed):
    text = ("Выборы\n\nВ думу прошли «Вельдийский союз», КПРФ и «Новых сил», сказал Иван Вельдов. "
            "Партия «Северный путь» набрала 3%.\n")
    types, mentions = typed(text, [("Вельдийский союз", "Organization", 0), ("КПРФ", "Organization", 0),
                                   ("Иван Вельдов", "Person", 0)])
    assert types.get("Новые силы") == "Organization"
    assert ("Новых сил", "Новые силы") in mentions


def test_a_quoted_title_beside_no_body_is_no_party(typed):
    text = "Выборы\n\nИван Вельдов прочитал «Новых сил» и «Старые дни» перед выборами.\n"
    types, _ = typed(text, [("Иван Вельдов", "Person", 0)])
    assert "Новые силы" not in types and "Старые дни" not in types


@pytest.mark.parametrize("sentence", ["Партия «Варга — за Бореалию» набрала 7,7% голосов.",
                                      "В выборах участвовала партия «Варга — за Бореалию», набравшая 7,7% голосов."])
def test_a_leaders_name_in_his_partys_quoted_name_is_a_word_of_the_name(cast, sentence):
    doc = parse_document("ru_t.txt", f"Выборы в Бореалии прошли спокойно.\n\n{sentence}".encode(), "text/plain")
    result = extract(doc, cast)
    written = {doc.text[m.span.start:m.span.end]: m.entity for m in result.mentions}
    party = next(label for label in written if label.lower().startswith("партия «"))
    assert party.endswith("«Варга — за Бореалию»")
    assert "varga" not in written.values()


@pytest.mark.parametrize("text", ["Интервью\n\nКак заявила Мира Орлен в интервью «Бореалия 2», переговоры продолжатся.",
                                  'Interview\n\nMira Orlen told "Borealia 2" that talks would go on.',
                                  "Interview\n\nMira Orlen told \u201cBorealia 24\u201d that talks would go on."])
def test_a_place_and_a_number_in_quotation_marks_name_a_channel_not_the_place(cast, text):
    doc = parse_document("ru_t.txt" if "Интервью" in text else "t.txt", text.encode(), "text/plain")
    result = extract(doc, cast)
    written = {doc.text[m.span.start:m.span.end]: m.entity for m in result.mentions}
    assert "borealia" not in written.values()
    assert any(label.startswith(("Borealia 2", "Бореалия 2")) for label in written), written
