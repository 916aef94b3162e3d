"""«X дал(а) понять, что …» ("made it understood that …") reports what X holds, as «заявил, что …» does: X is the
claimant; «дала интервью» with no «понять» and clause is an act that reports nothing."""
import pytest

from extracted import claims_as_written, speaker_of

OPENING = "Порт Руритании закрыли на ремонт в мае.\n\n"


@pytest.mark.parametrize("sentence, speaker", [
    ("Мара Вельсен дала понять, что паром до Дальмура не пойдёт до июня.", "Мара Вельсен"),
    ("Душан Крелл ясно дал понять журналистам, что паром до Дальмура не пойдёт до июня.", "Душан Крелл"),
    ("Мара Вельсен даёт понять, что паром до Дальмура не пойдёт до июня.", "Мара Вельсен"),
    ("Душан Крелл дал понять: паром до Дальмура не пойдёт до июня.", "Душан Крелл"),
])
def test_gave_to_understand_gives_the_speaker(linker, sentence, speaker):
    out = claims_as_written(OPENING + sentence, linker, name="ru_t.txt")
    assert speaker_of(out, "паром до Дальмура") == speaker


def test_giving_an_interview_reports_nothing(linker):
    out = claims_as_written(OPENING + "Мара Вельсен дала интервью газете «Дальмурский курьер» в понедельник.", linker,
                            name="ru_t.txt")
    assert speaker_of(out, "дала интервью") is None


@pytest.mark.parametrize("after", [
    "Полиция дала задержанному позвонить адвокату.",
    "Через час пресс-служба дала разъяснения.",
    "Министр дал интервью газете «Дальмурский курьер».",
])
def test_what_gave_to_understand_reports_does_not_go_on_into_an_act_after_it(linker, after):
    out = claims_as_written(OPENING + "Душан Крелл дал понять, что не уйдёт в отставку. " + after, linker,
                            name="ru_t.txt")
    assert speaker_of(out, "не уйдёт в отставку") == "Душан Крелл"
    assert speaker_of(out, after[:-1]) is None
