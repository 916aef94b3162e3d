""""The Tarnia Marathon was cancelled", "the Vell 2030 Games", "won the Ostrova Prize": capitalised words (or a
year) before an event's own head name the event, though no model found it, without the article or the weekday that
opens the sentence; a head alone names nothing. Invented places, events and people."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def _types(text, linker):
    doc = parse_document("t.txt", f"News\n\n{text}\n\nNo other details were given.\n".encode(), "text/plain")
    return {e.label: e.type for e in extract(doc, linker).new_entities}


@pytest.mark.parametrize("text, event", [
    ("The Ostrel Marathon was cancelled because of the heat, organisers said.", "Ostrel Marathon"),
    ("The Darnby 2034 Games will cost less than planned, a committee official said.", "Darnby 2034 Games"),
    ("Writer Jon Arvid won the Kessler Prize for his second book on Tuesday.", "Kessler Prize"),
    ("On Friday the Lindholm Film Festival opened with a new comedy.", "Lindholm Film Festival"),
])
def test_an_event_named_by_its_capitalised_head(linker, text, event):
    assert _types(text, linker).get(event) == "Event"


def test_a_head_alone_names_no_event(linker):
    assert not any(t == "Event" for t in _types("The Marathon was cancelled because of the heat.", linker).values())
