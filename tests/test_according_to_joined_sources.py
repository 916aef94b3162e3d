"""A source phrase naming two or more speakers joined ("according to A and B", «по словам A и B») is theirs
together, no one of them alone: the article's voice; an outlet joined after the source relays its words, and the
source speaks (invented people and outlets)."""
import pytest

from extracted import claims, claims_as_written, speaker_of


@pytest.mark.parametrize("text, words, name", [
    ("According to Mara Velsen and Jon Arvid, the truce is holding.", "truce is holding", "t.txt"),
    ("According to Tomas Brell and Anna Kovik, the plant will close in May.", "plant will close", "t.txt"),
    ("Новости\n\nПо словам Ивана Сомова и Петра Лапина, перемирие соблюдается.", "перемирие соблюдается",
     "ru_t.txt"),
])
def test_joined_sources_are_no_one_of_them(linker, text, words, name):
    assert speaker_of(claims(text, linker, name=name), words) is None


@pytest.mark.parametrize("text, words, name", [
    ("According to Mara Velsen, the truce is holding.", "truce is holding", "t.txt"),
    ("Новости\n\nПо словам Ивана Сомова, перемирие соблюдается.", "перемирие соблюдается", "ru_t.txt"),
])
def test_one_source_still_speaks(linker, text, words, name):
    assert speaker_of(claims(text, linker, name=name), words) is not None


@pytest.mark.parametrize("text, words, name, who", [
    ("According to Mara Velsen and the Vellport news agency, the truce is holding.", "truce is holding", "t.txt",
     "Mara Velsen"),
    ("According to Mara Velsen and The Norvik Times, the truce is holding.", "truce is holding", "t.txt",
     "Mara Velsen"),
    ("Новости\n\nПо словам Ивана Сомова и агентства «Вельпресс», перемирие соблюдается.", "перемирие соблюдается",
     "ru_t.txt", "Ивана Сомова"),
])
def test_a_source_joined_to_an_outlet_still_speaks(linker, text, words, name, who):
    assert speaker_of(claims_as_written(text, linker, name=name), words) == who


@pytest.mark.parametrize("text, words", [
    ("Governor Tomas Brell approved a charter, according to which the Vellmark Harbour Guard will rotate each spring.",
     "will rotate"),
    ("The council adopted a plan according to which the Orlov Ferry Company would lose its licence.", "lose its"),
])
def test_according_to_which_names_no_source_after_it(linker, text, words):
    assert speaker_of(claims(text, linker), words) is None
