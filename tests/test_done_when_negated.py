"""A Russian infinitive of saying under a negated verb whose negation tells it was done («не преминул отметить», «не
забыл напомнить», «не побоялась заявить») is said by the subject; under a negated verb of will («не захотела
заявить») it is not (invented people)."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def no_registry():
    return Linker([])


@pytest.mark.parametrize("sentence", [
    "Министр транспорта Ольга Фенник не преминула отметить, что тариф не коснётся зерна.",
    "Министр транспорта Ольга Фенник не забыла напомнить, что тариф не коснётся зерна.",
    "Министр транспорта Ольга Фенник не побоялась заявить, что тариф не коснётся зерна.",
    "Министр транспорта Ольга Фенник не постеснялась сказать, что тариф не коснётся зерна.",
])
def test_a_negation_that_tells_it_was_done_keeps_the_speaker(no_registry, sentence):
    assert speakers_as_written(sentence, no_registry) == ["Ольга Фенник"]


def test_a_negated_wish_says_nothing(no_registry):
    said = speakers_as_written("Министр транспорта Ольга Фенник не захотела заявить, что тариф не коснётся зерна.",
                               no_registry)
    assert "Ольга Фенник" not in said


@pytest.mark.parametrize("sentence", [
    "Министр транспорта Ольга Фенник не стеснялась бы сказать, что тариф не коснётся зерна, если бы её спросили.",
    "Министр транспорта Ольга Фенник не преминула бы отметить, что тариф не коснётся зерна, если бы её спросили.",
])
def test_a_conditional_after_the_negated_verb_says_nothing(no_registry, sentence):
    assert "Ольга Фенник" not in speakers_as_written(sentence, no_registry)
