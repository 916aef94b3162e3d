"""A source after "according to" titled by a police rank written out with its grade and unit ("according to
Additional Deputy Commissioner of Police Special Cell X") was given to no one: the rank's words counted towards the few
allowed between the cue and the name (attribution.py, names.py WRITTEN_OUT_RANK).
Every sentence is invented."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def test_according_to_a_written_out_rank_and_a_name_is_the_named_officer(cast_linker):
    out = claims("The suspect was held in a raid on Monday. According to Additional Deputy Commissioner of "
                 "Police Special Cell Tomas Varga, the man was booked under the relevant law.", cast_linker)
    assert speaker_of(out, "booked under the relevant law") == "varga"


def test_according_to_many_other_words_before_a_name_is_still_no_one(cast_linker):
    out = claims("The suspect was held in a raid on Monday. According to the long and detailed report that was "
                 "sent to Tomas Varga, the man was booked under the relevant law.", cast_linker)
    assert speaker_of(out, "booked under the relevant law") != "varga"
