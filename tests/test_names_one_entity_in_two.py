"""One entity written two ways in one document: a person's given names cut to initials (names._short_forms), a
body's name cut at the front (names._tail_of_a_longer_body), a company's name in its cases
(names._one_body_in_its_case_forms)."""


def test_initials_and_a_surname_are_the_person_named_in_full(typed):
    text = ("Bridge reopens in Vell\n\nThe engineer Tarvo Lindqvist said the bridge would reopen on Monday.\n\n"
            "T. Lindqvist added that repairs cost 40,000 crowns.\n")
    found, mentions = typed(text, [("Tarvo Lindqvist", "Person", 0), ("T. Lindqvist", "Person", 0)])
    assert found == {"Tarvo Lindqvist": "Person"}
    assert ("T. Lindqvist", "Tarvo Lindqvist") in mentions


def test_russian_initials_and_a_surname_are_the_person_named_in_full(typed):
    text = ("Мост в Вельске\n\nИнженер Тарас Лиходеев сообщил, что мост откроют в понедельник.\n\n"
            "По словам Т. Лиходеева, ремонт обошёлся в 40 тысяч рублей.\n")
    found, _ = typed(text, [("Тарас Лиходеев", "Person", 0), ("Т. Лиходеева", "Person", 0)])
    assert found == {"Тарас Лиходеев": "Person"}


def test_initials_of_another_given_name_stay_apart(typed):
    text = ("Bridge reopens in Vell\n\nThe engineer Tarvo Lindqvist said the bridge would reopen on Monday.\n\n"
            "His sister M. Lindqvist, the mayor, said repairs cost 40,000 crowns.\n")
    found, _ = typed(text, [("Tarvo Lindqvist", "Person", 0), ("M. Lindqvist", "Person", 0)])
    assert found == {"Tarvo Lindqvist": "Person", "M. Lindqvist": "Person"}


def test_initials_shared_by_two_people_stay_apart(typed):
    text = ("Bridge reopens in Vell\n\nThe engineers Tarvo Lindqvist and Tilda Lindqvist inspected the bridge.\n\n"
            "T. Lindqvist said repairs cost 40,000 crowns.\n")
    found, _ = typed(text, [("Tarvo Lindqvist", "Person", 0), ("Tilda Lindqvist", "Person", 0),
                            ("T. Lindqvist", "Person", 0)])
    assert "T. Lindqvist" in found


def test_a_body_named_without_its_first_words_is_that_body(typed):
    text = ("League final moved\n\nThe Norvell Hockey League final will move to Vell, organisers said on Monday.\n\n"
            "The Hockey League has been held in Tarrow since 1990.\n")
    found, mentions = typed(text, [("Norvell Hockey League", "Organization", 0), ("Hockey League", "Organization", 1)])
    assert "Hockey League" not in found and found["Norvell Hockey League"] == "Organization"
    assert ("Hockey League", "Norvell Hockey League") in mentions



def test_a_name_closing_two_longer_bodies_names_stays_apart(typed):
    text = ("Courts merge\n\nThe Northern Regional Court and the Southern Regional Court will merge in May.\n\n"
            "The Regional Court will sit in Vell from June.\n")
    found, _ = typed(text, [("Northern Regional Court", "Organization", 0), ("Southern Regional Court", "Organization", 0),
                            ("Regional Court", "Organization", 2)])
    assert {"Northern Regional Court", "Southern Regional Court", "Regional Court"} <= set(found)


def test_a_body_after_its_owners_possessive_keeps_its_own_name(typed):
    text = ("Vote count disputed\n\nThe count gave a win to Varsk’s Unity Front (UF), the opposition said.\n\n"
            "The Unity Front won 52 percent of the vote in Vell.\n")
    found, _ = typed(text, [("Varsk’s Unity Front", "Organization", 0), ("Unity Front", "Organization", 1)])
    assert [label for label, kind in found.items() if kind == "Organization"] == ["Unity Front"]


def test_a_company_in_two_oblique_cases_is_one_company_in_the_nominative(typed):
    text = ("Акции \"Тарсала\" подорожали\n\nАкции \"Тарсала\" выросли на 12% после переговоров с регулятором.\n\n"
            "\"Тарсал\" представил план, сообщил директор. Сделка с \"Тарсалом\" может быть закрыта в мае.\n")
    found, mentions = typed(text, [("Тарсала", "Organization", 1), ("Тарсалом", "Organization", 0)])
    assert found == {"Тарсал": "Organization"}
    assert ("Тарсалом", "Тарсал") in mentions


def test_a_company_named_after_a_city_stays_apart_from_the_city(typed):
    text = ("Акции \"Вельска\" подорожали\n\nАкции \"Вельска\" выросли на 12% после переговоров в городе Вельск.\n\n"
            "Сделка с \"Вельском\" может быть закрыта в мае.\n")
    found, _ = typed(text, [("Вельска", "Organization", 1), ("Вельском", "Organization", 0), ("Вельск", "Place", 0)])
    assert found.get("Вельск") == "Place"


def test_a_person_without_the_last_of_their_surnames_is_the_person_named_in_full(typed):
    text = ("Count disputed in Vell\n\nThe challenger Tomas Irrua Belzano said the count was flawed.\n\n"
            "Tomas Irrua has claimed victory since Monday.\n")
    found, mentions = typed(text, [("Tomas Irrua Belzano", "Person", 0), ("Tomas Irrua", "Person", 1)])
    assert found == {"Tomas Irrua Belzano": "Person"}
    assert ("Tomas Irrua", "Tomas Irrua Belzano") in mentions


def test_a_shared_first_name_and_surname_of_two_longer_names_stays_apart(typed):
    text = ("Count disputed in Vell\n\nTomas Irrua Belzano and Tomas Irrua Medo ran for mayor.\n\n"
            "Tomas Irrua has claimed victory since Monday.\n")
    found, _ = typed(text, [("Tomas Irrua Belzano", "Person", 0), ("Tomas Irrua Medo", "Person", 0),
                            ("Tomas Irrua", "Person", 2)])
    assert "Tomas Irrua" in found


def test_a_foreign_mans_name_with_a_case_ending_on_every_word_is_the_name_as_written(typed):
    text = ("Выборы в Вельсе\n\nЛидер партии Жан-Марк Вельдон заявил, что не признает итоги.\n\n"
            "По словам Жан-Марка Вельдона, явка была низкой.\n")
    found, mentions = typed(text, [("Жан-Марк Вельдон", "Person", 0), ("Жан-Марка Вельдона", "Person", 0)])
    assert found == {"Жан-Марк Вельдон": "Person"}
    assert ("Жан-Марка Вельдона", "Жан-Марк Вельдон") in mentions


def test_a_mans_full_name_in_a_case_the_lemmatiser_reads_as_someone_elses_is_the_man_named_before(typed):
    text = ("Завод в Вельске\n\nИнженер Элин Борт открыл новый завод.\n\n"
            "Эксперты считают, что у Элина Борта будут проблемы.\n")
    found, mentions = typed(text, [("Элин Борт", "Person", 0), ("Элина Борта", "Person", 0)])
    assert "Элин Борт" in found and "Элина Борта" not in found
    assert ("Элина Борта", "Элин Борт") in mentions


def test_a_womans_full_name_like_a_mans_in_a_case_stays_apart_from_him(typed):
    text = ("Ферма в Вельске\n\nФермер Ярослав Козлов заявил, что урожай собран.\n\n"
            "Его сестра Ярослава Козлова сообщила, что цены выросли.\n")
    found, _ = typed(text, [("Ярослав Козлов", "Person", 0), ("Ярослава Козлова", "Person", 0)])
    assert "Ярослав Козлов" in found and "Ярослава Козлова" in found


def test_two_names_alike_but_for_the_given_names_ending_with_one_surname_stay_apart(typed):
    text = ("Выборы в Вельсе\n\nКандидат Жан-Марк Вельдон заявил, что не признает итоги.\n\n"
            "Его сестра Жан-Марка Вельдон голосовала в Тарне.\n")
    found, _ = typed(text, [("Жан-Марк Вельдон", "Person", 0), ("Жан-Марка Вельдон", "Person", 0)])
    assert len([label for label, kind in found.items() if kind == "Person"]) == 2


def test_a_foreign_mans_name_written_in_full_only_in_an_oblique_case_takes_the_case_of_the_surname_alone(typed):
    text = ("Выборы в Вельсе\n\nПоведение лидера партии Жан-Марка Вельдона остаётся загадкой.\n\n"
            "Вельдон пока молчит.\n")
    found, mentions = typed(text, [("Жан-Марка Вельдона", "Person", 0), ("Вельдон", "Person", 1)])
    assert found == {"Жан-Марк Вельдон": "Person"}
    assert ("Жан-Марка Вельдона", "Жан-Марк Вельдон") in mentions


def test_a_foreign_surname_alone_in_another_case_is_the_person_named_in_full(typed):
    text = ("Выборы в Вельсе\n\nЛидер партии Жан-Марк Вельдон заявил, что не признает итоги.\n\n"
            "По словам Вельдона, явка была низкой.\n")
    found, mentions = typed(text, [("Жан-Марк Вельдон", "Person", 0), ("Вельдона", "Person", 0)])
    assert found == {"Жан-Марк Вельдон": "Person"}
    text = ("Выборы в Вельсе\n\nПоведение лидера партии Жан-Марка Вельдона остаётся загадкой.\n\n"
            "Вельдон пока молчит.\n")
    found, mentions = typed(text, [("Жан-Марка Вельдона", "Person", 0), ("Вельдон", "Person", 1)])
    assert found == {"Жан-Марк Вельдон": "Person"}


def test_a_dictionary_surname_with_an_ending_is_left_to_the_lemmatiser(typed):
    text = ("Выборы в Вельсе\n\nКандидат Анна Петрова заявила, что не признает итоги.\n\n"
            "Её соперник Петров промолчал.\n")
    found, _ = typed(text, [("Анна Петрова", "Person", 0), ("Петров", "Person", 0)])
    assert "Анна Петрова" in found and "Анн Петров" not in found
