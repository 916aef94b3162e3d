"""The speaker of an English said-tag after a quotation in guillemets ("«…,» said X"), as outlets of the former
USSR write English: the parser took the closing guillemet for the verb's subject, and the words had no speaker."""
import pytest

from extracted import claims, speaker_of


@pytest.mark.parametrize("tag", ["said Orlen", "said the minister"])
def test_a_tag_after_a_closing_guillemet_names_the_speaker(cast, tag):
    out = claims("Foreign Minister of Borealia Mira Orlen said that the ferry talks were over.\n\n"
                 f"«The harbour will open next week for every ship with a permit,» {tag}.", cast)
    assert speaker_of(out, "harbour will open") == "orlen"


def test_a_tag_after_a_guillemet_names_its_own_speaker_not_the_last_one(cast):
    out = claims("Foreign Minister of Borealia Mira Orlen said that the ferry talks were over.\n\n"
                 "«The fleet is small, but its crews are well trained,» said Tomas Varga.", cast)
    assert speaker_of(out, "crews are well trained") == "varga"
