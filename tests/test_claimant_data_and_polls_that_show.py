"""Figures that a body's data, figures, statistics or poll show or find ("X data showed …", "a poll by X found …",
"figures released on Monday by X showed …") are that body's; data that show something with no issuer named stay the
article's own."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def figure_sources(text, linker):
    """Each figure's claimant as the text wrote one of its mentions (None for the article's own voice)."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return [written.get(c.claimant, c.claimant) for c in result.claims if c.kind == "quantity"]


@pytest.mark.parametrize("sentence", [
    "Borduan Statistics Office data showed that joblessness in Velsk stood at 4% in June.",
    "A poll by Marrow Research found that 41% of voters in Velsk back the new bridge.",
    "Figures released by Marrow Research showed that 41% of voters in Velsk back the new bridge.",
    "Data published on Monday by the Borduan Statistics Office showed that joblessness in Velsk stood at 4% in June.",
])
def test_figures_a_bodys_data_show_are_the_bodys(linker, sentence):
    text = f"Borduan news\n\n{sentence}"
    assert figure_sources(text, linker)[-1] in ("Borduan Statistics Office", "Marrow Research")


def test_data_with_no_issuer_named_stay_the_articles(linker):
    text = "Borduan news\n\nThe data showed that joblessness in Velsk stood at 4% in June."
    assert figure_sources(text, linker)[-1] is None


def test_data_released_with_no_issuer_named_stay_the_articles(linker):
    text = "Borduan news\n\nFigures released on Monday showed that joblessness in Velsk stood at 4% in June."
    assert figure_sources(text, linker)[-1] is None
