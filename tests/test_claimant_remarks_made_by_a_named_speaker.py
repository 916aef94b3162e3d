""""Tomas Varga … made these remarks in an interview": the sentences before it that no one else said, in its
paragraph, else the paragraph before when it opens its own, are the remarks of the person it names first
(invented people, bodies and places)."""
import pytest

from extracted import claims_as_written, speaker_of

OPENING = "Harbour works in Ruritania stopped in May.\n\n"
SAID = "Bread prices in Borealia will rise in June. Flour will also become dearer."


@pytest.mark.parametrize("maker", ["Tomas Varga, the head of the Vell Bakers Union, made these remarks",
                                   "Tomas Varga made the remarks", "On Monday, Tomas Varga made these comments"])
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_the_remarks_before_are_the_makers(linker, maker, gap):
    out = claims_as_written(OPENING + SAID + gap + maker + " in an interview with Vell TV.", linker)
    assert speaker_of(out, "Bread prices") == "Tomas Varga"
    assert speaker_of(out, "Flour will") == "Tomas Varga"
    assert speaker_of(out, "Harbour works") is None


def test_someone_who_says_another_made_them_gives_them_to_no_one(linker):
    out = claims_as_written(OPENING + SAID + " Vell TV said Tomas Varga made the remarks in an interview.", linker)
    assert speaker_of(out, "Bread prices") is None
