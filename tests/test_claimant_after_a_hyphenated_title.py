"""A hyphenated title opening the sentence before a person's name ("Vice-chairman Ivo Rask said …"): a parser may cut
it into words and give the verb its pieces as subjects beside the name; the person speaks, not the article
(invented people)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def _claimants(text, linker):
    """The label of each claim's claimant, in order (None for the article's own voice)."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(c.claimant, c.claimant) for c in result.claims]


@pytest.mark.parametrize("text, name", [
    ("Vice-chairman Ivo Rask said the bank was sound.", "Ivo Rask"),
    ("Co-director Mara Velsen said the film was done.", "Mara Velsen"),
])
def test_the_name_after_a_hyphenated_title_speaks(text, name, linker):
    assert _claimants(f"News\n\n{text}\n", linker) == [name]
