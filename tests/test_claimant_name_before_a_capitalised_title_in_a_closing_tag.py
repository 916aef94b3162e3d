"""A said-tag closing its sentence with a name and an apposition headed by a capitalised title ("…, Orkan Velli,
the Chairman of the Tarsian Grid Board, said on Thursday") names the person, not the title the tagger read as a
name or the board; so too where the parser joined the verb to the reported clause as its second verb
(extract/attribution.py). Invented names and sentences."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def labels_of_claimants(text, linker):
    doc = parse_document("en_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    labels = {e.key: e.label for e in result.new_entities}
    return [labels.get(c.claimant) for c in result.claims if c.kind != "quantity"]


@pytest.mark.parametrize("said", [
    "Tarsia can buy power elsewhere, Orkan Velli, the Chairman of the Tarsian Grid Board, said on Thursday.",
    "Tarsia has enough grain for the winter if the harvest in the south is not hit by floods, Orkan Velli, the "
    "Chairman of the Tarsian Grid Board, said on Thursday.",
])
def test_the_name_before_a_capitalised_title_speaks(linker, said):
    assert labels_of_claimants("Power\n\n" + said + "\n", linker) == ["Orkan Velli"]


def test_a_board_closing_the_sentence_alone_still_speaks(linker):
    text = "Power\n\nTarsia can buy power elsewhere, the Tarsian Grid Board said on Thursday.\n"
    assert labels_of_claimants(text, linker) == ["Tarsian Grid Board"]
