"""A nationality word in passing ("American officials", "Chinese investors") names no country the text is about: a
text that also names another country by its name keeps that country's "the government", and never fails over a
country whose own name it never writes."""
import pytest

from claimsgraph.lang.en import DEMONYMS
from extracted import claimant_labels


@pytest.mark.parametrize("demonym", sorted(DEMONYMS))
def test_a_nationality_word_beside_another_country_leaves_the_text_whole(linker, demonym):
    text = f"{demonym} officials met Kenya's envoy in Lindholm. The government said the ferry talks were useful."
    assert claimant_labels(text, linker)   # the text is read, not skipped


@pytest.mark.parametrize("text", [
    "American officials met Kenya's envoy. The government said the ferry talks were useful.",
    "Kenya's president Mara Velsen hosted Chinese investors. The government said the port deal was signed.",
    "Iranian officials met Kenya's envoy in Lindholm. The government said the ferry talks were useful.",
])
def test_the_government_stays_the_named_countrys(linker, text):
    assert claimant_labels(text, linker)[-1] == "Government of Kenya"
