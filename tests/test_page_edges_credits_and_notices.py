"""Page furniture at an article's edges that was read as its text: a gallery's count of its pictures, a prompt to
share the page, a header block run into one line and closed by its writer's credit, an aggregator's link to its
source after the last sentence, and a quotation's sign-off after a dash (a typewriter's double hyphen too) with the
signer's titles."""
import time

import pytest

from claimsgraph.extract.claims import _NOTHING_SAID_AFTER
from claimsgraph.lang import language
from claimsgraph.link import Linker
from extracted import CAST, body_texts, claims, claims_all

LEDE = "Ferry port closed in Borealia\n\nThe ferry port in Borealia closed on Monday after a storm.\n\n"
LEDE_RU = "Порт закрыт\n\nПорт в Бореалии закрыли в понедельник после шторма.\n\n"


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("notice", ["This gallery contains 12 photos.", "В этой фотогалерее 14 снимков."])
def test_a_gallerys_count_of_its_pictures_is_furniture(notice):
    assert notice not in body_texts(LEDE + notice + "\n\nThe quay reopened on Friday.")


@pytest.mark.parametrize("prompt", ["Понравилось? Поделитесь с друзьями!", "Liked it? Share this story with your friends."])
def test_a_prompt_to_share_the_page_is_furniture(prompt):
    assert prompt not in body_texts(LEDE + "The quay reopened on Friday.\n\n" + prompt)


@pytest.mark.parametrize("header", [
    "Новости Бореалии Мэр Нордпорта закрыл паромную переправу 3 мая 2031, 09:15 Текст: Лина Варес",
    "Harbour news Nordport mayor shuts the ferry crossing 3 May 2031, 09:15 Text: Lina Vares"])
def test_a_header_block_closed_by_its_writers_credit_is_furniture(header):
    assert header not in body_texts(header + "\n\nПорт в Бореалии закрыли в понедельник после шторма.")


@pytest.mark.parametrize("line", ["In Other Words: Jon Vell Speaks", "Full Text: Vell Statement", "Ядро Автор: Да."])
def test_a_headline_with_a_credits_word_inside_it_stays(line):
    assert line in body_texts(LEDE + line + "\n\nThe quay reopened on Friday.")


def test_a_writers_credit_alone_opening_its_line_is_furniture():
    assert "Text: Lina Vares" not in body_texts(LEDE + "Text: Lina Vares\n\nThe quay reopened on Friday.")


def test_an_aggregators_link_to_its_source_leaves_the_last_sentence(cast_linker):
    out = claims(LEDE_RU + "Решение о закрытии приняли на совещании в мэрии. borealia-news.ru »\n\nПорт закрыт до мая.",
                 cast_linker)
    assert ("Решение о закрытии приняли на совещании в мэрии.", None) in out


@pytest.mark.parametrize("dash", ["--", "—"])
def test_a_sign_off_with_the_signers_titles_is_no_claim_and_signs_the_quotation(cast_linker, dash):
    out = claims(LEDE + "“The ferry port stays shut until May. We ask for calm.” "
                 f"{dash} Mira Orlen, Director of Ports, Borealia\n\nThe quay reopened on Friday.", cast_linker)
    assert ("The ferry port stays shut until May.", "orlen") in out
    assert not any("Director of Ports" in text for text, _ in out)


def test_a_sign_off_followed_by_a_clause_of_its_own_still_says_it(cast_linker):
    out = claims_all(LEDE + "“The ferry port stays shut until May. We ask for calm.” "
                     "— Mira Orlen, who closed the quay on Monday.\n\nThe quay reopened on Friday.", cast_linker)
    assert any("who closed the quay" in text for text, _ in out)


def test_a_headline_printed_again_under_the_first_line_is_no_copy_the_articles():
    headline = "Twelve ferries for twelve quays: Nordport reopens its old harbour"
    paragraphs = body_texts("Harbour News\n\nMonday, 14:05\n\n" + headline + "\n\nWhat the mayor promised\n\n"
                            + headline + "\n\nThe mayor of Nordport opened the harbour on Monday.")
    assert headline not in paragraphs
    assert "The mayor of Nordport opened the harbour on Monday." in paragraphs


def test_a_first_line_printed_again_stays_the_pages_title():
    headline = "Twelve ferries for twelve quays: Nordport reopens its old harbour"
    assert headline in body_texts(headline + "\n\n" + headline + "\n\nThe mayor of Nordport opened the harbour on Monday.")


def test_a_pull_quote_printed_twice_in_the_body_keeps_one_copy():
    quote = "“We cannot keep the Tarnovia ferry port open for another winter without help from the council”"
    paragraphs = body_texts("Ferry port to close\n\nThe ferry port in Tarnovia will close in May, its owner said.\n\n"
                            + quote + "\n\nJon Vell, who runs the port, said the council had refused to pay.\n\n"
                            + quote + "\n\nThe council did not comment.")
    assert paragraphs.count(quote) == 1


def test_a_run_of_dots_after_a_signers_name_is_read_in_linear_time():
    start = time.perf_counter()
    assert not _NOTHING_SAID_AFTER[language("en")].fullmatch(", A" + "." * 5000 + "!")
    assert time.perf_counter() - start < 0.05
