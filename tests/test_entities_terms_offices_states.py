"""Names that are no bodies' though written like them: a substance's acronym, a common noun an acronym qualifies, an
office's acronym before its holder; a federation's member state, a place; two bodies joined by "and" (names.py)."""


def test_a_pollutant_s_acronym_is_no_body(typed):
    text = ("Wells\n\n"
            "Tests near the Vell plant found PFOS and PCBs in the wells, the Orla Water Board said on Monday.\n")
    types, _ = typed(text, [("PFOS", "Organization", 0), ("PCBs", "Organization", 0),
                            ("Orla Water Board", "Organization", 0)])
    assert "PFOS" not in types and "PCBs" not in types
    assert types.get("Orla Water Board") == "Organization"


def test_a_common_noun_an_acronym_qualifies_is_no_name(typed):
    text = ("Сети\n\n"
            "По итогам года KPI-показатели сети «Варден» выросли, сообщила компания.\n")
    types, _ = typed(text, [("KPI-показатели", "Organization", 0)])
    assert "KPI-показатели" not in types


def test_an_office_s_acronym_before_its_holder_is_no_company(typed):
    text = ("Suit\n\n"
            "Tarvinia AG Ilse Varga said on Monday the Vexon Holdings AG deal was unfair.\n")
    types, _ = typed(text, [("Tarvinia AG", "Organization", 0), ("Ilse Varga", "Person", 0)])
    assert "Tarvinia AG" not in types
    assert types.get("Ilse Varga") == "Person"
    assert types.get("Vexon Holdings AG") == "Organization"


def test_a_federation_s_member_state_is_a_place_and_its_government_a_body(typed):
    text = ("Floods\n\n"
            "Floods hit Orvel State on Monday, and the Orvel State Government said it would send boats.\n")
    types, _ = typed(text, [("Orvel State", "Organization", 0), ("Orvel State Government", "Organization", 0)])
    assert types.get("Orvel State") == "Place"
    assert types.get("Orvel State Government") == "Organization"


def test_an_acronym_and_a_ministry_joined_by_and_are_two_bodies(typed):
    text = ("Spill\n\n"
            "The VWQA, a Tarvinian water watchdog, said on Monday that VWQA and Ministry of Water and Power staff "
            "would inspect the site.\n")
    types, mentions = typed(text, [("VWQA", "Organization", 0)])
    assert "VWQA and Ministry of Water and Power" not in types
    assert types.get("Ministry of Water and Power") == "Organization"
    assert ("VWQA", "VWQA") in mentions


def test_two_bodies_joined_by_and_are_two_bodies(typed):
    text = ("Plan\n\n"
            "The Harlow Council and Orla Agency signed the plan on Monday, officials said.\n")
    types, _ = typed(text)
    assert types.get("Harlow Council") == "Organization" and types.get("Orla Agency") == "Organization"
    assert "Harlow Council and Orla Agency" not in types


def test_a_firm_named_by_one_capital_and_a_figure_is_kept(typed):
    text = ("Торговля\n\n"
            "Выручка ритейлера Ф7 за год выросла на 12%, сообщила компания в понедельник.\n")
    types, _ = typed(text, [("Ф7", "Organization", 0)])
    assert types.get("Ф7") == "Organization"


def test_a_firm_named_by_a_figure_and_one_capital_is_kept(typed):
    text = ("Deal\n\n"
            "Shares of 7V rose on Monday after the Tarvinian maker of adhesives agreed to settle.\n")
    types, _ = typed(text, [("7V", "Organization", 0)])
    assert types.get("7V") == "Organization"


def test_a_name_ending_in_state_the_text_does_not_place_stays_a_body(typed):
    text = ("Attack\n\n"
            "Vellish State claimed the attack on Monday, officials said. Tarvo State beat Orla 21-14 on Saturday.\n")
    types, _ = typed(text, [("Vellish State", "Organization", 0), ("Tarvo State", "Organization", 0)])
    assert types.get("Vellish State") != "Place" and types.get("Tarvo State") != "Place"


def test_a_member_state_after_a_preposition_is_a_place(typed):
    text = ("Floods\n\n"
            "Rivers burst their banks in Orvel State on Monday, officials said.\n")
    types, _ = typed(text, [("Orvel State", "Organization", 0)])
    assert types.get("Orvel State") == "Place"


def test_a_body_whose_name_joins_common_words_by_and_is_one_body(typed):
    text = ("Banks\n\n"
            "Shares of First Vell Bank and Trust Company rose 3% on Monday, the Tarnovia exchange said.\n")
    types, _ = typed(text, [("First Vell Bank and Trust Company", "Organization", 0)])
    assert types.get("First Vell Bank and Trust Company") == "Organization"
    assert "Trust Company" not in types


def test_two_bodies_the_model_ran_into_one_are_two(typed):
    text = ("Plan\n\n"
            "The deal was signed by Harlow Council and Orla Agency staff on Monday, officials said.\n")
    types, _ = typed(text, [("Harlow Council and Orla Agency", "Organization", 0)])
    assert types.get("Harlow Council") == "Organization" and types.get("Orla Agency") == "Organization"
    assert "Harlow Council and Orla Agency" not in types


def test_a_period_s_or_a_technology_s_code_is_no_firm(typed):
    text = ("Results\n\n"
            "Vell Telecom said Q3 sales of 5G phones rose, and the H1 figures were strong, Jane Roe said.\n")
    types, _ = typed(text, [("Q3", "Organization", 0), ("5G", "Organization", 0), ("H1", "Organization", 0)])
    assert not {"Q3", "5G", "H1"} & set(types)


def test_a_member_state_is_placed_by_a_capitalised_or_other_preposition_and_by_its_offices(typed):
    text = ("Attack\n\nIn Vell State, gunmen killed 12 people. Troops were sent to Orvel State on Monday. Aid came "
            "from Marn State. Tarno State governor Jane Roe said more would follow.\n")
    names = ("Vell State", "Orvel State", "Marn State", "Tarno State")
    types, _ = typed(text, [(name, "Organization", 0) for name in names])
    for name in names:
        assert types.get(name) == "Place", name


def test_names_in_capitals_before_a_member_states_office_are_read_in_linear_time():
    import time
    from claimsgraph.names import _placed_member_states
    text = "x" + "X" * 20000 + " State Governor"
    began = time.perf_counter()
    assert _placed_member_states(text) == frozenset()
    assert time.perf_counter() - began < 0.5


def test_two_bodies_joined_by_and_are_two_whatever_word_opens_the_second(typed):
    text = ("Plan\n\n"
            "The Harlow Council and Western Water Board said on Monday that the Tarnovia plan was final.\n")
    types, _ = typed(text, [("Harlow Council and Western Water Board", "Organization", 0)])
    assert types.get("Harlow Council") == "Organization" and types.get("Western Water Board") == "Organization"
    assert "Harlow Council and Western Water Board" not in types
