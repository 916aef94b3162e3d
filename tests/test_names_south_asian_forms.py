"""Names as South Asian and South-East Asian news writes them: given names cut to initials without full stops, a royal
title before honours, titles stacked before a name ("Chief Adviser Professor ..."), a middle name left out."""


def test_initials_without_full_stops_before_a_surname_make_a_persons_name(typed):
    text = ("We heard that K Dorvane would pay the fine next month.\n"
            "The board met R T Velmarsh on Friday in the capital.\n")
    found, _ = typed(text, [("K Dorvane", "Organization", 0), ("R T Velmarsh", "Organization", 0)])
    assert found == {"K Dorvane": "Person", "R T Velmarsh": "Person"}


def test_initials_before_a_bodys_head_or_a_countrys_name_keep_a_bodys_type(typed):
    text = ("Shares of P Dorvane Group rose on Monday.\n"
            "Exports to S Korea fell in March, the ministry said.\n")
    found, _ = typed(text, [("P Dorvane Group", "Organization", 0), ("S Korea", "Organization", 0)])
    assert found == {"P Dorvane Group": "Organization", "S Korea": "Organization"}


def test_capitalised_adviser_and_professor_before_a_name_are_titles(typed):
    text = "The session was chaired by Chief Adviser Professor Omid Tarquay on Sunday.\n"
    found, _ = typed(text, [("Adviser Professor Omid", "Person", 0)])
    assert found == {"Omid Tarquay": "Person"}


def test_a_malay_royal_title_before_honours_is_cut_from_the_name(typed):
    text = ("Exports will hold up this year, said Trade Minister, Tengku Datuk Seri Faris Omran.\n"
            "Later, Tengku Faris met the envoys.\n")
    found, _ = typed(text, [("Tengku Datuk Seri Faris Omran", "Person", 0), ("Tengku Faris", "Person", 0)])
    assert found == {"Faris Omran": "Person"}


def test_a_name_with_its_middle_name_left_out_is_the_same_person(typed):
    text = ("State Governor Obinna Tamuno Dakoru addressed the crowd on Sunday.\n"
            "Later, Obinna Dakoru met the lawyers.\n")
    found, _ = typed(text, [("Obinna Tamuno Dakoru", "Person", 0), ("Obinna Dakoru", "Person", 0)])
    assert found == {"Obinna Tamuno Dakoru": "Person"}
