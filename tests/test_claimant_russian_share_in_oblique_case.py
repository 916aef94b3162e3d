"""A share of a poll's respondents written with its noun in an oblique case («более половины респондентов», «около
трети опрошенных») goes on with the poll's findings as the nominative «половина респондентов» does."""
import pytest

from claimsgraph.link import Linker
from extracted import claims_as_written, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def test_more_than_half_of_respondents_after_a_cited_poll_is_its_finding(linker):
    text = ("Новости Руритании\n\n"
            "Каждый третий житель Руритании (31%) не слышал о мосте, свидетельствуют данные опроса «Нордцентра». "
            "Более половины респондентов (56%) «что-то знают» о нём, и только 12% следят за стройкой.")
    assert speaker_of(claims_as_written(text, linker, name="ru_t.txt"), "56%") == "Нордцентра"


def test_about_a_third_of_those_polled_after_a_cited_poll_is_its_finding(linker):
    text = ("Новости Руритании\n\n"
            "Каждый третий житель Руритании (31%) не слышал о мосте, свидетельствуют данные опроса «Нордцентра». "
            "Около трети опрошенных (34%) «кое-что слышали» о стройке.")
    assert speaker_of(claims_as_written(text, linker, name="ru_t.txt"), "34%") == "Нордцентра"
