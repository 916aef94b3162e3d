"""An infinitive of saying on a word of how readily it was said after "be" ("X was quick to clarify that …", "X was
at pains to stress …") is said by the subject of "be"; a readiness to speak later ("X is ready to announce") or a
reluctance ("X was reluctant to say") says nothing (invented people and bodies)."""
import pytest

from extracted import claims, said_plainly, speaker_of


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick was quick to clarify that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick was keen to stress that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick was careful to note that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick was at pains to point out that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick, who took office in May, was eager to add that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick was the first to admit that the tariff would not apply to grain.",
])
def test_saying_readily_is_the_subject_s(cast, sentence):
    assert speaker_of(claims(sentence, cast), "tariff") == said_plainly(cast) is not None


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick is ready to announce that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick was reluctant to say whether the tariff would apply to grain.",
])
def test_readiness_to_speak_later_or_reluctance_says_nothing(cast, sentence):
    assert speaker_of(claims(sentence, cast), "tariff") is None


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick would be happy to explain that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick will be keen to stress that the tariff would not apply to grain.",
    "Trade Minister Orla Fennick was not quick to admit that the tariff would not apply to grain.",
])
def test_readiness_in_a_future_a_condition_or_negated_says_nothing(cast, sentence):
    assert speaker_of(claims(sentence, cast), "tariff") is None
