"""A person named again: a double-barrelled surname, an honorific before the full name (names._later_surnames),
a person's name the model took into a body's (names._body_and_person, names._Finder._body_before_person)."""


def test_a_double_barrelled_surname_written_again_is_the_person(typed):
    text = ("Minister Tarvo Lindqvist-Orre opened the Vell bridge on Monday.\n\n"
            "Mr Lindqvist-Orre said the crossing would carry 9,000 cars a day.\n")
    found, mentions = typed(text, [("Tarvo Lindqvist-Orre", "Person", 0), ("Lindqvist-Orre", "Person", 1)])
    assert found == {"Tarvo Lindqvist-Orre": "Person"}
    assert ("Lindqvist-Orre", "Tarvo Lindqvist-Orre") in mentions


def test_a_part_of_a_double_barrelled_surname_stays_alone(typed):
    text = "Bridge talks in Vell\n\nThe mayor, Tarvo Lindqvist-Orre, met the engineer Anna Orre on the site of the new bridge.\n\nOrre said the bridge would open in May.\n"
    _, mentions = typed(text, [("Tarvo Lindqvist-Orre", "Person", 0), ("Anna Orre", "Person", 0)])
    assert ("Orre", "Anna Orre") in mentions and ("Orre", "Tarvo Lindqvist-Orre") not in mentions


def test_a_surname_after_an_honorific_before_the_full_name(typed):
    text = ("Count disputed\n\nOpposition leader Ms Varsk has rejected the count.\n\n"
            "The party's candidate, Della Varsk, won 40 percent in Vell.\n")
    _, mentions = typed(text, [("Varsk", "Person", 0), ("Della Varsk", "Person", 0)])
    assert ("Varsk", "Della Varsk") in mentions


def test_a_bare_surname_before_the_full_name_stays_unlinked(typed):
    text = "Count disputed\n\nVarsk has rejected the count.\n\nThe candidate, Della Varsk, won 40 percent in Vell.\n"
    _, mentions = typed(text, [("Varsk", "Person", 0), ("Della Varsk", "Person", 0)])
    assert ("Varsk", "Della Varsk") not in mentions


def test_a_title_and_a_persons_name_the_model_took_into_a_bodys(typed):
    text = ("Vell bridge closed\n\n"
            "The Vell Port Authority Director Tarja Veld announced the closure at a news conference on Monday.\n\n"
            "“The cracks are too deep,” Veld said.\n")
    found, mentions = typed(text, [("Vell Port Authority Director Tarja Veld", "Organization", 0)])
    assert found == {"Vell Port Authority": "Organization", "Tarja Veld": "Person"}
    assert ("Veld", "Tarja Veld") in mentions


def test_a_bodys_name_ending_in_two_capitalised_words_stays_whole(typed):
    text = ("Bank results\n\n"
            "The Bank of Ruritania Merrow Lyle unit reported higher profit on Monday, the lender said.\n")
    found, _ = typed(text, [("Bank of Ruritania Merrow Lyle", "Organization", 0)])
    assert found == {"Bank of Ruritania Merrow Lyle": "Organization"}


def test_a_bodys_name_the_rules_run_on_into_a_titled_persons_stops_before_the_title(typed):
    text = ("Port closure in Vell\n\n"
            "The port shut on Sunday, a spokesman for Mayor Ola Brek said. Department of Harbour Works Director Tarja Veld "
            "announced the closure at a news conference on Monday.\n")
    found, _ = typed(text)
    assert found.get("Tarja Veld") == "Person" and found.get("Department of Harbour Works") == "Organization"
    assert not any("Director" in label for label in found)


def test_a_persons_name_after_a_portfolio_when_the_surname_alone_is_a_persons_elsewhere(typed):
    text = ("Roads in Vell\n\n"
            "Vell Regional Minister for Roads Tarja Veld on Sunday opened the bypass to traffic.\n\n"
            "After weeks of delays, Veld confirmed the toll would be dropped.\n")
    found, mentions = typed(text, [("Vell Regional Minister for Roads Tarja Veld", "Organization", 0),
                                           ("Veld", "Person", 1)])
    assert found == {"Tarja Veld": "Person"} or found == {"Tarja Veld": "Person", "Vell": "Place"}
    assert ("Veld", "Tarja Veld") in mentions


def test_an_acronym_without_brackets_is_the_one_body_whose_initials_it_spells(typed):
    text = ("Vote count in Vell\n\n"
            "The Independent Vell Boundary Commission said on Monday that turnout was 61 percent.\n\n"
            "The IVBC also said that ballots from two districts would be counted again.\n")
    found, mentions = typed(text, [("Independent Vell Boundary Commission", "Organization", 0),
                                           ("IVBC", "Organization", 0)])
    assert "IVBC" not in found and ("IVBC", "Independent Vell Boundary Commission") in mentions


def test_an_acronym_two_bodies_spell_stays_its_own(typed):
    text = ("Vote count in Vell\n\n"
            "The Vell Boundary Commission and the Vell Budget Committee met on Monday in the capital.\n\n"
            "The VBC said that ballots from two districts would be counted again.\n")
    found, _ = typed(text, [("Vell Boundary Commission", "Organization", 0), ("Vell Budget Committee", "Organization", 0),
                                    ("VBC", "Organization", 0)])
    assert found.get("VBC") == "Organization"


def test_a_russian_acronym_spells_the_initials_of_a_body_in_any_case(typed):
    text = ("Выборы в Велле\n\n"
            "Глава Высшей избирательной палаты Велла заявил в понедельник, что явка превысила 60 процентов.\n\n"
            "В ВИП также сообщили, что бюллетени двух округов пересчитают.\n")
    found, mentions = typed(text, [("Высшей избирательной палаты", "Organization", 0), ("ВИП", "Organization", 0)])
    assert "ВИП" not in found and any(m == "ВИП" and label != "ВИП" for m, label in mentions)


def test_a_body_named_after_an_office_keeps_the_office(typed):
    text = ("Talks in Vell\n\n"
            "Ola Brek, the chief of the Trade Office of the President, told Vell radio that a deal was near.\n")
    found, _ = typed(text, [("Trade Office of the President", "Organization", 0)])
    assert "Trade Office" not in found


def test_a_word_alone_that_opens_one_bodys_name_written_before_is_that_body(typed):
    text = ("Vexon results\n\n"
            "Vexon Materials reported a 12 percent rise in quarterly sales on Tuesday.\n\n"
            "Vexon said it would open a second plant in Vell next year, and analysts raised their targets.\n")
    found, mentions = typed(text, [("Vexon Materials", "Organization", 0), ("Vexon", "Organization", 2)])
    assert "Vexon" not in found and ("Vexon", "Vexon Materials") in mentions


def test_a_place_that_opens_a_bodys_name_stays_a_place_of_its_own(typed):
    text = ("Vote in Vell\n\n"
            "The Vellmark Election Commission said turnout was high across Vellmark on Sunday.\n")
    found, _ = typed(text, [("Vellmark Election Commission", "Organization", 0), ("Vellmark", "Place", 1)])
    assert found.get("Vellmark") == "Place"


def test_a_name_with_a_figure_in_it_is_no_persons(typed):
    text = ("Summit in Vell\n\n"
            "Delegates arrived in Vell for the VTS-12 summit, where a Lynx 3 tank was on show outside the hall.\n")
    found, _ = typed(text, [("VTS-12", "Person", 0), ("Lynx 3", "Person", 0)])
    assert found.get("VTS-12") == "Event" and "Lynx 3" not in found


def test_a_bodys_name_before_a_persons_title_is_cut_at_the_title():
    import re

    from claimsgraph.names import _body_before_title

    def cut(phrase):
        return " ".join(w.group() for w in _body_before_title(list(re.finditer(r"\S+", phrase))))

    assert cut("Vell Port Authority Director") == "Vell Port Authority"
    assert cut("the Harbour Council Chairman") == "the Harbour Council"
    assert cut("Ruritanian Deputy Prime Minister") == ""      # no body's head before the title
    assert cut("Vell Port Authority") == "Vell Port Authority"


def test_a_surname_with_an_apostrophe_written_again_is_the_person(typed):
    text = ("Garrison patrols\n\nColonel Dara O’Fenn, a spokesman for the Vell garrison, spoke on Monday.\n\n"
            "The patrols would go on through the winter, O’Fenn said.\n")
    _, mentions = typed(text, [("Dara O’Fenn", "Person", 0)])
    assert ("O’Fenn", "Dara O’Fenn") in mentions


def test_a_surname_before_a_possessive_is_still_the_person(typed):
    text = ("Garrison patrols\n\nColonel Dara Fenn spoke on Monday.\n\n"
            "Fenn’s plan would keep the patrols going through the winter.\n")
    _, mentions = typed(text, [("Dara Fenn", "Person", 0)])
    assert ("Fenn", "Dara Fenn") in mentions
