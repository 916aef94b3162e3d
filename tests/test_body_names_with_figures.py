"""Firms whose names open with a figure ("7Q Company") are names, not dates or sums (names.py)."""


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
