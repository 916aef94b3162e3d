"""A Russian verb of saying whose stem is written as the past («пояснил», «уточнил», «признал») is read in the
infinitive too, under a verb that governs it («поспешил пояснить, что …», «решил уточнить, что …»): the subject
speaks; under a refusal («отказался рассказать о …») no one does (invented people)."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("verb", ["поспешила пояснить", "решила уточнить", "вынуждена была признать",
                                  "взялась рассказать", "не преминула указать"])
def test_an_infinitive_of_saying_under_a_governing_verb_keeps_the_speaker(linker, verb):
    said = speakers_as_written(f"Министр транспорта Ольга Фенник {verb}, что тариф не коснётся зерна.", linker)
    assert said == ["Ольга Фенник"]


@pytest.mark.parametrize("verb", ["отказалась рассказать", "отказалась пояснить"])
def test_a_refusal_to_say_says_nothing(linker, verb):
    said = speakers_as_written(f"Министр транспорта Ольга Фенник {verb}, когда тариф коснётся зерна.", linker)
    assert "Ольга Фенник" not in said
