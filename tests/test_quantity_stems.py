"""Figures whose unit begins like a time word or is an abbreviation the lemmatiser reads as another word; invented
sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(q.value, q.unit, q.canonical_unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("В Марговии за неделю зафиксировали 14 летальных исходов.", "ru", [(14.0, "летальных исходов", None)]),
    ("Всего в Касвении — 2 305 летальных случаев.", "ru", [(2305.0, "летальных случаев", None)]),
    ("Над Тарсией сбили 3 летательных аппарата.", "ru", [(3.0, "летательных аппарата", None)]),
    ("Velmar opened 12 secondary schools.", "en", [(12.0, "secondary schools", None)]),
])
def test_a_word_that_only_begins_like_a_time_word_is_a_unit(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Война в Марговии длилась 5 лет.", [(5.0, "лет", "yr")]),
    ("Началась 12-дневная операция.", []),
])
def test_time_words_are_still_spans_of_time(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("Рудник «Велмар» добыл 3,4 т золота.", [(3.4, "т золота", "t")]),
    ("Выпуск снизился на 8%, до 265 т. Об этом сообщил рудник.", [(8.0, "percent", "%"), (265.0, "т", "t")]),
    ("Добыча выросла до 12,5 млн т. Компания «Велмар» это подтвердила.", [(12.5e6, "т", "t")]),
    ("Производство составило 1,5 тыс.т. В частности, выросла добыча.", [(1500.0, "т", "t")]),
])
def test_russian_t_after_a_figure_is_tonnes(text, expected):
    assert found(text, "ru") == expected


def test_an_abbreviation_still_joins_the_word_after_its_full_stop():
    assert found("Кредит составил 40 млн долл. США.", "ru") == [(40e6, "долл. сша", "USD")]
    assert found("Участок занимает 7 кв. км.", "ru") == [(7.0, "кв. км", "km2")]


def figures(text, lang="en"):
    return [(q.value, q.unit, q.range_from) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The death toll in Velmar rose by 14 to 2,310.", "en", [(14.0, "people", None), (2310.0, "people", None)]),
    ("The number of patients in Oska rose by 9 to a total of 512 on Friday.", "en",
     [(9.0, "patients", None), (512.0, "patients", None)]),
    ("Tarsia cut the garrison by 300 to 4,200 soldiers.", "en", [(300.0, "soldiers", None), (4200.0, "soldiers", None)]),
    ("Число раненых в Касвении выросло на 7 до 95.", "ru", [(7.0, "раненых", None), (95.0, "раненых", None)]),
])
def test_a_change_by_a_figure_to_a_figure_is_two_figures_not_a_range(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Prices in Oska rose by 2 to 4 percent.", [(2.0, "percent", None), (4.0, "percent", 2.0)]),   # the change's size
    ("Velmar's output rose from 12 to 15 tonnes.", [(12.0, "tonnes", None), (15.0, "tonnes", 12.0)]),
])
def test_other_ranges_stay_ranges(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, value", [
    ("A magnitude 6.1 earthquake shook Velmar on Monday.", 6.1),
    ("The 5.4 magnitude tremor damaged 40 homes in Oska.", 5.4),
    ("A 7.3-magnitude quake struck off Tarsia.", 7.3),
    ("The quake in Dorvik measured magnitude 6.", 6.0),
])
def test_a_magnitude_is_the_unit_of_its_figure_whatever_noun_follows(text, value):
    q = find_quantities(text, Span(0, len(text)), "en")[0]
    assert (q.value, q.unit) == (value, "magnitude")


@pytest.mark.parametrize("text, lang, expected", [
    ("Of them, 412 (87%) patients in Velmar went home.", "en", [(412.0, "patients"), (87.0, "percent")]),
    ("В Касвении всего 9120 (+54 за сутки) выявленных случаев.", "ru", [(9120.0, "выявленных случаев")]),
    ("Turnout in Oska was 40,112 voters (61%).", "en", [(40112.0, "voters"), (61.0, "percent")]),
])
def test_a_figure_in_brackets_between_a_figure_and_its_noun_leaves_the_noun_to_the_figure(text, lang, expected):
    assert [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)] == expected


@pytest.mark.parametrize("text, previous, expected", [
    ("312 выписаны.", "пациентов", [(312.0, "пациентов")]),                 # after "9 пациентов скончались."
    ("Ещё 40 эвакуированы в Велмар.", "жителей", [(40.0, "человек")]),
    ("2031 станет годом выборов в Касвении.", "мест", []),                  # a year
    ("15 процентов остались без света.", "домов", [(15.0, "percent")]),
])
def test_a_bare_figure_opening_a_russian_sentence_before_a_plural_verb_counts_what_the_one_before_counted(
        text, previous, expected):
    qs = find_quantities(text, Span(0, len(text)), "ru", previous)
    assert [(q.value, q.unit) for q in qs] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The tremor near Velm measured 5.9 on the Richter scale.", "en", [(5.9, "magnitude", None)]),
    ("A quake measuring 6.2 to 6.4 on the Richter scale hit Oska.", "en",
     [(6.2, "magnitude", None), (6.4, "magnitude", 6.2)]),
    ("Толчок силой 4,7 по шкале Рихтера ощутили в Касвении.", "ru", [(4.7, "магнитуды", None)]),
])
def test_a_scale_named_after_a_figure_is_its_unit(text, lang, expected):
    assert figures(text, lang) == expected
