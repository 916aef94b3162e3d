"""A Russian sentence that opens with a verb of saying and names no one ("При этом отметил, что …") drops the subject
it shares with the sentences before: the person whose gender the verb's past tense shows, who spoke last, even
past a said-tag that closed a quotation."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("opener", ["При этом отметил", "Кроме того, добавил", "Также уточнил"])
def test_a_verb_without_a_subject_after_a_said_tag_is_the_speakers(cast_linker, opener):
    out = claims("Томас Варга провёл совещание в порту. «Паромы выйдут в рейс по графику», — сказал Варга. "
                 f"{opener}, что ремонт причала закончат к июлю.", cast_linker)
    assert speaker_of(out, "ремонт причала") == "varga"


def test_the_verbs_gender_picks_the_speaker(cast_linker):
    out = claims("«Лёд на реке сойдёт рано», — заявила Мира Орлен. «Баржи готовы», — сказал Томас Варга. "
                 "При этом отметила, что склады пока пустуют.", cast_linker)
    assert speaker_of(out, "склады пока пустуют") == "orlen"


def test_a_plural_verb_without_a_subject_names_no_one(cast_linker):
    out = claims("«Паромы выйдут в рейс по графику», — сказал Томас Варга. В управлении порта сообщили, что "
                 "причал закрыт. Также уточнили, что ремонт займёт месяц.", cast_linker)
    assert speaker_of(out, "ремонт займёт") is None
