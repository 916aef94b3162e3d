""""Ураган «Ольна» усилился", "Циклон «Гальвард» обрушился": a quoted name after the noun that says what it is
(NOUNS_BEFORE_NAMES) is typed by it where the noun opens the sentence with a capital too. Invented storms, forums
and places."""
import pytest

from claimsgraph.link import Linker
from extracted import new_types


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def _types(text, linker):
    """The new entities of ``text`` set between a headline and a closing line."""
    return new_types(f"Новости\n\n{text}\n\nДругих подробностей пока нет.\n", linker, "ru_t.txt")


@pytest.mark.parametrize("text, label", [
    ("Ураган «Ольна» усилился до четвертой категории, сообщили синоптики.", "ураган «Ольна»"),
    ("Циклон «Гальвард» обрушился на побережье Рурутании.", "циклон «Гальвард»"),
    ("Форум «Северный берег» открылся в Тарво в понедельник.", "форум «Северный берег»"),
])
def test_a_quoted_name_after_a_capitalised_kind_noun(linker, text, label):
    assert _types(text, linker).get(label) == "Event"


@pytest.mark.parametrize("text, label", [
    ("Об этом сообщил телеканал «Зорька». Телеканал «Зорька» также сообщил, что эфир продлят.", "Зорька"),
    ("Журнал «Вестник Тарво» опубликовал статью о выборах.", "Вестник Тарво"),
])
def test_a_body_after_a_capitalised_kind_noun_is_labelled_by_its_quoted_name(linker, text, label):
    assert _types(text, linker).get(label) == "Organization"


@pytest.mark.parametrize("text, label", [
    ("Об отмене рейсов сообщила авиакомпания «Вельтавиа».", "Вельтавиа"),
    ("Об этом заявили в компании «Тарнфуд».", "Тарнфуд"),
])
def test_a_body_known_by_its_quoted_name_is_labelled_by_it_after_a_small_kind_noun(linker, text, label):
    assert _types(text, linker).get(label) == "Organization"


def test_a_format_keeps_its_noun_in_the_label(linker):
    assert _types("Переговоры прошли в формате «2+2».", linker).get("формат «2+2»") == "Organization"
