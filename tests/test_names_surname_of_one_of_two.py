"""A surname alone that two people of the text share (names._one_sharing_the_surname): the one named before it,
or the one a form of address before it tells by gender."""


def test_a_shared_surname_before_the_second_person_is_named_is_the_first(typed):
    text = ("Clinics reopen\n\nThe minister Anna Lindqvist said on Monday that the clinics would reopen in March.\n\n"
            "According to Lindqvist, the repairs cost 40,000 crowns.\n\n"
            "Her deputy Igor Lindqvist said the work would start in April.\n")
    _, mentions = typed(text, [("Anna Lindqvist", "Person", 0), ("Igor Lindqvist", "Person", 0)])
    assert ("Lindqvist", "Anna Lindqvist") in mentions


def test_a_shared_surname_after_a_form_of_address_is_the_person_of_its_gender(typed):
    text = ("Clinics reopen\n\nThe minister Anna Lindqvist said on Monday that the clinics would reopen in March.\n\n"
            "Her deputy Igor Lindqvist said the work would start in April.\n\n"
            "\"We are ready,\" Ms Lindqvist told reporters in Vell.\n")
    _, mentions = typed(text, [("Anna Lindqvist", "Person", 0), ("Igor Lindqvist", "Person", 0)])
    assert ("Lindqvist", "Anna Lindqvist") in mentions and ("Lindqvist", "Igor Lindqvist") not in mentions


def test_a_russian_shared_surname_in_the_genitive_before_the_second_person_is_the_first(typed):
    text = ("Клиники откроют\n\nМинистр Анна Лиходеева сообщила в понедельник, что клиники откроют в марте.\n\n"
            "По словам Лиходеевой, ремонт обошёлся в 40 тысяч рублей.\n\n"
            "Её заместитель Игорь Лиходеев сообщил, что работы начнутся в апреле.\n")
    _, mentions = typed(text, [("Анна Лиходеева", "Person", 0), ("Игорь Лиходеев", "Person", 0)])
    assert ("Лиходеевой", "Анна Лиходеева") in mentions
