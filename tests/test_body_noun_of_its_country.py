"""A body's noun alone before "of" and the place that owns it ("the parliament of Iran said"): the body, labelled
as written, speaks, not the country; also when a word before it is no owner ("officials of the government of
Iran"). A body's noun before where it only sits ("the embassy in Lisbon") names no body by itself."""
import pytest

from claimsgraph.ingest import parse_document
from claimsgraph.extract import extract
from extracted import speakers_as_written


@pytest.mark.parametrize("sentence, body", [
    ("The parliament of Iran said the vote on the new port would be delayed until autumn.", "parliament of Iran"),
    ("The central bank of Iran said inflation would ease after the harvest.", "central bank of Iran"),
    ("Officials of the government of Iran said the ferry talks would resume.", "government of Iran"),
    ("A spokesman for the government of Iran said the ferry talks would resume.", "government of Iran"),
])
def test_the_body_of_the_country_speaks(linker, sentence, body):
    assert speakers_as_written(sentence, linker, name="t.txt") == [body]


def test_a_body_where_it_only_sits_is_not_named_with_the_place(linker):
    doc = parse_document("t.txt", "The embassy in Lisbon said visas would be issued as usual.".encode(), "text/plain")
    labels = {doc.text[m.span.start:m.span.end] for m in extract(doc, linker).mentions}
    assert "embassy in Lisbon" not in labels
