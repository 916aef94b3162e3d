""""The IMF had reported progress …, Dawnline news reported": a body's report that an outlet passes on is the
body's, the outlet its relay, as with "said" (invented outlets and places)."""
import pytest

from extracted import speaker_and_relays


@pytest.mark.parametrize("text", [
    "The IMF had reported considerable progress in the talks on Vell, Dawnline news reported.",
    "The IMF reported considerable progress in the talks on Vell, Dawnline news said.",
    "Dawnline reported that the IMF reported progress in the talks on Vell.",
])
def test_the_bodys_report_is_the_bodys_and_the_outlet_relays_it(linker, text):
    speaker, relays = speaker_and_relays(text, linker, name="t.txt")
    assert speaker == "IMF" and relays == ("Dawnline",)
