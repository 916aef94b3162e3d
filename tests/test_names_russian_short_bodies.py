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
