"""An infinitive of saying with a that-clause under a verb of attempt reported as made ("X attempted to explain that
…", "X sought to reassure residents that …", "X chose to remind reporters that …") is said by the subject; an attempt
still to come ("X will try to explain that …") says nothing yet (invented people)."""
import pytest

from extracted import claims, said_plainly, speaker_of


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick attempted to explain that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick sought to reassure farmers that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick chose to remind reporters that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick has repeatedly tried to argue that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick does try to explain that the tariff would not apply to grain.",
])
def test_an_attempt_made_to_say_is_the_subject_s(cast, sentence):
    assert speaker_of(claims(sentence, cast), "tariff") == said_plainly(cast) is not None


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick will try to explain that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick plans to seek to argue that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick will have attempted to explain that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick did not try to explain that the tariff would not apply to grain.",
])
def test_an_attempt_to_come_says_nothing_yet(cast, sentence):
    assert speaker_of(claims(sentence, cast), "tariff") is None
