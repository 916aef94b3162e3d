"""A Russian speaker named in an oblique case ("по словам …", "цитирует …") is labelled in the nominative, whatever
the build of the name: a woman's patronymic, a surname shaped as an adjective, a double surname. Invented people."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("written, label", [
    ("Ольги Сергеевны Ветлугиной", "Ольга Сергеевна Ветлугина"),
    ("Ирины Тарвинской", "Ирина Тарвинская"),
    ("Веры Лесной-Горской", "Вера Лесная-Горская"),
    ("Олега Лесного-Горского", "Олег Лесной-Горский"),
    ("Тимура Белого", "Тимур Белый"),
])
def test_a_speaker_named_in_the_genitive_is_labelled_in_the_nominative(linker, written, label):
    text = f"Мост закрыт\n\nПо словам {written}, мост через залив останется закрытым до июня.\n"
    assert claimant_labels(text, linker) == [label]


def test_a_double_surname_in_the_accusative_is_labelled_in_the_nominative(linker):
    text = "Мост закрыт\n\nВеллинфо цитирует Веру Лесную-Горскую: «Мост через залив останется закрытым до июня».\n"
    assert claimant_labels(text, linker) == ["Вера Лесная-Горская"]

