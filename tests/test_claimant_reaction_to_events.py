"""A verb of speech that tells a reaction to events ("as X responds to a wave of strikes") is no report of words:
the sentence around it is the article's, not the subject's. Invented people and texts."""

from extracted import claims, speaker_of


def test_a_subject_responding_to_events_is_no_speaker_of_the_sentence_around_it(cast):
    out = claims("Tomas Varga said the toll on the canal would stay.\n\n"
                 "Six weeks after taking office, Varga is facing a stern test of his term as he responds to a run of "
                 "blockades on the canal.", cast)
    assert speaker_of(out, "stern test of his term") is None


def test_a_subject_responding_with_words_still_speaks_them(cast):
    out = claims("Mira Orlen accused the canal board of waste.\n\n"
                 "Tomas Varga responded to the charge, saying the toll on the canal was fair.", cast)
    assert speaker_of(out, "toll on the canal was fair") == "varga"


def test_a_subject_calling_on_someone_for_something_still_speaks(cast):
    out = claims("Tomas Varga called on the canal board for restraint in the dispute over tolls.", cast)
    assert speaker_of(out, "restraint in the dispute") == "varga"
