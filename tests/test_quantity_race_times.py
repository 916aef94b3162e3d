"""Race times in clock notation ("4:27.11", "2:03:59") and in the Russian dotted notation ("1.45,32",
"1.43,47,6") are one figure each, in seconds; times of day and scores are none. Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(text[q.span.start:q.span.end], q.value, q.canonical_unit)
            for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("Mira Tolvane took the 400-metre medley in 4:12.38, ahead of Anke Ruus in 4:15.02.",
     [("400-metre", 400.0, "m"), ("4:12.38", 252.38, "s"), ("4:15.02", 255.02, "s")]),
    ("Osk Benvar won the Velmar marathon in 2:05:41.", [("2:05:41", 7541.0, "s")]),
    ("The relay team touched first in 3:30.4.", [("3:30.4", 210.4, "s")]),
])
def test_an_english_race_time_is_one_figure_in_seconds(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Лыжник Пётр Велмов прошёл дистанцию за 27:41,3.", [("27:41,3", 1661.3, "s")]),
    ("Победила Ирина Осколова из Тарска - 1.38,12,4 (три промаха).",
     [("1.38,12,4", 5892.4, "s"), ("три промаха", 3.0, None)]),
    ("На 1500 метрах конькобежец Ян Тарвов показал 1.47,06.",
     [("1500 метрах", 1500.0, "m"), ("1.47,06", 107.06, "s")]),
])
def test_a_russian_race_time_in_either_notation_is_one_figure_in_seconds(text, expected):
    assert found(text, "ru") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Velm council met at 09:37:14; at 6:23 pm Osk Benvar crossed the line in 2:05:41.", "en",
     [("2:05:41", 7541.0, "s")]),
    ("Posted 2021-03-14 10:05:33 by the Oska desk: Anke Ruus swam 2:07.95.", "en", [("2:07.95", 127.95, "s")]),
    ("«Тарск» выиграл со счётом 2:1 в 19:30, а Ян Тарвов проехал круг за 1:12,5.", "ru", [("1:12,5", 72.5, "s")]),
])
def test_times_of_day_and_scores_beside_a_race_time_are_none(text, lang, expected):
    assert [f for f in found(text, lang) if f[2] == "s"] == expected
