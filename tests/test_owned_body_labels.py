"""An owned body's label: the owner stays in a short name ("Council Budget Committee"), not in a name that stands
on its own ("the Vell Bank's Coastal Lending Fund" is the "Coastal Lending Fund") (names.py, owned_name)."""


def test_a_body_named_in_full_after_its_owner_s_possessive_is_labelled_by_its_own_name(typed):
    text = ("Loans\n\n"
            "The Vell Bank's Coastal Lending Fund said on Monday that it would lend more to fishermen.\n")
    types, mentions = typed(text, [("Vell Bank's Coastal Lending Fund", "Organization", 0)])
    assert types.get("Coastal Lending Fund") == "Organization"
    assert "Vell Bank Coastal Lending Fund" not in types
    assert ("Vell Bank's Coastal Lending Fund", "Coastal Lending Fund") in mentions


def test_a_body_found_by_its_head_after_its_owner_s_possessive_is_labelled_by_its_own_name(typed):
    text = ("Rates\n\n"
            "The Tarvinian Reserve Bank's Monetary Stability Committee voted on Thursday to keep rates on hold.\n")
    types, _ = typed(text)
    assert types.get("Monetary Stability Committee") == "Organization"
    assert "Tarvinian Reserve Bank Monetary Stability Committee" not in types


def test_a_short_owned_name_keeps_its_owner(typed):
    text = ("Budget\n\n"
            "The Tarvinian Supreme Council's Audit Committee said on Monday that taxes would rise.\n")
    types, _ = typed(text)
    assert types.get("Tarvinian Supreme Council Audit Committee") == "Organization"


def test_an_owned_organ_of_generic_words_keeps_its_owner(typed):
    text = ("Shares\n\n"
            "Vexon Holdings' Board of Directors met on Monday. Lumen Energy's Board of Directors met on Tuesday "
            "and said it would sell the plant.\n")
    types, _ = typed(text)
    assert "Board of Directors" not in types
    assert types.get("Vexon Holdings Board of Directors") == "Organization"
    assert types.get("Lumen Energy Board of Directors") == "Organization"
