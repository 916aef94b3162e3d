""""VKB economist Mara Velsen": a word in capitals right before a person's noun and the person's name is the body
the person works for, though no model found it."""


def test_an_acronym_before_a_title_and_a_name_is_the_persons_employer(typed):
    text = ("Rates\n\n"
            "However VKB economist Mara Velsen believes more members could vote for a cut in the coming months.\n")
    types, _ = typed(text, [("Mara Velsen", "Person", 0)])
    assert types.get("VKB") == "Organization"


def test_a_title_in_capitals_before_a_title_and_a_name_is_no_body(typed):
    text = ("Rates\n\n"
            "Former MP candidate Tomas Arland said on Monday that the rate cut came too late.\n")
    types, _ = typed(text, [("Tomas Arland", "Person", 0)])
    assert "MP" not in types


def test_a_trades_acronym_before_a_title_and_a_name_is_no_body(typed):
    for trade, noun in (("TV", "presenter"), ("PR", "adviser"), ("HR", "manager")):
        text = f"Rates\n\n{trade} {noun} Mara Velsen said on Monday that 40 people had complained.\n"
        types, _ = typed(text, [("Mara Velsen", "Person", 0)])
        assert trade not in types, (trade, types)
