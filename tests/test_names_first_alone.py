"""A person named by the first word of the full name written before (names._first_names_alone)."""


def test_a_first_name_alone_after_the_full_name_is_the_person(typed):
    text = ("Clinic opens in Vell\n\n"
            "Dr Sanjo Velarde Ortiz opened the clinic on Monday.\n\n"
            "Dr Sanjo said the clinic would treat 200 patients a day.\n\n"
            "Sanjo added that two more clinics would follow.\n")
    _, mentions = typed(text, [("Sanjo Velarde Ortiz", "Person", 0)])
    assert mentions.count(("Sanjo", "Sanjo Velarde Ortiz")) == 2


def test_a_family_name_written_first_and_then_alone_is_the_person(typed):
    text = ("Flu cases\n\n"
            "Health minister Wen Tai-lok told reporters that four cases were confirmed.\n\n"
            "Wen said the ward had been closed.\n")
    _, mentions = typed(text, [("Wen Tai-lok", "Person", 0)])
    assert ("Wen", "Wen Tai-lok") in mentions


def test_a_first_word_two_people_share_stays_unlinked(typed):
    text = ("Clinic opens in Vell\n\n"
            "Sanjo Velarde and Sanjo Prieto opened the clinic on Monday.\n\n"
            "Sanjo said the clinic would treat 200 patients a day.\n")
    _, mentions = typed(text, [("Sanjo Velarde", "Person", 0), ("Sanjo Prieto", "Person", 0)])
    assert not [m for m in mentions if m[0] == "Sanjo"]


def test_a_first_word_before_another_capitalised_word_is_another_name(typed):
    text = ("Clinic opens in Vell\n\n"
            "Sanjo Velarde opened the clinic on Monday.\n\n"
            "Sanjo Prieto, his deputy, said it would treat 200 patients a day.\n")
    _, mentions = typed(text, [("Sanjo Velarde", "Person", 0)])
    assert ("Sanjo", "Sanjo Velarde") not in mentions


def test_a_first_word_written_before_the_full_name_stays_unlinked(typed):
    text = ("Clinic opens in Vell\n\n"
            "Sanjo said on Monday that the clinic would open.\n\n"
            "Sanjo Velarde, the mayor, cut the ribbon.\n")
    _, mentions = typed(text, [("Sanjo Velarde", "Person", 0)])
    assert ("Sanjo", "Sanjo Velarde") not in mentions
