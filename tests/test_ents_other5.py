"""Names on news about other subjects: a name with a possessive owns what follows it (a manager's side, an outlet's
correspondent) and is not retyped by it (names.py); a role's words inside a longer hyphenated compound are no
mention of the role's holder (link.py)."""
from claimsgraph.ingest import parse_document


def test_a_managers_side_does_not_make_the_manager_a_club(typed):
    text = ("Match report\n\nVardley drew with Kessington at Holm Park. Tom Brackett's side had chances.\n\n"
            "Vardley manager Tom Brackett: \"We were good today.\"\n")
    types, _ = typed(text, [("Vardley", "Organization", 0), ("Tom Brackett's", "Person", 0),
                            ("Tom Brackett", "Person", 1)])
    assert types["Tom Brackett"] == "Person"


def test_a_name_without_a_possessive_before_side_is_still_a_club(typed):
    text = "Match report\n\nA strong Kessington side won at Holm Park on Sunday.\n"
    types, _ = typed(text, [("Kessington", "Person", 0)])
    assert types["Kessington"] == "Organization"


def test_an_outlets_correspondent_and_her_pronoun_do_not_make_the_outlet_a_person(typed):
    text = ("Vote count\n\nThe VDP rejected the figures on Friday.\n\n"
            "Hana Besk, Vell Jazira's correspondent reporting from Ostrova, said the figure was wrong.\n\n"
            "\"They are saying the board rigged the numbers,\" she said.\n")
    types, _ = typed(text, [("Hana Besk", "Person", 0), ("Vell Jazira's", "Organization", 0)])
    assert types["Vell Jazira"] == "Organization"


def _linked(linker, text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[m.span.start:m.span.end], m.entity) for m in linker.mentions(doc)]


def test_a_role_glued_into_a_longer_compound_names_no_one(linker):
    text = "Спорт\n\nКлуб из Вельска весной сыграет в Российской премьер-лиге. Российский премьер-министр приедет на матч.\n"
    linked = _linked(linker, text)
    assert ("Российский премьер", "mikhail-mishustin") in linked
    assert not any(surface.startswith("Российской") for surface, _ in linked)
