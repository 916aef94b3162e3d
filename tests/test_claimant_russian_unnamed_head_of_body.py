"""«Глава Водного агентства Бореалии заявил»: a clause that is only a title in the nominative and the body it serves
in the genitive speaks for that body when the head is unnamed; for the person when the text gave that person the
title before. Invented people, bodies and a country."""
from claimsgraph.link import Linker

from extracted import CAST, speakers_as_written


def test_the_unnamed_head_of_a_countrys_agency_speaks_for_it():
    said = speakers_as_written("Глава Водного агентства Бореалии заявил, что водохранилища наполовину пусты.\n",
                               Linker(CAST))
    assert said == ["Водного агентства Бореалии"]


def test_the_unnamed_spokesman_of_a_countrys_service_speaks_for_it():
    said = speakers_as_written("Представитель Пограничной службы Бореалии сообщил, что за ночь задержаны "
                               "мигранты.\n", Linker(CAST))
    assert said == ["Пограничной службы Бореалии"]


def test_the_head_named_before_speaks_under_the_title():
    said = speakers_as_written("Глава Водного агентства Бореалии Томас Варга посетил плотину.\n\n"
                               "Глава Водного агентства Бореалии заявил, что водохранилища наполовину пусты.\n",
                               Linker(CAST))
    assert said[-1] == "Томас Варга"


def test_the_unnamed_head_of_a_quoted_company_speaks_for_it():
    said = speakers_as_written("Глава «Кестрогаза» заявил, что цены вырастут.\n", Linker(CAST))
    assert said == ["Кестрогаза"]
