"""A company the text named, referred back to by its size or as a giant of its trade ("the giant bank", "the
biotech giant"), speaks as that company: invented bodies and texts."""

from extracted import claims, speaker_of


def test_a_bank_described_by_its_size_is_the_bank_named_before(cast):
    out = claims("Bank of Vellmark said on Monday that its profit fell.\n\n"
                 "The giant bank attributed the drop to \"a slow winter\" at its mills.", cast)
    assert speaker_of(out, "attributed the drop") == speaker_of(out, "its profit fell") is not None


def test_a_giant_of_its_trade_is_the_company_named_before(cast):
    out = claims("Ostrell Labs said on Monday that its sales fell.\n\n"
                 "The drug giant reported a loss for the quarter.", cast)
    assert speaker_of(out, "reported a loss") == speaker_of(out, "its sales fell") is not None
