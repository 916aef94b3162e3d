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
    ("Tomas Varga spoke on Monday. A Tarvel Grain study found that most of its mills had lost money.",
     "lost money", "grainco"),
    ("Tomas Varga spoke on Monday. A survey by Tarvel Grain showed that most of its mills had lost money.",
     "lost money", "grainco"),
])
def test_a_document_that_finds_or_shows_speaks_for_its_issuer(linker, text, words, speaker):
    assert speaker_of(claims(text, linker), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("Tarvel Grain closed a mill on Monday. Tomas Varga found the keys of the mill in a drawer.", "found the keys"),
    ("Tarvel Grain and the Borealian Health Ministry wrote about a report on the mills. The report found that most "
     "of the mills had lost money.", "lost money"),
    ("Tarvel Grain closed a mill on Monday. The guide showed the visitors around the empty mill.", "the visitors"),
    ("Tomas Varga spoke on Monday. A report by the Borealian Health Ministry was found in a locked drawer at the "
     "clinic.", "locked drawer"),
])
def test_finding_by_someone_or_by_a_report_of_no_known_issuer_is_no_ones(linker, text, words):
    assert speaker_of(claims(text, linker), words) is None


@pytest.mark.parametrize("text", [
    "OSTRAVIA: Tarvel Rovers coach Tomas Varga said the cup final had been even.",
    "OSTRAVIA: The Tarvel Rovers coach, Tomas Varga, said the cup final had been even.",
    "Lindau, Ostravia: After a 1-0 loss on Monday, the visitors' head coach Tomas Varga said that the cup final had "
    "been even.",
    "Lindau (Upper Vale) [Ostravia]: After a 1-0 loss on Monday, the visitors' head coach Tomas Varga said that the "
    "cup final had been even.",
])
def test_a_dateline_before_a_colon_is_no_second_subject(linker, text):
    assert speaker_of(claims(text, linker), "had been even") == "varga"


@pytest.mark.parametrize("text, speaker", [
    ("Tomas Varga met the envoy on Monday.\n\n\u201cThe talks are the last chance,\u201d the statement quoted him as "
     "telling the envoy.", "varga"),
    ("Mira Orlen met the envoy on Monday.\n\nThe talks were the last chance, Tarvel Grain quoted her as saying.",
     "orlen"),
])
def test_a_pronoun_quoted_as_saying_is_the_person_it_refers_to(linker, text, speaker):
    assert speaker_of(claims(text, linker), "last chance") == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Tomas Varga met the envoy on Monday.\n\nThe talks would fail, according to a statement on his official site.",
     "talks would fail", "varga"),
    ("Tarvel Grain closed a mill on Monday.\n\nAccording to a post on its Telegram channel, the mill had lost money "
     "for years.", "lost money", "grainco"),
    ("Mira Orlen met the envoy on Monday.\n\nA post on her official page said the talks would fail.",
     "talks would fail", "orlen"),
])
def test_a_statement_on_its_issuers_own_page_is_the_issuers(linker, text, words, speaker):
    assert speaker_of(claims(text, linker), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Tarvel Grain chief executive Tomas Varga is upset by the mood among shareholders, which he says is unfair to "
     "the staff.", "unfair to the staff", "varga"),
    ("Mira Orlen was angered by the ruling on the harbour, which she said was unfair.", "was unfair", "orlen"),
])
def test_a_pronoun_in_a_relative_clause_on_a_passive_is_its_subject(linker, text, words, speaker):
    assert speaker_of(claims(text, linker), words) == speaker
