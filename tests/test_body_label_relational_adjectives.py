"""A Russian body's label keeps the relational adjective its name is made of: "окружной" (of a district) has a
graded twin "окружный" (surrounding) in the dictionary, whose reading came first and put the wrong word in the
label ("Западный окружный военный суд")."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


def labels(text):
    """The labels of the entities the text makes."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    return {e.label for e in extract(doc, Linker([])).new_entities}


@pytest.mark.parametrize("text", [
    "Западный окружной военный суд огласил приговор жителю Велии.",
    "Решение Западного окружного военного суда обжаловали в Велии.",
])
def test_a_district_court_is_labelled_by_its_relational_adjective(text):
    assert "Западный окружной военный суд" in labels(text)
