"""A dateline of a place and an agency in capitals with a full stop between and no date (ingest.py), and a model's
name run out of a dateline into the story (nlp.py)."""
from claimsgraph.ingest import find_publisher


def test_an_agency_in_capitals_after_a_place_and_a_full_stop_is_the_publisher():
    text = "Quay reopens\n\nLINDHOLM. NORPRESS Steady work at the Vell quay resumed on Monday, officials said.\n"
    assert find_publisher(text) == "NORPRESS"


def test_a_short_acronym_opening_the_story_after_a_place_is_no_agency():
    text = "Summit\n\nLINDHOLM. NATO Allies met on Monday to discuss the quay.\n"
    assert find_publisher(text) is None


def test_a_name_run_from_the_dateline_into_the_story_keeps_only_the_story_s_part():
    from claimsgraph.model import Span
    from claimsgraph.nlp import _out_of_dateline
    dateline = Span(10, 30)
    assert _out_of_dateline(Span(20, 36), (dateline,)) == Span(30, 36)
    assert _out_of_dateline(Span(12, 20), (dateline,)) == Span(12, 20)
    assert _out_of_dateline(Span(40, 50), (dateline,)) == Span(40, 50)
