"""Direct speech set in dash-led paragraphs with its tag in the first only ("— A, — сказал X. — B." then "— C.")
goes on in X's words; not at an interview's question, nor past a paragraph of narration (invented people)."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, KELL, claims, speaker_of


@pytest.fixture(scope="module")
def cast():
    return Linker([*CAST, KELL])


def test_speech_tagged_in_its_first_paragraph_goes_on_in_the_next(cast):
    said = claims("— Паром пойдёт по новому графику, — сказал Томас Варга. — Билеты подешевеют.\n\n"
                  "— Вторую пристань достроят к осени.\n\n"
                  "— Расписание повесят на причале.\n\n"
                  "Вечером в Тарне прошёл концерт.", cast, name="ru_t.txt")
    assert speaker_of(said, "Вторую пристань") == "varga"
    assert speaker_of(said, "Расписание повесят") == "varga"
    assert speaker_of(said, "прошёл концерт") is None


def test_a_question_between_the_paragraphs_is_a_turn_not_speech_going_on(cast):
    said = claims("— Паром пойдёт по новому графику, — сказал Томас Варга. — А вы уже видели новый причал?\n\n"
                  "— Вторую пристань достроят к осени.", cast, name="ru_t.txt")
    assert speaker_of(said, "Вторую пристань") is None
