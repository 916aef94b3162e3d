"""«— заявил глава ГСБ»: the head of a body the text names by its capitals is a person, the one the text titled so,
not the body itself."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written as claimants


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("text", [
    "Переговоры прошли 3 мая в Вальдоре. Глава ГСБ Иван Сомов встретился с коллегами. "
    "«Сегодня важный день для наших стран», — заявил глава ГСБ.",
    "Переговоры прошли 3 мая в Вальдоре при участии руководителей ГСБ Ивана Сомова и АНК Павла Линда. "
    "«Сегодня важный день для наших стран», — заявил глава ГСБ.",
])
def test_the_head_of_a_body_by_its_capitals_is_the_person_titled_so(linker, text):
    assert claimants(text, linker)[-1] in ("Иван Сомов", "Ивана Сомова")

