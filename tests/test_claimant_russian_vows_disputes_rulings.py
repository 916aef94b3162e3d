"""Russian verbs of vowing, disputing and ruling report what their subject holds, as «заявил» does: «X поклялся, что
…», «X оспорила утверждение, что …», «судья постановила, что …» give X (or the judge) as the claimant."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("sentence, speaker", [
    ("Командир ополчения Душан Крелл поклялся, что паром до Дальмура снова пойдёт к июню.", "Душан Крелл"),
    ("Мара Вельсен оспорила утверждение о том, что паром до Дальмура снова пойдёт к июню.", "Мара Вельсен"),
    ("Судья Ханна Велл постановила, что паром до Дальмура снова пойдёт к июню.", "Ханна Велл"),
    ("Мара Вельсен оспаривает вывод о том, что паром до Дальмура снова пойдёт к июню.", "Мара Вельсен"),
])
def test_vow_dispute_or_ruling_gives_its_subject(linker, sentence, speaker):
    out = claims_as_written("Порт Руритании закрыли на ремонт в мае.\n\n" + sentence, linker, name="ru_t.txt")
    assert speaker_of(out, "паром до Дальмура") == speaker
