"""«Аналитики банка «X» полагают, что …»: a body's unnamed analysts speak for it, as its representatives do, and so
do its specialists, experts, scientists and researchers («Специалисты института X заявили …»); an analyst named
after the title speaks for themself (invented bodies and people)."""
import pytest

from extracted import speakers_as_written


@pytest.mark.parametrize("text, speaker", [
    ("Аналитики банка «Северный кредит» полагают, что курс валюты стабилизируется.", "банка «Северный кредит»"),
    ("Аналитик фонда «Заря» заявил, что спрос на зерно вырастет.", "фонда «Заря»"),
    ("Аналитик фонда «Заря» Олег Дарин заявил, что спрос на зерно вырастет.", "Олег Дарин"),
])
def test_analysts_of_a_body(linker, text, speaker):
    assert speakers_as_written(text, linker) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Специалисты Института морской биологии Велска заявили, что риф восстанавливается.",
     "Института морской биологии Велска"),
    ("Эксперты Центра зерновой политики Тарнии считают, что спрос на рожь вырастет.",
     "Центра зерновой политики Тарнии"),
    ("Учёные Велской обсерватории сообщили, что комета вернётся через 60 лет.", "Велской обсерватории"),
    ("Исследователи Фонда защиты озёр отмечают, что уровень воды падает.", "Фонда защиты озёр"),
    ("Эксперт Центра зерновой политики Тарнии считает, что спрос на рожь вырастет.",
     "Центра зерновой политики Тарнии"),
])
def test_specialists_of_a_body(linker, text, speaker):
    assert speakers_as_written(text, linker) == [speaker]
