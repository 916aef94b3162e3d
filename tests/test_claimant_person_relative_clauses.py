"""A clause opened by a pronoun that stands only for a person ("…, who said …") is the words of the person named
right before its comma, wherever the parser hangs the clause: invented people and texts."""

from extracted import claims, speaker_of


def test_who_said_after_a_name_in_a_phrase_on_a_noun_is_that_persons(cast):
    out = claims("Orlov weighs the barge levy.\n\n"
                 "The results follow a warning from Sena Barr, who said that the levy is late.", cast)
    assert speaker_of(out, "the levy is late") is not None
    assert speaker_of(out, "the levy is late") == speaker_of(claims("Sena Barr said the levy is late.", cast),
                                                             "the levy is late")
