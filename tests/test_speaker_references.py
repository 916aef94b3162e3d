"""Who speaks when the text names the speaker again by a word of the name, or quotes words that hold a verb of
saying, and where a comment on what was said hands the text back to the article: invented people and texts."""

from extracted import claims_all, speaker_of


def test_a_word_inside_a_three_word_name_names_that_person_again(cast):
    text = ("Health Minister Amina Garang Lual told reporters in Dravik that 40 cases had been confirmed.\n\n"
            "The ministry has opened two treatment centres in the city, Garang said.\n\n"
            "Residents should boil their water, said Garang.")
    out = claims_all(text, cast)
    assert speaker_of(out, "two treatment centres").startswith("amina-garang-lual")
    assert speaker_of(out, "boil their water").startswith("amina-garang-lual")
    # away from a verb of saying the word is no one's name: "Shia parties" are not Prime Minister Shia Hadar
    text = ("Prime Minister Karim Shia Hadar said on Monday that the budget would pass.\n\n"
            "Shia parties said they would vote against it in Dravik.")
    assert not (speaker_of(claims_all(text, cast), "vote against it") or "").startswith("karim-shia-hadar")
    # the last word of another person's name is that person's surname first
    text = ("Health Minister Amina Garang Lual visited the clinic in Dravik on Monday.\n\n"
            "Her deputy, Piet Garang, told reporters the clinic would reopen in May.\n\n"
            "The works will cost $2 million, Garang said.")
    assert speaker_of(claims_all(text, cast), "$2 million").startswith("piet-garang")


def test_a_surname_opening_with_a_lower_case_particle_names_the_person_again(cast):
    text = ("Opposition leader Karim Nabil al-Hadari said on Monday he would not run in the vote.\n\n"
            "\u201cI will not take part in a play,\u201d al-Hadari said in a statement.")
    out = claims_all(text, cast)
    assert speaker_of(out, "take part in a play").startswith("karim-nabil-al-hadari")


def test_a_verb_of_saying_inside_a_quotation_leaves_the_quotation_to_its_speaker(cast):
    text = ("Health Minister Amina Lual told reporters in Dravik that 40 cases had been confirmed.\n\n"
            "\u201cThe Borealian Health Ministry hereby declares a measles epidemic across Dravik district,\u201d "
            "Lual said.")
    out = claims_all(text, cast)
    assert speaker_of(out, "measles epidemic").startswith("amina-lual")


def test_a_comment_on_a_report_is_not_the_reporters_and_ends_the_report(cast):
    text = ("The Borealian army said on Tuesday it would pause its northern offensive until the spring, "
            "a step analysts say is long overdue. An end to the fighting might bring the rebels back to the "
            "table in Orlov, where talks stalled in 2019.\n\n"
            "The rebels said on Friday they had not been told of the pause.")
    out = claims_all(text, cast)
    assert speaker_of(out, "pause its northern offensive").startswith("borealian-arm")
    assert not (speaker_of(out, "analysts say") or "").startswith("borealian-arm")
    assert speaker_of(out, "An end to the fighting") is None


def test_a_name_in_what_a_titled_speaker_said_takes_no_title_from_before_the_verb():
    from claimsgraph.extract.attribution import Discourse
    from claimsgraph.model import Mention, Span
    text = "Back in Orlov, the deputy minister said, Lin Fei, if jailed, will not mend the harbour."
    name = text.index("Lin Fei")
    discourse = Discourse({"lin": "Person"}, {"lin": "Lin Fei"})
    discourse.saw([Mention("lin", Span(name, name + len("Lin Fei")), "name")], text, Span(0, len(text)), "en")
    assert discourse.fitting_person("the minister") is None


def test_rejecting_claims_that_carry_a_clause_says_the_contrary(cast):
    text = ("Finance Minister Ama Boateng said on Monday that the budget would be cut.\n\n"
            "The minister also rejected claims by some traders that the tax would rise.\n\n"
            "The council rejected the offer that the company made.")
    out = claims_all(text, cast)
    assert speaker_of(out, "the tax would rise").startswith("ama-boateng")
