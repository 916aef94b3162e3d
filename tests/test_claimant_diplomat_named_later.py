"""A diplomat the text titles by the mission's country, named later by another title of a head of mission
("Ambassador X", "Chargé d'affaires X"): that person speaks, not the country; an acronym with stops before the
title ("a U.S. diplomat") describes a person as the acronym without them does."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

VELLAND = Entity("velland", "Vell Union", "Country", pref_labels=(("Vell Union", "en"),),
                 alt_labels=(("V.U.", "en"), ("VU", "en")))


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST + [VELLAND])


@pytest.mark.parametrize("title", ["Chargé d’affaires", "Ambassador", "Envoy"])
def test_the_head_of_mission_named_next_is_the_diplomat(cast_linker, title):
    out = claims("A Borealia diplomat said Monday that Borealia could reopen its embassy soon.\n\n"
                 f"{title} Mira Orlen said at a briefing that the staff would wait for the guards.", cast_linker)
    assert speaker_of(out, "reopen its embassy") == "orlen"


def test_a_title_after_an_acronym_with_stops(cast_linker):
    out = claims("A V.U. diplomat said Monday that the Vell Union could reopen its embassy soon.\n\n"
                 "Chargé d’affaires Mira Orlen said at a briefing that the staff would wait for the guards.", cast_linker)
    assert speaker_of(out, "reopen its embassy") == "orlen"
