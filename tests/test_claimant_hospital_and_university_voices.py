""""A hospital spokesperson said", "the university said": one who speaks for a hospital or a university the text named
before speaks for it, and only for a body of that kind (not the police force named beside it)."""
import pytest

from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.link import Linker
from extracted import CAST


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


def speaker_of(text, linker, words):
    """The claimant of the claim holding ``words``, as the text first wrote it (None: the article's voice)."""
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, linker)
    first = {}
    for m in result.mentions:
        first.setdefault(m.entity, doc.text[m.span.start:m.span.end])
    found = [first.get(c.claimant, c.claimant) for c in result.claims if words in doc.text[c.span.start:c.span.end]]
    assert found, words
    return found[-1]


@pytest.mark.parametrize("text, words, body", [
    ("The Dunmar Police Department and Ostrel General Hospital worked through the night. A police spokesman said "
     "the road was closed. A hospital spokeswoman said the injured were treated.", "injured were treated",
     "Ostrel General Hospital"),
    ("Harlen University closed its library on Monday. A university spokesperson said exams would move online.",
     "exams would move online", "Harlen University"),
    ("Tomas Varga was taken to Ostrel General Hospital after the crash. The hospital said his condition was stable.",
     "condition was stable", "Ostrel General Hospital"),
])
def test_a_voice_of_a_hospital_or_university_is_the_one_named_before(linker, text, words, body):
    assert speaker_of(text, linker, words) == body


def test_a_hospital_spokesperson_after_a_police_force_is_not_the_police(linker):
    text = "The Dunmar Police Department closed the road. A hospital spokesperson said the injured were treated."
    assert speaker_of(text, linker, "injured were treated") != "Dunmar Police Department"
