"""Russian: a place after «и» past a plural verb («— заявили в МИД Руритании и Вельске») is where they spoke, no
second speaker: the body speaks; two bodies there still speak together (invented bodies and places)."""
from extracted import claims_as_written, speaker_of


def test_a_place_after_the_joiner_is_no_second_speaker(linker):
    text = "Новости\n\n«Мы готовы к диалогу», — заявили в МИД Руритании и Вельске."
    assert speaker_of(claims_as_written(text, linker, name="ru_t.txt"), "Мы готовы к диалогу") == "МИД Руритании"


def test_two_speakers_after_the_verb_still_together(linker):
    text = "Новости\n\n«Мы готовы к диалогу», — заявили Сомов и Лапин."
    assert speaker_of(claims_as_written(text, linker, name="ru_t.txt"), "Мы готовы к диалогу") is None
