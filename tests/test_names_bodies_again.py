"""A body written again in another form: an acronym no model found (names._acronyms_written_again), an acronym the
language also has as a word (names._acronym_in_prose), a body named only by its kind beside the same kind with its
country (names._kind_of_a_countrys_body)."""


def test_an_acronym_no_model_found_is_the_body_whose_initials_it_spells(typed):
    text = ("Ferry fares in Vell\n\n"
            "The Vell Harbour Board raised ferry fares by 4 percent on Monday.\n\n"
            "The VHB said the rise would pay for two new boats.\n")
    found, mentions = typed(text, [("Vell Harbour Board", "Organization", 0)])
    assert ("VHB", "Vell Harbour Board") in mentions and "VHB" not in found


def test_an_acronym_with_an_ampersand_is_the_firm_it_spells(typed):
    text = ("Soap sales in Vell\n\n"
            "Quarrie & Tolland, the soap maker, reported higher sales on Tuesday.\n\n"
            "Q&T expects its costs to fall next year, its finance chief said.\n")
    _, mentions = typed(text, [("Quarrie & Tolland", "Organization", 0)])
    assert ("Q&T", "Quarrie & Tolland") in mentions


def test_a_word_in_capitals_two_bodies_spell_is_left_alone(typed):
    text = ("Ferry fares in Vell\n\n"
            "The Vell Harbour Board and the Vell Housing Bureau met on Monday.\n\n"
            "The VHB said the rise would pay for two new boats.\n")
    _, mentions = typed(text, [("Vell Harbour Board", "Organization", 0), ("Vell Housing Bureau", "Organization", 0)])
    assert not [m for m in mentions if m[0] == "VHB"]


def test_an_acronym_the_language_writes_as_a_word_is_still_a_name(typed):
    text = ("Grain prices\n\n"
            "The CAN said on Monday that grain prices would rise.\n\n"
            "Farmers who can store their grain will wait, the CAN added.\n")
    found, _ = typed(text, [("CAN", "Organization", 0), ("CAN", "Organization", 1)])
    assert found.get("CAN") == "Organization"


def test_a_word_in_capitals_in_a_line_all_in_capitals_is_no_acronym(typed):
    text = ("GRAIN PRICES WILL RISE, CAN FARMERS WAIT\n\n"
            "Farmers who can store their grain will wait, traders in Vell said.\n")
    found, _ = typed(text, [("CAN", "Organization", 0)])
    assert "CAN" not in found


def test_a_body_named_by_its_kind_is_the_countrys_body_of_that_kind(typed):
    text = ("Border talks\n\n"
            "The Ruritanian Harbour Ministry said on Monday that talks would resume.\n\n"
            "The Harbour Ministry added that a date had not been set for the visit to Ruritania.\n")
    found, mentions = typed(text, [("Ruritanian Harbour Ministry", "Organization", 0),
                                   ("Harbour Ministry", "Organization", 1), ("Ruritania", "Place", 1)])
    assert "Harbour Ministry" not in found
    assert ("Harbour Ministry", "Ruritanian Harbour Ministry") in mentions


def test_a_body_named_by_its_kind_is_the_body_of_that_kind_of_the_country_named_after_it(typed):
    text = ("Border talks\n\n"
            "The Harbour Ministry of Ruritania said on Monday that talks would resume.\n\n"
            "The Harbour Ministry added that a date had not been set.\n")
    found, mentions = typed(text, [("Harbour Ministry of Ruritania", "Organization", 0),
                                   ("Harbour Ministry", "Organization", 1), ("Ruritania", "Place", 0)])
    assert "Harbour Ministry" not in found


def test_a_body_named_by_its_kind_beside_two_countries_bodies_stays_its_own(typed):
    text = ("Border talks\n\n"
            "The Ruritanian Harbour Ministry and the Freedonian Harbour Ministry met on Monday.\n\n"
            "The Harbour Ministry added that a date had not been set for the visit to Ruritania and Freedonia.\n")
    found, _ = typed(text, [("Ruritanian Harbour Ministry", "Organization", 0), ("Ruritania", "Place", 1),
                            ("Freedonian Harbour Ministry", "Organization", 0), ("Harbour Ministry", "Organization", 2),
                            ("Freedonia", "Place", 1)])
    assert found.get("Harbour Ministry") == "Organization"


def test_a_body_whose_name_goes_on_past_the_kind_is_not_that_kind(typed):
    text = ("Border talks\n\n"
            "The Harbour Ministry Workers Union of Ruritania said on Monday that talks would resume.\n\n"
            "The Harbour Ministry added that a date had not been set.\n")
    found, _ = typed(text, [("Harbour Ministry Workers Union of Ruritania", "Organization", 0),
                            ("Harbour Ministry", "Organization", 1)])
    assert found.get("Harbour Ministry") == "Organization"


def test_a_kind_of_body_before_a_quoted_name_is_the_body_that_name_names(typed):
    text = ("Итоги голосования в Велле\n\n"
            "Правящая партия «Вельская заря» получила 48 процентов голосов.\n\n"
            "Лидер «Вельской зари» заявил, что партия сформирует правительство. Представители партии «Вельская заря» "
            "отказались от комментариев.\n")
    found, _ = typed(text, [("Правящая партия «Вельская заря»", "Organization", 0),
                            ("Вельской зари", "Organization", 0), ("партии «Вельская заря»", "Organization", 0)])
    assert [label for label, kind in found.items() if kind == "Organization"] == ["Вельская заря"]


def test_a_legal_form_before_a_quoted_name_is_the_firm(typed):
    text = ("Продажи паромов\n\n"
            "АО «Верфь «Вельмар» продало четыре парома в этом году.\n\n"
            "Позже «Вельмар» сообщил, что верфь наймёт 300 рабочих.\n")
    found, _ = typed(text, [("АО «Верфь «Вельмар»", "Organization", 0), ("Вельмар", "Organization", 1)])
    assert [label for label, kind in found.items() if kind == "Organization"] == ["Вельмар"]


def test_two_quoted_names_after_one_kind_stay_two_bodies(typed):
    text = ("Итоги голосования в Велле\n\n"
            "Партия «Вельская заря» получила 48 процентов, партия «Новый путь» получила 20 процентов.\n")
    found, _ = typed(text, [("Партия «Вельская заря»", "Organization", 0), ("партия «Новый путь»", "Organization", 0)])
    assert len([kind for kind in found.values() if kind == "Organization"]) == 2


def test_a_body_named_by_its_kind_before_another_countrys_body_of_that_kind_stays_its_own(typed):
    text = ("Border talks\n\n"
            "The Harbour Ministry said on Monday that the claims made at the Harbour Ministry of Freedonia were false.\n")
    found, _ = typed(text, [("Harbour Ministry", "Organization", 0), ("Harbour Ministry of Freedonia", "Organization", 0),
                            ("Freedonia", "Place", 0)])
    assert found.get("Harbour Ministry") == "Organization"


def test_one_body_named_in_two_word_orders_with_its_country_is_one(typed):
    text = ("Rates held\n\n"
            "The Central Bank of Ruritania kept its rate at 9 percent on Thursday.\n\n"
            "The Ruritanian Central Bank said prices would rise in Ruritania next year.\n")
    found, _ = typed(text, [("Central Bank of Ruritania", "Organization", 0), ("Ruritanian Central Bank", "Organization", 0),
                            ("Ruritania", "Place", 2)])
    assert [label for label, kind in found.items() if kind == "Organization"] == ["Central Bank of Ruritania"]


def test_a_ministry_of_affairs_and_its_short_name_are_one(typed):
    text = ("Visa talks\n\n"
            "The Ministry of Harbour Affairs said on Monday that talks would resume.\n\n"
            "The Harbour Ministry added that a date had not been set.\n")
    found, _ = typed(text, [("Ministry of Harbour Affairs", "Organization", 0), ("Harbour Ministry", "Organization", 0)])
    assert [label for label, kind in found.items() if kind == "Organization"] == ["Ministry of Harbour Affairs"]


def test_two_countries_bodies_of_one_kind_stay_two(typed):
    text = ("Rates held\n\n"
            "The Central Bank of Ruritania and the Freedonian Central Bank kept their rates on Thursday, traders "
            "in Ruritania and Freedonia said.\n")
    found, _ = typed(text, [("Central Bank of Ruritania", "Organization", 0), ("Freedonian Central Bank", "Organization", 0),
                            ("Ruritania", "Place", 1), ("Freedonia", "Place", 0)])
    assert len([kind for kind in found.values() if kind == "Organization"]) == 2


def test_a_body_whose_name_joins_two_fields_is_not_the_body_of_one(typed):
    text = ("Dengue cases\n\n"
            "The Ministry of Harbour said on Monday that cases rose, and the Ministry of Harbour and Customs "
            "closed two piers.\n")
    found, _ = typed(text, [("Ministry of Harbour", "Organization", 0), ("Ministry of Harbour and Customs", "Organization", 0)])
    assert len([kind for kind in found.values() if kind == "Organization"]) == 2
