"""A hyphenated title opening the sentence before a person's name ("Vice-chairman Ivo Rask said …"): a parser may cut
it into words and give the verb its pieces as subjects beside the name; the person speaks, not the article
(invented people)."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("text, name", [
    ("Vice-chairman Ivo Rask said the bank was sound.", "Ivo Rask"),
    ("Co-director Mara Velsen said the film was done.", "Mara Velsen"),
])
def test_the_name_after_a_hyphenated_title_speaks(text, name, linker):
    assert claimant_labels(f"News\n\n{text}\n", linker) == [name]
