"""Speech acts the parse reads with their speaker: a call or a promise a spokesperson passes on is its maker's
("X called on both sides to talk, a spokesman said"), an infinitive of purpose that says what its object is ("X took
to social media to describe the vote as a fraud"), and "referenced" as a verb of saying (invented people)."""
import pytest

from extracted import claims, said_plainly, speaker_of


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick called on both sides “to return to the talks on grain,” said a spokesman.",
    "Trade Minister Orla Fennick vowed to scrap the tariff on grain, a spokesman said.",
    "Trade Minister Orla Fennick demanded an end to the tariff on grain, her spokeswoman said.",
])
def test_a_call_a_spokesperson_passes_on_is_its_maker_s(cast, sentence):
    assert speaker_of(claims(sentence, cast), "grain") == said_plainly(cast) is not None


@pytest.mark.parametrize("sentence", [
    "Trade Minister Orla Fennick will visit the grain port next week, a spokesman said.",
    # a call that is an act, not words
    "Trade Minister Orla Fennick called off the grain talks, a spokesman said.",
    "Trade Minister Orla Fennick called police after the grain port blast, a spokesman said.",
])
def test_an_act_a_spokesperson_reports_is_still_no_one_s_words(cast, sentence):
    """A plan or an act is no speech act: the spokesman's unnamed words stay no one's."""
    assert speaker_of(claims(sentence, cast), "grain") is None


def test_an_infinitive_that_says_what_its_object_is_is_said(cast):
    out = claims("Trade Minister Orla Fennick took to social media to describe the grain tariff as a fraud.", cast)
    assert speaker_of(out, "grain") == said_plainly(cast) is not None


def test_an_infinitive_of_purpose_alone_says_nothing(cast):
    out = claims("Trade Minister Orla Fennick flew to the grain port to discuss the tariff.", cast)
    assert speaker_of(out, "grain") is None


def test_referenced_is_a_verb_of_saying(cast):
    out = claims("Trade Minister Orla Fennick referenced “serious failures at the grain port” and the cost of "
                 "repairs.", cast)
    assert speaker_of(out, "grain") == said_plainly(cast) is not None
