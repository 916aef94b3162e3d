"""A Russian title whose field follows its owner ("заместитель председателя правительства Кестовы по вопросам
интеграции Иван Сомов заявил"): the person named right after the field holds the office and speaks; the field's
preposition opens no phrase the name is inside. Invented people and countries."""
from claimsgraph.link import Linker

from extracted import speakers_as_written


def test_the_name_after_a_deputy_premiers_field_speaks():
    said = speakers_as_written("Заместитель председателя правительства Кестовы по вопросам интеграции Иван Сомов "
                               "заявил, что переговоры возобновятся в марте.\n", Linker([]))
    assert said == ["Иван Сомов"]


def test_the_name_after_an_advisers_field_speaks():
    said = speakers_as_written("Советник председателя правительства Бореалии по связям с общественностью Анна Велсен "
                               "сообщила, что форум пройдёт в мае.\n", Linker([]))
    assert said == ["Анна Велсен"]


def test_the_name_after_a_ministers_field_speaks():
    said = speakers_as_written("Заместитель председателя правительства Бореалии по делам молодёжи Анна Велсен "
                               "сообщила, что форум пройдёт в мае.\n", Linker([]))
    assert said == ["Анна Велсен"]
