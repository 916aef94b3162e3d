"""Sentences left to the article's own voice although they name who says them: a source after "per" closing the
sentence, a statement described by its issuer's kind saying it ("…, an army statement said"), a title before the
speaker's name that the verb's own complement follows, verbs that characterise ("depicted it as …") and "the PM"."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, claims_all, speaker_of

NORTHWIRE = Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"),))
ARMY = Entity("army", "Borealian army", "Organization", pref_labels=(("Borealian army", "en"),))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [NORTHWIRE, ARMY])


@pytest.mark.parametrize("text, words", [
    ("Tomas Varga is due to appear before a judge in Borealia on Monday afternoon, per Northwire.", "due to appear"),
    ("Mira Orlen studied the glaciers of northern Borealia for her doctoral thesis, as per Northwire.", "glaciers"),
])
def test_a_source_after_per_closing_the_sentence_says_it(cast_linker, text, words):
    assert speaker_of(claims(text, cast_linker), words) == "northwire"


def test_per_before_a_unit_names_no_source(cast_linker):
    out = claims_all("Borealia sold its grain at 40 dollars per tonne last year.", cast_linker)
    assert out and all(who is None for _, who in out)


@pytest.mark.parametrize("tag", ["an army statement said", "a statement from the army said"])
def test_a_statement_saying_the_sentence_closes_it_and_is_its_issuers(cast_linker, tag):
    out = claims("The Borealian army said on Monday it would pause the shelling of the harbour for six hours. The "
                 f"pause will not cover the old docks, as the troops will keep fighting there, {tag}.", cast_linker)
    assert not any(text.startswith(tag.split()[0] + " ") for text, _ in out)
    assert speaker_of(out, "old docks") == "army"


def test_a_comment_noun_another_rejects_still_comments(cast_linker):
    out = claims("Tomas Varga said the count in the north had been rigged by the ruling party, a claim Mira Orlen "
                 "rejects.", cast_linker)
    assert speaker_of(out, "rigged") == "varga"
    assert speaker_of(out, "a claim") == "orlen"


@pytest.mark.parametrize("comment", ["a demand Mira Orlen has said is unaffordable",
                                     "a plan Mira Orlen has called reckless"])
def test_a_comment_noun_whose_speaker_has_said_something_of_it_is_hers(cast_linker, comment):
    out = claims(f"The port union wants a ten-day strike in the north, {comment}.", cast_linker)
    assert speaker_of(out, comment.split()[1]) == "orlen"


def test_a_title_before_the_name_is_no_assertion_when_the_verb_has_its_own_complement(cast_linker):
    out = claims("Commander of the army units in the north, General Tomas Varga, cautioned in the statement that "
                 "the truce would not last the winter.", cast_linker)
    assert [who for _, who in out] == ["varga"]


def test_an_assertion_before_the_speaker_at_an_occasion_is_still_cut_from_the_report(cast_linker):
    out = claims("The truce in the northern valleys will not last the winter, Tomas Varga told reporters at a "
                 "briefing in the capital on Friday.", cast_linker)
    assert speaker_of(out, "truce") == "varga"
    assert speaker_of(out, "briefing") is None


@pytest.mark.parametrize("verb", ["depicted", "portrayed"])
def test_a_speaker_characterising_something_in_a_relative_clause_says_it(cast_linker, verb):
    out = claims(f"The Borealian protest came a day after one by the envoy Mira Orlen, who {verb} the raid on the "
                 "harbour school as both \"a shameful act and a crime.\"", cast_linker)
    assert speaker_of(out, "shameful") == "orlen"


@pytest.mark.parametrize("text", [
    "Prime Minister Mira Orlen opened the new bridge over the river on Monday. Later that day the PM said the tolls "
    "would be scrapped by spring.",
    "President Tomas Varga met Prime Minister Mira Orlen in the capital on Monday. The PM said the tolls would be "
    "scrapped by spring.",
])
def test_the_pm_is_the_prime_minister_named_before(cast_linker, text):
    assert speaker_of(claims(text, cast_linker), "tolls") == "orlen"
