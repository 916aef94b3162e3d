"""Claims the text gives to who said them though the sentence's subject is no person: a document that finds or
shows what it says ("the report found", "a study by X showed"), and a dateline before a colon that the parser
takes for a second subject ("NORDPORT: Coach X said")."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

MINISTRY = Entity("ministry", "Borealian Health Ministry", "Organization",
                  pref_labels=(("Borealian Health Ministry", "en"),))
GRAINCO = Entity("grainco", "Tarvel Grain", "Organization", pref_labels=(("Tarvel Grain", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [MINISTRY, GRAINCO])


@pytest.mark.parametrize("text, words, speaker", [
    ("Tomas Varga visited a clinic on Monday. A report by the Borealian Health Ministry found that the clinics "
     "were short of nurses.", "short of nurses", "ministry"),
    ("The Borealian Health Ministry released a report on Monday. The report found that the clinics were short "
     "of nurses.", "short of nurses", "ministry"),
    ("Tomas Varga spoke on Monday. A Tarvel Grain study found that most of its mills had lost money.",
     "lost money", "grainco"),
    ("Tomas Varga spoke on Monday. A survey by Tarvel Grain showed that most of its mills had lost money.",
     "lost money", "grainco"),
])
def test_a_document_that_finds_or_shows_speaks_for_its_issuer(linker, text, words, speaker):
    assert speaker_of(claims(text, linker), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("Tarvel Grain closed a mill on Monday. Tomas Varga found the keys of the mill in a drawer.", "found the keys"),
    ("Tarvel Grain closed a mill on Monday. The guide showed the visitors around the empty mill.", "the visitors"),
])
def test_finding_or_showing_by_someone_is_no_document_speaking(linker, text, words):
    assert speaker_of(claims(text, linker), words) is None


@pytest.mark.parametrize("text", [
    "OSTRAVIA: Tarvel Rovers coach Tomas Varga said the final was well balanced.",
    "OSTRAVIA: The Tarvel Rovers coach, Tomas Varga, said the final was well balanced.",
])
def test_a_dateline_before_a_colon_is_no_second_subject(linker, text):
    assert speaker_of(claims(text, linker), "well balanced") == "varga"


@pytest.mark.parametrize("text, speaker", [
    ("Tomas Varga met the envoy on Monday.\n\n\u201cThe talks are the last chance,\u201d the statement quoted him as "
     "telling the envoy.", "varga"),
    ("Mira Orlen met the envoy on Monday.\n\nThe talks were the last chance, Tarvel Grain quoted her as saying.",
     "orlen"),
])
def test_a_pronoun_quoted_as_saying_is_the_person_it_refers_to(linker, text, speaker):
    assert speaker_of(claims(text, linker), "last chance") == speaker
