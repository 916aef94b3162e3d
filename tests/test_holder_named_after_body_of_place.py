"""A title, the body its holder heads named up to the country it belongs to, then the holder's name with no comma
("Chairman of the Election Commission of Ruritania Mara Velsen"): the name is a person's, who speaks; the body
ends with its country (invented people, bodies and country)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from claimsgraph.model import Entity

RURITANIA = [Entity("ruritania", "Ruritania", "Country", pref_labels=(("Ruritania", "en"),))]


@pytest.fixture(scope="module")
def linker():
    return Linker(RURITANIA)


def _read(text, linker):
    """The names as written and each claim's claimant as written."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    return set(written.values()), [written.get(c.claimant, c.claimant) for c in result.claims]


def test_the_holders_name_after_the_bodys_country_is_a_person_who_speaks(linker):
    names, speakers = _read("According to Chairman of the National Ballot Commission of Ruritania Mara Velsen, "
                            "turnout reached 61.5 percent of voters.", linker)
    assert "Mara Velsen" in names and "National Ballot Commission of Ruritania" in names
    assert set(speakers) == {"Mara Velsen"}


def test_a_body_after_the_country_is_no_holder(linker):
    names, _ = _read("The head of the Central Bank of Ruritania Vell Group said the loan was repaid.", linker)
    assert "Vell Group" not in names


def test_no_title_before_the_body_no_holder(linker):
    names, _ = _read("The Trade Fund of Ruritania Vell Orma opened a branch in Lindholm.", linker)
    assert "Vell Orma" not in names
