""""Company executives said", "executives at the firm told investors": unnamed executives of a company the text named
before speak for that company, as its spokesperson does; the company, not the regulator named beside it."""
import pytest

from claimsgraph.link import Linker
from extracted import CAST, speaker_first_written


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)



@pytest.mark.parametrize("text, words", [
    ("Halvik Motors doubled its profit in the spring. Company executives said demand for vans was strong.",
     "demand for vans"),
    ("Halvik Motors was fined by the Borealian Trade Authority. Company executives said the fine was unfair.",
     "fine was unfair"),
    ("Halvik Motors cut its forecast on Tuesday. Executives at the firm told investors that sales would recover.",
     "sales would recover"),
])
def test_unnamed_executives_speak_for_the_company_named_before(linker, text, words):
    assert speaker_first_written(text, linker, words) == "Halvik Motors"


@pytest.mark.parametrize("text, words, speaker", [
    # a tag after the content names another speaker: the tag's, not the company's
    ("Halvik Motors was sued by Mara Velsen. Company executives denied the claim, a lawyer for the family said.",
     "denied the claim", None),
    ("Halvik Motors was sued by Mara Velsen. Company executives denied the claim, Mara Velsen said.",
     "denied the claim", "Mara Velsen"),
])
def test_executives_under_another_speakers_tag_are_no_company(linker, text, words, speaker):
    assert speaker_first_written(text, linker, words) == speaker
