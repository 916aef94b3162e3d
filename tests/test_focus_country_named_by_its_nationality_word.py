"""A text that names its country only by the nationality word ("Iranian President Mara Velsen arrived …") is about
that country: its bodies named by their nouns alone ("The Finance Ministry said", "the government") are that
country's."""
import pytest

from extracted import claimant_labels


@pytest.mark.parametrize("text, body", [
    ("Iranian President Mara Velsen arrived in Lindholm on Monday. The Finance Ministry said the ferry deal would be "
     "signed in May.", "Finance Ministry of Iran"),
    ("Turkish Prime Minister Tomas Reddle flew to Lindholm on Tuesday. The government said the grain talks would "
     "resume.", "Government of Turkey"),
])
def test_the_nationality_word_alone_fixes_the_country(linker, text, body):
    assert body in claimant_labels(text, linker)
