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
