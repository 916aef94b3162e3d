"""An embedded post's furniture: its signature closed by a Russian date with the year's abbreviation («— Иван Сомов
(@isomov) 3 марта 2031 г.») and its picture links after its last sentence ("… us all. pic.twitter.com/x") are
no claims; the post's own sentence stays, its signer's when the article names the signer."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, body_texts, claims_all, speaker_of

RU_PAGE = ("Новости Бореалии\n\nМэр Нордпорта Томас Варга заявил, что порт будет открыт.\n\n"
           "Мы восстановим каждый дом на набережной.\n— Томас Варга (@tvarga) {date}\n\n"
           "Ремонт набережной начался в понедельник и продлится до мая.\n")
EN_PAGE = ("Borealia news\n\nThe mayor of Nordport, Tomas Varga, said the quay would reopen on Friday.\n\n"
           "We met the families of the fishermen today. Their courage moves us all. {links}\n"
           "— Tomas Varga (@tvarga) March 4, 2031\n\nRepairs to the quay began on Monday and will last until May.\n")


@pytest.fixture(scope="module")
def cast_linker():
    return Linker(CAST)


@pytest.mark.parametrize("date", ["3 марта 2031 г.", "12 января 2030 г."])
def test_a_signature_closed_by_the_years_abbreviation_is_furniture(cast_linker, date):
    page = RU_PAGE.format(date=date)
    assert not any(line.startswith("— Томас Варга") for line in body_texts(page))
    out = claims_all(page, cast_linker)
    assert not any("@tvarga" in text for text, _ in out)
    assert speaker_of(out, "восстановим каждый дом") == "varga"


@pytest.mark.parametrize("links", ["pic.twitter.com/Qw12Er34Ty", "https://t.co/Ab3Cd5Ef pic.twitter.com/Zx9Yw8Vu"])
def test_a_posts_links_after_its_last_sentence_are_no_claim(cast_linker, links):
    out = claims_all(EN_PAGE.format(links=links), cast_linker)
    assert not any("t.co/" in text or "pic.twitter" in text for text, _ in out)
    assert speaker_of(out, "courage moves us all") == "varga"


def test_a_link_inside_a_sentence_stays():
    page = EN_PAGE.format(links="").replace("today.", "today, see https://example.org/quay for the photos.")
    assert any("https://example.org/quay for the photos" in line for line in body_texts(page))


def test_a_short_sentence_signed_on_its_line_stays_the_signers(cast_linker):
    """The signature cut, the post's sentences before it are still its signer's, a short one too."""
    page = ("Новости Бореалии\n\nМэр Нордпорта Томас Варга написал в соцсети о наводнении.\n\n«Мы не отступим. "
            "Помощь придёт». https://t.co/Ab3Cd5Ef — Томас Варга (@tvarga) 3 марта 2031 г.\n\n"
            "Ремонт набережной начался в понедельник и продлится до мая.\n")
    out = claims_all(page, cast_linker)
    assert speaker_of(out, "Помощь придёт") == "varga"
    assert not any("@tvarga" in text for text, _ in out)
