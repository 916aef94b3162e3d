"""A central bank's governor referred to by another title of the same office ("the chief of the national bank",
"the bank chief"), which no one the text gave no such office takes; and a bare surname two people share after a
title only one of them holds."""
from claimsgraph.link import Linker
from extracted import claims, speaker_of

EMPTY = Linker([])


def test_the_head_of_the_central_bank_is_the_governor_named_before():
    out = claims("Velmora Central Bank Governor Ana Kessel said on Monday that prices would rise.\n\n"
                 "The chief of the central bank went on to say rates would stay on hold until March.\n\n"
                 "The bank chief also warned that fuel would cost more.", EMPTY)
    assert speaker_of(out, "stay on hold") == speaker_of(out, "prices would rise")
    assert speaker_of(out, "fuel would cost") == speaker_of(out, "prices would rise")
    assert "kes" in speaker_of(out, "prices would rise")


def test_the_chair_of_the_national_bank_is_the_governor_named_before():
    out = claims("Velmora Central Bank Governor Ana Kessel said on Monday that prices would rise.\n\n"
                 "The chair of the national bank said rates would stay on hold until March.", EMPTY)
    assert speaker_of(out, "stay on hold") == speaker_of(out, "prices would rise")
    out = claims("Velmora Central Bank Governor Ana Kessel said on Monday that prices would rise.\n\n"
                 "Economist Jo Brannick said the outlook was grim.\n\n"
                 "The chief of the central bank said rates would stay on hold until March.", EMPTY)
    assert speaker_of(out, "stay on hold") == speaker_of(out, "prices would rise")


def test_the_head_of_the_central_bank_is_not_an_economist_who_spoke_before():
    out = claims("Economist Jo Brannick said the Velmora Central Bank would raise rates.\n\n"
                 "The head of the national bank said prices would rise.", EMPTY)
    assert speaker_of(out, "prices would rise") is None


def test_a_bare_surname_after_a_title_is_the_one_given_that_title():
    out = claims("Мэр Вельска Олег Тарвик и его сестра, банкир Нина Тарвик, поспорили о пошлине.\n\n"
                 "Нина Тарвик заявила, что пошлина отпугнёт паромы.\n\n"
                 "Мэр Тарвик ответил, что голосование пройдёт в срок.", EMPTY)
    assert "oleg" in speaker_of(out, "голосование пройдёт")
