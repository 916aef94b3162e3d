"""A dated fact of the past told in the passive after a report ("The toll was introduced in 2017", «Закон был
подписан в 2017 году») is the article's background: the report ends before it. Invented sentences."""
import pytest

from extracted import claims, speaker_of


@pytest.mark.parametrize("text, said, background", [
    ("Lena Dorsk said the canal tolls were too high. The toll was introduced in 2017 after a long dispute.",
     "tolls were too high", "introduced in 2017"),
    ("Lena Dorsk said the canal tolls were too high. The canal law was adopted in 2016 by a narrow vote.",
     "tolls were too high", "adopted in 2016"),
    ("Лена Дорск заявила, что плата за проход по каналу слишком высока. Закон о канале был подписан в 2017 году.",
     "слишком высока", "подписан в 2017"),
])
def test_a_dated_passive_fact_after_a_report_is_the_articles(linker, text, said, background):
    out = claims(text, linker, name="ru_t.txt" if "Лена" in text else "t.txt")
    assert speaker_of(out, said) is not None
    assert speaker_of(out, background) is None
