"""Quotations in straight single marks ('…'), as some wires type them: a second one after its said-tag goes on
with the same speaker, and an apostrophe opens or closes nothing (invented people and words)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker(CAST)


def test_a_second_quotation_after_the_tag_is_the_same_speaker(cast):
    said = claims("Borealia braces for a lean autumn.\n\n"
                  "'The wells are running low,' Varga said. 'Every village should store water now.'\n\n"
                  "Bread prices climbed in June.", cast)
    assert speaker_of(said, "store water now") == "varga"
    assert speaker_of(said, "Bread prices") is None


def test_an_apostrophe_opens_no_quotation(cast):
    said = claims("The weavers' guild met on Monday.\n\n"
                  "'Looms are idle,' Orlen said. 'Orders from the coast have stopped.'\n\n"
                  "The guild's hall stayed shut in the '90s.", cast)
    assert speaker_of(said, "Orders from the coast") == "orlen"
    assert speaker_of(said, "hall stayed shut") is None
