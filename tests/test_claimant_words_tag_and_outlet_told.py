"""Russian speakers named around a quotation or a relay: a bare «— слова X.» after a quotation names its speaker
(it was read as words talked about, and the speaker before kept the quotation); an outlet whose indeclinable
name stands right before the verb, with a person in the nominative after it whom the verb fits, was told
(«Об этом ТАСС сообщила пресс-секретарь X»), not the one who spoke."""
from extracted import claims, speaker_of


def test_a_bare_words_tag_after_a_quotation_names_its_speaker(linker):
    text = ("Мэр Вельска Пётр Сомин осмотрел новый мост.\n\n"
            "Заместитель мэра Виктор Лаврин заявил, что ремонт набережной затянется.\n\n"
            "«Паром через реку пустим к июню», — слова Сомина.")
    out = claims(text, linker, name="ru_t.txt")
    speaker = speaker_of(out, "Паром через реку")
    assert speaker is not None and "somin" in speaker


def test_an_outlet_before_the_verb_was_told_by_the_person_after_it(linker):
    text = ("Министр транспорта Олег Жаров уволил своего заместителя. "
            "Об этом вчера ТАСС сообщила пресс-секретарь министра Инна Котова.")
    out = claims(text, linker, name="ru_t.txt")
    speaker = speaker_of(out, "уволил своего заместителя")
    assert speaker is not None and "kotov" in speaker


def test_an_outlet_before_its_own_verb_still_speaks(linker):
    text = "Министр транспорта Олег Жаров уволил своего заместителя, сообщило ТАСС."
    out = claims(text, linker, name="ru_t.txt")
    assert speaker_of(out, "уволил своего заместителя") == "tass"
