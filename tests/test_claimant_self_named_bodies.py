"""A body the text first calls by a common noun and names in a relative clause ("the group, which calls itself X,
said") speaks as that name: invented bodies and texts."""

from extracted import claims, speaker_of


def test_a_group_that_calls_itself_by_a_name_speaks_as_that_name(cast):
    text = ("The Orlov Courier said the harbour had been shut since May.\n\n"
            "In a note posted online, the group, which calls itself Pier Watch Front, said it had blocked the quay "
            "for three days.")
    out = claims(text, cast)
    assert speaker_of(out, "blocked the quay") is not None
    assert speaker_of(out, "blocked the quay") != speaker_of(out, "shut since May")
