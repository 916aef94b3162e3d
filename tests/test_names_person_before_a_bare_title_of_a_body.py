"""A person's name opening a sentence, then a comma and a title with no article before the body it serves ("Ivo Rask,
chairman of the Orlis Water Board, said …"): the name is a person's, who speaks, though no model found it
(invented bodies and people)."""
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
    ("Ivo Rask, chairman of the Orlis Water Board, said the lake was low.", "Ivo Rask"),
    ("Ana Ruiz, superintendent of the Brenholt School District, said the buses would run late.", "Ana Ruiz"),
])
def test_a_name_before_a_bare_title_and_its_body_speaks(text, name, linker):
    assert _claimants(f"News\n\n{text}\n", linker) == [name]

