"""A body's name, a rank written short and a person's name before the verb of saying ("Orlis County Sheriff's
Office Lt. Jon Arvid said …"): a parser may give the verb both the body headed by the rank and the name as its
subjects; the person speaks, not the article (invented bodies and people)."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("clause", ["said the boat had capsized.", "told reporters the trail was closed."])
def test_the_name_after_a_bodys_rank_speaks(clause, linker):
    text = f"Chase\n\nOrlis County Sheriff's Office Lt. Jon Arvid {clause}\n"
    assert claimant_labels(text, linker) == ["Jon Arvid"]
