"""A body named right after a day, a time or a month opening the sentence («В понедельник МИД Бореалии заявил …», «Во
вторник …», «В среду вечером …», «В декабре «Велмора» сообщила …») is the one speaking: a time names no outlet told
(extract/attribution.py ``_outlet_told``, lang/ru.py ``EVENT_TIMES``, ``MONTHS``). Every sentence is invented."""
import pytest

from extracted import ru_claimant_labels


@pytest.mark.parametrize("text, label", [
    ("В понедельник МИД Бореалии заявил, что посол отозван.", "МИД Бореалии"),
    ("Во вторник бореальская полиция сообщила, что мост закрыт.", "полиция Бореалии"),
    ("В среду вечером парламент Бореалии заявил, что сессия продлена.", "парламент Бореалии"),
    ("В декабре «Велмора» сообщила, что цех закрыт.", "Велмора"),
    ("В марте «Велмора» заявила, что цех закрыт.", "Велмора"),
])
def test_a_body_after_a_fronted_time_speaks(cast, text, label):
    assert ru_claimant_labels(cast, text) == [label]



def test_an_outlet_after_a_noun_of_the_occasion_is_still_told(cast):
    assert ru_claimant_labels(cast, "В интервью «Вестнику» Томас Варга заявил, что цех закрыт.") == ["varga"]
