"""Names on news about other subjects (sport, local government, business): a coach's title before a name is no part
of it (lang/en.py); a given name after "города" opens the name of the town's office holder, not of the town
(names.py); a name glued before "-based" is where something sits, whatever a model took it for (names.py,
lang/en.py). Every sentence is invented."""


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
    text = "Club news\n\nThe club's Ostrava-based owners confirmed on Monday that Tom Brackett had left.\n"
    types, _ = typed(text, [("Ostrava", "Organization", 0), ("Tom Brackett", "Person", 0)])
    assert "Ostrava" not in types and types.get("Tom Brackett") == "Person"
