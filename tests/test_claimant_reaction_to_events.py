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


REACTION = "Mira Orlen accused the canal board of waste.\n\n"


def test_a_reaction_with_a_that_clause_under_a_statement_s_noun_is_words(cast):
    out = claims(REACTION + "Tomas Varga responded to the criticism with a statement that the levy on barges was "
                            "fair.", cast)
    assert speaker_of(out, "levy on barges was fair") == "varga"


def test_a_reaction_before_a_colon_is_words(cast):
    out = claims(REACTION + "Tomas Varga responded to the criticism on Twitter: the levy was fair.", cast)
    assert speaker_of(out, "levy was fair") == "varga"


def test_a_reaction_before_a_tag_is_words(cast):
    out = claims("Tomas Varga accused the canal board of waste.\n\n"
                 "Mira Orlen responded to the criticism on Friday, the levy was fair, she insisted.", cast)
    assert speaker_of(out, "levy was fair") == "orlen"
