"""A verb that issues a statement through its noun reports words when the noun is a denial in the instrumental with
its object after it («выступил с опровержением сообщений о …»), no clause needed: the issuer speaks (ru.py
STATEMENT_CLAUSE); an act's object is no denial ("выступил с докладом")."""
import pytest

from claimsgraph.link import Linker

from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def test_a_denial_issued_as_a_noun_reports_its_issuers_words(linker):
    text = "Министр Иван Петрович Сомов выступил с опровержением слухов о своей скорой отставке.\n"
    assert speakers_as_written(text, linker) == ["Иван Петрович Сомов"]


def test_an_acts_noun_reports_no_words(linker):
    text = "Министр Иван Петрович Сомов выступил с докладом о работе ведомства на заседании правительства.\n"
    assert speakers_as_written(text, linker) == [None]


@pytest.mark.parametrize("after", ["на пресс-конференции в Вельске, где присутствовали двести журналистов",
                                   "в четверг вечером перед депутатами парламента",
                                   "вчера во время визита в Вельск"])
def test_a_denial_with_nothing_denied_after_it_reports_no_words(linker, after):
    text = f"Министр Иван Петрович Сомов выступил с опровержением {after}.\n"
    assert speakers_as_written(text, linker) == [None]


@pytest.mark.parametrize("denied", ["того, что он уходит в отставку", ": никакой отставки не будет",
                                    "\"слухов об отставке\"", "ложных сообщений о своей скорой отставке"])
def test_a_denial_with_what_it_denies_after_it_reports_words(linker, denied):
    text = f"Министр Иван Петрович Сомов выступил с опровержением{'' if denied[0] == ':' else ' '}{denied}.\n"
    assert speakers_as_written(text, linker)[:1] == ["Иван Петрович Сомов"]
