"""The capitalised words between an article and a poll noun ("a new Northwire poll", "the latest Vell Polling
survey") name the body that ran the poll, which then speaks the poll's findings, where they end in a research firm's word
or a model or the registry reads them as a body; a month's, a weekday's, a holiday's or a nation's poll names no
body."""
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


def test_a_months_or_a_weekdays_poll_names_no_body(linker):
    entities, _ = extracted("Ruritania news\n\nA January survey found Mara Velsen ahead. The Monday poll was close.",
                            linker)
    assert not {label for label, kind in entities if kind == "Organization"}



def test_a_holidays_poll_names_no_body_and_its_figures_no_speaker(linker):
    entities, found = extracted("Ruritania news\n\nThe Christmas Day poll put Mara Velsen ahead. Some 41 percent "
                                "backed her, and 30 percent backed Ivo Marn.", linker)
    assert "Christmas Day" not in {label for label, _ in entities}
    assert [who for text, who in found if "percent" in text] == [None, None]


def test_a_name_ending_in_a_research_firms_word_is_a_pollster(linker):
    entities, _ = extracted("Ruritania news\n\nThe latest Northwire Insights poll shows Mara Velsen ahead.", linker)
    assert ("Northwire Insights", "Organization") in entities
