"""Names on courts, disasters and regional news: a person's title between a place and a person's name belongs to the
person ("Sheriff" is a title), so the place's name ends before it, and a capitalised kind of place may come before
such a title; a participle opening the sentence is no word of the place's name; a kind of place and a title alone
are an office, no name; the last words of a longer body's name the model read are no person's beside a verb of
saying; townships are kinds of place; a hyphenated noun before a quoted name types it by its last part; «г.» before a
name is a town's noun (not after a year's number); a person's name the model cut after a particle goes on to the
surname; a role the model took into a name is no word of it (names.py, lang/en.py, lang/ru.py). Every sentence is
invented."""


def test_a_sheriffs_title_splits_the_county_from_the_sheriff(typed):
    text = ("Court news\n\nVellmark County Sheriff Dara Quist sued the board on Monday. "
            "Quist wants more money for the jail.\n")
    types, mentions = typed(text, [("Vellmark County Sheriff Dara Quist", "Place", 0), ("Quist", "Organization", 1)])
    assert types.get("Vellmark County") == "Place" and types.get("Dara Quist") == "Person"
    assert not any("Sheriff" in label for label in types)
    assert ("Quist", "Dara Quist") in mentions


def test_a_title_before_a_person_inside_a_places_span_is_no_word_of_the_place(typed):
    text = "Flood news\n\nOrlevan Province Governor Lina Vey visited the dam on Friday.\n"
    types, _ = typed(text, [("Orlevan Province Governor Lina Vey", "Place", 0)])
    assert types.get("Orlevan Province") == "Place" and types.get("Lina Vey") == "Person"
    assert not any("Governor" in label for label in types)


def test_a_county_before_a_judges_title_is_a_place_without_the_participle_opening_the_sentence(typed):
    text = "Court news\n\nRetired Tarnby County Circuit Judge Ola Brenn heard the case in the spring.\n"
    types, _ = typed(text, [("Ola Brenn", "Person", 0)])
    assert types.get("Tarnby County") == "Place"
    assert not any(label.startswith("Retired") for label in types)


def test_a_county_before_a_body_is_still_no_place_of_its_own(typed):
    text = "Court news\n\nThe Tarnby County Court sat on Monday.\n"
    types, _ = typed(text, [("The Tarnby County Court", "Organization", 0)])
    assert "Tarnby County" not in types


def test_a_kind_of_place_and_a_title_are_an_office_not_a_name(typed):
    text = "Court news\n\nUnder the new rule the County Judge must sign each invoice.\n"
    types, _ = typed(text, [("the County Judge", "Place", 0)])
    assert "County Judge" not in types


def test_the_last_words_of_a_longer_body_beside_a_verb_are_no_persons_name(typed):
    text = "Quake news\n\nThe VN Marine Survey said two tremors shook Orla before dawn.\n"
    types, _ = typed(text, [("The VN Marine Survey", "Organization", 0)])
    assert types.get("VN Marine Survey") == "Organization"
    assert "Marine Survey" not in types


def test_a_township_is_a_place_named_before_its_kind(typed):
    text = "Quake news\n\nRescuers reached Ostrel township by noon on Friday.\n"
    types, _ = typed(text, [])
    assert types.get("Ostrel Township") == "Place"


def test_a_hyphenated_noun_before_a_quoted_name_types_it_by_its_last_part(typed):
    text = "Новости\n\nОб этом сообщает интернет-портал «Вельские вести» в пятницу.\n"
    types, _ = typed(text, [])
    assert any("Вельские вести" in label and kind == "Organization" for label, kind in types.items())


def test_a_town_after_the_abbreviated_noun_is_a_place_but_a_year_is_no_town(typed):
    text = "Новости\n\nВ г. Верхнеозёрске Озёрской области в четверг открыли мост. В 2031 г. Правительство ввело сбор.\n"
    types, _ = typed(text, [("Озёрской области", "Place", 0)])
    assert types.get("Верхнеозёрск") == "Place"
    assert "Правительство" not in types


def test_a_persons_name_the_model_cut_after_a_particle_goes_on_to_the_surname(typed):
    text = "Sport\n\nCoach Marten van der Hoek praised the young side after the draw. Van der Hoek left early.\n"
    types, mentions = typed(text, [("Marten van", "Person", 0), ("Hoek", "Organization", 0),
                                   ("Hoek", "Person", 1)])
    assert types.get("Marten van der Hoek") == "Person" and "Hoek" not in types
    assert ("Hoek", "Marten van der Hoek") in mentions


def test_a_players_role_the_model_took_in_is_no_word_of_his_name(typed):
    text = "Sport\n\nStriker Ali bin Tarek scored twice in the second half at Holm Park.\n"
    types, _ = typed(text, [("Striker Ali bin Tarek", "Person", 0)])
    assert types.get("Ali bin Tarek") == "Person" and "Striker Ali bin Tarek" not in types


def test_a_year_before_the_abbreviated_noun_with_a_non_breaking_space_is_no_town(typed):
    text = "Новости\n\nВ 2031\u00a0г. Заречный завод закрыли, сообщили в четверг в Озёрской области.\n"
    types, _ = typed(text, [("Озёрской области", "Place", 0)])
    assert types.get("Заречный") != "Place"
