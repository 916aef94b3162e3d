"""An infinitive of saying on a noun of an occasion to speak that is a verb's object ("X took the opportunity to
remind farmers that …") is said by that verb's subject; an occasion given to another ("X gave farmers the chance to
say …") is not the giver's words (invented people)."""
import pytest

from extracted import claims, said_plainly, speaker_of


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick took the opportunity to remind farmers that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick seized the chance to stress that the tariff would not apply to grain.",
])
def test_an_occasion_taken_to_say_is_the_taker_s(cast, sentence):
    plainly = said_plainly(cast)
    assert speaker_of(claims(sentence, cast), "tariff") == plainly is not None


def test_an_occasion_given_to_another_is_not_the_giver_s(cast):
    said = claims("Trade Minister Orla Fennick gave farmers the chance to say that the tariff would not apply to "
                  "grain.", cast)
    assert speaker_of(said, "tariff") is None


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick missed the opportunity to explain that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick had the chance to say that the tariff would not apply to grain, but did not.",
    "Trade Minister Orla Fennick will take the opportunity to remind them that the tariff would not apply to grain.",
])
def test_an_occasion_missed_had_or_still_to_come_says_nothing(cast, sentence):
    assert speaker_of(claims(sentence, cast), "tariff") is None
