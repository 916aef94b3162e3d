"""A said-tag closing its sentence with a name and its title names the person: after a capitalised title in
apposition ("…, Orkan Velli, the Chairman of the Tarsian Grid Board, said on Thursday"), not the title the tagger
read as a name or the board, also where the parser joined the verb to the reported clause as its second verb; after
the office's field ("…, said the Minister of Fisheries Ilse Morvan"), though no model found the name or the model
read the field and the name as one name; an outlet's "…, Reuters reports" after the name, which the parser may join
to it, relays and is no second speaker (names.py, extract/attribution.py). Invented names and sentences."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def claimants(said, linker):
    """Each statement's claimant and relays, by label, of a one-paragraph text under a headline."""
    doc = parse_document("en_t.txt", ("Ports\n\n" + said + "\n").encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [(labels.get(c.claimant), tuple(labels.get(v, v) for v in c.via)) for c in result.claims
            if c.kind != "quantity"]


@pytest.mark.parametrize("said", [
    "Tarsia can buy power elsewhere, Orkan Velli, the Chairman of the Tarsian Grid Board, said on Thursday.",
    "Tarsia has enough grain for the winter if the harvest in the south is not hit by floods, Orkan Velli, the "
    "Chairman of the Tarsian Grid Board, said on Thursday.",
])
def test_the_name_before_a_capitalised_title_speaks(linker, said):
    assert claimants(said, linker) == [("Orkan Velli", ())]


def test_a_board_closing_the_sentence_alone_still_speaks(linker):
    said = "Tarsia can buy power elsewhere, the Tarsian Grid Board said on Thursday."
    assert claimants(said, linker) == [("Tarsian Grid Board", ())]


@pytest.mark.parametrize("said", [
    "Tarsia will reopen its northern ports before the winter, said the Minister of Fisheries Ilse Morvan.",
    "Tarsia will reopen its northern ports before the winter, said Minister of Fisheries Ilse Morvan.",
])
def test_the_minister_named_after_the_field_speaks(linker, said):
    assert claimants(said, linker) == [("Ilse Morvan", ())]


def test_an_outlet_after_the_ministers_name_relays(linker):
    said = ("Tarsia will reopen its northern ports before the winter storms arrive, said the Minister of Fisheries "
            "and Coastal Affairs Ilse Morvan, Reuters reports.")
    assert claimants(said, linker) == [("Ilse Morvan", ("Reuters",))]
