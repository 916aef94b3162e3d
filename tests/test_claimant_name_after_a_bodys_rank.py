"""A body's name, a rank written short and a person's name before the verb of saying ("Orlis County Sheriff's
Office Lt. Jon Arvid said …"): a parser may give the verb both the body headed by the rank and the name as its
subjects; the person speaks, not the article (invented bodies and people)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def _claimants(text, linker):
    """The label of each claim's claimant, in order (None for the article's own voice)."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(c.claimant, c.claimant) for c in result.claims]


@pytest.mark.parametrize("clause", ["said the boat had capsized.", "told reporters the trail was closed."])
def test_the_name_after_a_bodys_rank_speaks(clause, linker):
    text = f"Chase\n\nOrlis County Sheriff's Office Lt. Jon Arvid {clause}\n"
    assert _claimants(text, linker) == ["Jon Arvid"]
