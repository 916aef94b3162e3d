"""A name no model knows is a person's when a verb of a speech act follows it as "said" would ("Ilse Marrow vowed
that …", "Oren Talvik denied that …"): the one who vows or denies is the claimant, not the article's voice."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("verb", ["promised", "vowed", "pledged", "wrote", "denied", "admitted", "acknowledged",
                                  "confirmed", "announced", "claimed", "alleged", "revealed", "cautioned"])
def test_act_verb_after_an_unknown_name_gives_its_speaker(linker, verb):
    out = claims_as_written(f"Harbour works in Ruritania stopped in May.\n\n"
                            f"Ilse Marrow {verb} that the ferry to Dalmoor would run again by June.", linker)
    assert speaker_of(out, "ferry to Dalmoor") == "Ilse Marrow"

