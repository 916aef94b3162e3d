"""A dateline of a place and an agency in capitals with a full stop between and no date (ingest.py), and the model
reading a dateline and its story apart (nlp.py)."""
import pytest

from claimsgraph.ingest import find_publisher, parse_document


def test_an_agency_in_capitals_after_a_place_and_a_full_stop_is_the_publisher():
    text = "Quay reopens\n\nLINDHOLM. NORPRESS Steady work at the Vell quay resumed on Monday, officials said.\n"
    assert find_publisher(text) == "NORPRESS"


def test_a_short_acronym_opening_the_story_after_a_place_is_no_agency():
    text = "Summit\n\nLINDHOLM. NATO Allies met on Monday to discuss the quay.\n"
    assert find_publisher(text) is None


@pytest.mark.parametrize("lede, name", [
    ("Vexon Holdings cut 300 jobs last week.", "Vexon Holdings"),
    ("Vellmora has been hit by floods this week.", "Vellmora"),
    ("Pieter van der Berg said the quay would stay shut.", "Pieter van der Berg"),
])
def test_the_model_reads_the_dateline_and_the_story_apart(lede, name):
    """Read whole, a wire dateline's dash hid the lede's names from the model; read apart, the lede's name is found
    whole, and no name runs from the dateline into the story."""
    from claimsgraph.ingest import dateline_span
    from claimsgraph.nlp import analyse

    doc = parse_document("a.txt", f"Quay news\n\nOSTBURG, March 3 (Northwire) - {lede}\n".encode(), "text/plain")
    dateline = dateline_span(doc)
    found = [doc.text[n.span.start:n.span.end] for n in analyse(doc).names]
    assert name in found
    assert not any(n.span.start < dateline.end < n.span.end for n in analyse(doc).names)
