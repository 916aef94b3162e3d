"""«…», — цитирует губернатора Анну Карпову ТАСС: the person an outlet quotes, named after the title that opens the
verb's object, made the claim; the outlet after them passed it on (invented people and outlets)."""
import pytest

from extracted import speaker_and_relays


@pytest.mark.parametrize("text, speaker, relay", [
    ("«Паром пойдёт по расписанию», — цитирует начальника порта Глеба Острова агентство «Норд».",
     "Глеба Острова", "Норд"),
    ("«Турбина исправна», — цитирует главного инженера Ольгу Верееву газета «Северный курьер».",
     "Ольгу Верееву", "Северный курьер"),
    ("«Дорогу достроят к зиме», — цитирует вице-губернатора Ольгу Верееву ТАСС.", "Ольгу Верееву", "ТАСС"),
])
def test_the_person_after_a_title_is_quoted(linker, text, speaker, relay):
    who, relays = speaker_and_relays(text, linker)
    assert who == speaker and len(relays) == 1 and relay in relays[0]
