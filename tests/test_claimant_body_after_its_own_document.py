"""A Russian body named right after the noun of its own letter or statement («В письме Союз фермеров заявил», «В
своём обращении партия указала») is the subject that speaks, not an outlet told, though the noun is in a case an
addressee's takes («в интервью NordNews», «корреспонденту NordNews»)."""
import pytest

from extracted import claims_as_written, speaker_of


@pytest.mark.parametrize("opening", ["В письме", "В своём заявлении", "В обращении", "В пресс-релизе"])
def test_body_after_its_own_document_speaks(linker, opening):
    out = claims_as_written("Порт Руритании закрыли на ремонт в мае.\n\n"
                            f"{opening} Союз паромщиков Дальмура заявил, что паромы снова пойдут к июню.",
                            linker, name="ru_t.txt")
    assert (speaker_of(out, "паромы снова пойдут") or "").startswith("Союз паромщиков")


def test_outlet_after_an_interview_is_still_told(linker):
    out = claims_as_written("Порт Руритании закрыли на ремонт в мае.\n\n"
                            "В интервью NordNews Мара Вельсен заявила, что паромы снова пойдут к июню.",
                            linker, name="ru_t.txt")
    assert speaker_of(out, "паромы снова пойдут") == "Мара Вельсен"
