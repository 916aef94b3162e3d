"""A statement said to be on the page of "him" or "her" ("В его телеграм-канале отмечается", "В обращении,
размещённом на её странице, говорится", "В его заявлении отмечается") is that person's, as "говорится в его
заявлении" already was."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("cue", [
    "В его телеграм-канале отмечается",
    "В его заявлении также говорится",
    "В обращении, опубликованном на его странице в соцсети, говорится",
    "В заявлении, размещённом в его блоге, также отмечается",
])
def test_a_statement_on_his_page_is_his(cast_linker, cue):
    out = claims(f"Томас Варга встретился с рыбаками. {cue}, что причал откроют весной.", cast_linker)
    assert speaker_of(out, "причал откроют") == "varga"


def test_her_page_is_the_womans(cast_linker):
    out = claims("«Сезон начнётся вовремя», — сказал Томас Варга. Мира Орлен посетила порт. В видеообращении, "
                 "выложенном на её странице, говорится, что склады пусты.", cast_linker)
    assert speaker_of(out, "склады пусты") == "orlen"
