"""Two speakers trading quotations in one paragraph, then an untagged quotation ('"No," Dorsk said. "Tolls will
rise."'): it goes on with the last speaker, whose tag closes the sentence right before it, not with the first one.
Invented sentences."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("text", [
    '"The tolls are fair," Halloran said. "They are not," Dorsk said. "Boatmen will pay for them."',
    '"The tolls are fair," said Piet Halloran. "They are not," said Lena Dorsk. "Boatmen will pay for them."',
    'Lena Dorsk and Piet Halloran clashed on Monday. "The tolls are fair," Halloran said. "They are not," Dorsk '
    'replied. "Boatmen will pay for them."',
])
def test_an_untagged_quotation_goes_on_with_the_last_of_two_speakers(linker, text):
    out = claims_as_written(text, linker)
    assert speaker_of(out, "Boatmen will pay") in ("Dorsk", "Lena Dorsk")
