"""A town's government some towns call «управа» or «муниципалитет» speaks through its press service as a body:
«Как передаёт пресс-служба городской управы, …» has the council for its claimant, not the article's voice."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("voice, body", [("передаёт пресс-служба городской управы", "городской управы"),
                                         ("рассказали в пресс-службе муниципалитета", "муниципалитета")])
def test_the_press_service_of_a_town_council_speaks_for_it(linker, voice, body):
    text = f"Как {voice}, сегодня городской голова Иван Петрович Сомов посетил трамвайное депо в Ольховске."
    assert speakers_as_written(text, linker)[-1].endswith(body)
