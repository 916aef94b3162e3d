"""A surname that reads as a word ("Long"), opening a sentence and described by a relative clause before the verb of
saying ("Long, who has led the talks since 2020, said …"): the parser may hang the name on that verb as an adverb or
an adverbial clause and leave the verb with no subject; the name is still the speaker. Invented sentences."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("surname, said", [
    ("Long", "both sides agreed on the fees"),
    ("Morn", "the two sides agreed on tolls"),
])
def test_a_name_described_by_a_relative_clause_speaks(linker, surname, said):
    out = claims_as_written(f"Edda {surname} said the deal was close. "
                            f"{surname}, who has led the talks since 2020, said {said}.", linker)
    assert speaker_of(out, said) == surname
