"""A person's title owned by a body ("the Orvel Bank's chief executive", "the Tarvic Union's envoy") is held by the
person the text gave that title and named with that body: that person speaks, not the body that owns the title;
a title of another body, or one no person was given, stays with its body. So is a title of an office the text put
before a name ("the head of the province Roald Hale"), when the text calls that person by it again."""
import pytest

from claimsgraph.link import Linker
from claimsgraph.model import Entity
from extracted import CAST, claims, speaker_of

BANK = Entity("bank", "Orvel Bank", "Organization", pref_labels=(("Orvel Bank", "en"),))
OTHER = Entity("other-bank", "Dunmere Bank", "Organization", pref_labels=(("Dunmere Bank", "en"),))
UNION = Entity("union", "Tarvic Union", "Organization", pref_labels=(("Tarvic Union", "en"),))
HALE = Entity("hale", "Roald Hale", "Person", pref_labels=(("Roald Hale", "en"),))


@pytest.fixture(scope="module")
def linker():
    return Linker(CAST + [BANK, OTHER, UNION, HALE])


@pytest.mark.parametrize("text", [
    "Roald Hale, chief executive of the Orvel Bank, spoke on Monday. The bank's chief executive said that fees "
    "would rise.",
    "Roald Hale, chief executive of the Orvel Bank since 2019, spoke on Monday. The Orvel Bank's chief executive "
    "said that fees would rise.",
    "Roald Hale, the Tarvic Union's envoy to the lake states, arrived on Monday. The Tarvic Union's envoy said that "
    "fees would rise.",
])
def test_the_holder_of_a_title_owned_by_the_body_named_with_him_speaks(linker, text):
    assert speaker_of(claims(text, linker), "fees would rise") == "hale"


def test_a_title_of_another_body_is_not_his(linker):
    text = ("Roald Hale, chief executive of the Orvel Bank, spoke on Monday. The Dunmere Bank's chief executive said "
            "that fees would rise.")
    assert speaker_of(claims(text, linker), "fees would rise") == "other-bank"


def test_a_title_no_one_was_given_stays_with_its_body(linker):
    text = "The Orvel Bank reported a loss on Monday. The bank's chief executive said that fees would rise."
    assert speaker_of(claims(text, linker), "fees would rise") == "bank"


def test_a_person_of_the_body_with_another_title_does_not_hold_it(linker):
    text = ("Roald Hale, a lawyer for the Orvel Bank, spoke on Monday. The bank's chief executive said that fees "
            "would rise.")
    assert speaker_of(claims(text, linker), "fees would rise") == "bank"


@pytest.mark.parametrize("verb", ["said", "expressed hope"])
def test_a_title_of_an_office_before_a_name_calls_that_person_again(linker, verb):
    text = ("The decree was signed by the head of the province Roald Hale at a meeting on Monday. The head of the "
            f"province also {verb} that fees would rise.")
    assert speaker_of(claims(text, linker), "fees would rise") == "hale"


def test_the_same_title_of_another_office_is_not_his(linker):
    text = ("The decree was signed by the head of the province Roald Hale at a meeting on Monday. The head of the "
            "company also said that fees would rise.")
    assert speaker_of(claims(text, linker), "fees would rise") != "hale"


@pytest.mark.parametrize("title", ["deputy chief executive", "former chief executive", "managing director"])
def test_a_title_with_words_his_lacks_is_another_persons(linker, title):
    text = (f"Roald Hale, chief executive of the Orvel Bank, spoke on Monday. The bank's {title} said that fees "
            "would rise.")
    assert speaker_of(claims(text, linker), "fees would rise") == "bank"


def test_a_title_given_alone_before_a_name_still_calls_its_holder_with_an_office_after_it(linker):
    text = "Rector Roald Hale opened the year on Monday. The rector of the academy said that fees would rise."
    assert speaker_of(claims(text, linker), "fees would rise") == "hale"


@pytest.mark.parametrize("holder, subject", [
    ("chief executive of the Orvel Bank", "The bank's outspoken chief executive"),   # a word that only describes
    ("chief executive of the Orvel Bank", "The new Orvel Bank's chief executive"),   # a word of the owner's
    ("the new chief executive of the Orvel Bank", "The bank's new chief executive"),   # as the text just called him
])
def test_words_that_make_no_other_office_keep_his_title(linker, holder, subject):
    text = f"Roald Hale, {holder}, spoke on Monday. {subject} said that fees would rise."
    assert speaker_of(claims(text, linker), "fees would rise") == "hale"
