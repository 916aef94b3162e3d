"""«Аналитики банка «X» полагают, что …»: a body's unnamed analysts speak for it, as its representatives do; an
analyst named after the title speaks for themself (invented bodies and people)."""
import pytest

from extracted import speakers_as_written


@pytest.mark.parametrize("text, speaker", [
    ("Аналитики банка «Северный кредит» полагают, что курс валюты стабилизируется.", "банка «Северный кредит»"),
    ("Аналитик фонда «Заря» заявил, что спрос на зерно вырастет.", "фонда «Заря»"),
    ("Аналитик фонда «Заря» Олег Дарин заявил, что спрос на зерно вырастет.", "Олег Дарин"),
])
def test_analysts_of_a_body(linker, text, speaker):
    assert speakers_as_written(text, linker) == [speaker]
