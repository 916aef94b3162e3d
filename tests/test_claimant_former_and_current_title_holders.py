"""A title alone names again the one the text gave it in the same time: "Президент" the president now, not one named
as «бывший президент»; «Экс-президент» (the prefix glued by a hyphen) the former one (invented people and country)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, KELL])


def test_a_bare_title_is_not_the_former_holders(cast):
    said = claims("Президент Бореалии Томас Варга встретился с бывшим президентом Арно Келлом.\n"
                  "Президент заявил, что мост через Тарну откроют весной.", cast, name="ru_t.txt")
    assert speaker_of(said, "мост через Тарну") == "varga"


def test_a_title_with_a_hyphened_past_prefix_is_the_former_holders(cast):
    said = claims("Экс-президент Бореалии Арно Келл встретился с президентом Томасом Варгой.\n"
                  "Экс-президент заявил, что мост через Тарну откроют весной.", cast, name="ru_t.txt")
    assert speaker_of(said, "мост через Тарну") == "kell"


def test_a_title_with_a_past_adjective_is_the_former_holders(cast):
    said = claims("Президент Бореалии Томас Варга встретился с бывшим президентом Арно Келлом.\n"
                  "Бывший президент заявил, что мост через Тарну откроют весной.", cast, name="ru_t.txt")
    assert speaker_of(said, "мост через Тарну") == "kell"
