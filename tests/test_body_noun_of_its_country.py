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


@pytest.mark.parametrize("sentence, not_a_body", [
    ("Vellmark, a department of France, said the roads would reopen on Monday.", "department of France"),
    ("Mara Velsen said he served in the service of France for 30 years.", "service of France"),
    ("The authority of Iran over the strait was challenged, Mara Velsen said.", "authority of Iran"),
    ("The base of Iran's economy is oil, Mara Velsen said.", "base of Iran"),
    ("The party of Iran's president said the vote was fair.", "party of Iran"),
    ("The government of Iraq's neighbour said the border would close.", "government of Iraq"),
    ("The parliament of Bavaria said the bridge tolls would rise.", "parliament of Bavaria"),
])
def test_only_a_countrys_state_body_is_named_by_of(linker, sentence, not_a_body):
    """Only the head of a country's state body (STATE_BODY_NOUNS) before "of" and a country the registry types so,
    with no possessive after it, names a body: a department, a service, an authority are no body of their own, a
    town has no parliament of the kind, and "Iraq's neighbour" is whose the government is (a country whose government
    the registry does not know: the registry's bodies are its own)."""
    doc = parse_document("t.txt", sentence.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {doc.text[m.span.start:m.span.end] for m in result.mentions}
    assert not_a_body not in labels


@pytest.mark.parametrize("text", [
    "The Iranian government said the talks would resume. Later the government of Iran said oil exports would rise.",
    "The government of Iran said the talks would resume. The Iranian government also said oil exports would rise.",
    "The Iranian parliament said the vote would be delayed. Later the parliament of Iran said it would be held in May.",
    "The French embassy said visas would be issued. The embassy of France said offices would close on Friday.",
])
def test_a_state_body_by_its_countrys_adjective_and_by_of_is_one_body(linker, text):
    """"the Iranian government" and "the government of Iran" in one text are one body, speaking both times."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    claimants = [c.claimant for c in extract(doc, linker).claims]
    assert len(claimants) == 2 and claimants[0] is not None and claimants[0] == claimants[1]
