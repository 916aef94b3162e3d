"""A speaker the text named in full, then named again by a surname that is also a word of the language ("Early
said"), which a parser may read as an adverb of the verb of saying: the speaker of the first sentence speaks again."""
from extracted import claims_as_written, speaker_of

SHERIFF = ("Vell County Sheriff Doran Early said on Tuesday that two cars had been stolen from the depot. "
           "Early said he would release no other details until the Ruritanian inquiry ends.\n")


def test_a_surname_that_is_a_word_speaks_again(linker):
    assert speaker_of(claims_as_written(SHERIFF, linker), "release no other details") == "Early"


def test_a_surname_that_is_a_word_speaks_again_with_an_adverb_before_the_verb(linker):
    text = SHERIFF.replace("Early said he would", "Early also said he would")
    assert speaker_of(claims_as_written(text, linker), "release no other details") == "Early"


def test_a_word_before_an_adverb_and_the_verb_is_no_speaker_unless_named(linker):
    text = SHERIFF.replace("Early said he would", "Later also said he would")
    assert speaker_of(claims_as_written(text, linker), "release no other details") != "Later"
