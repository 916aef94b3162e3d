"""One-word names in a list closed by a plural kind of place ("Vell, Orla and Tarn villages", "Vell, Orla and other
settlements") are places, whatever the model took them for (names.py)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def types_of(text, linker):
    """The type of each entity, by how the text wrote it."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    types = {e.key: e.type for e in result.new_entities}
    return {doc.text[m.span.start:m.span.end]: types[m.entity] for m in result.mentions}


@pytest.mark.parametrize("text, names", [
    ("On Sunday the farmers of Karvesh, Dorlan, Mettik and Osvar villages blocked the road to the north.",
     ("Dorlan", "Mettik")),
    ("They came from Dorlan, Mettik, Osvar and other settlements of the valley to meet the governor.",
     ("Dorlan", "Mettik", "Osvar")),
])
def test_names_listed_before_a_plural_kind_of_place_are_places(linker, text, names):
    types = types_of(text, linker)
    assert all(types.get(name) == "Place" for name in names), types
