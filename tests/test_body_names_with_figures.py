"""Firms named oddly: opening with a figure ("7Q Company"), or called by their first partners (names.py)."""


def test_a_firm_s_name_opening_with_a_figure_is_kept(typed):
    text = ("Filing\n\n"
            "In a quarterly filing, 7Q Company, a maker of tiles in Tarvinia, reported losses on Monday.\n")
    types, _ = typed(text, [("7Q Company", "Organization", 0)])
    assert types.get("7Q Company") == "Organization"


def test_a_figure_before_a_capitalised_word_is_still_no_name(typed):
    text = ("Census\n\n"
            "On Monday 9 May Street residents in Tarvinia counted 40 Tarvinians.\n")
    types, _ = typed(text, [("40 Tarvinians", "Organization", 0), ("9 May Street", "Organization", 0)])
    assert "40 Tarvinians" not in types and "9 May Street" not in types


def test_a_firm_called_by_its_first_two_partners_is_the_firm_not_a_person(typed):
    text = ("Suit\n\n"
            "Kessel Marr Dovan Holt LLP said on Monday it had filed suit against a Tarvinian miner.\n\n"
            "\"The miner hid the risks,\" said Kessel Marr partner Ilse Varga.\n")
    types, _ = typed(text, [("Kessel Marr Dovan Holt LLP", "Organization", 0), ("Kessel Marr", "Person", 1),
                            ("Ilse Varga", "Person", 0)])
    assert "Kessel Marr" not in types
    assert types.get("Kessel Marr Dovan Holt LLP") == "Organization"
    assert types.get("Ilse Varga") == "Person"
