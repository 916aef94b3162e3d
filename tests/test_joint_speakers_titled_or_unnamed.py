"""Two or more speakers joined before one verb speak together, no one of them alone (the article's voice): also
when the last one has a title of its own, when quotation marks wrap their names, and, where the verb shows the
plural, when the finder took only the last name (invented people and bodies)."""
import pytest

from extracted import speaker_of, claims


@pytest.mark.parametrize("text, words, name", [
    ("Mara Velsen and President Jon Arvid said on Monday that the border would reopen.", "border would reopen",
     "t.txt"),
    ("Prime Minister Mara Velsen and Governor Tomas Brell told reporters that the dam was safe.", "dam was safe",
     "t.txt"),
    ("Mara Velsen and Finance Minister Jon Arvid said the border would reopen.", "border would reopen", "t.txt"),
    ("Tomas Brell and Deputy Interior Minister Anna Kovik said the dam was safe.", "dam was safe", "t.txt"),
    ("Новости\n\nОлег Сомов и его бореальский коллега Анна Ковик отметили, что диалог был полезным.",
     "диалог был полезным", "ru_t.txt"),
    ("Новости\n\nКомпании «Норвейл Энерджи» и «Кестрел Майнинг» сообщили, что слияние отложено.",
     "слияние отложено", "ru_t.txt"),
    ("Новости\n\nСомов и Петров заявили, что соглашение готово.", "соглашение готово", "ru_t.txt"),
    ("Новости\n\nКорнев и Лапин сообщили, что поставки возобновятся.", "поставки возобновятся", "ru_t.txt"),
])
def test_joined_speakers_are_no_one_of_them(linker, text, words, name):
    assert speaker_of(claims(text, linker, name=name), words) is None


@pytest.mark.parametrize("text, words, name", [
    ("Health, Labour and Social Affairs Minister Jon Arvid said the clinics would reopen.", "clinics would reopen",
     "t.txt"),
    ("Новости\n\nПетров заявил, что соглашение готово.", "соглашение готово", "ru_t.txt"),
])
def test_one_speaker_still_speaks(linker, text, words, name):
    assert speaker_of(claims(text, linker, name=name), words) is not None
