"""A lead that says the text below is attributable to someone ("The following is attributable to the Spokesperson:"),
as governments put it over a readout or statement: the text below is theirs (invented people and bodies)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claimants as speakers

ENTITIES = [
    Entity("velsen", "Mara Velsen", "Person", pref_labels=(("Mara Velsen", "en"),)),
    Entity("ruritania-foreign", "Ruritanian Foreign Office", "Organization",
           pref_labels=(("Ruritanian Foreign Office", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


@pytest.mark.parametrize("lead", [
    "The following is attributable to Deputy Spokesperson Mara Velsen:",
    "The following statement is attributable to Ministry Spokesperson Mara Velsen:",
])
def test_an_attributable_lead_gives_the_text_below_to_the_person_it_names(linker, lead):
    out = speakers("Ruritania: Minister Velm's call with the Borealian envoy\n\n" + lead + "\n\n"
                   "On May 3, Minister Velm spoke with the Borealian envoy about the Orlov dam. "
                   "They agreed to meet again in June.", linker)
    assert [who for t, who in out.items() if t.startswith(("On May 3", "They agreed"))] == ["velsen", "velsen"]


def test_a_figure_attributable_to_a_cause_is_no_lead(linker):
    out = speakers("Orlov floods\n\nThe following is attributable to the rains, said Mara Velsen: "
                   "the dam broke.\n\nThe river rose by two metres overnight. The roads were closed on Monday.",
                   linker)
    assert [who for t, who in out.items() if t.startswith("The roads")] == [None]
