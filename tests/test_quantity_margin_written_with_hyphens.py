"""A margin either way written with hyphens ("plus-or-minus 3.5%") is no negative figure, as "plus or minus" is not."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def figures(text):
    """Each figure's value and unit."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(c.value, c.unit) for c in extract(doc, Linker([])).claims if c.kind == "quantity"]


def test_a_margin_written_with_hyphens_is_positive():
    found = figures("Ruritania news\n\nThe Northwire survey of 700 farmers has an error margin of plus-or-minus 2.7%.")
    assert (2.7, "percent") in found
    assert (-2.7, "percent") not in found
