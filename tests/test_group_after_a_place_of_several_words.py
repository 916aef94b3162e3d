"""People named by what they are after a place of several words ("Orvel County prosecutors said …") are a group
named with the whole place, not a fragment that overlaps the place and so names nobody."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.mark.parametrize("text, group", [
    ("Orvel County authorities said on Monday that they had detained a man over the warehouse fire.",
     "Orvel County authorities"),
    ("Orvel County prosecutors said the driver would be charged with reckless endangerment.",
     "Orvel County prosecutors"),
])
def test_a_group_after_a_county_speaks(text, group):
    assert speakers_as_written(text, Linker([]), name="t.txt") == [group]
