""""X made it known that …" asserts what is made known, as "X made it clear that …" does: X is the claimant; "made
the singer known", with no clause of what is held, asserts nothing of X's (invented people)."""
from extracted import claims_as_written, speaker_of

OPENING = "Harbour works in Ruritania stopped in May.\n\n"


def test_made_it_known_with_a_clause_gives_the_speaker(linker):
    out = claims_as_written(OPENING + "Mara Velsen made it known that the ferry to Dalmoor would not run before June.",
                            linker)
    assert speaker_of(out, "ferry to Dalmoor") == "Mara Velsen"


def test_made_someone_known_asserts_nothing(linker):
    out = claims_as_written(OPENING + "The ferry to Dalmoor made Mara Velsen known across Ruritania before the vote.",
                            linker)
    assert speaker_of(out, "known across") is None
