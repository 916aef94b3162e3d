"""Names on police and local news: a police rank written out with its grade and "of Police" ("Additional
Superintendent of Police", "Station House Officer of Police … Crime Branch") is an office, no body, whatever a model
took it for (names.py, lang/en.py POLICE_RANK_GRADES); a name ending in a street noun after "on", "along", "off" or
"near" is a street's, and a street's name is never a person's (names.py, lang/en.py STREET_PREPOSITIONS); a one-word
name the model took for a body's right after "in" or "near", and for a place's as often elsewhere, is the place; a
place's span with a possessive inside, before a kind of place ("Tarnia's Vell district"), is two places; a one-word
name before "area" and a name ending in "Park" are places (lang/en.py PLACE_NOUNS_AFTER_ONE_WORD, PLACE_NAME_ENDINGS).
Every sentence is invented."""


def test_a_written_out_rank_with_its_grade_is_no_body(typed):
    text = ("Arrest\n\nA squad under Additional Superintendent of Police Tomas Kirren held "
            "the suspect in Vardel on Monday.\n")
    types, _ = typed(text, [("Additional Superintendent of Police", "Organization", 0),
                            ("Tomas Kirren", "Person", 0)])
    assert "Additional Superintendent of Police" not in types
    assert types.get("Tomas Kirren") == "Person"


def test_a_written_out_rank_with_a_unit_after_it_is_no_body(typed):
    text = ("Arrest\n\nThe tip was checked with a Station House Officer of Police in Ostrow. According to "
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


def test_a_street_after_on_is_a_place_whatever_the_model_took_it_for(typed):
    text = ("Arrest\n\nOfficers waited on Varsi Bagh Road at dawn. Tamsin Roe said the van stopped near "
            "Kellow Lane.\n\nHarvey Lane said the van was red.\n")
    types, _ = typed(text, [("Varsi Bagh Road", "Person", 0), ("Tamsin Roe", "Person", 0),
                            ("Kellow Lane", "Organization", 0), ("Harvey Lane", "Person", 0)])
    assert types.get("Varsi Bagh Road") == "Place"
    assert types.get("Kellow Lane") == "Place"
    assert types.get("Harvey Lane") == "Person"


def test_a_street_referred_back_to_by_a_person_s_pronoun_stays_a_street(typed):
    text = ("Floods\n\nResidents who live on Dunmore Lane in Orlaby were warned. One homeowner on Dunmore Lane has "
            "built a wall in his backyard.\n")
    types, _ = typed(text, [("Dunmore Lane", "Place", 0), ("Orlaby", "Place", 0), ("Dunmore Lane", "Person", 1)])
    assert types.get("Dunmore Lane") == "Place"


def test_a_street_before_a_verb_of_saying_is_no_speaker(typed):
    text = ("Floods\n\nResidents who live on Pellow Lane said the water rose fast.\n")
    types, _ = typed(text)
    assert types.get("Pellow Lane") != "Person"


def test_a_town_a_model_took_once_for_a_body_after_in_is_the_town(typed):
    text = ("Floods\n\nForecasters from the weather office in Dallowby said the creek would crest on Friday. "
            "In Dallowby, trails were shut. The Dallowby city shop gave out sand bags.\n")
    types, _ = typed(text, [("Dallowby", "Organization", 0), ("Dallowby", "Place", 1), ("Dallowby", "Place", 2)])
    assert types.get("Dallowby") == "Place"


def test_a_body_a_model_took_more_often_for_a_body_stays_a_body(typed):
    text = ("Deal\n\nInvestors put money in Vexmora on Monday. Vexmora said profits rose, and Vexmora shares "
            "fell in Orlaby.\n")
    types, _ = typed(text, [("Vexmora", "Organization", 0), ("Vexmora", "Organization", 1),
                            ("Vexmora", "Place", 2), ("Orlaby", "Place", 0)])
    assert types.get("Vexmora") == "Organization"


def test_a_place_s_possessive_before_a_district_names_both_places(typed):
    text = ("Arrest\n\nA man was held over a riot in Tarvinia\u2019s Kessel district, officials said. He was "
            "seen in Mabel's Orchard on Monday.\n")
    types, _ = typed(text, [("Tarvinia\u2019s Kessel", "Place", 0), ("Mabel's Orchard", "Place", 0)])
    assert types.get("Tarvinia") == "Place"
    assert "Kessel District" in types or "Kessel" in types
    assert "Mabel" not in types


def test_a_one_word_name_before_area_is_a_place(typed):
    text = ("Arrest\n\nPolice caught him in the Tesmora area under Vell police station after a chase.\n")
    types, _ = typed(text, [("Tesmora", "Organization", 0)])
    assert types.get("Tesmora") == "Place"


def test_a_national_park_is_a_place(typed):
    text = ("Eruption\n\nThe volcano sits in Orla Peaks National Park, rangers said.\n")
    types, _ = typed(text, [("Orla Peaks National Park", "Organization", 0)])
    assert types.get("Orla Peaks National Park") == "Place"


def test_a_name_the_model_reads_as_a_persons_elsewhere_is_no_street(typed):
    """"on" is "about" here, and the name speaks in the next sentence: a person's name ending in a street noun."""
    text = ("Books\n\nA new book on Tomas Street came out in Vell. Tomas Street said 40 copies were sold.\n")
    types, _ = typed(text, [("Tomas Street", "Person", 0), ("Tomas Street", "Person", 1)])
    assert types.get("Tomas Street") == "Person"


def test_an_owner_before_a_possessive_after_on_is_no_street(typed):
    text = ("Rally\n\nA rally was held in Vell on Ana Lane's birthday. Ana Lane said the port would reopen.\n")
    types, _ = typed(text, [("Ana Lane", "Person", 0), ("Ana Lane", "Person", 1)])
    assert types.get("Ana Lane") == "Person"


def test_a_body_before_area_with_no_place_preposition_stays_a_body(typed):
    """"area" modifies the noun after it: the Vexon area manager is Vexon's, a firm's."""
    text = ("Outage\n\nThe Vexon area manager said 20 homes in Vell lost power.\n")
    types, _ = typed(text, [("Vexon", "Organization", 0)])
    assert types.get("Vexon") == "Organization"


def test_a_place_s_possessive_before_a_kind_of_land_stays_one_name(typed):
    """"island" is no administrative unit: "Kellow's Landing" is one place's name, no Kellow in it."""
    text = ("Ferry\n\nThe ferry to Kellow's Landing island will stop in May, officials in Vell said.\n")
    types, _ = typed(text, [("Kellow's Landing", "Place", 0)])
    assert "Kellow" not in types


def test_a_street_after_doubled_spaces_or_a_wrapped_line_is_a_street(typed):
    """Copy from the web doubles spaces and wraps lines: the preposition still stands before the street."""
    text = ("Trap\n\nPolice set a speed trap on  Orla Lane on Monday. Drivers were fined on\nVell Road, police said.\n")
    types, _ = typed(text, [("Orla Lane", "Organization", 0), ("Vell Road", "Organization", 0)])
    assert types.get("Orla Lane") == "Place" and types.get("Vell Road") == "Place"


def test_a_street_named_twice_that_the_model_reads_as_a_person_is_a_street(typed):
    """Both readings stand after "on": no one's name elsewhere, the street's both times."""
    text = ("Trap\n\nPolice set a speed trap on Orla Lane on Monday. Drivers on Orla Lane said the trap was unfair.\n")
    types, _ = typed(text, [("Orla Lane", "Person", 0), ("Orla Lane", "Person", 1)])
    assert types.get("Orla Lane") == "Place"


def test_a_body_before_area_with_no_noun_after_it_is_a_place(typed):
    """Nothing "area" could modify follows it: the Vell area is a place, with or without "in" before it."""
    text = ("Floods\n\nFloods hit the Vell area on Monday, officials in Orlov said.\n")
    types, _ = typed(text, [("Vell", "Organization", 0)])
    assert types.get("Vell") == "Place"


def test_a_place_s_possessive_before_a_settlement_names_both_places(typed):
    """A village, a town or a city is a unit of its place too: Tarnia holds Orla village."""
    text = ("Floods\n\nFloods hit Tarnia's Orla village on Monday, officials said.\n")
    types, _ = typed(text, [("Tarnia's Orla", "Place", 0)])
    assert types.get("Tarnia") == "Place"
