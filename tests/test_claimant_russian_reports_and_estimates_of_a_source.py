"""Russian figures whose source is named by its reports or estimates: «согласно (предыдущим) сообщениям X» before
them, and «…, следует из данных (оценки, отчёта, расчётов) X» after them, are X's, not the article's own."""
import pytest

from claimsgraph.link import Linker
from extracted import speakers_as_written


@pytest.fixture(scope="module")
def linker():
    return Linker([])


def figure_sources(text, linker):
    """Each figure's claimant as the text wrote one of its mentions (None for the article's own voice)."""
    return speakers_as_written(text, linker, kinds=("quantity",))


@pytest.mark.parametrize("cue", ["Согласно сообщениям", "Согласно предыдущим сообщениям"])
def test_figures_a_sources_reports_gave_are_the_sources(linker, cue):
    text = f"Новости Нордской области\n\n{cue} Нордстата, безработица в Вельске составила 4%."
    assert "Нордстат" in (figure_sources(text, linker)[-1] or "")


@pytest.mark.parametrize("source", ["данных", "оценки", "предварительной оценки", "отчёта", "расчётов",
                                    "данных ежемесячного прогноза", "данных опроса"])
def test_figures_that_follow_from_a_sources_data_are_the_sources(linker, source):
    text = f"Новости Нордской области\n\nЭкспорт Нордской области вырос на 5%, следует из {source} Нордстата."
    assert "Нордстат" in (figure_sources(text, linker)[-1] or "")
