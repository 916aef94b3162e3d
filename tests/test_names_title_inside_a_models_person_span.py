"""A place and a field before a title that the model took into one person's name with it ("Vellmoor Fire Chief
Anika Dorn"): the name starts after the title, where a given name and a surname still follow, and the surname
alone later is the same person (invented places and people)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document


def _claimants(text, linker):
    """The label of each claim's claimant, in order (None for the article's own voice)."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(c.claimant, c.claimant) for c in result.claims]


@pytest.mark.parametrize("place, name", [("Vellmoor", "Anika Dorn"), ("Orlis", "Ivo Rask")])
def test_the_place_and_the_field_before_a_title_are_no_words_of_the_name(place, name, linker):
    surname = name.split()[-1]
    text = (f"Fire\n\n{place} Fire Chief {name} said the mill burned for hours. "
            f"{surname} said nobody was hurt.\n")
    assert _claimants(text, linker) == [name, name]
