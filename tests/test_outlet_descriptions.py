"""A description of an outlet ("according to the paper", "the newspaper said") is the outlet that reported last
(invented outlets and people)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claims_all, speaker_of

ENTITIES = [
    Entity("vell-courier", "Vell Courier", "Organization", pref_labels=(("Vell Courier", "en"),)),
    Entity("northwire", "Northwire", "Organization", pref_labels=(("Northwire", "en"),),
           alt_labels=(("Northwire news agency", "en"),)),
    Entity("ilse-varga", "Ilse Varga", "Person", pref_labels=(("Ilse Varga", "en"),)),
    Entity("harbour-board", "Harbour Board", "Organization", pref_labels=(("Harbour Board", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("report", [
    "The Vell Courier reported on Sunday that nurses would strike in March.",     # a masthead's word
    "Northwire reported on Sunday that nurses would strike in March.",            # an alias calls it an outlet
])
def test_the_paper_is_the_outlet_that_reported_last(linker, report):
    out = claims_all(f"{report} Walkouts could come on alternate days, according to the paper. Ilse Varga told "
                     "the newspaper that the strike would go ahead. The newspaper said ministers had not replied.",
                     linker)
    outlet = "vell-courier" if "Courier" in report else "northwire"
    assert speaker_of(out, "alternate days") == outlet and speaker_of(out, "ministers") == outlet
    assert speaker_of(out, "go ahead") == "ilse-varga"

