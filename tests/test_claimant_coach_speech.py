"""A coach's words after a match report: a score in brackets among the circumstances between a speaker and the verb
("X после победы над Y (2:0) в матче … отметил") hid the speaker, and the outlet at the end of the sentence spoke
instead; and a paragraph of speech opened by a dash after "X прокомментировал игру" was given to X only where none of
its sentences was given to X already, so a sentence in it without a first person was left to no one."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("score", ["(2:0)", "(3:2 ОТ)"])
def test_a_score_in_brackets_among_circumstances_leaves_the_name_the_speaker(cast_linker, score):
    out = claims(f"Тренер сборной Бореалии Томас Варга после выездной победы над соседями {score} в матче "
                 "третьего тура отборочного турнира отметил, что команда сделала шаг к финалу, передает "
                 "агентство «Норвик».", cast_linker)
    assert speaker_of(out, "сделала шаг к финалу") == "varga"


def test_dash_speech_after_an_act_of_commenting_is_all_the_commenters(cast_linker):
    out = claims("Тренер сборной Бореалии Томас Варга прокомментировал итог встречи с соседями.\n\n"
                 "– Встреча была для нас нервной. Защитники молодцы, что выдержали напор. "
                 "У нас впереди ещё два трудных выезда.\n\n"
                 "Рад за болельщиков, – сказал Варга.", cast_linker)
    assert speaker_of(out, "Защитники молодцы") == "varga"
    assert speaker_of(out, "Встреча была") == "varga"
