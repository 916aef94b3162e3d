"""A body the text named in full and then only by what it does or is ("the watchdog", "the monitor", "the
Observatory", "the union", "the carrier") speaks as that body: invented bodies and texts."""

from extracted import claims, claims_all, speaker_of


def test_a_monitor_and_an_observatory_are_the_body_named_in_full_before(cast):
    out = claims("The Dorvane Observatory for Civil Rights said the fighting had spread to northern Tarnia.\n\n"
                 "The Observatory said rebels struck a school in Vellport.\n\n"
                 "The Ostland-based monitor added that a convoy was hit near the border.", cast)
    full = speaker_of(out, "fighting had spread")
    assert full is not None
    assert speaker_of(out, "struck a school") == full
    assert speaker_of(out, "convoy was hit") == full


def test_a_figure_according_to_the_watchdog_is_the_body_named_before(cast):
    out = claims_all("The Dorvane Observatory for Civil Rights said troops shelled a market on Monday.\n\n"
                     "More than 300 people have died since March, according to the watchdog.", cast)
    assert speaker_of(out, "More than 300 people") == speaker_of(out, "shelled a market") is not None


def test_the_union_is_a_guild_of_its_trade_named_before(cast):
    out = claims("Halvane Airways cancelled dozens of flights on Monday.\n\n"
                 "The Northern Guild of Cabin Crew said its members voted to strike.\n\n"
                 "The union said the vote was meant to raise pressure on the company.", cast)
    assert speaker_of(out, "raise pressure") == speaker_of(out, "voted to strike") is not None


def test_the_carrier_is_the_airline_named_before_not_the_union_that_spoke_last(cast):
    out = claims("Halvane Airways cancelled dozens of flights on Monday.\n\n"
                 "The Northern Guild of Cabin Crew said its members voted to strike.\n\n"
                 "The carrier said talks would go on next week.", cast)
    assert speaker_of(out, "talks would go on") not in (None, speaker_of(out, "voted to strike"))


def test_a_watchdog_is_the_monitoring_group_that_spoke_not_a_government_named_since(cast):
    out = claims("Rebels seized a checkpoint on Monday, the Dorvane Observatory for Civil Rights said.\n\n"
                 "The fighters, who had fled the Vellport government, were later surrounded, the Ostland-based "
                 "watchdog said.\n\n"
                 "The Observatory said the Vellport government sent more troops.", cast)
    group = speaker_of(out, "sent more troops")
    assert group is not None and "government" not in group
    assert speaker_of(out, "later surrounded") == group
