"""A surname with a prefix glued before its capital ("MacGorrin", "al-Tabbeni") beside a reporting verb is read with
its given name as the speaker's, even where the model missed the name or took the surname for a body's."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("shape", ["{N} stressed that the ferry to Dalmoor would stay idle until August.",
                                   "“The ferry to Dalmoor will stay idle until August,” {N} told reporters.",
                                   "{N}, who was elected in March, said the ferry to Dalmoor would stay idle until "
                                   "August."])
@pytest.mark.parametrize("name", ["Niamh MacGorrin", "Yusra al-Tabbeni", "Ewan McTavell"])
def test_a_glued_surname_prefix_keeps_the_speakers_name_whole(linker, shape, name):
    out = claims_as_written("DALMOOR (Vellwire) - " + shape.format(N=name)
                            + "\n\nHarbour works in Ruritania stopped in May.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == name
