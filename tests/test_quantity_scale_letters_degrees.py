"""Currency figures with a scale letter ("$2.5B", "Ksh 12.5 B") or the rand's sign ("R3 950 million"), degrees
written with their sign ("-9°С", "10 °C") and ranges whose ends are below zero ("-18...-13°С", "from −5 to −10");
invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang):
    return [(q.value, q.unit, q.canonical_unit, q.range_from) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("Velmor Bank posted a profit of $5M last year.", [(5e6, "dollars", "USD", None)]),
    ("The Oska fund raised $2.5B in bonds.", [(2.5e9, "dollars", "USD", None)]),
    ("The roads board got Ksh 40B and the water board Ksh 12.5 B this year.",
     [(4e10, "Kenyan shillings", "KES", None), (1.25e10, "Kenyan shillings", "KES", None)]),
    ("The Tarn club paid $40K for the striker.", [(4e4, "dollars", "USD", None)]),
])
def test_a_scale_letter_after_a_currency_figure_scales_it_in_either_case(text, expected):
    assert found(text, "en") == expected


def test_a_lower_case_letter_a_space_apart_is_no_scale():
    assert found("Crews laid $5 m of cable.", "en") != [(5e6, "dollars", "USD", None)]


@pytest.mark.parametrize("text, expected", [
    ("Tarvo Mining raised revenue to R4.2 billion from R3 950 million.",
     [(4.2e9, "rand", "ZAR", None), (3.95e9, "rand", "ZAR", None)]),
    ("The Velm council paid R12 500 for the study.", [(12500.0, "rand", "ZAR", None)]),
    ("Its shares paid R2.15 per share.", [(2.15, "rand per share", None, None)]),
])
def test_the_rand_sign_before_digits_grouped_with_spaces(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Trucks use the R40 road near Velm.", []),
    ("Grade R 12 pupils joined the Oska school.", [(12.0, "pupils", None, None)]),
    ("The droid R2-D2 sold for $2.76M.", [(2.76e6, "dollars", "USD", None)]),
])
def test_a_letter_r_before_digits_not_written_as_money_is_no_rand(text, expected):
    assert found(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("It was 10°C in Velm at noon.", "en", [(10.0, "°C", "cel", None)]),
    ("It was 10 °C in Velm at noon.", "en", [(10.0, "°C", "cel", None)]),
    ("Днём в Велмске -9°С.", "ru", [(-9.0, "°C", "cel", None)]),
    ("В горах Оскинского края до -31°.", "ru", [(-31.0, "°", None, None)]),
    ("The buoy sits at 51°N and 12°W.", "en", []),
])
def test_the_degree_sign_is_the_unit_of_a_temperature(text, lang, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Ночью в Велмске ожидается -18...-13°С.", "ru", [(-18.0, "°C", "cel", None), (-13.0, "°C", "cel", -18.0)]),
    ("Днём в Оске от −5 до −10 градусов.", "ru", [(-10.0, "градусов", "cel", -5.0)]),
    ("Temperatures in Velm will range from −5 to −10 degrees.", "en",
     [(-5.0, "degrees", "cel", None), (-10.0, "degrees", "cel", -5.0)]),
])
def test_a_range_whose_ends_are_below_zero_is_one_range(text, lang, expected):
    assert found(text, lang) == expected



@pytest.mark.parametrize("text, expected", [
    ("В Велме ночью +3...+8 градусов.", [(3.0, "градусов", "cel", None), (8.0, "градусов", "cel", 3.0)]),
    ("Днём в Тарске +14…+19 градусов по Цельсию.", [(14.0, "градусов", "cel", None), (19.0, "градусов", "cel", 14.0)]),
])
def test_a_forecast_range_whose_ends_carry_a_plus_is_read_whole(text, expected):
    assert found(text, "ru") == expected
