"""Russian bodies by short names: a body's name without its country ("ЦБ") is the registry's body that the text
names and whose names include it with a country ("ЦБ России" of the Bank of Russia) (names.py); "Банк РФ" is the
Bank of Russia (ontology/registry.ttl); a common noun's acronym ("ДКП", monetary policy) is no body (lang/ru.py).
Every sentence is invented."""


def test_a_bodys_name_without_its_country_is_the_registry_body_named_here(typed):
    text = ("Ставки\n\nБанк России в пятницу оставил ставку без изменений. ЦБ будет следить за ценами, "
            "сказал Иван Вельдов.\n")
    types, mentions = typed(text, [("ЦБ", "Organization", 0), ("Иван Вельдов", "Person", 0)])
    assert "ЦБ" not in types
    assert ("ЦБ", "bank-of-russia") in mentions


def test_a_bodys_short_name_without_that_body_named_stays_its_own(typed):
    text = "Ставки\n\nЦБ будет следить за ценами, сказал Иван Вельдов.\n"
    types, mentions = typed(text, [("ЦБ", "Organization", 0), ("Иван Вельдов", "Person", 0)])
    assert ("ЦБ", "bank-of-russia") not in mentions


def test_the_bank_of_the_rf_is_the_bank_of_russia(linker):
    from claimsgraph.ingest import parse_document

    doc = parse_document("t.txt", "Ставки\n\nРешение Банка РФ станет известно в пятницу.\n".encode(), "text/plain")
    assert [(doc.text[m.span.start:m.span.end], m.entity) for m in linker.mentions(doc)] == [("Банка РФ", "bank-of-russia")]


def test_a_common_nouns_acronym_is_no_body(typed):
    text = "Ставки\n\nКуратор ДКП Иван Вельдов сказал, что ставка останется прежней.\n"
    types, _ = typed(text, [("ДКП", "Organization", 0), ("Иван Вельдов", "Person", 0)])
    assert "ДКП" not in types


def test_a_companys_one_word_name_again_in_any_case_is_that_company(typed):
    text = ("Порт\n\nООО «Тельварон» в понедельник подало иск. Тельварон заявил, что суд начнётся в мае. "
            "Акции Тельварона упали, а МИД России заявил, что следит за делом.\n")
    types, mentions = typed(text, [("ООО «Тельварон»", "Organization", 0), ("МИД России", "Organization", 0)])
    assert ("Тельварон", "ООО «Тельварон»") in mentions
    assert ("Тельварона", "ООО «Тельварон»") in mentions
    assert ("МИД России", "ООО «Тельварон»") not in mentions and "МИД России" not in types


def test_a_companys_one_word_name_before_its_full_name_is_that_company(typed):
    text = ("Порт\n\nУ Горвелона нет долгов, сказала Марина Вельсен. Позже ООО «Горвелон» сообщило о прибыли.\n")
    types, mentions = typed(text, [("ООО «Горвелон»", "Organization", 0), ("Марина Вельсен", "Person", 0)])
    assert ("Горвелона", "ООО «Горвелон»") in mentions
    assert types["Марина Вельсен"] == "Person"


def test_a_companys_name_the_model_found_in_another_case_joins_the_company(typed):
    text = ("Порт\n\nООО «Брелтон» в понедельник подало иск. У Брелтона нет долгов, сказал Сергей Лавров.\n")
    types, mentions = typed(text, [("ООО «Брелтон»", "Organization", 0), ("Брелтона", "Organization", 0)])
    assert [label for label, kind in types.items() if kind == "Organization"] == ["ООО «Брелтон»"]
    assert ("Брелтона", "ООО «Брелтон»") in mentions


def test_a_companys_name_the_model_took_for_a_persons_in_another_case_joins_the_company(typed):
    text = ("Порт\n\nООО «Зельванлон» в понедельник подало иск.\n\nУ Зельванлона нет долгов, сказал Владимир Путин.\n")
    types, mentions = typed(text, [("ООО «Зельванлон»", "Organization", 0), ("Зельванлона", "Person", 0),
                                   ("Владимир Путин", "Person", 0)])
    assert "Зельванлона" not in types
    assert ("Зельванлона", "ООО «Зельванлон»") in mentions


def test_a_persons_surname_in_another_case_stays_a_person_without_a_company_so_named(typed):
    text = "Порт\n\nМарина Вельсен подала иск. У Вельсена нет долгов, сказал Вельсен.\n"
    types, _ = typed(text, [("Марина Вельсен", "Person", 0), ("Вельсена", "Person", 0)])
    assert "Organization" not in types.values()


def test_a_holdings_name_without_its_last_word_is_that_company_in_any_case(typed):
    text = ("Порт\n\nКомпания «Савредотон Холдинг» подала иск.\n\nСавредотон заявил, что суд начнётся в мае, "
            "а Евросоюз заявил, что следит за делом.\n\nУ Савредотона нет долгов.\n")
    types, mentions = typed(text, [("Савредотон Холдинг", "Organization", 0), ("Савредотона", "Person", 0),
                                   ("Евросоюз", "Organization", 0)])
    assert [label for label, kind in types.items() if "Савредотон" in label] == ["Савредотон Холдинг"]
    assert ("Савредотон", "Савредотон Холдинг") in mentions
    assert ("Савредотона", "Савредотон Холдинг") in mentions


def test_a_bodys_noun_after_an_unlisted_place_adjective_names_the_body_in_the_nominative(typed):
    text = ("Спор\n\nТарвинское космическое агентство заявило, что запуск перенесён.\n\n"
            "Акции Тарвинского космического агентства упали, сообщил МИД России.\n")
    types, mentions = typed(text, [("Тарвинское", "Organization", 0), ("МИД России", "Organization", 0)])
    assert types.get("Тарвинское космическое агентство") == "Organization" and "Тарвинское" not in types
    assert ("Тарвинского космического агентства", "Тарвинское космическое агентство") in mentions


def test_a_bodys_noun_after_a_listed_adjective_is_left_to_the_models(typed):
    text = "Спор\n\nФедеральная налоговая служба заявила, что проверка окончена, сказал Сергей Лавров.\n"
    types, _ = typed(text, [])
    assert "Федеральная налоговая служба" not in types


def test_a_preposition_opening_a_sentence_is_no_given_name_before_a_bodys_adjective(typed):
    text = ("Спор\n\nУ Тарвинского космического агентства нет долгов.\n\n"
            "Владимир Путин заявил, что запуск перенесён.\n")
    types, mentions = typed(text, [("Владимир Путин", "Person", 0)])
    assert not any(label.startswith("У ") for label in types)
    assert ("Тарвинского космического агентства", "Тарвинское космическое агентство") in mentions
