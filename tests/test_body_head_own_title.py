"""A body's leader named by the subject's own title word, or another word for it ("Vell Agency chief X" … "the Vell
Agency boss said"): the person speaks, not the body (invented people and bodies)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

PEOPLE = [
    Entity("vell-agency", "Vell Space Agency", "Organization", pref_labels=(("Vell Space Agency", "en"),),
           alt_labels=(("VSA", "en"),)),
    Entity("mara-velsen", "Mara Velsen", "Person", pref_labels=(("Mara Velsen", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(PEOPLE)


def claimants(text, linker):
    doc = parse_document("t.txt", text.encode(), "text/plain")
    return [(doc.text[c.span.start:c.span.end], c.claimant) for c in extract(doc, linker).claims
            if c.kind != "quantity"]


@pytest.mark.parametrize("title", ["boss", "chief"])
def test_the_bodys_boss_is_the_person_titled_its_chief(title, linker):
    text = ("VSA chief Mara Velsen spoke to reporters in Ruritania on Monday about the failed test. "
            f"\u201cThe second test was a clean one,\u201d the VSA {title} said.")
    found = dict(claimants(text, linker))
    spoken = next(c for quote, c in found.items() if "clean one" in quote)
    assert spoken == "mara-velsen"
