"""«приводит слова министра финансов Ивана Сомова»: the words an outlet gives are those of the person named after
the title that opens the genitive phrase, not the outlet's own; an outlet named right before the verb is the relay
(invented people and outlets)."""
import pytest

from extracted import speaker_and_relays


@pytest.mark.parametrize("text, speaker, relay", [
    ("«Сделка почти готова», — приводит слова председателя правления Ольги Вереевой газета «Северный курьер».",
     "Ольги Вереевой", "Северный курьер"),
    ("«Паром пойдёт по расписанию», — передаёт слова начальника порта Глеба Острова агентство «Норд».",
     "Глеба Острова", "Норд"),
    ("Агентство «Норд» приводит слова главного инженера Глеба Острова: «Турбина исправна».",
     "Глеба Острова", "Норд"),
    ("Газета «Северный курьер» цитирует слова вице-губернатора Ольги Вереевой: «Дорогу достроят к зиме».",
     "Ольги Вереевой", "Северный курьер"),
])
def test_words_of_a_person_named_after_a_title(linker, text, speaker, relay):
    who, relays = speaker_and_relays(text, linker)
    assert who == speaker and len(relays) == 1 and relay in relays[0]


def test_words_talked_about_are_no_quotation(linker):
    text = "Слова начальника порта Глеба Острова вызвали споры в городе."
    assert speaker_and_relays(text, linker)[0] is None
