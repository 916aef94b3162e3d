"""A body written as its acronym with a head word beside it (names._acronym_with_a_head_word), by a short head
in lower case (names._short_head_of_a_body), and an owner's acronym before its occasion's name (find_names with
OCCASION_NOUNS_AFTER_NAMES): one body, not two."""


def test_an_acronym_with_a_head_word_is_the_body_it_stands_for(typed):
    text = ("Lender audited\n\nAuditors visited the Tarrow Savings Credit (TSC) on Monday.\n\n"
            "Bank TSC said it had opened its books, and the TSC Office stayed shut.\n")
    found, mentions = typed(text, [("Tarrow Savings Credit", "Organization", 0), ("Bank TSC", "Organization", 0),
                                   ("TSC Office", "Organization", 0)])
    assert found == {"Tarrow Savings Credit": "Organization"}
    assert ("Bank TSC", "Tarrow Savings Credit") in mentions


def test_an_acronym_with_a_word_of_another_kind_stays_apart(typed):
    text = ("Lender audited\n\nAuditors visited the Tarrow Savings Credit (TSC) on Monday.\n\n"
            "The TSC Arena was closed.\n")
    found, _ = typed(text, [("Tarrow Savings Credit", "Organization", 0), ("TSC Arena", "Organization", 0)])
    assert "TSC Arena" in found


def test_an_owners_acronym_before_its_ceremony_is_the_owner(typed):
    text = ("Pledge renewed\n\nThe Vell Water Agency (VWA) renewed its pledge to clean the river on Monday, a year "
            "after the flood.\n\nIts chief spoke after the VWA’s Harvest Pledge ceremony in Tarrow, where farmers "
            "had gathered.\n")
    found, mentions = typed(text, [("Vell Water Agency", "Organization", 0),
                                   ("VWA’s Harvest Pledge", "Organization", 0)])
    assert not any("Harvest" in label for label in found)
    assert mentions.count(("VWA", "Vell Water Agency")) == 2


def test_a_russian_short_head_opening_a_headline_is_the_body_named_in_full(typed):
    text = ("Минздрав Ведландии обновил правила\n\nМинистерство здравоохранения Ведландии утвердило новые правила "
            "выписки лекарств, сообщила в среду министр Анна Лиходеева.\n\n"
            "Минздрав также сообщил, что в прошлом году в стране открылись 40 новых аптек.\n")
    found, _ = typed(text, [("Минздрав", "Organization", 0), ("Ведландии", "Place", 0),
                            ("Министерство здравоохранения", "Organization", 0), ("Ведландии", "Place", 1),
                            ("Анна Лиходеева", "Person", 0), ("Минздрав", "Organization", 1)])
    assert [label for label, kind in found.items() if kind == "Organization"] == \
        ["Министерство здравоохранения Ведландии"]


def test_an_acronym_with_a_company_suffix_the_body_lacks_is_another_company(typed):
    text = ("Water board sells stake\n\nThe Vell Water Board (VWB) said on Monday it would sell its stake in the "
            "plant.\n\nThe buyer, VWB Holdings, is a private firm based in Tarrow.\n\n"
            "VWB Holdings said it would pay 40 million crowns.\n")
    found, _ = typed(text, [("Vell Water Board", "Organization", 0), ("VWB Holdings", "Organization", 0),
                            ("VWB Holdings", "Organization", 1)])
    assert found.get("VWB Holdings") == "Organization"
    assert "Vell Water Board" in found
