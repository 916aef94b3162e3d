""""X made (it) clear that …" asserts what is made clear, as "X said that …" does: X is the claimant; "made the
harbour clear of mines", with no clause of what is held, asserts nothing of X's."""
import pytest

from extracted import claims_as_written, speaker_of

OPENING = "Harbour works in Ruritania stopped in May.\n\n"


@pytest.mark.parametrize("made", ["made it clear", "made clear", "made it clear on Monday"])
def test_made_clear_with_a_clause_gives_the_speaker(linker, made):
    out = claims_as_written(OPENING + f"Mara Velsen {made} that the ferry to Dalmoor would not run before June.",
                            linker)
    assert speaker_of(out, "ferry to Dalmoor") == "Mara Velsen"


def test_made_clear_of_something_asserts_nothing(linker):
    out = claims_as_written(OPENING + "Mara Velsen made the harbour of Dalmoor clear of wrecks before the vote.",
                            linker)
    assert speaker_of(out, "clear of wrecks") is None
