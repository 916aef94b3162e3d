"""Russian: speakers joined after a plural verb of saying («— заявили A и B») or in a source phrase («по словам A и
B») speak together, no one alone, also when the finder took only the last name (invented people)."""
import pytest

from extracted import claims, speaker_of


@pytest.mark.parametrize("text, words", [
    ("Новости\n\n«Мы готовы к диалогу», — заявили Сомов и Лапин.", "Мы готовы к диалогу"),
    ("Новости\n\n«Склад будет закрыт», — сообщили Корнев и Петров.", "Склад будет закрыт"),
    ("Новости\n\nПо словам Сомова и Петрова, перемирие соблюдается.", "перемирие соблюдается"),
    ("Новости\n\n«Рынок откроется в мае», — сообщили Глебов и Остров.", "Рынок откроется в мае"),
    ("Новости\n\nПо словам Глебова и Острова, рынок откроется в мае.", "рынок откроется в мае"),
])
def test_joined_names_after_the_verb_are_no_one_of_them(linker, text, words):
    assert speaker_of(claims(text, linker, name="ru_t.txt"), words) is None


@pytest.mark.parametrize("text, words", [
    ("Новости\n\n«Склад будет закрыт», — сообщил Игорь Корнев.", "Склад будет закрыт"),
    ("Новости\n\n«Мы готовы к диалогу», — заявили в МИД Руритании.", "Мы готовы к диалогу"),
])
def test_one_speaker_after_the_verb_still_speaks(linker, text, words):
    assert speaker_of(claims(text, linker, name="ru_t.txt"), words) is not None
