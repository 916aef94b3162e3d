"""A body's name in the genitive that the lemmatiser also reads as a given name ("отчёта Ространса Варга
отметил") makes no person of it and the surname after it: the surname is the speaker's."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

ROSTRANS = Entity("rostrans", "Ространс", "Organization", pref_labels=(("Ространс", "ru"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [ROSTRANS])


@pytest.mark.parametrize("verb", ["отметил", "заявил"])
def test_a_body_before_a_surname_is_no_given_name(linker, verb):
    out = claims("Томас Варга провёл совещание в порту. В преддверии отчёта Ространса Варга "
                 f"{verb}, что грузооборот вырос.", linker)
    assert speaker_of(out, "грузооборот вырос") == "varga"
