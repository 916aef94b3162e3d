"""A body named right after a day or a time opening the sentence («В понедельник МИД Бореалии заявил …», «Во вторник
…», «В среду вечером …») is the one speaking: a time names no outlet told (extract/attribution.py ``_outlet_told``,
lang/ru.py ``EVENT_TIMES``). Every sentence is invented."""
import pytest

from extracted import ru_claimant_labels


@pytest.mark.parametrize("text, label", [
    ("В понедельник МИД Бореалии заявил, что посол отозван.", "МИД Бореалии"),
    ("Во вторник бореальская полиция сообщила, что мост закрыт.", "полиция Бореалии"),
    ("В среду вечером парламент Бореалии заявил, что сессия продлена.", "парламент Бореалии"),
])
def test_a_body_after_a_fronted_time_speaks(cast, text, label):
    assert ru_claimant_labels(cast, text) == [label]

