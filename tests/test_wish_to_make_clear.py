"""A wish to make clear what follows ("X wanted to make clear that …", "X would like to make clear that …") says it
in the act of speaking, as "X wants to stress that …" does; a wish to announce only plans to (invented people)."""
import pytest

from extracted import claims, said_plainly, speaker_of


@pytest.mark.parametrize("wish", ["wanted to make clear", "would like to make clear"])
def test_a_wish_to_make_clear_is_said(cast, wish):
    plainly = said_plainly(cast)
    said = claims(f"Trade Minister Orla Fennick {wish} that the tariff would not apply to grain.", cast)
    assert speaker_of(said, "tariff") == plainly is not None


def test_a_wish_to_announce_is_not_yet_said(cast):
    said = claims("Trade Minister Orla Fennick wants to announce that the tariff would not apply to grain.", cast)
    assert speaker_of(said, "tariff") is None


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick did not want to make clear that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick wanted to make clear whether the tariff would apply to grain.",
    "Trade Minister Orla Fennick wanted to make clear whether the tariff was fair.",
])
def test_a_wish_negated_or_to_make_a_question_clear_is_not_said(cast, sentence):
    assert speaker_of(claims(sentence, cast), "tariff") is None
