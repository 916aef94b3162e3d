"""A party named between its side in a parliament and its member's title (names.py)."""


def test_a_party_between_ruling_and_mp_is_an_organisation(typed):
    text = ("Vote\n\n"
            "The opposition walked out of the chamber on Monday.\n\n"
            "Ruling Harbour Compact MP Tomas Varga mocked the walkout in a speech.\n")
    types, _ = typed(text, [("Tomas Varga", "Person", 0)])
    assert types.get("Harbour Compact") == "Organization"
    assert types.get("Tomas Varga") == "Person"


def test_a_nationality_between_opposition_and_lawmakers_is_no_party(typed):
    text = ("Vote\n\n"
            "Opposition Tarvinian lawmakers walked out of the chamber on Monday.\n")
    types, _ = typed(text, [("Tarvinian", "Nationality", 0)])
    assert "Tarvinian" not in types
