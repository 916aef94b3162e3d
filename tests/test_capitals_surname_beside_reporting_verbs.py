"""A surname written in capitals after a given name, beside a reporting verb, names the speaker as written ("Grete
HOLMVIK said", "said Ilse BRANDVOLD"); capitals after a word English knows are no surname ("Yesterday NATO said")."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("shape", ["{N} warned that the ferry to Dalmoor would stay idle until August.",
                                   "The ferry to Dalmoor will stay idle until August, {N} said.",
                                   "“The ferry to Dalmoor will stay idle until August,” said {N}.",
                                   "{N} said on Tuesday that the ferry to Dalmoor would stay idle until August."])
@pytest.mark.parametrize("name", ["Grete HOLMVIK", "Sunniva BRANDVOLD-ØSTBY"])
def test_a_surname_in_capitals_after_a_given_name_is_the_speakers(linker, shape, name):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n" + shape.format(N=name), linker)
    assert speaker_of(out, "ferry to Dalmoor") == name


def test_capitals_after_a_known_word_are_no_persons_surname(linker):
    out = claims_as_written("Harbour works in Ruritania stopped in May.\n\n"
                            "Yesterday VELLCORP said the ferry to Dalmoor would stay idle until August.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == "VELLCORP"
