"""A Russian quotation whose tag stands inside its marks between dashes («A, — сказал X, — B») goes on after the tag:
a figure in the rest is the speaker's, as after a tag that reopens a quotation; a figure in the article's account
after a tag that closes the quotation stays the article's (invented people and festivals)."""
import pytest

from claimsgraph.link import Linker

from extracted import CAST, claims_all, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("rest", ["но не более чем на 4%", "в порту останутся 600 рабочих"])
def test_a_figure_after_the_inner_tag_is_the_speakers(linker, rest):
    out = claims_all(f"«Пошлины на зерно вырастут, — сказал Томас Варга, — {rest}».", linker)
    assert speaker_of(out, rest) == "varga"


def test_a_figure_in_the_account_after_a_closing_tag_is_the_articles(linker):
    out = claims_all("«Пошлины на зерно вырастут», — сказал Томас Варга на ярмарке «Зерно-2031», собравшей "
                     "3000 гостей.", linker)
    assert speaker_of(out, "3000 гостей") is None
