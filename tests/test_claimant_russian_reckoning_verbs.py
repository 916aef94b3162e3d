"""Russian verbs of reckoning report a figure or a judgement as «заявил» does, with their clause or as the tag after
it («подсчитали, что …», «…, подсчитали в X», «посчитала, что …»), but not with an object they count («подсчитала
голоса»)."""
import pytest

from extracted import claims_as_written, speaker_of

OPENING = "Порт Руритании закрыли на ремонт в мае.\n\n"


@pytest.mark.parametrize("sentence, speaker", [
    ("Ремонт обойдётся в 3 миллиарда долларов, подсчитал экономист Мара Вельсен.", "Мара Вельсен"),
    ("Мара Вельсен подсчитала, что ремонт обойдётся в 3 миллиарда долларов.", "Мара Вельсен"),
    ("Мара Вельсен посчитала, что ремонт обойдётся казне слишком дорого.", "Мара Вельсен"),
])
def test_reckoning_with_its_clause_or_as_a_tag_gives_the_speaker(linker, sentence, speaker):
    out = claims_as_written(OPENING + sentence, linker, name="ru_t.txt")
    assert speaker_of(out, "обойдётся") == speaker


def test_reckoning_with_an_object_reports_nothing(linker):
    out = claims_as_written(OPENING + "Мара Вельсен подсчитала голоса избирателей в Дальмуре.", linker, name="ru_t.txt")
    assert speaker_of(out, "голоса избирателей") is None
