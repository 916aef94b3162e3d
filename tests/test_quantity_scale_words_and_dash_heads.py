"""Scale words read as numbers ("more than a hundred", «около сотни», «два десятка тысяч»), a count's own noun
before a dash in a list of counts («убитых — 9, раненых — 14»), and the signs of two more currencies; invented
sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(q.value, q.unit, q.bound, q.approximate) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("More than a hundred miners walked out at the Orlen pit.", "en", [(100.0, "miners", "min", False)]),
    ("Up to a hundred stalls will open in Velm.", "en", [(100.0, "stalls", "max", False)]),
    ("Almost a hundred ferries were idle in Tarsk.", "en", [(100.0, "ferries", None, True)]),
    ("В Оскаре сгорели около сотни сараев.", "ru", [(100.0, "сараев", None, True)]),
    ("Более десятка лодок затонули у Вельмы.", "ru", [(10.0, "лодок", "min", False)]),
    ("До сотни волонтёров выйдут на уборку парка.", "ru", [(100.0, "волонтёров", "max", False)]),
])
def test_a_bound_before_a_hundred_or_a_ten_word(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("На митинг в Оскаре пришли два десятка тысяч горожан.", [(20000.0, "горожан", None, False)]),
    ("Фонд собрал около сотни тысяч подписей.", [(100000.0, "подписей", None, True)]),
    ("Завод выпустил три сотни тысяч банок.", [(300000.0, "банок", None, False)]),
])
def test_a_scale_times_a_larger_scale_is_one_number(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, expected", [
    ("По данным штаба, убитых — 9, раненых — 14.", [(9.0, "убитых"), (14.0, "раненых")]),
    ("В хозяйстве коров — 40, коз — 25.", [(40.0, "коров"), (25.0, "коз")]),
])
def test_each_count_of_a_dashed_list_keeps_its_own_noun(text, expected):
    assert [(v, u) for v, u, _, _ in found(text, "ru")] == expected


def test_a_gapped_clause_with_a_name_before_the_dash_still_borrows_the_noun():
    assert [(v, u) for v, u, _, _ in found("Партия «Вельма» получила 31 мандат, «Оскар» — 12.", "ru")] == [
        (31.0, "мандат"), (12.0, "мандат")]


@pytest.mark.parametrize("text, expected", [
    ("The Tarsk chipmaker booked NT$42 billion in sales.", [(42e9, "New Taiwan dollars", None, False)]),
    ("The Velm council set aside TL 350 million for roads.", [(350e6, "lira", None, False)]),
])
def test_signs_of_more_currencies(text, expected):
    assert found(text, "en") == expected
