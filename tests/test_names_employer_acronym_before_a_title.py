""""VKB economist Mara Velsen": a word in capitals right before a person's noun and the person's name is the body
the person works for, though no model found it; and a name between a person's noun and a head's title ("his boss
Kordell president Mara Velsen") is that body, not a person titled "boss"."""
import pytest

from extracted import claims_as_written, speaker_of


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


@pytest.mark.parametrize("company", ["Kordell", "Belmoracle"])
def test_a_name_after_a_person_noun_and_before_a_heads_title_is_the_body_not_a_person(linker, company):
    text = ("Results\n\n"
            f"The exit was linked to criticism of his boss {company} president Mara Velsen.\n\n"
            f"{company}, whose chief rivals are Korda Systems and Belmar Group, said quarterly profit rose.\n\n"
            "It also said sales would be flat.\n")
    assert speaker_of(claims_as_written(text, linker), "sales would be flat") == company
