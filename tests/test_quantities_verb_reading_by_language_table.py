"""Whether a word between a year-like number and a figure may be its verb is read by the language's table
(``VERBS_BY_LEMMATISER``), not by the word's script inside the code: English "increases" may be a verb; Russian asks
the lemmatiser («составит» may be, «больниц» not)."""
from claimsgraph.extract.quantities import _may_be_a_verb
from claimsgraph.lang import LANGUAGES


def test_every_language_says_whether_its_lemmatiser_tells_verbs():
    assert all(isinstance(module.VERBS_BY_LEMMATISER, bool) for module in LANGUAGES.values())


def test_the_verb_reading_follows_the_language_table():
    assert _may_be_a_verb("increases", "en")
    assert _may_be_a_verb("составит", "ru")
    assert not _may_be_a_verb("больниц", "ru")
