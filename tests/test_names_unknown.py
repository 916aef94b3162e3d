"""Names the registry does not know: a company's short name, a name without its first word, a foreign name in the
Russian instrumental, a country glued to the person after it (only in the genitive: a given name that reads as a
place's dative stays the person's), a place's two forms (names.py)."""


def test_a_company_named_by_its_trade_is_a_company_and_its_short_name_is_it_again(typed):
    text = ("Prices rise\n\n"
            "Brightmoor Telecom will raise prices for mobile customers from March.\n\n"
            "Brightmoor said the increase reflects higher energy costs.\n")
    types, mentions = typed(text, [("Brightmoor Telecom", "Person", 0)])
    assert types["Brightmoor Telecom"] == "Organization"
    assert ("Brightmoor", "Brightmoor Telecom") in mentions


def test_a_short_name_before_another_capitalised_word_or_written_in_lower_case_stays_unlinked(typed):
    text = ("Harbour news\n\n"
            "Norvik Shipping will cut 200 jobs.\n\n"
            "Norvik Bay is closed to traffic, and the ferry to Norvik runs twice a day.\n\n"
            "Many norvik boats stayed in port.\n")
    _, mentions = typed(text, [("Norvik Shipping", "Organization", 0)])
    assert not [m for m in mentions if m[0] == "Norvik"]


def test_a_short_name_two_companies_share_stays_unlinked(typed):
    text = ("Merger talks\n\n"
            "Talvo Airlines and Talvo Logistics agreed to merge.\n\n"
            "Talvo said the deal would close in June.\n")
    _, mentions = typed(text, [("Talvo Airlines", "Organization", 0), ("Talvo Logistics", "Organization", 0)])
    assert not [m for m in mentions if m[0] == "Talvo"]


def test_a_name_without_its_first_word_is_the_person_named_in_full(typed):
    text = ("Clinic opens\n\n"
            "Health minister Kwaku Osei Mensah opened the clinic on Monday.\n\n"
            "Osei Mensah said it would treat 200 patients a day.\n")
    types, mentions = typed(text, [("Kwaku Osei Mensah", "Person", 0), ("Osei Mensah", "Person", 0)])
    assert "Osei Mensah" not in types
    assert ("Osei Mensah", "Kwaku Osei Mensah") in mentions


def test_a_name_that_ends_two_longer_names_stays_apart(typed):
    text = ("Clinic opens\n\n"
            "Kwaku Osei Mensah and Ama Osei Mensah opened the clinic on Monday.\n\n"
            "Osei Mensah said it would treat 200 patients a day.\n")
    types, _ = typed(text, [("Kwaku Osei Mensah", "Person", 0), ("Ama Osei Mensah", "Person", 0),
                            ("Osei Mensah", "Person", 2)])
    assert "Osei Mensah" in types


def test_a_foreign_name_in_the_instrumental_is_labelled_in_the_nominative(typed):
    text = ("Переговоры\n\n"
            "Премьер провел переговоры с президентом Тарсии Бодаром Экволом.\n\n"
            "Также он встретился с Кемалем Окваро и с Ульфом Бренцем.\n")
    types, _ = typed(text, [("Бодаром Экволом", "Person", 0), ("Кемалем Окваро", "Person", 0),
                            ("Ульфом Бренцем", "Person", 0)])
    assert "Бодар Эквол" in types
    assert "Кемаль Окваро" in types
    assert "Ульф Бренц" in types


def test_a_foreign_name_in_the_nominative_keeps_its_ending(typed):
    text = ("Переговоры\n\n"
            "Ислом Тарвиков заявил, что переговоры продолжатся.\n")
    types, _ = typed(text, [("Ислом Тарвиков", "Person", 0)])
    assert "Ислом Тарвиков" in types


def test_a_country_in_the_genitive_before_a_person_is_a_place_and_not_part_of_the_name(typed):
    text = ("Учения\n\n"
            "Министр обороны Марговии Виктор Лапин заявил, что армия готова к учениям.\n\n"
            "Марговия проведет учения в мае.\n")
    types, mentions = typed(text, [("Марговии Виктор Лапин", "Person", 0), ("Марговия", "Person", 0)])
    assert types.get("Виктор Лапин") == "Person"
    assert types.get("Марговия") == "Place"
    assert ("Марговии", "Марговия") in mentions


def test_a_given_name_the_dictionary_also_reads_as_a_places_other_case_stays_in_the_name(typed):
    text = ("Экспорт\n\n"
            "Тарифы не вырастут, заявил в пятницу советник по вопросам экспорта Оке Маргосян.\n")
    types, _ = typed(text, [("Оке Маргосян", "Person", 0)])
    assert types == {"Оке Маргосян": "Person"}


def test_a_surname_written_first_stays_one_name(typed):
    text = ("Суд\n\n"
            "Как заявил адвокат Петров Иван Сергеевич, приговор будет обжалован.\n")
    types, _ = typed(text, [("Петров Иван Сергеевич", "Person", 0)])
    assert list(types.values()) == ["Person"] and len(next(iter(types)).split()) == 3


def test_a_foreign_given_name_in_the_nominative_opening_a_name_stays_in_it(typed):
    text = ("Консульство\n\n"
            "Граница открыта, сказал генеральный консул Нортеза Абедин Варами.\n")
    types, _ = typed(text, [("Нортеза Абедин Варами", "Person", 0)])
    assert types == {"Нортеза Абедин Варами": "Person"}


def test_a_name_after_a_noun_for_a_company_or_with_one_in_apposition_is_a_company(typed):
    text = ("Results\n\n"
            "Airbag maker Velko said profit fell. Norvane, the country's second-largest telecoms group, will cut "
            "jobs.\n\n"
            "Tarja Veld, a member of the rescue group, said the search went on.\n")
    types, _ = typed(text, [("Velko", "Person", 0), ("Norvane", "Place", 0), ("Tarja Veld", "Person", 0)])
    assert types["Velko"] == "Organization"
    assert types["Norvane"] == "Organization"
    assert types["Tarja Veld"] == "Person"


def test_a_mans_foreign_name_in_an_oblique_case_is_labelled_in_the_nominative(typed):
    text = ("Выборы\n\n"
            "По словам Эдварда Брунка, голосование прошло спокойно.\n\n"
            "Кандидатура Рафала Бжезовского поддержана партией.\n\n"
            "Письмо передали Павлу Ветлину.\n")
    types, _ = typed(text, [("Эдварда Брунка", "Person", 0), ("Рафала Бжезовского", "Person", 0),
                            ("Павлу Ветлину", "Person", 0)])
    assert {"Эдвард Брунк", "Рафал Бжезовский", "Павел Ветлин"} <= set(types)


def test_a_womans_name_keeps_her_surname(typed):
    text = ("Выборы\n\n"
            "По словам Анны Брунк, голосование прошло спокойно.\n")
    types, _ = typed(text, [("Анны Брунк", "Person", 0)])
    assert "Анна Брунк" in types


def test_a_body_the_lemmatiser_does_not_know_in_the_instrumental_is_labelled_without_the_ending(typed):
    text = ("Сделка\n\n"
            "Компания, контролируемая «Норпромом», сообщила о сделке.\n")
    types, _ = typed(text, [("Норпромом", "Organization", 0)])
    assert "Норпром" in types


def test_a_storms_name_alone_after_its_kind_and_name_is_that_storm(typed):
    text = ("Storm news\n\n"
            "Hurricane Alda reached the coast on Monday.\n\n"
            "Alda destroyed 200 homes.\n")
    types, mentions = typed(text, [("Hurricane Alda", "Event", 0), ("Alda", "Organization", 1)])
    assert "Alda" not in types
    assert ("Alda", "Hurricane Alda") in mentions


def test_a_one_word_name_after_a_preposition_of_place_is_a_place_not_a_person(typed):
    text = ("Floods\n\n"
            "Four people were killed in Tarnavad and two near Vellipur, officials said.\n\n"
            "In Tomas's view the dams held. Rescuers met Tomas at the bridge.\n")
    types, _ = typed(text, [("Tarnavad", "Person", 0), ("Vellipur", "Person", 0), ("Tomas", "Person", 0),
                            ("Tomas", "Person", 1)])
    assert types.get("Tarnavad") == "Place" and types.get("Vellipur") == "Place"
    assert types.get("Tomas") == "Person"


def test_a_one_word_name_between_the_article_and_a_lower_case_noun_is_no_person(typed):
    text = ("Wildfire\n\n"
            "The Tarvel fire has burned 4,000 acres, and homes in the Vellick area were evacuated.\n\n"
            "Firefighter Dana Moss said the crews held the line. Moss added that rain would help.\n\n"
            "The Orvano administration sent aid.\n")
    types, _ = typed(text, [("Tarvel", "Person", 0), ("Vellick", "Person", 0), ("Dana Moss", "Person", 0),
                            ("Moss", "Person", 1), ("Orvano", "Person", 0)])
    assert "Tarvel" not in types and "Vellick" not in types
    assert types.get("Orvano") == "Person"
    assert types.get("Dana Moss") == "Person"


def test_a_clubs_name_by_its_mark_before_it_or_its_last_word_is_a_club(typed):
    text = ("Transfer news\n\n"
            "Tarnby United signed the striker from FC Vellgard on Monday.\n\n"
            "The Tarnby mayor welcomed the deal.\n")
    types, _ = typed(text, [("Tarnby United", "Person", 0), ("FC Vellgard", "Person", 0)])
    assert types.get("Tarnby United") == "Organization" and types.get("FC Vellgard") == "Organization"


def test_a_name_in_the_last_word_of_a_page_cut_in_mid_word_is_no_name(typed):
    text = "Corridor\n\nThe corridor would benefit Ostrelia and Valdor"
    types, _ = typed(text, [("Ostrelia", "Place", 0), ("Valdor", "Place", 0)])
    assert "Ostrelia" in types and "Valdor" not in types


def test_a_name_closing_a_page_that_ends_on_a_stop_stays(typed):
    types, _ = typed("Corridor\n\nThe corridor would benefit Ostrelia and Valdor.", [("Valdor", "Place", 0)])
    assert types.get("Valdor") == "Place"
