"""A sentence that points back with "That was announced by X" or "This has been confirmed by X" names who said what
came before, as "This was stated by X" does: its figures too (invented people and places)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims_all, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, KELL])


@pytest.mark.parametrize("reference", ["That was announced by Arno Kell on Monday.",
                                       "This has been confirmed by Arno Kell.",
                                       "That was disclosed by Arno Kell in Tarna."])
def test_a_back_reference_names_the_speaker_of_its_paragraph(cast, reference):
    said = claims_all(f"The Tarna bridge opened in 1931.\n\nThe port of Velm handled 2.4 million tonnes of grain. "
                      f"The ferry will stay closed until June. {reference}", cast)
    assert speaker_of(said, "2.4 million tonnes") == "kell"
    assert speaker_of(said, "ferry will stay") == "kell"
    assert speaker_of(said, "Tarna bridge") is None


def test_that_opening_a_clause_of_its_own_points_back_to_nothing(cast):
    said = claims_all("The port of Velm handled 2.4 million tonnes of grain. That was more than Arno Kell said.", cast)
    assert speaker_of(said, "2.4 million tonnes") is None
