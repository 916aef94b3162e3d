""""On Monday, the Vell Bank reported a profit of $12 million": a phrase with no verb before the subject tells
when; the frame still opens the sentence, and the figure after the verb is what the bank reported, not the
occasion of a closing tag (invented bodies and places)."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("opening", ["On Monday, ", "In March, ", "Last year, "])
def test_a_figure_after_the_verb_is_the_speakers(linker, opening):
    out = claims_as_written(f"Snow fell.\n\n{opening}the Vell Bank reported a profit of $12 million.", linker)
    assert speaker_of(out, "profit of $12 million") == "Vell Bank"


def test_a_clause_before_a_closing_tag_is_still_what_was_said(linker):
    out = claims_as_written("Snow fell.\n\nOn Monday, prices rose by 5%, the Vell Bank said at a meeting of 300 "
                            "traders.", linker)
    assert speaker_of(out, "5%") == "Vell Bank"
    assert speaker_of(out, "300") is None
