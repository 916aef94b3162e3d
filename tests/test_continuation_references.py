"""A found person's words carried by a later reference to them: invented people and texts."""

from extracted import claims, speaker_of


def test_a_body_and_a_title_after_it_refer_to_the_person_not_the_body(cast):
    text = ("Borealia reviews the visit\n\n"
            "At the weekly press conference, Tomas Varga, the ministry's spokesperson, said: \"The visit was useful.\"\n\n"
            "The Foreign Ministry spokesperson stated: \"In the valley, events are changing very fast.\"\n")
    out = claims(text, cast)
    assert speaker_of(out, "events are changing very fast") == "varga"


def test_a_body_and_a_title_after_it_in_a_frame_refer_to_the_person_named_before(cast):
    text = ("Borealia answers on the talks\n\n"
            "Foreign Ministry spokesman Tomas Varga said on Monday that the talks would go on.\n\n"
            "The foreign ministry spokesman went on to say Borealia is serious about getting results this year.\n")
    out = claims(text, cast)
    assert speaker_of(out, "serious about getting results") == "varga"


def test_a_body_and_a_title_after_it_with_no_person_named_stay_the_bodys(cast):
    text = ("Borealia rejects the claims\n\n"
            "The Borealian Foreign Ministry said on Monday that the claims were false.\n\n"
            "The foreign ministry spokesman added that Borealia would respond in writing.\n")
    out = claims(text, cast)
    first, second = speaker_of(out, "the claims were false"), speaker_of(out, "would respond in writing")
    assert first is not None and second == first


def test_a_body_alone_is_still_the_body(cast):
    text = ("Borealia rejects the claims\n\n"
            "Tomas Varga said on Monday that the claims were false.\n\n"
            "The Borealian Foreign Ministry said on Tuesday that it would respond in writing.\n\n"
            "The ministry added that the embassy would stay open.\n")
    out = claims(text, cast)
    assert speaker_of(out, "the embassy would stay open") not in (None, "varga")


def test_a_title_used_before_its_holder_is_named_is_the_holders_named_later(cast):
    text = ("Borealia denies the report\n\n"
            "\"We will not comment on rumours about the talks,\" the Foreign Ministry spokesman said at a "
            "regular press briefing on Monday.\n\n"
            "Borealia and its neighbours have held indirect talks since 2021.\n\n"
            "Foreign Ministry spokesman Tomas Varga said talks on a prisoner exchange continue.\n")
    out = claims(text, cast)
    assert speaker_of(out, "We will not comment on rumours") == "varga"
    assert speaker_of(out, "have held indirect talks since 2021") is None


def test_a_title_whose_quotation_runs_on_is_the_holders_named_right_after(cast):
    text = ("Foreign Ministry spokesperson on the region\n\n"
            "World news: The Foreign Ministry spokesperson stated: \u201cIn the valley, events are changing very "
            "fast. What is happening in the south is not a war.\u201d\n"
            "At today's press conference, Tomas Varga, the ministry's spokesperson, said: \u201cTomorrow is a day of "
            "memory for the whole nation.\u201d\n")
    out = claims(text, cast)
    assert speaker_of(out, "events are changing very fast") == "varga"
    assert speaker_of(out, "is not a war") == "varga"


def test_a_title_used_before_someone_else_speaks_is_not_the_later_persons(cast):
    text = ("Borealia denies the report\n\n"
            "\"We will not comment on rumours about the talks,\" the Foreign Ministry spokesman said at a "
            "regular press briefing on Monday.\n\n"
            "Opposition leader Mira Orlen said the talks were a secret.\n\n"
            "Foreign Ministry spokesman Tomas Varga said talks on a prisoner exchange continue.\n")
    out = claims(text, cast)
    assert speaker_of(out, "We will not comment on rumours") != "varga"


def test_a_title_the_later_person_does_not_hold_is_not_theirs(cast):
    text = ("Borealia denies the report\n\n"
            "\"We will not comment on rumours about the talks,\" the Foreign Ministry spokesman said at a "
            "regular press briefing on Monday.\n\n"
            "Opposition leader Mira Orlen said the talks were a secret.\n")
    out = claims(text, cast)
    assert speaker_of(out, "We will not comment on rumours") != "orlen"
