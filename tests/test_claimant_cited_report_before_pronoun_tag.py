"""A sentence between "According to X, …" and a sentence whose tag gives its words to X by a pronoun ("she added")
is X's report going on: the pronoun refers back across it to the cited source. Invented people and wording."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def test_the_sentence_before_a_pronoun_tag_stays_with_the_cited_source(cast_linker):
    out = claims("According to Mira Orlen, the ferry line skipped the island in winter. The island clinic stayed "
                 "shut without a doctor. Still, she added, the line kept its cargo route.", cast_linker)
    assert speaker_of(out, "without a doctor") == "orlen"


def test_without_a_pronoun_tag_after_it_the_sentence_is_the_articles(cast_linker):
    out = claims("According to Mira Orlen, the ferry line skipped the island in winter. The island clinic stayed "
                 "shut without a doctor. Tomas Varga said the line kept its cargo route.", cast_linker)
    assert speaker_of(out, "without a doctor") is None
