"""A county's officer's body named with a possessive ("the Marl County Sheriff's Office") was read as a place, the
model taking the county's name for all of it; "the Sheriff's Office" said later then made a body of its own rather
than the one named in full."""
from claimsgraph.link import Linker
from extracted import claims, speaker_of


def test_an_officers_office_named_after_a_county_is_a_body_the_short_name_refers_to():
    out = claims("Bridge shut\n\nOn Monday, the Marl County Sheriff's Office closed the old bridge at Orvel. "
                 "The Sheriff's Office said the river was rising fast.", Linker([]))
    who = speaker_of(out, "rising fast")
    assert who is not None and "marl" in who
