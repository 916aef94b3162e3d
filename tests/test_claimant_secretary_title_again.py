"""A secretary of a council named with that title («секретарь совета безопасности Иван Сомов») and written again
by the title alone («Секретарь совета отметил …», «— добавил секретарь совета Эстерии») is that person speaking,
not the article's voice nor the council."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


TEXT = ("Секретарь Совета безопасности Эстерии Иван Петрович Сомов выступил на заседании в столице.\n\n"
        "Секретарь СБЭ отметил, что граница страны надежно защищена.\n\n"
        "«Мы усилили посты на севере. Нарушений нет», — добавил секретарь Совета безопасности Эстерии.")


def test_the_title_alone_names_the_secretary_again(linker):
    out = speakers_as_written(TEXT, linker)
    assert len(out) >= 3
    assert all(who and "Сомов" in who for who in out[-3:]), out
