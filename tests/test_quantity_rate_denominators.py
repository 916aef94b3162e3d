"""A rate's denominator ("per 100,000 residents", "в расчете на 100 тыс. населения") is part of the rate, not a
figure of its own; a bare figure after it goes on from the rate. Invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def units(text, lang):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Velmora recorded 412.5 cases per 100,000 residents over the fortnight.", "en", [(412.5, "cases")]),
    ("Admissions per 10,000 people in Orlo rose by 14% in the week.", "en", [(14.0, "percent")]),
    ("The rate in Tarn stood at 3.1 deaths per 1,000 live births, up from 2.8.", "en",
     [(3.1, "deaths"), (2.8, "deaths")]),
    ("Заболеваемость в Зарецке составила 41,2 случая в расчете на 100 тыс. населения.", "ru", [(41.2, "случая")]),
])
def test_a_rates_denominator_is_no_figure(text, lang, expected):
    assert units(text, lang) == expected
