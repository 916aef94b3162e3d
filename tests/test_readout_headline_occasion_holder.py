"""A readout's headline names whose call or meeting it gives an account of ("Readout of Minister X's Call with
Y"): that person is not the readout's issuer, so the account's narration stays the page's voice, while what the
text has them say stays theirs (invented people and places)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import claimants as speakers

ENTITIES = [
    Entity("velsen", "Mara Velsen", "Person", pref_labels=(("Mara Velsen", "en"),)),
    Entity("somov", "Ivo Somov", "Person", pref_labels=(("Ivo Somov", "en"),)),
]


@pytest.fixture(scope="module")
def linker():
    return Linker(ENTITIES)


BODY = ("\n\nThe Minister and Envoy Ivo Somov spoke today about the Orlov dam. "
        "Minister Velsen stressed that the dam must be repaired before the floods.\n\n"
        "They also discussed the talks in Tarvel next week.\n\nRuritanian Foreign Office")


@pytest.mark.parametrize("noun", ["Call", "Meeting"])
def test_the_holder_of_the_call_a_readout_gives_account_of_is_not_its_issuer(linker, noun):
    out = speakers(f"Readout of Minister Mara Velsen’s {noun} with Envoy Somov" + BODY, linker)
    assert out["They also discussed the talks in Tarvel next week."] is None
    assert out["Minister Velsen stressed that the dam must be repaired before the floods."] == "velsen"


def test_a_statement_headline_still_names_its_issuer(linker):
    out = speakers("Statement by Minister Mara Velsen on the Orlov dam\n\n"
                   "The dam must be repaired before the floods. Work will begin in May.", linker)
    assert [who for t, who in out.items() if t.startswith(("The dam", "Work"))] == ["velsen", "velsen"]
