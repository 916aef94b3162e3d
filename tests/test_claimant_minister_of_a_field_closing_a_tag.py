"""A minister named after the office's field in a tag that closes the sentence ("…, said the Minister of Fisheries
Ilse Morvan"): the name, though no model found it, or the model read the field and the name as one person's or one
body's name, is the person's, who speaks; an outlet's "…, Northwire reports" after the name, which the parser may
join to it, relays and is no second speaker (names.py, extract/attribution.py). Invented names and sentences."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def claimants(text, linker):
    doc = parse_document("en_t.txt", ("Ports\n\n" + text + "\n").encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [(labels.get(c.claimant), tuple(labels.get(v, v) for v in c.via)) for c in result.claims
            if c.kind != "quantity"]


@pytest.mark.parametrize("text", [
    "Tarsia will reopen its northern ports before the winter, said the Minister of Fisheries Ilse Morvan.",
    "Tarsia will reopen its northern ports before the winter, said Minister of Fisheries Ilse Morvan.",
])
def test_the_minister_named_after_the_field_speaks(linker, text):
    assert claimants(text, linker) == [("Ilse Morvan", ())]


def test_an_outlet_after_the_ministers_name_relays(linker):
    text = ("Tarsia will reopen its northern ports before the winter storms arrive, said the Minister of Fisheries "
            "and Coastal Affairs Ilse Morvan, Reuters reports.")
    assert claimants(text, linker) == [("Ilse Morvan", ("Reuters",))]
