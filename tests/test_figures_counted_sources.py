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


def test_a_small_percent_before_said_stays_a_figure(linker):
    for text in ("Among supporters of the ruling party in Velgrad, 5% said they had no opinion of the harbour plan.",
                 "Of those asked in Ostmark, 4% said the ferry should stop."):
        assert "quantity" in [k for _, k in kinds(text, linker)], text


def test_a_small_figure_after_citing_stays_a_figure(linker):
    out = kinds("Ferry fares in Ostmark will rise, Mara Velsen said, citing 3 percent wage growth.", linker)
    assert any("3 percent" in t and k == "quantity" for t, k in out)


def test_a_russian_small_percent_before_the_verb_stays_a_figure(linker):
    out = kinds("Среди сторонников партии в Остмарке 4% заявили, что не знают о планах порта.", linker, name="ru_t.txt")
    assert "quantity" in [k for _, k in out]
