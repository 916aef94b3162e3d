"""A police rank's acronym alone ("the IGP warned", "the DGP said") after another officer was named went to that
other officer, the last person named: the acronym is shorter than the words a title is matched by, so it fitted no
one and the reference fell to whoever came last."""
import pytest

from claimsgraph.link import Linker
from extracted import claims, speaker_of


@pytest.mark.parametrize("rank, office", [("IGP", "Inspector-General of Police"),
                                          ("DGP", "Director-General of Police")])
def test_a_rank_acronym_alone_is_the_one_titled_with_it_not_the_last_officer_named(rank, office):
    out = claims(f"{office} ({rank}) Vellbrook, Marta Dunvik on Tuesday visited the harbour station. "
                 "\"Patrols will be doubled before the festival,\" Dunvik said. "
                 "SP Bertil Okonkwo and two inspectors were also present.\n\n"
                 f"\"Every complaint must be logged within the hour,\" the {rank} warned.", Linker([]))
    who = speaker_of(out, "logged within the hour")
    assert who is not None and "dunvik" in who


def test_a_police_rank_spelled_out_before_its_acronym_is_no_body_and_its_acronym_is_the_officer():
    """"Senior Superintendent of Police (SSP) X": the initials spell a rank, not a body's name, so "the SSP" later is
    X."""
    out = claims("Corvania's Senior Superintendent of Police (SSP) Teodor Varsik said on Monday that the border posts "
                 "would get new radios.\n\nThe SSP said that the patrol boats had been repaired.", Linker([]))
    who = speaker_of(out, "patrol boats had been repaired")
    assert who is not None and "varsik" in who
