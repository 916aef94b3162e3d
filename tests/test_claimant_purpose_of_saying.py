""""The council held a meeting to assess the truce": a verb of saying in an infinitive of purpose with no clause
of what is said tells why something was done, and names no speaker; one with its clause reports it (invented
bodies, people and places)."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("text", [
    "The Vell Water Council met on Tuesday to review the shaky ceasefire between Orsk and Tarnby.",
    "Tomas Varga flew to Orsk on Monday to discuss the ferry schedule with the harbour board.",
])
def test_a_purpose_of_saying_names_no_speaker(linker, text):
    assert speaker_of(claims_as_written(text, linker), text[:12]) is None


def test_a_purpose_with_what_is_said_reports_it(linker):
    out = claims_as_written("Tomas Varga called a news conference on Monday to announce that the ferry would stop.",
                            linker)
    assert speaker_of(out, "ferry would stop") == "Tomas Varga"
