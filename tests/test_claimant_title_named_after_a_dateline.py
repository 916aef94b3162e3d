"""A title that speaks before its holder is named ("Министр транспорта Тарсии считает, что …") is the person the next
sentences name with it, a dateline set as a sentence of its own («ВЕЛЬСК, 20 мая — Вестник.») counting for none of
them."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def no_registry():
    return Linker([])


@pytest.mark.parametrize("dateline", ["ВЕЛЬСК, 20 мая — Вестник. ", ""])
def test_the_holder_named_after_a_dateline_is_the_title_s_speaker(no_registry, dateline):
    text = ("Мост через Вилку откроют летом.\n\n"
            "Министр транспорта Тарсии считает, что новый мост ускорит торговлю с соседями.\n\n"
            f"{dateline}Новый мост ускорит торговлю. Об этом министр транспорта Тарсии Иван Сомов заявил "
            "журналистам во вторник.")
    assert speakers_as_written(text, no_registry)[1] == "Иван Сомов"
