"""A wildfire's name ending in "Fire" is an event's, whatever place or body a model took it for; a name ending so
that speaks, or that a model took for a person's, is a fire service's (names.py, WILDFIRE_NAME_ENDINGS)."""


def test_a_fire_named_after_a_canyon_or_a_park_is_an_event(typed):
    text = ("Wildfires\n\n"
            "The Orvel Canyon Fire grew to 3,000 acres on Monday, and the Tarnby Park Fire was 40% contained.\n")
    types, _ = typed(text, [("Orvel Canyon Fire", "Organization", 0), ("Tarnby Park Fire", "Place", 0)])
    assert types["Orvel Canyon Fire"] == "Event"
    assert types["Tarnby Park Fire"] == "Event"


def test_a_fire_service_that_speaks_is_a_body(typed):
    text = ("Wildfires\n\n"
            "The blaze burned 500 acres, Vell Fire said on Tuesday.\n")
    types, _ = typed(text, [("Vell Fire", "Organization", 0)])
    assert types["Vell Fire"] == "Organization"


def test_a_fire_service_a_model_took_for_a_person_is_a_body(typed):
    text = ("Wildfires\n\n"
            "Crews hoped to contain it by Monday, said Mara Velsen, battalion chief for Orn Fire.\n")
    types, _ = typed(text, [("Mara Velsen", "Person", 0), ("Orn Fire", "Person", 0)])
    assert types["Orn Fire"] == "Organization"
    assert types["Mara Velsen"] == "Person"


def test_a_name_ending_in_fire_without_a_fire_s_words_stays_as_the_model_read_it(typed):
    text = "Night shift\n\nCrews from Vell Fire fought it overnight.\n"
    types, _ = typed(text, [("Vell Fire", "Organization", 0)])
    assert types["Vell Fire"] == "Organization"
