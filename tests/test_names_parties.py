"""Parties and alliances: a plural noun's possessive inside a party's name ("the Vell People's Party", "the Vell
Workers' Labour Party") is a word of that name, not its owner's, so the label keeps it (names.py, lang/en.py).
Every sentence is invented."""


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
