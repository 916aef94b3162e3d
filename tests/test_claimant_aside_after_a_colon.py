"""Russian "по её словам" after a colon explains the clause before the colon: its speaker is the person that clause
names, not the one who spoke the sentence before (invented people)."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity

from extracted import claims, speaker_of

SOMOV = Entity("somov", "Ivan Somov", "Person", pref_labels=(("Ivan Somov", "en"), ("Иван Сомов", "ru")),
               alt_labels=(("Сомов", "ru"),))
KRUGLOVA = Entity("kruglova", "Anna Kruglova", "Person",
                  pref_labels=(("Anna Kruglova", "en"), ("Анна Круглова", "ru")), alt_labels=(("Круглова", "ru"),))


@pytest.fixture(scope="module")
def linker():
    return Linker([SOMOV, KRUGLOVA])


def test_the_person_of_the_clause_before_the_colon_speaks_the_aside(linker):
    out = claims("Иван Сомов сообщил, что порт в Велиграде достроен. С ним не согласилась Лина Дорн: по её словам, "
                 "причалы до сих пор не готовы.", linker, name="ru_t.txt")
    assert speaker_of(out, "причалы до сих пор") not in ("somov", None)


def test_a_known_person_before_the_colon_speaks_the_aside(linker):
    out = claims("Иван Сомов сообщил, что бюджет исполнен. Анна Круглова не согласилась: по её словам, "
                 "область недополучила средства.", linker, name="ru_t.txt")
    assert speaker_of(out, "область недополучила") == "kruglova"


def test_an_aside_after_a_comma_still_names_the_person_before_it(linker):
    out = claims("Анна Круглова сообщила, что бюджет исполнен. Иван Сомов, по его словам, доволен итогами.",
                 linker, name="ru_t.txt")
    assert speaker_of(out, "доволен итогами") == "somov"
