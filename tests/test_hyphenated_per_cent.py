"""A percentage written with a hyphen before "per cent" ("a 12-per cent rise", "a 12-per-cent rise"): a figure in
percent, like "12 per cent" (invented country)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def figures(text):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(c.value, c.unit) for c in extract(doc, Linker([])).claims if c.kind == "quantity"]


@pytest.mark.parametrize("written", ["12-per cent", "12-per-cent", "12 per cent"])
def test_hyphen_before_per_cent_still_gives_a_percentage(written):
    assert figures(f"Bread costs rose amid {written} inflation across Ruritania last winter.") == [(12.0, "percent")]
