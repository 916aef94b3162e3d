""""The head of the Vell Water Council said … . The council head, Tomas Varga, signed …": a title that spoke is the
one person the sentence right after names and gives that title, where no one speaks (invented people and bodies)."""
import pytest

from extracted import claims_as_written, speaker_of

SAID = "Snow fell.\n\nThe head of the Vell Water Council said on Monday that the decree was no longer valid.\n\n"


def test_the_title_is_the_person_the_next_sentence_gives_it(linker):
    out = claims_as_written(SAID + "The council head, Tomas Varga, signed the decree in September.", linker)
    assert speaker_of(out, "no longer valid") == "Tomas Varga"


@pytest.mark.parametrize("after", ["The farmer Tomas Varga signed the decree in September.",
                                   "The council head, Tomas Varga, met the port head, Ivo Dran, in May."])
def test_another_title_or_two_holders_give_no_one(linker, after):
    out = claims_as_written(SAID + after, linker)
    assert speaker_of(out, "no longer valid") != "Tomas Varga"
