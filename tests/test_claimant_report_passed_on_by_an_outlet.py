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


@pytest.mark.parametrize("modal", ["should", "would", "must"])
def test_a_verb_of_saying_under_a_modal_in_a_report_is_the_reporters_words(linker, modal):
    """"Dawnline said the IMF should announce …": what the outer speaker holds ought to be said, or will be, no
    words the IMF said; the outer speaker's claim, relayed by no one."""
    speaker, relays = speaker_and_relays(f"Dawnline said that the IMF {modal} announce its loan terms for Vell today.",
                                         linker, name="t.txt")
    assert speaker == "Dawnline" and relays == ()
