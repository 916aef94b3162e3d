"""The perfective of Russian verbs of doubting and insisting reports what their subject holds, as the imperfective
«сомневается», «настаивает» does: «X усомнилась в том, что …», «X настоял на том, что …» give X as the claimant."""
import pytest

from extracted import claims_as_written, speaker_of

OPENING = "Порт Руритании закрыли на ремонт в мае.\n\n"


@pytest.mark.parametrize("sentence, speaker", [
    ("Мара Вельсен усомнилась в том, что паром до Дальмура пойдёт к июню.", "Мара Вельсен"),
    ("Душан Крелл настоял на том, что паром до Дальмура пойдёт к июню.", "Душан Крелл"),
])
def test_perfective_doubt_or_insistence_gives_the_speaker(linker, sentence, speaker):
    out = claims_as_written(OPENING + sentence, linker, name="ru_t.txt")
    assert speaker_of(out, "паром до Дальмура") == speaker
