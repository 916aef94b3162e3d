"""A share of a poll's respondents written with its noun in an oblique case («более половины респондентов», «около
трети опрошенных») goes on with the poll's findings as the nominative «половина респондентов» does."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def claimant_of(text, linker, words):
    """The claimant, as the text wrote one of its mentions, of the last claim whose text holds ``words``."""
    doc = parse_document("ru_t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    written = {m.entity: doc.text[m.span.start:m.span.end] for m in result.mentions}
    found = [written.get(c.claimant, c.claimant) for c in result.claims if words in doc.text[c.span.start:c.span.end]]
    assert found, words
    return found[-1]


def test_more_than_half_of_respondents_after_a_cited_poll_is_its_finding(linker):
    text = ("Новости Руритании\n\n"
            "Каждый третий житель Руритании (31%) не слышал о мосте, свидетельствуют данные опроса «Нордцентра». "
            "Более половины респондентов (56%) «что-то знают» о нём, и только 12% следят за стройкой.")
    assert claimant_of(text, linker, "56%") == "Нордцентра"


def test_about_a_third_of_those_polled_after_a_cited_poll_is_its_finding(linker):
    text = ("Новости Руритании\n\n"
            "Каждый третий житель Руритании (31%) не слышал о мосте, свидетельствуют данные опроса «Нордцентра». "
            "Около трети опрошенных (34%) «кое-что слышали» о стройке.")
    assert claimant_of(text, linker, "34%") == "Нордцентра"
