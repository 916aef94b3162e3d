"""A Russian imperfective gerund after a comma tells the manner or the occasion of what its clause says («…,
устраивая …», «— сказал X, комментируя …»): the clause stays in its sentence's claim; a perfective one that takes a
stance of its own («…, заявив …») still opens a claim."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


def test_the_occasion_after_a_said_tag_stays_in_the_claim(cast_linker):
    text = ("«Нас опять не так поняли», — сказал Томас Варга, комментируя сообщения газет о северной гавани в "
            "среду вечером.")
    out = claims(text, cast_linker, name="ru_t.txt")
    assert len(out) == 1 and "северной гавани" in out[0][0]


def test_the_manner_inside_a_quotation_stays_in_the_claim(cast_linker):
    text = ("«Бореалия давит на наши порты, давит упорно, закрывая северные проливы и задерживая паромы с зерном», "
            "— заявил Томас Варга.")
    out = claims(text, cast_linker, name="ru_t.txt")
    assert len(out) == 1 and "задерживая паромы" in out[0][0]


def test_a_perfective_gerund_of_stance_still_opens_a_claim(cast_linker):
    text = ("Томас Варга провел в среду встречу с рыбаками северной гавани, заявив, что Бореалия должна "
            "открыть проливы.")
    out = claims(text, cast_linker, name="ru_t.txt")
    assert any(piece.startswith("заявив") or "Бореалия должна" in piece and "встречу" not in piece
               for piece, _ in out)
