"""A dashed turn that opens by addressing someone by name and patronymic, a colon later in its first clause
("— Йон Петрович, скажу прямо: …"), was read as that person's speaker label, the comma and the words after it as
the outlet a label names: the interviewer's remark became the interviewee's words. Invented names and sentences."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


def test_a_dashed_turn_addressing_the_interviewee_is_not_his(linker):
    text = ("Томас Варга: «Порты закроются к маю»\n"
            "О паромах и пошлинах мы поговорили с главой порта Томасом Варгой.\n"
            "— Томас Петрович, скажу прямо: то, что я видела на причале, было похоже на забастовку. "
            "Паромы стояли весь день.")
    out = claims(text, linker)
    remarks = [who for quote, who in out if "причале" in quote or "Паромы" in quote]
    assert remarks and all(who is None for who in remarks)


def test_a_dashed_label_before_a_colon_still_names_its_speaker(linker):
    text = ("Томас Варга ответил на вопросы о порте.\n"
            "— Вопрос: Что будет с паромами?\n"
            "— Томас Варга: Паромы снова выйдут в море к июню.\n"
            "— Вопрос: А пошлины?\n"
            "— Томас Варга: Пошлины останутся прежними.")
    out = dict(claims(text, linker))
    assert out["Паромы снова выйдут в море к июню."] == "varga"
