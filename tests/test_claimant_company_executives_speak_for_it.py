""""Company executives said", "executives at the firm told investors": unnamed executives of a company the text named
before speak for that company, as its spokesperson does; the company, not the regulator named beside it."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from extracted import CAST


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


def speaker_of(text, linker, words):
    """The claimant of the claim holding ``words``, as the text first wrote it (None: the article's voice)."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    first = {}
    for m in result.mentions:
        first.setdefault(m.entity, doc.text[m.span.start:m.span.end])
    found = [first.get(c.claimant, c.claimant) for c in result.claims if words in doc.text[c.span.start:c.span.end]]
    assert found, words
    return found[-1]


@pytest.mark.parametrize("text, words", [
    ("Halvik Motors doubled its profit in the spring. Company executives said demand for vans was strong.",
     "demand for vans"),
    ("Halvik Motors was fined by the Borealian Trade Authority. Company executives said the fine was unfair.",
     "fine was unfair"),
    ("Halvik Motors cut its forecast on Tuesday. Executives at the firm told investors that sales would recover.",
     "sales would recover"),
])
def test_unnamed_executives_speak_for_the_company_named_before(linker, text, words):
    assert speaker_of(text, linker, words) == "Halvik Motors"
