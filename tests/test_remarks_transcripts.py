"""Remarks and press conferences given as a transcript with one speaker's label: the label in capitals opening the
text ("JANE ROE:", "THE PRESIDENT:") was no transcript's (only two labels made one), so its turns were left in the
article's voice or given to whomever they named; a name in a title-case headline after "Remarks by" was no name,
and an issuing headline under a place and a date line issued nothing; a place named on the lines under such a
headline was its issuer.
Invented names and sentences."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from claimsgraph.extract import claims as claims_module
from extracted import CAST, HOST_AND_GUEST, claims


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


def test_a_named_label_in_capitals_opening_remarks_gives_them_its_speaker(linker):
    text = ("Remarks at a dinner with harbour leaders\n\n"
            "Harbour Hall, Velmont\n\n"
            "7:15 P.M.\n\n"
            "PRESIDENT VARGA: Many thanks for the welcome tonight.\n\n"
            "We last met here when the ferries stood idle.\n\n"
            "The harbour is busier now, and I think Mira Orlen has said it well.")
    out = dict(claims(text, linker))
    assert out["We last met here when the ferries stood idle."] == "varga"
    assert out["I think Mira Orlen has said it well."] == "varga"


def test_a_title_label_is_the_person_the_headline_gives_that_title(linker):
    text = ("Press Conference by President Tomas Varga, May 3, 2009\n\n"
            "Press Room\n\n"
            "THE PRESIDENT: Good morning. The ferries will sail again by June.\n\n"
            "We have asked Borealia to reopen the strait.")
    out = claims(text, linker)
    assert ("The ferries will sail again by June.", "varga") in out
    assert ("We have asked Borealia to reopen the strait.", "varga") in out
    assert not any(quote.startswith("THE PRESIDENT") for quote, _ in out)


def test_a_label_in_capitals_after_the_article_has_begun_is_no_transcript(linker):
    text = ("Ferries stay idle in Velmont\n\n"
            "The ferries of Velmont stood idle for a third day on Monday.\n\n"
            "VARGA: The strait must reopen.\n\n"
            "Port workers said the queues had grown since the weekend.")
    out = dict(claims(text, linker))
    assert out["Port workers said the queues had grown since the weekend."] != "varga"


def test_a_name_after_remarks_by_in_a_title_case_headline_is_the_issuer():
    text = ("Remarks by President Jon Arden at the Harbour Forum\n\n"
            "Harbour Hall\n\n"
            "THE PRESIDENT: Thank you all. The strait will reopen by June.\n\n"
            "We have asked our neighbours to help.")
    out = dict(claims(text, Linker([])))
    assert (out["The strait will reopen by June."] or "").startswith("jon-arden")


def test_an_issuing_headline_under_a_place_and_a_date_names_the_issuer(linker):
    text = ("Velmont\n\n"
            "12 March 2014\n\n"
            "Comment by the Spokesman for the Harbour Commissioner on the floods in Borealia\n\n"
            "The Harbour Commissioner is saddened by the loss of life in the floods.\n\n"
            "The United Nations stands ready to help the Government of Borealia.")
    out = dict(claims(text, linker))
    issuer = out["The United Nations stands ready to help the Government of Borealia."]
    assert (issuer or "").startswith("spokesman-for-the-harbour")



@pytest.mark.parametrize("cue", ["PRESS CONFERENCE BY THE PRESIDENT", "STATEMENT BY THE PRESS SECRETARY"])
def test_the_lines_under_an_issuing_headline_name_no_issuer(cue):
    hotel = Entity("grand-hotel", "Velmont Grand Hotel", "Organization", pref_labels=(("Velmont Grand Hotel", "en"),))
    # a centred plain-text page: its lines read as hard-wrapped, so the cue's paragraph goes on with the lines under it
    text = ("Strait Bulletin\n\nHARBOUR HOUSE OF BOREALIA\n\n                  Desk of the Harbour Spokesman\n"
            "                    (Port Velm, Borealia)\n" + "=" * 62 + "\n"
            "Not under embargo                         Tuesday 3 May 2011    \n"
            f"                {cue}\n"
            "                      TO THE FERRY PRESS\n"
            "                      Velmont Grand Hotel\n"
            "                       Port Velm, Borealia   \n\n"
            "Began 16:20 local time\n\n"
            "THE PRESIDENT: Thank you all. The strait will reopen by June.\n\n"
            "We have asked our neighbours to help.")
    out = dict(claims(text, Linker(CAST + [hotel])))
    assert out["We have asked our neighbours to help."] != "grand-hotel"


def test_the_paragraphs_before_a_capitals_label_are_scanned_once_per_text(monkeypatch):
    """Each labelled turn asked again of every paragraph before it whether it closes a sentence: quadratic over a
    long transcript whose turns end in figures."""
    scans = []

    class Counting:
        def search(self, *args):
            scans.append(args)
            return closed.search(*args)

    closed = claims_module.SENTENCE_CLOSED
    monkeypatch.setattr(claims_module, "SENTENCE_CLOSED", Counting())
    turns = "Talks on the toll\n\n" + "\n\n".join(f"HALE: What is the toll for berth {n}?\n\nVELL: It is {n}"
                                                 for n in range(1, 201))
    claims(turns, Linker(HOST_AND_GUEST))
    assert len(scans) <= 2 * 401   # twice the paragraphs at most, not their square


def test_the_issuing_headline_is_read_once_a_document(monkeypatch):
    from claimsgraph import names

    calls = []
    read = names.issuing_headline
    monkeypatch.setattr(names, "issuing_headline", lambda doc: calls.append(doc) or read(doc))
    text = ("Remarks by President Jon Arden on Vell Bay, Tarnovia Port and Orla Sound at the Harbour Forum\n\n"
            "THE PRESIDENT: Thank you all. The strait will reopen by June.")
    claims(text, Linker([]))
    assert len(calls) == 1
