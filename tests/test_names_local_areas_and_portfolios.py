"""Local government areas and mandals as places, an office's field after its title as no body, and "the
government" as the one government body a text names itself."""


def test_names_sharing_local_government_areas_are_each_a_place(typed):
    text = "Rain\n\nWater rose in the Orvik, Tell North, and Brano local government areas, the officer said.\n"
    types, _ = typed(text, [("Brano", "Organization", 0)])
    for name in ("Orvik", "Tell North", "Brano"):
        assert types.get(f"{name} Local Government Area") == "Place"
    assert types.get("Brano") != "Organization"


def test_a_capitalised_local_government_area_is_a_place_whatever_the_model_took_it_for(typed):
    text = "Rain\n\nTen homes fell in Velso East Local Government Area of Marn State overnight.\n"
    types, _ = typed(text, [("Velso East Local Government Area", "Organization", 0)])
    assert types.get("Velso East Local Government Area") == "Place"


def test_names_sharing_mandals_are_each_a_place(typed):
    text = "Water\n\nCases were found at Orvu, Telka and Pradi mandals, the officer said.\n"
    types, _ = typed(text, [("Telka", "Person", 0), ("Pradi", "Organization", 0)])
    assert types.get("Pradi Mandal") == "Place" and types.get("Orvu Mandal") == "Place"
    assert "Person" not in types.values()


def test_an_offices_field_after_its_title_is_no_body(typed):
    text = ("Rain\n\nThe Director of Operations, Ms Dara Velt, warned residents. The Commissioner of Works and Roads, "
            "Tom Orrin, spoke later. The Minister of Trade, Farming and Rural Growth, Ana Pell, agreed.\n")
    types, _ = typed(text, [("Operations", "Organization", 0), ("Commissioner of Works and Roads", "Organization", 0),
                            ("Farming and Rural Growth", "Organization", 0)])
    assert "Operations" not in types
    assert "Commissioner of Works and Roads" not in types
    assert "Farming and Rural Growth" not in types


def test_a_body_named_after_a_title_and_of_is_still_a_body(typed):
    text = "Rain\n\nThe Director of the Velso Agency, Dara Velt, warned residents; the chairman of Orvex agreed.\n"
    types, _ = typed(text, [("Velso Agency", "Organization", 0), ("Orvex", "Organization", 0)])
    assert types.get("Velso Agency") == "Organization" and types.get("Orvex") == "Organization"


def test_the_government_is_the_one_government_the_text_named_not_a_foreign_countrys(typed):
    text = ("Floods\n\nThe Federal Government said on Sunday that floods had killed many people. The minister said "
            "talks with Tarnia's authorities would start soon, and that the government had sent aid.\n")
    types, mentions = typed(text, [("Federal Government", "Organization", 0), ("Tarnia", "Place", 0)])
    assert "Government of Tarnia" not in types
    assert ("government", "Federal Government") in mentions


def test_titles_before_a_short_honorific_are_the_persons_not_the_bodys(typed):
    text = "Water\n\nMinistry of Rivers Director General Dr. Tomas Veld said the order was final.\n"
    types, _ = typed(text, [("Tomas Veld", "Person", 0)])
    assert types.get("Ministry of Rivers") == "Organization"
    assert not any("Director" in label for label in types)


def test_things_the_text_abbreviates_in_the_plural_are_no_names(typed):
    text = ("Water\n\nStaff must clean all Upper Holding Basins (UHBs) this week. The UHBs were last cleaned in "
            "spring, the officer said.\n")
    types, _ = typed(text, [("Upper Holding Basins", "Organization", 0), ("Holding Basins", "Person", 0),
                            ("UHBs", "Organization", 1)])
    assert types == {}


def test_a_title_word_opening_things_abbreviated_in_the_plural_names_no_person(typed):
    text = "Water\n\nStaff were told to clean all Over Head Holding Tanks (OHHTs) in the villages within a week.\n"
    types, _ = typed(text)
    assert "Person" not in types.values()


def test_a_body_ending_in_a_title_word_keeps_its_name_at_a_sentences_end(typed):
    text = ("Water\n\nThe decision was announced by the Office of the President. Later the plan went to the Office "
            "of the Prime Minister.\n")
    types, _ = typed(text, [("Office of the President", "Organization", 0),
                            ("Office of the Prime Minister", "Organization", 0)])
    assert types.get("Office of the President") == "Organization"
    assert types.get("Office of the Prime Minister") == "Organization"
    assert "Office of the Prime" not in types


def test_a_firm_or_a_place_named_by_an_english_word_after_a_title_and_of_is_still_named(typed):
    text = ("Rain\n\nThe President of Harvest said sales fell. Jane Roe, the Governor of Meadow State, said the "
            "roads were shut.\n")
    types, _ = typed(text, [("Harvest", "Organization", 0), ("Meadow State", "Organization", 0)])
    assert types.get("Harvest") == "Organization"
    assert "Meadow State" in types


def test_the_government_is_no_local_body_the_text_named(typed):
    text = ("Floods\n\nThe Harbour Local Government said on Sunday that roads were shut. The government of Tarnia "
            "sent aid, and the government said more would come.\n")
    types, mentions = typed(text, [("Harbour Local Government", "Organization", 0), ("Tarnia", "Place", 0)])
    assert not any(label == "Harbour Local Government" and "government" in phrase.lower() and phrase != label
                   for phrase, label in mentions)


def test_the_plural_acronyms_a_text_spells_out_are_indexed_once_a_text():
    from claimsgraph.names import _plural_acronyms
    text = "Staff cleaned the Deep Well Pumps (DWPs) and the Ground Tanks\n(GSTs); the VWB (Vell Water Board) paid."
    assert _plural_acronyms(text) == {"DWPs", "GSTs"}


def test_an_offices_field_before_its_title_in_lower_case_is_no_body(typed):
    """"the Union Agriculture minister": a portfolio's word before a title written in lower case is the office's
    field, and the word left before it, the level of government, is a word of the language, no body either."""
    text = "Wheat\n\nThe figures went to parliament from Union Farming minister Arun Velkar on Friday.\n"
    types, _ = typed(text, [("Union Farming", "Organization", 0)])
    assert "Union Farming" not in types and "Union" not in types


def test_a_body_before_a_lower_case_title_that_is_no_portfolio_stays_a_body(typed):
    text = "Wheat\n\nThe figures were given by Velso Grain chairman Arun Velkar on Friday.\n"
    types, _ = typed(text, [("Velso Grain", "Organization", 0)])
    assert types.get("Velso Grain") == "Organization"


def test_a_commissioners_portfolio_after_for_is_no_body(typed):
    text = ("Aid\n\nThe Commissioner for Crisis Management, Dara Velt, said aid would arrive. The Commissioner for "
            "Enlargement and Neighbourhood, Tom Orrin, agreed.\n")
    types, _ = typed(text, [("Crisis Management", "Organization", 0),
                            ("Enlargement and Neighbourhood", "Organization", 0)])
    assert "Crisis Management" not in types and "Enlargement and Neighbourhood" not in types
