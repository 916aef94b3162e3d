"""A handful of unnamed sources counted in the tag ("two diplomats said", "according to three officials",
"сообщили два дипломата") says who told the report, no figure of it: the report stays a statement, no quantity
(invented places)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker

from extracted import claims_all


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def kinds(text, linker, name="t.txt"):
    """Each claim's text and kind, in order."""
    doc = parse_document(name, text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.kind) for c in extract(doc, linker).claims]


def test_a_count_of_sources_closing_the_report_is_no_figure(linker):
    out = kinds("The harbour of Velgrad will close in May, two diplomats said.", linker)
    assert [k for _, k in out] == ["statement"]


def test_a_count_of_sources_after_according_to_is_no_figure(linker):
    out = kinds("The ferry to Ostmark will stop running, according to three officials.", linker)
    assert [k for _, k in out] == ["statement"]


def test_a_count_of_sources_opening_the_report_is_no_figure(linker):
    out = kinds("Two engineers said the dam at Velgrad was cracked.", linker)
    assert [k for _, k in out] == ["statement"]


def test_a_russian_count_of_sources_after_the_verb_is_no_figure(linker):
    out = kinds("Паромы до Остмарка перестанут ходить, сообщили два дипломата.", linker, name="ru_t.txt")
    assert [k for _, k in out] == ["statement"]


def test_a_count_of_what_was_told_stays_a_figure(linker):
    out = claims_all("Three soldiers were wounded near Velgrad, the army said.", linker)
    assert any("Three soldiers" in text for text, _ in out)
    out = kinds("The police arrested two men, an officer said.", linker)
    assert [k for _, k in out] == ["quantity"]
