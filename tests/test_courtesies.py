"""Thanks, congratulations and apologies in the first person greet rather than assert; reports of them assert."""
import pytest

from claimsgraph.extract.claims import _asserts


@pytest.mark.parametrize("text", [
    "I want to congratulate the Orlov team on a hard-fought win.",
    "We thank the rescuers of the valley for their work.",
    "I am sorry, we let the farmers of Orlov down.",
    "I apologize for the delay of the ferry to Orlov.",
    "В первую очередь хотела бы поблагодарить спасателей долины за их работу.",
    "Хочу выразить благодарность спасателям Орлова за работу на реке.",
    "Я хочу поздравить команду Орлова с трудной победой.",
    "Поздравляю всех жителей долины с праздником.",
])
def test_a_courtesy_in_the_first_person_is_no_claim(text):
    assert not _asserts(text, False)


@pytest.mark.parametrize("text", [
    "The minister thanked the council of Orlov for its help in the flood.",
    "Министр поблагодарил жителей Орлова за помощь.",
    "We apologized to nobody, the minister of Ruritania said.",
    "I think the deal with Borealia will hold for many years.",
])
def test_a_report_of_a_courtesy_or_a_first_person_opinion_is_a_claim(text):
    assert _asserts(text, False)
