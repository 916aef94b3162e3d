"""Every name a plural kind of place opens is a place's («в районе сёл Вельск, Верин Орла и Тарн», «по населённым
пунктам Кеши Мард и Бошта»), not only the first, whatever the model took the others for (names.py)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def types_of(text, linker):
    """The type of each entity, by how the text wrote it."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    types = {e.key: e.type for e in result.new_entities}
    return {doc.text[m.span.start:m.span.end]: types[m.entity] for m in result.mentions}


@pytest.mark.parametrize("text, names", [
    ("Военные Руритании пытаются продвинуться в районе сел Верин Торма, Нижний Вальск, Орлаш и Тарск, заявил "
     "министр обороны Боравии Иван Петрович Сомов.", ("Верин Торма", "Тарск")),
    ("Огонь велся по населенным пунктам Кеши Мард и Бошта, сообщили в штабе.", ("Кеши Мард", "Бошта")),
])
def test_names_a_plural_kind_of_place_opens_are_places(linker, text, names):
    types = types_of(text, linker)
    assert all(types.get(name) == "Place" for name in names), types


def test_a_person_after_the_places_is_no_place(linker):
    types = types_of("Жители сёл Тарск и Орлаш встретились с губернатором. Об этом рассказал Пётр Вальков.", linker)
    assert types.get("Пётр Вальков") == "Person", types


@pytest.mark.parametrize("text, place, other", [
    ("В районе сёл Вельск и Тарн Минобороны Руритании зафиксировало обстрел.", "Тарн", "Минобороны Руритании"),
    ("Жители деревень Вельск и Тарн Мария Орлова и Пётр Вальков рассказали о пожаре.", "Тарн", "Мария Орлова"),
    ("Жители деревень Вельск и Тарн Ольга Сомова рассказали о пожаре.", "Тарн", "Ольга Сомова"),
])
def test_a_name_after_a_one_word_place_is_no_second_word_of_it(linker, text, place, other):
    types = types_of(text, linker)
    assert types.get(place) == "Place", types
    assert other in types and types[other] != "Place", types
