"""Russian: an area going on a body's name after «и» («ГУ МВД по Городу и Нордской области») is the body's own field,
no second speaker; the body, or a person titled as its head, still speaks (invented bodies, places and people)."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("text, words, body", [
    ("«Мы готовы к диалогу», — сообщили в пресс-службе ГУ МВД по Вельской и Нордской областям.",
     "Мы готовы к диалогу", "ГУ МВД по Вельской"),
    ("«Мы готовы к диалогу», — сообщили в пресс-службе ГУ МВД по Городу и Нордской области.",
     "Мы готовы к диалогу", "ГУ МВД по Городу"),
    ("По данным ГУ МВД по Городу и Нордской области, задержаны трое.", "задержаны трое", "ГУ МВД по Городу"),
    ("По данным Управления Росреестра по Вельской и Нордской областям, сделок стало больше.",
     "сделок стало больше", "Управления Росреестра по Вельской"),
    ("По словам главы ГУ МВД по Городу и Нордской области Ивана Сомова, задержаны трое.", "задержаны трое",
     "ГУ МВД по Городу"),
])
def test_an_area_after_the_joiner_is_no_second_speaker(linker, text, words, body):
    assert speaker_of(claims_as_written("Новости\n\n" + text, linker, name="ru_t.txt"), words) == body
