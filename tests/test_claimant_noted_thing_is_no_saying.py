"""A Russian short participle of saying whose own subject noun stands right before it ("снижение отмечено по …")
tells an observed fact in the article's voice, not what the source named earlier said; invented sentences only."""
from extracted import claims_all, speaker_of

TEXT = ("Согласно данным Статистического комитета Руритании, цены с января поднялись на 4,1%.\n\n"
        "Сыр подешевел на 12%. За последнюю неделю снижение отмечено также по свекле (-1,2%).")


def test_a_noted_thing_is_the_articles_own(linker):
    out = claims_all(TEXT, linker)
    assert speaker_of(out, "свекле") is None


def test_the_source_keeps_its_own_figure(linker):
    out = claims_all(TEXT, linker)
    assert speaker_of(out, "4,1%") is not None
