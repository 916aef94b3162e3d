""""According to officials from the Vell Water Board, …": bare officials tied to a named body by "from", "at", "of"
or "with" are that body's voice; the body is the source, and "officials" names no group of its own. Invented
bodies."""
from claimsgraph.link import Linker

from extracted import claims_as_written, speaker_of


def test_officials_from_a_named_society_cite_the_society():
    out = claims_as_written("According to officials from the Ruritanian Red Cross, the camps were full.\n",
                            Linker([]))
    assert speaker_of(out, "camps were") == "Ruritanian Red Cross"


def test_officials_at_a_named_bank_cite_the_bank():
    out = claims_as_written("According to officials at the Carpanian Central Bank, rates would stay unchanged.\n",
                            Linker([]))
    assert speaker_of(out, "rates would") == "Carpanian Central Bank"


def test_bare_officials_stay_a_group():
    out = claims_as_written("According to officials, rates would stay unchanged.\n", Linker([]))
    assert speaker_of(out, "rates would") == "officials"


def test_officials_from_a_country_a_place_or_a_meeting_stay_a_group():
    for text in ("According to officials from Ruritania, the camps were full.\n",
                 "According to officials from Ruritania and Carpania, the camps were full.\n",
                 "According to officials of Ruritania, the camps were full.\n",
                 "According to officials at Monday's meeting, the camps were full.\n",
                 "According to officials from Vell, the camps were full.\n",
                 "According to officials at Vell airport, the camps were full.\n"):
        out = claims_as_written(text, Linker([]))
        assert speaker_of(out, "camps were") == "officials", text
