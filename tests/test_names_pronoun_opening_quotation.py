"""A pronoun capitalised because it opens a quotation is no name, even when a model tags it (invented text)."""
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker

TEXT = """Ruritania boosts grain exports

VELSBURG, March 3 — The Ministry of Agriculture (MoA) said exports rose.

Agriculture Minister Mara Velsen said the ministry would publish the figures.

“We (Agriculture Ministry) are the keeper of the harvest. The ministry does not block anyone,” she told reporters.
"""


def written_names(text):
    """Every mention's words as the text writes them."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return {doc.text[m.span.start:m.span.end] for m in extract(doc, Linker([])).mentions}


def test_pronoun_opening_a_quotation_is_no_name():
    names = written_names(TEXT)
    assert "We" not in names
    assert "Mara Velsen" in names

