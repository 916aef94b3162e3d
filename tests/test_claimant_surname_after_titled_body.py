"""«заявил глава МИД страны Петреску»: a surname alone after a title in the nominative and the genitive of its body
is the title's apposition, the speaker, though the lemmatiser cannot read the foreign surname's case; not after an
aide of that title («помощник главы МИД страны Петреску»), who speaks himself."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written as claimants


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("text", [
    "Эстерия не станет участвовать в морских учениях блока, заявил глава МИД страны Петреску.",
    "Эстерия не станет участвовать в морских учениях блока. Об этом заявил глава МИД страны Петреску.",
    "Паромная линия на север будет закрыта до весны, сообщил министр транспорта республики Петреску.",
])
def test_surname_after_a_titled_body_speaks(linker, text):
    assert claimants(text, linker)[0] == "Петреску"


def test_an_aide_of_the_title_is_not_its_holder(linker):
    text = "Эстерия не станет участвовать в морских учениях блока, заявил помощник главы МИД страны Петреску."
    assert claimants(text, linker) == [None]


@pytest.mark.parametrize("text", [
    "Паромная линия на север будет закрыта до весны, заявил пресс-секретарь губернатора Петреску.",
    "Губернатор Тарнии Ион Петреску посетил порт в понедельник.\n\nПаромная линия на север будет закрыта до весны, "
    "заявил пресс-секретарь губернатора Петреску.",
    "Губернатор Вельской области Ион Петреску посетил порт.\n\nПаромная линия на север будет закрыта до весны, "
    "заявил пресс-секретарь губернатора Петреску.\n\nМост через Вилку откроют в июле, сообщил советник министра "
    "транспорта Петреску.",
])
def test_a_name_after_a_title_in_the_genitive_is_not_the_nominative_titles(linker, text):
    assert claimants(text, linker)[-1] is None
