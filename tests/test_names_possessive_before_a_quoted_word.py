"""A body's possessive before a word in quotation marks ("the Velsen Front's “scheme”"): the possessive is no word of
the name, so the body is the one named before, not a second entity."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


@pytest.mark.parametrize("owned", ['"scheme"', "“plan”", "‘reforms’"])
def test_one_body_before_a_quoted_word(linker, owned):
    text = (f"The Velsen Front said it would march on Sunday. Police said that 300 rioters joined the Velsen "
            f"Front's {owned} to spoil the day.\n")
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {doc.text[m.span.start:m.span.end]: m.entity for m in result.mentions}
    assert "Velsen Front's" not in written
    assert len({m.entity for m in result.mentions if "Velsen" in doc.text[m.span.start:m.span.end]}) == 1
