"""A poll's run of findings goes on only through shares of its respondents or sentences that name the poll again: an
unrelated figure in percent after it ("The central bank raised its key rate to 7%", «Инфляция составила 8%») stays
the article's; and a speaker who merely mentions polls ("said polls showed her party ahead") starts no run."""
import pytest

from claimsgraph.link import Linker
from extracted import claims_as_written as sources


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def claimants_of(found, words):
    return [who for text, who in found if words in text]


def test_an_unrelated_rate_after_a_poll_is_the_articles(linker):
    found = sources("Ruritania news\n\n"
                    "Mara Velsen leads the race with 41% support, according to a Northwire Research poll.\n\n"
                    "The central bank of Ruritania raised its key rate to 7% on Friday.", linker)
    assert "Northwire Research" not in claimants_of(found, "key rate")


def test_an_unrelated_inflation_figure_after_a_russian_poll_is_the_articles(linker):
    found = sources("Новости Руритании\n\n"
                    "Мару Велсен поддерживают 41% жителей, показал опрос «Нордцентра».\n\n"
                    "Инфляция в Руритании в марте составила 8%.", linker)
    assert "Нордцентра" not in claimants_of(found, "Инфляция")
    assert not any(who and "Нордцентр" in who for who in claimants_of(found, "Инфляция"))


def test_a_speaker_mentioning_polls_starts_no_run(linker):
    found = sources("Ruritania news\n\n"
                    "Mara Velsen said polls showed her party ahead in the north.\n\n"
                    "Unemployment in Ruritania fell to 6% in March.", linker)
    assert "Mara Velsen" not in claimants_of(found, "Unemployment")
