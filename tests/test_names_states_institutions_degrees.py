"""A state written short in a dateline, a body with a building the model took for a place, and a degree after a
person's name (names.py; STATE_ABBREVIATIONS, INSTITUTION_HEADS, COMMON_ACRONYMS in lang/en.py)."""


def test_a_state_written_short_after_a_town_is_the_state_named_in_full(typed):
    text = ("Storm hits coast\n\n"
            "ORVELLE, Fla. - Winds tore roofs off forty homes in Orvelle on Monday, and Florida sent crews.\n")
    types, mentions = typed(text, [("Fla", "Place", 0), ("Florida", "Place", 0)])
    assert "Fla" not in types
    assert types.get("Florida") == "Place"
    assert ("Fla", "Florida") in mentions


def test_a_short_state_without_its_full_stop_is_left_as_the_model_took_it(typed):
    text = ("Vote\n\n"
            "Dana Pell of Calif Holdings said the count was over.\n")
    types, _ = typed(text, [("Calif", "Place", 0)])
    assert "California" not in types


def test_a_hospital_or_an_embassy_the_model_took_for_a_place_is_a_body(typed):
    text = ("Quake relief\n\n"
            "Doctors at St. Vell Children's Hospital treated twelve people, said an official at the Tarvinian Embassy "
            "in Orvelle.\n")
    types, _ = typed(text, [("St. Vell Children's Hospital", "Place", 0), ("Tarvinian Embassy", "Place", 0),
                            ("Orvelle", "Place", 0)])
    assert types.get("St. Vell Children's Hospital") == "Organization"
    assert types.get("Tarvinian Embassy") == "Organization"
    assert types.get("Orvelle") == "Place"


def test_a_degree_after_a_person_s_name_is_no_place(typed):
    text = ("Trial\n\n"
            "\"The results are clear,\" said Dana K. Pell, MD, PhD, a professor of surgery.\n")
    types, _ = typed(text, [("Dana K. Pell", "Person", 0), ("MD", "Place", 0)])
    assert "MD" not in types
    assert types.get("Dana K. Pell") == "Person"
