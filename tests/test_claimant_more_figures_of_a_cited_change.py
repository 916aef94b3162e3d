"""«По данным X, цены выросли на 5%. Больше всего подорожал сахар (на 12%).»: a sentence with figures that tells a
change, after a cited sentence that told one, gives more of the source's figures; a figure of no change, or after a
cited sentence of none, stays the article's own."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def figure_sources(text, linker):
    """Each figure's claimant as the text wrote one of its mentions (None for the article's own voice)."""
    return speakers_as_written(text, linker, kinds=("quantity",))


@pytest.mark.parametrize("more", ["Больше всего подорожал сахар (на 12%).",
                                  "Тарифы на воду в Вельске снизились на 12%."])
def test_more_figures_of_the_cited_change_are_the_sources(linker, more):
    text = f"Новости Нордской области\n\nПо данным Нордстата, цены на хлеб в Вельске выросли на 5%. {more}"
    assert "Нордстат" in (figure_sources(text, linker)[-1] or "")


def test_a_figure_of_no_change_stays_the_articles(linker):
    text = ("Новости Нордской области\n\nПо данным Нордстата, цены на хлеб в Вельске выросли на 5%. "
            "В Вельске живут 40 тысяч человек.")
    assert figure_sources(text, linker)[-1] is None


def test_a_change_after_a_cited_figure_of_none_stays_the_articles(linker):
    text = ("Новости Нордской области\n\nПо данным Нордстата, в Вельске живут 40 тысяч человек. "
            "Тарифы на воду в Вельске снизились на 12%.")
    assert figure_sources(text, linker)[-1] is None
