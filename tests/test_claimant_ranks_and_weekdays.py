"""A speaker named by police rank and then by that rank or "the officer" alone ("SSP X said …. The SSP said …",
"the officer added") was given to no one: neither the rank acronyms nor the words for a police officer referred
back. A weekday between a name and its verb ("X Friday said") either made the weekday the name's last word, or,
where a tagger hung the name on the weekday, left the verb with no subject; so did a participle between a subject
and its verb of saying ("X addressing the media on Monday, said"), where a tagger gave the participle the subject."""
import pytest

from claimsgraph.extract.attribution import _subject_taken_by_participle
from claimsgraph.link import Linker
from claimsgraph.nlp import Word
from claimsgraph.model import Span
from extracted import CAST, claims, claims_all, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def test_a_rank_acronym_alone_refers_back_to_the_officer_it_titled(cast_linker):
    out = claims("SSP Tomas Varga said the suspects were held at a checkpoint near the river. "
                 "The SSP said the police would file charges soon.", cast_linker)
    assert speaker_of(out, "would file charges") == "varga"


@pytest.mark.parametrize("title", ["officer", "superintendent", "inspector"])
def test_the_words_for_a_police_officer_refer_back_to_the_one_named(cast_linker, title):
    out = claims("Superintendent of Police Tomas Varga said the convoy had been stopped at dawn. "
                 f"The {title} added that the drivers were questioned.", cast_linker)
    assert speaker_of(out, "drivers were questioned") == "varga"


def test_a_name_hung_on_the_weekday_after_it_is_the_subject():
    out = claims("Jane Roe Friday denied the claims of the opposition.", Linker([]))
    who = speaker_of(out, "denied the claims")
    assert who is not None and "jane-roe" in who


@pytest.mark.parametrize("sentence", ["Ilse Dornack Friday said the vote was fair.",
                                      "Senator Ilse Dornack Tuesday said the vote was fair."])
def test_a_weekday_after_a_new_name_is_no_part_of_it(sentence):
    out = claims(sentence, Linker([]))
    who = speaker_of(out, "the vote was fair")
    assert who is not None and "dornack" in who and "friday" not in who and "tuesday" not in who


def test_a_participle_between_the_subject_and_the_verb_leaves_the_subject_the_speaker():
    out = claims("The Chairman of the Vell Housing Board, Jane Roe addressing the press on Monday, March 4, 2021, "
                 "said \"The survey shows that rents have risen across the country.", Linker([]))
    who = speaker_of(out, "rents have risen")
    assert who is not None and "jane-roe" in who


@pytest.mark.parametrize("text, quote", [
    ("Jane Roe, a shopkeeper near the quay, said the strike had cost her dearly. Police said two men were held "
     "overnight. The officer said the men would appear in court on Friday.", "appear in court"),
    ("Kara Vell said the Tarnovia quay was safe. The ASI said the quay wall was three centuries old.",
     "three centuries old"),
    ("Kara Vell said the Tarnovia quay was safe. The ssp said the quay wall was three centuries old.",
     "three centuries old"),
    ("Kara Vell said the Tarnovia quay was safe. The SSP said the quay wall was three centuries old.",
     "three centuries old"),
])
def test_a_police_word_refers_back_only_to_one_titled_as_police(text, quote):
    out = claims_all(text, Linker([]))
    for said, who in out:
        if quote in said:
            assert "roe" not in (who or "") and "vell" not in (who or ""), said


def test_a_participle_clause_the_verb_says_gives_it_no_subject():
    # "“Things going badly,” added …" parsed with the participle as what is said (ccomp): "Things" is no speaker
    parse = [("Things", "NOUN", "nsubj", 1), ("going", "VERB", "ccomp", 4), ("badly", "ADV", "advmod", 1),
             (",", "PUNCT", "punct", 4), ("added", "VERB", "ROOT", 4)]
    words = tuple(Word(Span(i, i + 1), text, text.lower(), pos, dep, head)
                  for i, (text, pos, dep, head) in enumerate(parse))
    assert _subject_taken_by_participle(words, 4) is None
