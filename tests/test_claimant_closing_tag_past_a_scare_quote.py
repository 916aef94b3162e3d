"""A capitalised word in quotation marks that is someone's word for a thing, not its name ('called the budget
"Theft"', «назвала бюджет «Грабежом»»), is a quotation: the closing tag of its sentence does not reach back over the
article's sentence before it, as it would past a name ("the ferry "Falcon""). Invented sentences only."""
import pytest

from claimsgraph.link import Linker
from extracted import claims


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("name, text, before", [
    ("t.txt", "Ruritania news\n\nThe harbour union called the ferry plan \"Theft\", and strikes began in May. "
              "The fares will rise by 8% next year, Mara Velsen said.",
     "strikes began"),
    ("ru_t.txt", "Новости Руритании\n\nПрофсоюз назвал план по паромам «Грабежом», и в мае начались забастовки. "
                 "Тарифы вырастут на 8% в следующем году, сообщила Мара Велсен.",
     "забастовки"),
])
def test_a_scare_quote_stops_the_reach_back_of_a_closing_tag(linker, name, text, before):
    out = claims(text, linker, name=name)
    assert [who for words, who in out if before in words] == [None]
