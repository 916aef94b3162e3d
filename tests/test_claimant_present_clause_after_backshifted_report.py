"""After a speaker's report told on in a backshifted modal ("Her ministry would also cut taxes"), a clause joined by
"and" with a present-tense verb of its own ("and Velsen is popular") leaves the reported speech: the article's;
a joined clause that keeps the backshift ("and the harbour would reopen") stays the speaker's. Invented sentences."""
from extracted import claims


def test_a_present_clause_joined_after_a_backshifted_one_is_the_articles(linker):
    out = claims("Ruritania news\n\n"
                 "Mara Velsen said the ferry fares would be reviewed in May. "
                 "Her ministry would also cut taxes, and Velsen is popular.", linker)
    said = dict(out)
    assert said["Her ministry would also cut taxes"] is not None
    assert said["and Velsen is popular."] is None


def test_a_backshifted_clause_joined_after_one_stays_the_speakers(linker):
    out = claims("Ruritania news\n\n"
                 "Mara Velsen said the ferry fares would be reviewed in May. "
                 "Her ministry would also cut taxes, and the harbour would reopen.", linker)
    said = dict(out)
    assert said["the harbour would reopen."] == said["Her ministry would also cut taxes"]
