"""A description of an outlet ("according to the paper", "the daily said") is the outlet that reported last
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
def test_the_newspaper_is_the_outlet_that_reported_last(linker, report):
    out = claims_all(f"{report} Walkouts could come on alternate days, according to the paper. Ilse Varga told "
                     "the newspaper that the strike would go ahead. The daily said ministers had not replied.",
                     linker)
    outlet = "vell-courier" if "Courier" in report else "northwire"
    assert speaker_of(out, "alternate days") == outlet and speaker_of(out, "ministers") == outlet
    assert speaker_of(out, "go ahead") == "ilse-varga"



@pytest.mark.parametrize("text", [
    "Jana Post, a lawyer in Kaven, said the port would close. Ilse Varga said the port would stay open. According to "
    "the newspaper, the port lost money for years.",                        # a person's name holds a masthead word
    "Orla Express, the ferry operator, said fares would rise. The newspaper said the ferries were full.",
    "The Vell Courier reported that ferries pollute.\n\nResearchers published their paper last week.\n\nAccording "
    "to the paper, ferries are the main source of soot.",                    # a study, no outlet
    "The Vell Courier reported that the mill would close. Larno, which owns the mill, said it would cut 300 jobs. "
    "The paper mill said the cuts would start in May.",
])
def test_no_outlet_is_made_of_a_name_or_a_paper_that_is_none(linker, text):
    out = claims_all(text, linker)
    last = out[-1][1]
    assert last not in ("vell-courier", "jana-post", "orla-express")
