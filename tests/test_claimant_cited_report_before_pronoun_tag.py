"""A sentence between "According to X, …" and a sentence whose tag gives its words to X by a pronoun ("he noted")
is X's report going on: the pronoun refers back across it to the cited source."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def test_the_sentence_before_a_pronoun_tag_stays_with_the_cited_source(cast_linker):
    out = claims("According to Mira Orlen, in May, the port did not attend a session of the board. At this session, "
                 "talks on fees were to go on. Nevertheless, she noted, the port sent its own figures.", cast_linker)
    assert speaker_of(out, "talks on fees") == "orlen"


def test_without_a_pronoun_tag_after_it_the_sentence_is_the_articles(cast_linker):
    out = claims("According to Mira Orlen, in May, the port did not attend a session of the board. At this session, "
                 "talks on fees were to go on. Tomas Varga said the port sent its own figures.", cast_linker)
    assert speaker_of(out, "talks on fees") is None
