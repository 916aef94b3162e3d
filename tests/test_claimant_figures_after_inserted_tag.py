"""A tag set off by commas inside the clause it reports ("The north quay, she added, had six more cranes") is no
closing tag: the figures after it are the speaker's, not the occasion of the words. Invented people and texts."""

from extracted import claims_all, speaker_of


def test_a_figure_after_a_tag_inserted_before_the_clauses_verb_is_the_speakers(cast):
    out = claims_all("Mira Orlen said the canal was busy.\n\n"
                     "The north quay, she added, had another seven cranes and a tug.", cast)
    assert speaker_of(out, "seven cranes") == "orlen"


def test_a_figure_in_the_occasion_after_a_closing_tag_stays_the_articles(cast):
    out = claims_all("\"The toll is unfair,\" Mira Orlen said after a meeting of 14 ferry owners.", cast)
    assert speaker_of(out, "14 ferry owners") is None
