"""After an unnamed witness speaks ("A resident of Vell also said …", then "he said"), a first-person quotation
tagged "he said" is that witness's words, not those of the person the text named before."""
import pytest

from claimsgraph.link import Linker

from extracted import CAST, claims, speaker_of

TEXT = ("A shell hit the market in Vell on Tuesday, according to Tomas Varga, a local council member.\n\n"
        "Four people were killed and nine wounded, he said.\n\n"
        "A resident of Vell also said that four people died in the blast.\n\n"
        "He and his neighbours buried the dead at dusk, he said, and asked not to be named.\n\n"
        "\"We do not know what they will do next. So we just held the funerals,\" he said.")


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST)


def test_the_named_source_keeps_his_own_words(linker):
    assert speaker_of(claims(TEXT, linker), "A shell hit the market") == "varga"


@pytest.mark.parametrize("words", ["He and his neighbours", "We do not know", "So we just held"])
def test_the_witness_words_are_no_named_speakers(linker, words):
    assert speaker_of(claims(TEXT, linker), words) is None
