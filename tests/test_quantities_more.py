"""Figures counted per span of time, numbers that name a thing, and other shapes of figures;
invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang, previous_unit=None):
    return [(q.value, q.unit, q.canonical_unit)
            for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Над Тарсией порывы ветра достигали 140 км/ч.", "ru", [(140.0, "км/ч", "km/h")]),
    ("Скорость ветра в Велме — 95 километров в час.", "ru", [(95.0, "километров в час", "km/h")]),
    ("Ветер до 18 метров в секунду сорвал крыши.", "ru", [(18.0, "метров в секунду", "m/s")]),
    ("Марговия добывает 1,2 млн баррелей в сутки с начала года.", "ru", [(1.2e6, "баррелей в сутки", "bbl/d")]),
    ("Поставки составят 4 млрд кубометров в год.", "ru", [(4e9, "кубометров в год", None)]),
    ("Gusts over Tarsia reached 140 km/h on Monday.", "en", [(140.0, "km/h", "km/h")]),
    ("The Velm field pumps 300,000 barrels a day in summer.", "en", [(300000.0, "barrels a day", "bbl/d")]),
])
def test_a_unit_counted_per_span_of_time_keeps_what_it_is_counted_per(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("В день выборов в Велме задержали 12 человек.", "ru", [(12.0, "человек", "people")]),
    ("Задержали 12 человек в день выборов.", "ru", [(12.0, "человек", "people")]),
    ("Rescuers found 40 people a day after the quake.", "en", [(40.0, "people", "people")]),
    ("Sales reached 3 million units a year earlier.", "en", [(3e6, "units", None)]),
    ("Clerks in Velm work 38 hours a week.", "en", [(38.0, "hours", "h")]),
    ("Цены в Велме росли на 4% в год.", "ru", [(4.0, "percent", "%")]),
    ("The vote in Oska split 50/50 on Monday.", "en", []),
])
def test_no_rate_where_the_time_word_dates_or_the_unit_is_a_span_or_a_share(text, lang, expected):
    assert found(text, lang) == expected


def test_a_russian_rate_may_be_followed_by_its_verb_not_by_a_noun_it_dates():
    assert found("Ветер 20 метров в секунду повалил деревья в Велме.", "ru") == [(20.0, "метров в секунду", "m/s")]
    assert found("В Оске 300 машин в час пик стояли в пробке.", "ru") == [(300.0, "машин", None)]


@pytest.mark.parametrize("text, lang, previous_unit, expected", [
    ("Порывы достигали 200 км/ч, и шторм усилился до категории 4.", "ru", None, [(200.0, "км/ч", "km/h")]),
    ("Ураган в Марговии ослаб до категории 2.", "ru", "км/ч", []),
    ("The council voted 6-1, with District 3 Council Member Ann Roe opposed.", "en", None,
     [(6.0, "votes", "votes"), (1.0, "votes", "votes")]),
    ("Ward 4 residents in Velm met on Monday.", "en", None, []),
    ("Rain in the district 300 homes had flooded by noon.", "en", None, [(300.0, "homes", None)]),
    ("Марговия выставила 4 категории участников.", "ru", None, [(4.0, "категории участников", None)]),
])
def test_a_number_that_names_a_category_or_district_is_no_figure(text, lang, previous_unit, expected):
    assert found(text, lang, previous_unit) == expected


@pytest.mark.parametrize("text, expected", [
    ("Банк Марговии ждёт 7-процентного роста.", [(7.0, "percent", "%")]),
    ("Там видят 40-процентный рост экспорта.", [(40.0, "percent", "%")]),
    ("Велм ввёл 5-процентную пошлину.", [(5.0, "percent", "%")]),
])
def test_a_russian_per_cent_adjective_after_a_hyphen_is_per_cent(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("Без света остались 1,2 миллиона жителей Марговии.", [(1.2e6, "жителей", None)]),
    ("Паводок затронул 9 районов Тарсии.", [(9.0, "районов", None)]),
    ("На базе служат около 40 военнослужащих НАТО.", [(40.0, "военнослужащих", None)]),
    ("Экспорт Велма составил 3 млрд долларов США.", [(3e9, "долларов сша", "USD")]),
    ("Экспорт Велма составил 3 млрд долл. США.", [(3e9, "долл. сша", "USD")]),
])
def test_a_russian_name_after_the_counted_noun_is_whose_not_the_unit(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("В Марговии около миллиона абонентов остались без связи.", [(1e6, "абонентов", None)]),
    ("Из Велма эвакуировали более тысячи человек.", [(1000.0, "человек", "people")]),
    ("На ремонт дорог Оски выделено свыше миллиарда рублей.", [(1e9, "рублей", "RUB")]),
    ("В Тарсии зафиксированы тысячи нарушений.", []),
    ("Миллионы жителей Марговии вышли на улицы.", []),
])
def test_a_russian_scale_word_alone_after_a_bound_is_one_of_it(text, expected):
    assert found(text, "ru") == expected


def test_english_a_million_is_unchanged():
    assert found("About a million customers in Velm lost power.", "en") == [(1e6, "customers", None)]


@pytest.mark.parametrize("lead, sentence", [
    ("The Orlov Vote Commission published the results on Monday.",
     "Turnout was 60 percent, short of the commission’s early forecast of nearly 75 percent."),
    ("The Orlov Vote Commission published the results on Monday.",
     "Turnout was 60 percent, under the Orlov Vote Commission's count of 75 percent."),
    # the body named by its acronym, described before it
    ("The results were published by the town's vote commission (OVC) on Monday.",
     "Turnout was 60 percent, short of the commission's projection of 75 percent."),
])
def test_a_figure_a_body_owns_through_a_noun_for_a_figure_given_is_that_bodys(lead, sentence):
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document
    from claimsgraph.link import Linker

    text = f"Vote\n\n{lead}\n\n{sentence}\n"
    doc = parse_document("t.txt", text.encode(), "text/plain")
    result = extract(doc, Linker([]))
    labels = {e.key: e.label for e in result.new_entities}
    owners = {c.value: labels.get(c.claimant) for c in result.claims if c.kind == "quantity"}
    assert owners[60] is None and owners[75] in ("Orlov Vote Commission", "OVC")
