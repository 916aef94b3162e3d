"""A subject made of two titles and a name, with no article before the first ("Chair of the Board and former
Minister X said"), is one person: the name speaks, though a parser heads the subject with the first title."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

ENTITIES = [
    Entity("varga", "Tomas Varga", "Person", pref_labels=(("Tomas Varga", "en"),), alt_labels=(("Varga", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


def claimants(text, linker):
    doc = parse_document("en_t.txt", text.encode(), "text/plain")
    return [c.claimant for c in extract(doc, linker).claims if c.kind != "quantity"]


@pytest.mark.parametrize("sentence", [
    "Chairman of the Harbour Board and former Minister Tomas Varga said the northern ferry line would close in May.",
    "Speaker of the Ruritanian Senate and former President Tomas Varga has called on the ministries not to publish "
    "any figures on the ferry line.",
])
def test_two_titles_before_a_name_are_its_own(linker, sentence):
    assert claimants(sentence, linker) == ["varga"]
