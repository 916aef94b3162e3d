""""California-based Vexon said …": where a body sits, written before its name, is no word of the name; the body
that speaks is "Vexon" (invented companies)."""
import pytest

from extracted import claims_as_written, new_types, speaker_of


@pytest.mark.parametrize("seat", ["California-based", "Vell-headquartered"])
def test_the_seat_is_no_word_of_the_speaking_bodys_name(linker, seat):
    text = f"Snow fell.\n\n{seat} Vexon said in a statement it would buy Tarnby Petroleum for $3 billion."
    types = new_types(text, linker)
    assert types.get("Vexon") == "Organization" and not any(seat in label for label in types)
    assert speaker_of(claims_as_written(text, linker), "would buy") == "Vexon"
