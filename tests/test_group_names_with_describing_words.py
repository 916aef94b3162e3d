"""A country's or a place's press speaks as a group ("Tarnian state media reported …", «тарнийские СМИ сообщили»), and
the words that describe a group are its name's ("local activists", "the border authorities"), not those that count
or point at its people, nor a time before it (invented texts, no registry)."""
import pytest

from claimsgraph.link import Linker
from extracted import claims_as_written, speaker_of


@pytest.fixture(scope="module")
def nobody():
    return Linker([])


def spoken(text, linker, name="t.txt"):
    return claims_as_written(f"News\n\n{text}\n", linker, name=name)


@pytest.mark.parametrize("text, words, speaker", [
    ("Tarnian state media said on Sunday that the troops would leave the border posts.", "troops",
     "Tarnian state media"),
    ("The ferry to Vellburg was cancelled again, state media said.", "ferry", "state media"),
    ("Local news outlets said on Monday that the ferry to Vellburg had been cancelled.", "ferry",
     "Local news outlets"),
    ("According to Tarnian media, the minister had resigned on Friday.", "minister", "Tarnian media"),
    ("Rumours about the jab feed the outbreak in Vellburg, according to local health officials.", "outbreak",
     "local health officials"),
])
def test_the_press_speaks_as_a_group(nobody, text, words, speaker):
    assert speaker_of(spoken(text, nobody), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("The dam on the Vell river was closed in May. Local activists said the dam was unsafe.", "unsafe",
     "Local activists"),
    ("Two posts were shelled overnight. The night passed quietly, the Tarnian border authorities said.", "quietly",
     "Tarnian border authorities"),
    ("Two posts were shelled overnight. The night passed quietly, the border authorities said.", "quietly",
     "border authorities"),
    # a nationality of the table of demonyms that the model did not read as one
    ("Two posts were shelled overnight. The night passed quietly, the Tajik customs authorities said.", "quietly",
     "Tajik customs authorities"),
    # words that count or point at them, a time or a clause's word are no part of the name
    ("The vote in Vellburg was close. Many analysts said the result would stand.", "stand", "analysts"),
    ("The siege of Vellburg went on. Earlier this week rebels said they had taken the bridge.", "bridge", "rebels"),
    ("The vote in Vellburg was close, but analysts said the result would stand.", "stand", "analysts"),
    ("The vote in Vellburg was close. Numerous analysts said the result would stand.", "stand", "analysts"),
    # a preposition's object before them
    ("The coast was hit on Monday. After the heavy storm rescuers said the road was cut.", "road", "rescuers"),
    ("Rescuers searched the rubble after the Tarnian earthquake as authorities said the toll had risen.", "toll",
     "authorities"),
    # a group's noun that is a word of a body's name
    ("The clashes have killed 86 civilians, according to the Tarnian Doctors' Syndicate, which counts the dead.",
     "clashes", "Tarnian Doctors' Syndicate"),
])
def test_the_words_that_describe_a_group_name_it(nobody, text, words, speaker):
    assert speaker_of(spoken(text, nobody), words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Тарнийские СМИ сообщили, что министр ушел в отставку.", "отставку", "Тарнийские СМИ"),
    ("Министр ушел в отставку, сообщили тарнийские СМИ.", "отставку", "тарнийские СМИ"),
    ("Как сообщают вельдийские СМИ, министр ушел в отставку.", "отставку", "вельдийские СМИ"),
])
def test_the_russian_press_speaks_as_a_group(nobody, text, words, speaker):
    assert speaker_of(spoken(text, nobody, name="ru_t.txt"), words) == speaker


@pytest.mark.parametrize("text, name", [
    ("The ferry to Vellburg was cancelled again, media said.", "t.txt"),
    ("News outlets reported that the ferry to Vellburg was cancelled again.", "t.txt"),
    ("According to social media posts, the ferry to Vellburg was cancelled again.", "t.txt"),
    ("СМИ сообщили, что министр ушел в отставку.", "ru_t.txt"),
    ("Министр ушел в отставку, сообщили многие СМИ.", "ru_t.txt"),
])
def test_the_press_no_word_describes_is_no_one_s(nobody, text, name):
    assert speaker_of(spoken(text, nobody, name=name), "") is None


def test_a_group_named_again_without_its_describing_words_is_the_same(nobody):
    from extracted import speaker_first_written
    text = ("News\n\nTwo posts were shelled overnight. The night passed quietly, the Tarnian border authorities said.\n\n"
            "“The leadership is taking all measures,” the border authorities said.\n")
    assert speaker_first_written(text, nobody, "measures") == "Tarnian border authorities"


def test_officials_a_nationality_describes_are_no_group_of_their_own(nobody):
    """"according to Tarnian officials": their country speaks (none here, with no registry), as after "said"."""
    assert speaker_of(spoken("According to Tarnian officials, the border is calm.", nobody), "border") is None
