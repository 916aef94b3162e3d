"""Sport and company news: a result line the model read as one name is the two teams', and a one-word name the
next sentence calls "the company" is a company's (names.py)."""


def test_a_name_with_a_score_inside_is_the_two_teams(typed):
    text = ("Weekend round-up\n\n"
            "Vellmoor Rovers 2-3 Stanwick\n\n"
            "Odran Pell: “We were poor in the second half.”\n")
    types, mentions = typed(text, [("Vellmoor Rovers 2-3 Stanwick", "Person", 0), ("Odran Pell", "Person", 0)])
    assert types.get("Vellmoor Rovers") == "Organization"
    assert types.get("Stanwick") == "Organization"
    assert not any("2-3" in label for label in types)


def test_a_name_with_a_score_at_its_end_keeps_its_one_team(typed):
    text = "Results\n\nThe visitors lost as Vellmoor Rovers 2-1 ended the run.\n"
    types, _ = typed(text, [("Vellmoor Rovers 2-1", "Organization", 0)])
    assert types.get("Vellmoor Rovers") == "Organization"


def test_a_one_word_name_the_next_sentence_calls_the_company_is_a_companys(typed):
    text = ("Chips\n\n"
            "Zentrix unveiled a tablet processor on Monday.\n\n"
            "The Ostrava, Lorvia-based company is the largest seller of such parts, and Zentrix expects growth.\n")
    types, _ = typed(text, [("Zentrix", "Person", 1)])   # the model missed it opening the sentence
    assert types.get("Zentrix") == "Organization"


def test_a_one_word_name_before_a_company_the_person_founded_stays_a_persons(typed):
    text = ("Music\n\n"
            "Marlowe unveiled a new album on Monday.\n\n"
            "The company she founded sells it online.\n")
    types, _ = typed(text, [("Marlowe", "Person", 0)])
    assert types.get("Marlowe") != "Organization"
