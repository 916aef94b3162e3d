"""A number written as a larger and a smaller part whose smaller part has a fraction, a range whose second end is
approximate or a bound, a run of spans of time, and «десяток» as a scale; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang, previous_unit=None):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


def ends(text, lang):
    return [(q.value, q.range_from) for q in find_quantities(text, Span(0, len(text)), lang, None)]


@pytest.mark.parametrize("text, expected", [
    ("Доходы Велмии составят 12 триллионов 45,7 миллиарда рублей.", [(12045700000000.0, "рублей")]),
    ("Расходы Оски — 3 трлн 810,2 млрд рублей (18% ВВП).", [(3810200000000.0, "рублей"), (18.0, "percent")]),
    ("Поголовье составило 2 млн 300,5 тыс. голов.", [(2300500.0, "голов")]),
    ("Spending in Velm reached 2 trillion 150.5 billion dollars.", [(2150500000000.0, "dollars")]),
])
def test_a_smaller_part_with_a_fraction_and_its_scale_completes_the_number(text, expected):
    lang = "ru" if text[0] in "ДРП" else "en"
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Экспорт Велмии составил 3 млн 4,5 млн тонн.", [(4500000.0, "тонн")]),     # no smaller part: not less
    ("Долг Оски вырос на 2 млрд 1,5 рубля.", [(1.5, "рубля")]),                 # a fraction without its scale
    ("Население Велмии — 3 млн 838 тыс. человек.", [(3838000.0, "человек")]),   # whole parts, as before
])
def test_a_fraction_is_no_smaller_part_unless_its_scale_is_smaller(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The number of people in Velm's shelters has dropped from 9,000 to about 6,500.", "en",
     [(9000.0, None), (6500.0, 9000.0)]),
    ("Oska's toll rose from 40 to more than 60 people.", "en", [(40.0, None), (60.0, 40.0)]),
    ("Revenue at Velmco rose from $4.5 billion to nearly $6.1 billion.", "en",
     [(4500000000.0, None), (6100000000.0, 4500000000.0)]),
    ("Число погибших в Оске выросло с 40 до почти 60.", "ru", [(40.0, None), (60.0, 40.0)]),
    ("Инфляция в Велмии замедлилась с 7,5% до почти 7%.", "ru", [(7.5, None), (7.0, 7.5)]),
    ("Выплаты в Оске составят от 10 до почти 15 тысяч рублей.", "ru", [(15000.0, 10000.0)]),
])
def test_a_range_opened_keeps_its_second_end_after_an_approximation_or_a_bound(text, lang, expected):
    assert ends(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Velm's turnout was 40% to about 45%.", "en", [(40.0, None), (45.0, None)]),   # no opener: two figures
    ("The bank shut 3 offices to about 18 branches.", "en", [(3.0, None), (18.0, None)]),
])
def test_without_an_opener_an_approximate_second_figure_is_no_range_end(text, lang, expected):
    assert ends(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Цены в Велмии росли три месяца подряд.", "ru", [(3.0, "месяца")]),
    ("До этого в Оске две недели подряд инфляция была 0,1%.", "ru", [(2.0, "недели"), (0.1, "percent")]),
    ("Prices in Velm rose three months in a row.", "en", [(3.0, "months")]),
    ("Oska's shares fell two days running.", "en", [(2.0, "days")]),
    ("Цены в Велмии росли третий месяц подряд.", "ru", []),        # an ordinal: a place in the run, no span
    ("Он болел две недели.", "ru", []),                              # no cue: as before
])
def test_a_run_of_spans_of_time_in_words_is_counted(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("В Оске расположены около трёх десятков деревень.", [(30.0, "деревень")]),
    ("Пострадали два десятка домов в Велмии.", [(20.0, "домов")]),
    ("Акции прошли в двух десятках стран.", [(20.0, "стран")]),
    ("Пострадали десятки домов в Велмии.", []),                    # no number: no figure, as "dozens"
    ("Пострадали несколько десятков домов.", []),
])
def test_desyatok_scales_the_number_before_it(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("Суд Велмии арестовал Ивана Орехова на два месяца.", [(2.0, "месяца")]),
    ("В Оске ввели режим тревоги на три месяца.", [(3.0, "месяца")]),
    ("Собрание Велмии избирается на пять лет.", [(5.0, "лет")]),
    ("Правительство Оски представило план на последующие три года.", [(3.0, "года")]),
    ("Мяч Орлова влетел на 4 минуте.", []),                          # digits in an ordinal's case: no span
    ("Цены в Оске выросли на два процента.", [(2.0, "percent")]),    # no span of time: as before
])
def test_na_before_a_span_of_time_in_words_is_a_cue(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Velm plans to double its harvest in the nearest five years.", "en", [(5.0, "years")]),
    ("Oska's revisions for the prior three weeks took 4,000 jobs.", "en", [(3.0, "weeks"), (4000.0, "jobs")]),
    ("Over the course of six weeks in Velm, the envoys talked.", "en", [(6.0, "weeks")]),
    ("За предыдущие три года выручка Велмии выросла.", "ru", [(3.0, "года")]),
])
def test_more_fillers_and_cues_before_a_span_of_time_in_words(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Floods in Oska followed three days of heavy rain.", [(3.0, "days")]),
    ("The Velm council needed one day of talks.", [(1.0, "day")]),
    ("Three quarters of the vote went to the Velm party.", []),     # a part of a whole, as before
    ("One of the days in Oska was hard.", []),                        # "one of": no span
])
def test_a_span_of_time_in_words_filled_by_of_is_counted(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Власти Велмии последние два года тянут с реформой.", "ru", [(2.0, "года")]),
    ("Итоги последних пяти лет подвели в Оске.", "ru", [(5.0, "лет")]),
    ("Первые три года он проведёт в тюрьме Оски.", "ru", [(3.0, "года")]),
    ("Oska's side collapsed in the last thirty minutes.", "en", [(30.0, "minutes")]),
    ("The next two days are key for the Velm talks.", "en", [(2.0, "days")]),
    ("Орлов провёл в Оске последний год.", "ru", []),                 # no number: no figure
    ("Two days later the Velm talks resumed.", "en", [(2.0, "days")]),  # a span between events, as before
])
def test_a_span_of_time_in_words_after_an_edge_of_time_is_counted_without_a_cue(text, lang, expected):
    assert found(text, lang) == expected
