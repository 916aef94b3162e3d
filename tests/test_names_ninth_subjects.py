"""Names on news about other subjects (sport, local government, business): a coach's title before a name is no part
of it (lang/en.py); a given name after "города" opens the name of the town's office holder, not of the town
(names.py); a name glued before "-based" is where something sits, whatever a model took it for (names.py,
lang/en.py); a name the text says won seats is a party's (names.py, SEATS_WON in lang/en.py and lang/ru.py); two
one-word halves of an English name the model cut at the space are one name, three in a row a line of tags
(names.py); "Former", "Acting" opening a sentence open no body's name (TENURE_WORDS in lang/en.py); a score the
model took into a person's name is cut off, as from any other; a body's name of several words the text also
writes in lower case in prose (not in a line of tags) is a phrase of the language; a person's name the model ran on into places' names (a line of
tags) ends before them; a club's mark after a name the model found ("FC") is part of it, and the name without
the mark is the club again (names.py). Every sentence is invented."""


def test_a_coachs_title_before_a_name_is_no_part_of_it(typed):
    text = ("Vardley part ways\n\nVardley sacked manager Tom Brackett on Monday.\n\n"
            "\"Vardley can confirm Head Coach Tom Brackett has left. Assistant Head Coach Piet Olden leaves too.\"\n")
    types, mentions = typed(text, [("Vardley", "Organization", 1), ("Tom Brackett", "Person", 0),
                                   ("Tom Brackett", "Person", 1), ("Piet Olden", "Person", 0)])
    assert types.get("Tom Brackett") == types.get("Piet Olden") == "Person"
    assert not any("Coach" in label for label in types)


def test_a_given_name_after_the_town_noun_opens_its_office_holders_name(typed):
    text = "Паводок\n\nНа месте работает исполняющий обязанности главы города Пётр Вальков.\n"
    types, _ = typed(text, [("Пётр Вальков", "Person", 0)])
    assert types == {"Пётр Вальков": "Person"}


def test_a_town_named_before_its_office_holder_ends_before_the_given_name(typed):
    text = "Паводок\n\nНа место приехала мэр города Вельска Анна Рыбина.\n"
    types, _ = typed(text, [("Вельска", "Place", 0), ("Анна Рыбина", "Person", 0)])
    assert types.get("Вельск") == "Place" and types.get("Анна Рыбина") == "Person"
    assert not any("Анна" in label and label != "Анна Рыбина" for label in types)


def test_a_name_before_based_is_no_body(typed):
    text = "Club news\n\nThe club's Vardenby-based owners confirmed on Monday that Tom Brackett had left.\n"
    types, _ = typed(text, [("Vardenby", "Organization", 0), ("Tom Brackett", "Person", 0)])
    assert "Vardenby" not in types and types.get("Tom Brackett") == "Person"


def test_a_name_that_won_seats_is_a_partys(typed):
    text = ("Vote count\n\nVell Unity has won the most seats in the election. Nova Liga, which won one seat, "
            "and Orla Brin, who won a seat of her own, were also elected.\n")
    types, _ = typed(text, [("Vell Unity", "Organization", 0), ("Nova Liga", "Person", 0), ("Orla Brin", "Person", 0)])
    assert types.get("Nova Liga") == "Organization" and types.get("Orla Brin") == "Person"


def test_a_russian_name_that_won_seats_is_a_partys(typed):
    text = "Выборы\n\nПо итогам голосования Тарвия получила 12 мест в парламенте.\n"
    types, _ = typed(text, [("Тарвия", "Place", 0)])
    assert types.get("Тарвия") == "Organization"


def test_two_halves_of_one_name_from_the_model_are_one_name(typed):
    text = "Vote count\n\nVellan Harat has won the most seats. Its leader thanked the voters.\n"
    types, _ = typed(text, [("Vellan", "Place", 0), ("Harat", "Place", 0)])
    assert types == {"Vellan Harat": "Organization"}


def test_three_names_in_a_row_are_not_joined(typed):
    text = "Tags\n\nVellan Orlanda Tarnia\n\nThe storm reached the coast on Monday.\n"
    types, _ = typed(text, [("Vellan", "Place", 0), ("Orlanda", "Place", 0), ("Tarnia", "Place", 0)])
    assert "Vellan Orlanda" not in types and "Orlanda Tarnia" not in types


def test_two_names_side_by_side_each_also_named_alone_are_not_joined(typed):
    text = "Tarnia Vellan talks stall\n\nTalks between Tarnia and Vellan stalled on Monday.\n"
    types, _ = typed(text, [("Tarnia", "Place", 0), ("Vellan", "Place", 0), ("Tarnia", "Place", 1),
                            ("Vellan", "Place", 1)])
    assert "Tarnia Vellan" not in types and {"Tarnia", "Vellan"} <= set(types)


def test_a_tenure_word_opening_a_sentence_is_no_part_of_a_bodys_name(typed):
    text = ("Rates\n\nFormer Bank of Tarnia governor Jan Berg said rates would rise. "
            "Acting Bank of Tarnia governor Ola Brin disagreed.\n")
    types, _ = typed(text, [("Bank of Tarnia", "Organization", 0), ("Jan Berg", "Person", 0),
                            ("Bank of Tarnia", "Organization", 1), ("Ola Brin", "Person", 0)])
    assert types.get("Bank of Tarnia") == "Organization"
    assert not any(label.startswith(("Former", "Acting")) for label in types)


def test_a_score_the_model_took_into_a_persons_name_is_cut_off(typed):
    text = "Match report\n\nVardley FC beat Kessington 2-1 on Saturday.\n"
    types, _ = typed(text, [("Vardley FC", "Person", 0), ("Kessington 2-1", "Person", 0)])
    assert "Kessington" in types


def test_a_bodys_name_the_text_writes_in_lower_case_elsewhere_is_a_phrase(typed):
    text = ("Club news\n\n\"We have to shake up our First Team squad,\" the chairman said. "
            "Changes to first team coaching come next month, Vardley FC added.\n")
    types, _ = typed(text, [("First Team", "Organization", 0), ("Vardley FC", "Organization", 0)])
    assert "First Team" not in types and types.get("Vardley FC") == "Organization"


def test_places_closing_a_persons_name_in_a_line_of_tags_are_places(typed):
    text = ("Ивар Тальнов Вельск Озерки новости\n\nЛивень прошёл в Вельске. Ивар Тальнов Вельск Озерки\n\n"
            "Дороги в Озерках закрыты.\n")
    types, mentions = typed(text, [("Ивар Тальнов Вельск Озерки", "Person", 0), ("Ивар Тальнов", "Person", 1),
                                   ("Вельск", "Place", 1), ("Озерки", "Place", 1), ("Вельске", "Place", 0),
                                   ("Озерках", "Place", 0)])
    assert types.get("Ивар Тальнов") == "Person" and not any("Озерки" in label and label != "Озерки"
                                                               for label in types)
    assert ("Озерках", "Ивар Тальнов Вельск Озерки") not in mentions


def test_a_clubs_mark_the_model_left_out_is_part_of_its_name_and_the_name_without_it_is_the_club(typed):
    text = ("Match report\n\nVardenby City FC beat Vardley Town 3-0 on Saturday. "
            "Vardenby City's striker Ben Kola scored twice.\n")
    types, mentions = typed(text, [("Vardenby City", "Place", 0), ("Vardenby City's", "Place", 0),
                                   ("Ben Kola", "Person", 0)])
    assert types.get("Vardenby City FC") == "Organization" and "Vardenby City" not in types
    assert ("Vardenby City", "Vardenby City FC") in mentions


def test_a_bodys_name_in_a_lower_case_line_of_tags_is_still_a_name(typed):
    text = ("2031-05-02 northern league\n\nVardley FC lost in the Northern League again on Sunday, "
            "the fourth defeat in a row.\n")
    types, _ = typed(text, [("Northern League", "Organization", 0), ("Vardley FC", "Organization", 0)])
    assert types.get("Northern League") == "Organization"
