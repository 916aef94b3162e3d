"""An acronym spelling a body's own name after its owner ("the Bank of Ruritania's Monetary Policy Committee",
"the MPC"), and one that keeps a preposition's initial in lower case ("BoR" for "Bank of Ruritania")."""


def test_an_acronym_of_a_body_named_after_its_owner_is_that_body(typed):
    text = ("Rates\n\n"
            "The Bank of Ruritania’s Monetary Policy Committee voted on Thursday to hold the base rate.\n"
            "Mara Velsen, the governor, said the MPC would watch wages closely.\n")
    types, mentions = typed(text, [("MPC", "Organization", 0)])
    assert "MPC" not in types
    assert ("MPC", "Monetary Policy Committee") in mentions


def test_an_acronym_with_a_prepositions_initial_in_lower_case_is_the_body_it_spells(typed):
    text = ("Rates\n\n"
            "The Bank of Ruritania held its main rate on Thursday, its board said.\n"
            "Analysts expect the BoR to cut rates in the spring.\n")
    types, mentions = typed(text, [("BoR", "Organization", 0)])
    assert "BoR" not in types
    assert ("BoR", "Bank of Ruritania") in mentions


def test_a_mixed_case_acronym_no_body_here_spells_stays_a_name_of_its_own(typed):
    text = ("Rates\n\n"
            "The Bank of Ruritania held its main rate on Thursday, its board said.\n"
            "Analysts at DfT Partners expect a cut in the spring.\n")
    _, mentions = typed(text, [("DfT", "Organization", 0)])
    assert ("DfT", "Bank of Ruritania") not in mentions
