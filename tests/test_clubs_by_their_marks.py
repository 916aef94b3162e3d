""""Tarnby City FC will play …", "FC Tarnby Nord sacked …", "Vellham Athletic lost": capitalised words with a
club's mark after or before them name a club, a body, though no model found it (or it took it for a person's); the
article opening the sentence is no word of it, and "the club said" then refers to it. Invented clubs."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker

from extracted import claims_as_written, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def _types(text, linker):
    doc = parse_document("t.txt", f"News\n\n{text}\n\nNo other details were given.\n".encode(), "text/plain")
    return {e.label: e.type for e in extract(doc, linker).new_entities}


@pytest.mark.parametrize("text, club", [
    ("Marrow Rovers FC will play its home games at a new ground next season.", "Marrow Rovers FC"),
    ("FC Ostrel Nord sacked its manager on Wednesday.", "FC Ostrel Nord"),
    ("Arden Rovers lifted the cup after beating Brenby Athletic 2-0.", "Brenby Athletic"),
])
def test_a_club_named_by_its_mark(linker, text, club):
    assert _types(text, linker).get(club) == "Organization"


def test_the_club_said_refers_to_a_club_named_by_its_mark(linker):
    out = claims_as_written("Marrow Rovers FC will play its home games at a new ground next season. The club told "
                            "supporters the move would cost $40 million.\n", linker)
    assert speaker_of(out, "move would") == "Marrow Rovers FC"


@pytest.mark.parametrize("text, words", [
    ("Ruritania's Sports Minister said the stadium would open in May.", "Sports Minister"),
    ("Vellia's Sports Cabinet Secretary Jon Arvid said the games would go ahead.", "Sports Cabinet Secretary"),
    ("FC Ostrel Coach Jon Arvid said the team would recover.", "FC Ostrel Coach"),
])
def test_a_body_ending_or_a_title_after_a_mark_makes_no_club(linker, text, words):
    assert not any(words in label for label, kind in _types(text, linker).items() if kind == "Organization")
