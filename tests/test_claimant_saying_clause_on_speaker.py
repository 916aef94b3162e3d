"""A relative clause on the speaker a quotation's tag names, with a verb of saying of its own ("…, said X, who added
that …"), is the speaker's words, not the article's description of the speaker. Invented people and texts."""

from extracted import claims, speaker_of


def test_a_clause_of_saying_on_the_speaker_after_a_tag_is_the_speakers(cast):
    out = claims("A crowd gathered on the quay. \"Nobody will stop the barges!\" shouted ferryman Tomas Varga, "
                 "who said he had seen the wardens chase the crew.", cast)
    assert speaker_of(out, "seen the wardens chase the crew") == "varga"


def test_a_clause_describing_the_speaker_after_a_tag_stays_the_articles(cast):
    out = claims("\"The toll is unfair,\" said Tomas Varga, who has led the canal board since the flood.", cast)
    assert speaker_of(out, "led the canal board since the flood") is None
