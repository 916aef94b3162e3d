"""Capitalised words that are no names: a conjunction opening a sentence before a company's name, a share's
earnings acronym, a temperature scale after a figure (invented firms, places and sentences)."""
from extracted import new_types


def test_sentence_opening_conjunction_is_no_word_of_a_company_name(linker):
    text = ("Results\n\nAs Ruritel Chief Executive Mara Velsen discussed the results on Tuesday, shares fell. "
            "After Ruritel Chief Executive Mara Velsen presented the plan, analysts were calm.\n")
    types = new_types(text, linker)
    assert "As Ruritel" not in types
    assert "After Ruritel" not in types
    assert types.get("Ruritel") == "Organization"


def test_earnings_per_share_acronym_is_no_body(typed):
    types, _ = typed("Results\n\nRuritel expects adjusted EPS to decline by 5% this year.\n",
                     [("Ruritel", "Organization", 0), ("EPS", "Organization", 0)])
    assert "EPS" not in types


def test_temperature_scale_after_a_figure_is_no_place(typed):
    types, _ = typed("Weather\n\nTemperatures in Velloria could reach 31 degrees Celsius (88 Fahrenheit) on Sunday.\n",
                     [("Velloria", "Place", 0), ("Celsius", "Place", 0), ("Fahrenheit", "Place", 0)])
    assert "Fahrenheit" not in types
    assert "Celsius" not in types
    assert types.get("Velloria") == "Place"


def test_russian_temperature_scale_after_a_figure_is_no_place(typed):
    types, _ = typed("Погода\n\nВ Велории температура поднимется до 95 градусов по Фаренгейту, или 35 по Цельсию.\n",
                     [("Фаренгейту", "Place", 0), ("Цельсию", "Place", 0)])
    assert not {label for label in types if label.startswith(("Фаренгейт", "Цельси"))}
