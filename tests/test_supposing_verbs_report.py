"""«X предположил, что …»: supposing is a verb of saying, as believing is; the impersonal «предполагается, что …»
names no one and stays the article's (invented people)."""
import pytest

from extracted import speakers_as_written


@pytest.mark.parametrize("text, speaker", [
    ("Аналитик Глеб Остров предположил, что урожай зерна в этом году будет рекордным.", "Глеб Остров"),
    ("Урожай зерна будет рекордным, предположила агроном Ольга Вереева.", "Ольга Вереева"),
    ("Глава кооператива Ольга Вереева предполагает, что цены на муку снизятся.", "Ольга Вереева"),
])
def test_supposing_names_its_speaker(linker, text, speaker):
    assert speakers_as_written(text, linker) == [speaker]


def test_impersonal_supposing_is_the_articles(linker):
    text = "Аналитик Глеб Остров выступил на ярмарке. Предполагается, что ярмарка продлится неделю."
    assert speakers_as_written(text, linker)[-1] is None


@pytest.mark.parametrize("text", [
    "Программа Центробанка Кестовы предполагает снижение ставки.",
    "Стратегия министерства энергетики Кестовы предполагает рост добычи угля.",
    "Соглашение картеля «Нордойл» предполагает сокращение добычи.",
    "Проект компании «Северолес» предполагает строительство нового завода.",
])
def test_a_plan_supposing_a_thing_reports_nothing(linker, text):
    assert speakers_as_written(text, linker) == [None]
