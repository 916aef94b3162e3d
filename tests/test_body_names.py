"""Bodies' names found whatever whitespace parts their words (names.py)."""


def test_a_body_s_name_with_a_no_break_space_or_two_spaces_between_its_words_is_found(typed):
    text = ("Floods\n\n"
            "The State\u00a0Migration Service of Tarvinia said on Monday that 40 people left.\n\n"
            "Officials of the Coastal Relief  Agency said the roads were closed.\n")
    types, mentions = typed(text)
    assert types.get("State Migration Service of Tarvinia") == "Organization"
    assert types.get("Coastal Relief Agency") == "Organization"
    assert ("State\u00a0Migration Service of Tarvinia", "State Migration Service of Tarvinia") in mentions


def test_an_owned_body_broken_by_a_no_break_space_keeps_its_owner(typed):
    text = ("Budget\n\n"
            "The Tarvinian Supreme Council's Budget\u00a0Committee said on Monday that taxes would rise.\n")
    types, _ = typed(text)
    assert types.get("Tarvinian Supreme Council Budget Committee") == "Organization"


def test_a_name_broken_over_a_line_inside_a_paragraph_does_not_stop_the_document(typed):
    text = ("Floods\n\n"
            "On Monday officials of the State Migration Service of\nthe Republic of Tarvinia said that 40 people left "
            "the capital, and the Coastal Relief\u00a0Agency said the roads were closed.\n")
    types, _ = typed(text)
    assert types.get("Coastal Relief Agency") == "Organization"
    assert any(label.startswith("State Migration Service") for label in types)


def test_a_company_s_short_name_in_the_headline_is_the_company_named_in_full_below(typed):
    text = ("Dorvane to cut 400 jobs\n\n"
            "Dorvane Materials Inc said on Tuesday it would close two plants in Tarvinia.\n\n"
            "Dorvane said demand had fallen.\n")
    types, mentions = typed(text, [("Dorvane", "Organization", 0), ("Dorvane Materials Inc", "Organization", 0),
                                   ("Dorvane", "Organization", 2)])
    assert [label for label, kind in types.items() if kind == "Organization"] == ["Dorvane Materials Inc"]


def test_a_place_s_name_is_not_the_short_name_of_a_body_named_after_it(typed):
    text = ("Storm\n\n"
            "Officials of the Norhaven Police said on Monday that roads in Norhaven were closed.\n")
    types, _ = typed(text, [("Norhaven Police", "Organization", 0), ("Norhaven", "Place", 1)])
    assert types.get("Norhaven") == "Place"


def test_a_ministry_s_contracted_head_is_the_ministry_named_in_full(typed):
    text = ("Флот\n\n"
            "Министерство обороны Тарвинии опровергло сообщения о потерях флота.\n\n"
            "«Это неправда», — заявили в Минобороны.\n")
    types, _ = typed(text, [("Министерство обороны Тарвинии", "Organization", 0), ("Минобороны", "Organization", 0)])
    assert "Минобороны" not in types and types.get("Министерство обороны Тарвинии") == "Organization"


def test_an_acronym_with_its_owner_is_the_body_with_the_same_owner_in_full(typed):
    text = ("Visit\n\n"
            "The Ministry of Foreign Affairs of Tarvinia said on Monday that talks would resume.\n\n"
            "The MFA added that the envoy would travel to Lindholm.\n")
    types, _ = typed(text, [("Ministry of Foreign Affairs of Tarvinia", "Organization", 0), ("MFA", "Organization", 0)])
    assert "MFA" not in types
