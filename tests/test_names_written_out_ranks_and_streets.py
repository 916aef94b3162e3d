"""Names on police and local news: a police rank written out with its grade and "of Police" ("Additional
Superintendent of Police", "Station House Officer of Police … Crime Branch") is an office, no body, whatever a model
took it for (names.py, lang/en.py POLICE_RANK_GRADES).
Every sentence is invented."""


def test_a_written_out_rank_with_its_grade_is_no_body(typed):
    text = ("Arrest\n\nA team led by Additional Superintendent of Police of Vardel district Tomas Kirren held "
            "the suspect on Monday.\n")
    types, _ = typed(text, [("Additional Superintendent of Police", "Organization", 0),
                            ("Tomas Kirren", "Person", 0)])
    assert "Additional Superintendent of Police" not in types
    assert types.get("Tomas Kirren") == "Person"


def test_a_written_out_rank_with_a_unit_after_it_is_no_body(typed):
    text = ("Arrest\n\nThe tip was checked with the Station House Officer of Police in Ostrow. According to "
            "Joint Commissioner of Police Special Cell Orin Maltby, the man was charged.\n")
    types, _ = typed(text, [("Station House Officer of Police", "Organization", 0),
                            ("Joint Commissioner of Police Special Cell", "Organization", 0),
                            ("Orin Maltby", "Person", 0)])
    assert not any("of Police" in label for label in types)
    assert types.get("Orin Maltby") == "Person"


def test_a_body_named_after_the_police_is_still_named(typed):
    text = ("Arrest\n\nThe Directorate of Police Affairs said on Monday that the man was charged.\n")
    types, _ = typed(text, [("The Directorate of Police Affairs", "Organization", 0)])
    assert types.get("Directorate of Police Affairs") == "Organization"
