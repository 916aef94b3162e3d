""""He did not give any figures", "He gave no details", "She did not elaborate": someone who says nothing; the
article's sentence, which no report before it reaches (invented people and places)."""
import pytest

from extracted import claims_as_written, speaker_of

REPORT = "Snow fell in Vell.\n\nTomas Varga said officials have been exploring new routes for the ferries. "


@pytest.mark.parametrize("silence", ["He did not give any figures.", "He gave no details.",
                                     "He did not elaborate.", "He provided no timeline for the talks."])
def test_withholding_is_nobodys_report(linker, silence):
    out = claims_as_written(REPORT + silence, linker)
    assert speaker_of(out, silence[3:12]) is None


@pytest.mark.parametrize("going_on", ["He did not give way to pressure from Orsk.", "He expects a deal by May."])
def test_a_pronoun_that_says_or_does_more_is_not_withholding(linker, going_on):
    out = claims_as_written(REPORT + going_on, linker)
    assert speaker_of(out, going_on[3:12]) == "Tomas Varga"
