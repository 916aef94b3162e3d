"""Names in news on sport, summits, banks and football in Russian: a numbered session of a recurring
event ("the VCC31 summit") is an event wherever it is named, and the conference noun after it adds no second
event (names.py, lang/en.py); an acronym a model took for a place's name is the one body here whose initials
spell it (names.py); a surname that looks like a patronymic and is written alone is no patronymic, so two men of
one given name stay two (names.py); a place's name after a person's possessive ("Jon Arvo's Vell Rangers") is
that person's club (names.py). Every sentence is invented."""


def test_a_numbered_session_of_an_event_is_one_event(typed):
    text = ("Climate\n\nThe VCC31 summit agreed a deal in Lindholm. The VCC31 president closed the session.\n\n"
            "Delegates at the VCC32 conference in Ostburg will meet again.\n")
    types, mentions = typed(text, [("VCC31", "Place", 0), ("VCC31", "Place", 1), ("Lindholm", "Place", 0)])
    assert types.get("VCC31") == types.get("VCC32") == "Event"
    assert [m for m in mentions if m[1] == "VCC31"] == [("VCC31", "VCC31"), ("VCC31", "VCC31")]
    assert not any(label.startswith("conference") for label in types)
    assert types.get("Ostburg") == "Place"


def test_an_acronym_taken_for_a_place_is_the_body_it_spells(typed):
    text = "Rates\n\nVell Reserve raised rates on Monday, VR governor Jon Arvo told reporters.\n"
    types, mentions = typed(text, [("Vell Reserve", "Organization", 0), ("VR", "Place", 0), ("Jon Arvo", "Person", 0)])
    assert "VR" not in types
    assert ("VR", "Vell Reserve") in mentions


def test_a_surname_like_a_patronymic_written_alone_is_no_patronymic(typed):
    text = ("Футбол\n\nТренер Михаил Велькович заявил, что «Вельд» (Михаил Торвальдов) проиграл. "
            "Команда сыграет лучше, сказал Велькович.\n")
    types, mentions = typed(text, [("Михаил Велькович", "Person", 0), ("Михаил Торвальдов", "Person", 0),
                                   ("Велькович", "Person", 1)])
    assert ("Михаил Велькович", "Михаил Велькович") in mentions
    assert ("Михаил Торвальдов", "Михаил Торвальдов") in mentions


def test_a_place_after_a_persons_possessive_is_that_persons_club(typed):
    text = "League\n\nJon Arvo's Vell Rangers were top after 12 rounds. Vell Rangers then lost four games in a row.\n"
    types, _ = typed(text, [("Jon Arvo", "Person", 0), ("Vell Rangers", "Place", 0), ("Vell Rangers", "Place", 1)])
    assert types.get("Vell Rangers") == "Organization"
