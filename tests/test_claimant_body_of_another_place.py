""""The authorities in Vellgrad urged …" after the Borealian government spoke: a body's description followed by a
place its label does not hold is another body, not the one that spoke (invented places and bodies)."""
import pytest

from extracted import claims_as_written, speaker_of

SPOKE = "The Borealian government said the talks on the ferry went well.\n\n"


def test_the_authorities_of_another_place_are_not_the_government_that_spoke(linker):
    out = claims_as_written(SPOKE + "The authorities in Vellgrad urged the remaining population to stay put.", linker)
    assert speaker_of(out, "stay put") is None


@pytest.mark.parametrize("again", ["The government of Borealia added that it would help.",
                                   "The government in March added that it would help."])
def test_its_own_place_or_a_month_keeps_the_body(linker, again):
    out = claims_as_written(SPOKE + again, linker)
    assert (speaker_of(out, "would help") or "").endswith("government")
