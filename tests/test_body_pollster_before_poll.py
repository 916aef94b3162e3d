"""The capitalised words between an article and a poll noun ("a new Northwire poll", "the latest Vell Polling
survey") name the body that ran the poll, which then speaks the poll's findings; a month's, a weekday's or a
nation's poll names no body."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def extracted(text, linker):
    """The new entities as (label, type) and each claim's text with its claimant as the text wrote it."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return ({(e.label, e.type) for e in result.new_entities},
            [(doc.text[c.span.start:c.span.end], written.get(c.claimant, c.claimant)) for c in result.claims])


def test_a_pollster_of_several_words_before_survey_is_a_body_that_speaks(linker):
    entities, found = extracted("Ruritania news\n\nA new Velsen Policy Polling survey finds Mara Velsen ahead of "
                                "Ivo Marn, 44% to 40%.", linker)
    assert ("Velsen Policy Polling", "Organization") in entities
    assert [who for text, who in found if text.startswith("A new")] == ["Velsen Policy Polling"]


def test_a_pollster_written_as_one_word_with_two_capitals_is_a_body(linker):
    entities, _ = extracted("Ruritania news\n\nA new NorthwireUSA poll shows Mara Velsen ahead.", linker)
    assert ("NorthwireUSA", "Organization") in entities


def test_a_months_or_a_weekdays_poll_names_no_body(linker):
    entities, _ = extracted("Ruritania news\n\nA January survey found Mara Velsen ahead. The Monday poll was close.",
                            linker)
    assert not {label for label, kind in entities if kind == "Organization"}
