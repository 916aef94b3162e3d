"""A minister's title that lists several portfolios before the name ("Health, Labour and Social Affairs
Minister X said") names one speaker, the person: invented people and texts."""

from extracted import claims, speaker_of


def test_a_title_listing_portfolios_before_a_name_names_the_person(cast):
    out = claims("Orlov weighs the barge levy.\n\n"
                 "Health, Labour and Social Affairs Minister Sena Barr today said the port is busy.", cast)
    assert speaker_of(out, "the port is busy") is not None
    assert speaker_of(out, "the port is busy") == speaker_of(claims("Sena Barr said the port is busy.", cast),
                                                             "the port is busy")


def test_bodies_and_a_person_side_by_side_stay_several_speakers(cast):
    out = claims("Orlov weighs the barge levy.\n\n"
                 "The council, the union and Sena Barr said the port is busy.", cast)
    assert speaker_of(out, "the port is busy") is None


def test_the_law_minister_is_a_person_not_the_law(cast):
    text = ("Orlov weighs the barge levy.\n\n"
            "Law, Labour and Social Affairs Minister Sena Barr today said the port is busy.\n\n"
            "The law minister said the levy would rise in May.")
    out = claims(text, cast)
    assert speaker_of(out, "levy would rise") is not None
    assert speaker_of(out, "levy would rise") == speaker_of(out, "the port is busy")
