"""A clause of saying closing a sentence with the occasion of the words ("…, as she announced at a briefing held
in Vell on Monday") tells where and when they were said, in the article's words: its own claim, no one's, while
what was said stays the speaker's; one that names only the medium ("…, as she said in a statement") leaves the
sentence whole: invented people and texts."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, claims, speaker_of


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


@pytest.mark.parametrize("text, said, occasion", [
    ("According to Mira Orlen, the river port will reopen for grain barges in the spring, as she announced at a "
     "news conference of the port board in Vell on Thursday.", "the river port will reopen",
     "as she announced at a news conference of the port board in Vell on Thursday."),
    ("Tomas Varga expects the dams of the lower valley to hold until May, as he told reporters at a briefing in "
     "Orvelle on Monday.", "the dams of the lower valley", "as he told reporters at a briefing in Orvelle on Monday."),
])
def test_the_occasion_is_the_articles(linker, text, said, occasion):
    out = claims(text, linker)
    assert speaker_of(out, said) is not None
    assert (occasion, None) in out


def test_a_clause_naming_only_the_medium_leaves_the_sentence_whole(linker):
    out = claims("According to Mira Orlen, the river port will reopen for grain barges in the spring, as she said in "
                 "a statement.", linker)
    assert [who for _, who in out] == ["orlen"]


def test_a_long_run_of_marks_after_the_clause_is_read_in_linear_time():
    import time

    from claimsgraph.extract.claims import _closing_occasion
    from claimsgraph.model import Span
    text = "Prices rose, as Mira Orlen told the board" + " -" * 16000 + " then"
    started = time.process_time()
    _closing_occasion(text, Span(0, len(text)), "en")
    assert time.process_time() - started < 1
