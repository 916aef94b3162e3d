"""Sentences a careful analyst reads in the article's own voice, though a name stands beside a verb of saying:
what someone would not say ("не хотел говорить о …")."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("text", [
    "По данным газеты, Томас Варга не хотел говорить с журналистами о новом мосте через Сосновку.",
    "Томас Варга не будет сообщать имена новых инвесторов фонда до конца года.",
    "Томас Варга не намерен рассказывать о сделке с портом Нижнегорска.",
])
def test_a_verb_of_saying_under_a_negated_verb_gives_no_one_the_sentence(cast_linker, text):
    out = claims(text, cast_linker)
    assert out and all(who is None for _, who in out)


@pytest.mark.parametrize("text", [
    "Томас Варга хотел сказать, что мост через Сосновку откроют в мае.",
    "Томас Варга не только сказал, что мост через Сосновку откроют в мае, но и назвал подрядчика.",
])
def test_a_verb_of_saying_not_under_a_negated_verb_still_speaks(cast_linker, text):
    out = claims(text, cast_linker)
    assert out and out[0][1] == "varga"
