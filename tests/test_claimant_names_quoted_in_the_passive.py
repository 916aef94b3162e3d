"""Hearsay in the passive names its speaker as "said" does: "Ilse Marrow was quoted as saying …", "… was cited by
Northwire as saying …" find a name no model knows before "was quoted" / "was cited", and she is the claimant."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("passive", ["was quoted as saying", "was cited by the Dalmoor Courier as saying",
                                     "is quoted as saying"])
def test_unknown_name_before_a_passive_of_quoting_speaks(linker, passive):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            f"Ilse Marrow {passive} that the ferry to Dalmoor would run again by June.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == "Ilse Marrow"
