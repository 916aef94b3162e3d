"""A body's noun ending a name whose capitalised adjective opens it, before its owner in the genitive: one body,
not the noun and the owner alone (names.py ``_body_before_owner``; invented bodies and sentences)."""


def test_a_name_opened_by_a_capitalised_adjective_yields_no_fragment_of_noun_and_owner(typed):
    text = ("Граница\n\n"
            "Государственная таможенная служба Марговии в пятницу закрыла два перехода, сообщили в ведомстве.\n\n"
            "Запасы топлива у Национального водного комитета Марговии подошли к концу.\n")
    types, mentions = typed(text, [("Марговии", "Place", 0), ("Марговии", "Place", 1)])
    assert "служба Марговии" not in types
    assert "комитет Марговии" not in types
    assert types.get("Государственная таможенная служба Марговии") == "Organization"
    assert types.get("Национальный водный комитет Марговии") == "Organization"


def test_a_body_named_after_its_press_service_is_found_whole(typed):
    text = "Лес\n\nПресс-служба Федеральной лесной службы Марговии сообщила, что пожар потушен.\n"
    types, mentions = typed(text, [("Марговии", "Place", 0)])
    assert ("Федеральной лесной службы Марговии", "Федеральная лесная служба Марговии") in mentions
    assert "служба Марговии" not in types


def test_a_lower_case_body_noun_before_its_owner_is_still_a_body(typed):
    text = ("Граница\n\n"
            "В пятницу таможенная служба Марговии закрыла два перехода.\n")
    types, _ = typed(text, [("Марговии", "Place", 0)])
    assert types.get("служба Марговии") == "Organization"


def test_a_compound_short_name_is_the_body_named_in_full(typed):
    text = ("Земля\n\n"
            "У Государственного земельного комитета нет новых участков, заявил в среду представитель "
            "Госземкомитета Ондрей Валь.\n")
    types, mentions = typed(text, [("Государственного земельного комитета", "Organization", 0),
                                   ("Госземкомитета", "Organization", 0), ("Ондрей Валь", "Person", 0)])
    assert [label for label, kind in types.items() if kind == "Organization"] \
        == ["Государственный земельный комитет"]
    assert ("Госземкомитета", "Государственный земельный комитет") in mentions


def test_a_word_that_only_opens_like_a_body_s_words_is_no_short_name_of_it(typed):
    text = ("Земля\n\n"
            "Компания Госвест спорит с Государственным земельным комитетом Марговии о цене участков.\n")
    types, _ = typed(text, [("Госвест", "Organization", 0),
                            ("Государственным земельным комитетом Марговии", "Organization", 0)])
    assert types.get("Госвест") == "Organization"


def test_a_unit_named_before_its_owner_s_acronym_and_country_is_one_body(typed):
    text = "Мосты\n\nДорожная служба ГКДБ Марговии в среду сообщила, что мост закрыт.\n"
    types, mentions = typed(text, [("Дорожная служба", "Organization", 0), ("ГКДБ", "Organization", 0),
                                   ("Марговии", "Place", 0)])
    assert ("Дорожная служба ГКДБ Марговии", "Дорожная служба ГКДБ Марговии") in mentions
    assert "Дорожная служба" not in types
