"""A person the text does not name, titled as one who speaks for a body it named ("a spokesman for the ministry",
"a ministry spokeswoman", "the chief of the ministry's media office"), speaks for that body; "the spokesman",
"the official" and "she" after it go on with the body; a title held by someone the text named, a body of another
kind, or the head of a whole body stay as they were."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

MINISTRY = Entity("ministry", "Borealian Interior Ministry", "Organization",
                  pref_labels=(("Borealian Interior Ministry", "en"),))
GRAINCO = Entity("grainco", "Tarvel Grain", "Organization", pref_labels=(("Tarvel Grain", "en"),))


@pytest.fixture(scope="module")
def body_linker():
    return Linker(CAST + [MINISTRY, GRAINCO])


@pytest.mark.parametrize("said", [
    "A spokesman for the ministry said the flood barriers had held overnight.",
    "A ministry spokeswoman said the flood barriers had held overnight.",
    "\"The flood barriers have held overnight,\" the chief of the ministry's media office said.",
    "Officials at the ministry said the flood barriers had held overnight.",
])
def test_an_unnamed_person_titled_for_a_named_body_is_the_body(body_linker, said):
    text = f"The Borealian Interior Ministry ordered the evacuation of two villages on Sunday. {said}"
    assert speaker_of(claims(text, body_linker), "held overnight") == "ministry"


def test_the_title_and_a_pronoun_after_such_a_person_go_on_with_the_body(body_linker):
    text = ("The Borealian Interior Ministry ordered the evacuation of two villages on Sunday.\n\n"
            "\"Crews are working through the night,\" the chief of the ministry's media office said.\n\n"
            "According to the spokesman, the river will crest on Tuesday. "
            "\"Nobody has been hurt so far,\" the official added.\n\n"
            "A ministry spokeswoman said the roads would reopen on Friday. She added that schools would stay shut.")
    out = claims(text, body_linker)
    for words in ("working through the night", "the river will crest", "Nobody has been hurt",
                  "roads would reopen", "schools would stay shut"):
        assert speaker_of(out, words) == "ministry", words


def test_the_head_of_a_whole_body_is_not_the_body(body_linker):
    text = ("Tarvel Grain said on Monday that it would close one of its mills. "
            "The head of the company said the mill had lost money for years.")
    assert speaker_of(claims(text, body_linker), "lost money for years") != "grainco"


def test_a_body_of_another_kind_does_not_speak_for_the_description(body_linker):
    text = ("Tarvel Grain said on Monday that it would close one of its mills. "
            "A ministry spokeswoman said the closure would be reviewed.")
    assert speaker_of(claims(text, body_linker), "would be reviewed") is None


def test_a_pronoun_of_the_other_gender_is_not_the_spokeswomans(body_linker):
    text = ("Tomas Varga, the mayor of the valley town, said the dam would hold. "
            "A ministry spokeswoman said the roads would reopen on Friday. He added that the schools would stay shut.")
    assert speaker_of(claims(text, body_linker), "schools would stay shut") != "ministry"


def test_an_unnamed_official_of_a_body_named_before_the_title_hands_the_official_and_he_to_the_body(body_linker):
    text = ("A senior Borealian Interior Ministry official said the northern crossing would reopen next week.\n\n"
            "The official said, \"The crews will finish the bridge by Friday.\"\n\n"
            "\"Nobody expects delays,\" the official added.\n\n"
            "He said the toll would stay unchanged.")
    out = claims(text, body_linker)
    for words in ("crews will finish the bridge", "Nobody expects delays", "toll would stay unchanged"):
        assert speaker_of(out, words) == "ministry", words
