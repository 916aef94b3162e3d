"""A figure in brackets that hold the article's own aside ("(…, напомним, …)", "(as previously reported, …)") is the
article's reminder, not the claim of the source the sentence cites (extract/claims.py, ``_in_article_aside``)."""
import pytest

from claimsgraph.link import Linker
from extracted import claims_as_written, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker([])


@pytest.mark.parametrize("text, name, cited, aside", [
    ("По данным доклада Министерства энергетики Бореалии, средняя температура в стране оказалась на 1,2°С выше "
     "нормы (цель соглашения, напомним, удержать рост не выше 2°С).", "ru_t.txt", "1,2°С", "2°С)"),
    ("According to the Borealian Energy Ministry, prices rose 4% in May (as previously reported, they fell 2% in "
     "April).", "t.txt", "4%", "2% in"),
])
def test_the_aside_s_figure_is_the_article_s_own(linker, text, name, cited, aside):
    out = claims_as_written(text, linker, name=name)
    assert speaker_of(out, cited) is not None
    assert speaker_of(out, aside) is None


def test_a_figure_in_brackets_without_an_aside_stays_the_source_s(linker):
    out = claims_as_written("According to the Borealian Energy Ministry, prices rose 4% in May (against 2% in "
                            "April).", linker)
    assert speaker_of(out, "2% in") == "Borealian Energy Ministry"
