"""Seconds and the currencies of Africa, Asia and Latin America: units, signs and codes (invented sentences)."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.lang import UNIT_CODES
from claimsgraph.model import Span


def figures(text, lang="en"):
    return [(q.value, q.canonical_unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Merrow won the final in 9.61 seconds, ahead of Talvi.", "en", [(9.61, "s")]),
    ("Talvi clocked 9.74sec in the heats.", "en", [(9.74, "s")]),
    ("The agency released a 45-second clip of the launch.", "en", [(45, "s")]),
    ("Бегун из Дельвии победил с результатом 10,12 секунды.", "ru", [(10.12, "s")]),
    ("Он отстал от лидера на 14 сек.", "ru", [(14, "s")]),
])
def test_seconds_are_counted(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("A few seconds later the lights in Orvale went out.", "en"),
    ("The vote in Orvale opened at 10:30:15 local time.", "en"),
    ("Через 5 секунд в порту Орвале раздался взрыв.", "ru"),
    ("Pellan scored 2 second-half goals for Orvale.", "en"),
])
def test_no_span_in_seconds(text, lang):
    assert all(unit != "s" for _, unit in figures(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("The council of Kenya approved a Sh4.2 trillion budget.", [(4.2e12, "KES")]),
    ("Varnia set aside Ksh. 512 billion for roads.", [(512e9, "KES")]),
    ("The deficit of Orvale reached Rp 410.5 trillion.", [(410.5e12, "IDR")]),
    ("Spending will reach IDR 2,100.4 trillion.", [(2100.4e12, "IDR")]),
    ("The rate will stand at AR$ 1,150 against the dollar.", [(1150, "ARS")]),
    ("The bank lent GH¢3.5 billion to farmers.", [(3.5e9, "GHS")]),
    ("The port cost RM7 million and ₱2 billion.", [(7e6, "MYR"), (2e9, "PHP")]),
    ("The fund holds 40 billion Ugandan shillings and 12 million shekels.", [(40e9, "UGX"), (12e6, "ILS")]),
    ("Varnia approved a 12.5-trillion-Tanzanian-shilling budget.", [(12.5e12, "TZS")]),
])
def test_currency_signs_and_words(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "The RM team of Varnia hired 5 RM staff.",     # a sign made of letters counts only before a figure
    "12 Shia pilgrims reached Orvale.",
    "Delegates at COP28 in Orvale agreed on a text.",  # a code that is also another word's letters
    "The Varnia portal moved to PHP 8 last year.",
    "A litre of RON95 petrol in Varnia costs less.",
])
def test_letter_signs_only_before_a_figure(text):
    assert all(unit not in {"MYR", "KES", "COP", "PHP", "RON"} for _, unit in figures(text))


@pytest.mark.parametrize("text, expected", [
    ("На визит потрачено 35 миллионов 200 тысяч сомов.", [(35.2e6, "KGS")]),
    ("Бюджет Дельвии составит 500 млрд сумов.", [(500e9, "UZS")]),
    ("Фирма получила 2 млн шведских крон и 3 тысячи леев.", [(2e6, "SEK"), (3000, "MDL")]),
    ("Сделка оценена в 40 млрд индонезийских рупий.", [(40e9, "IDR")]),
])
def test_russian_currency_words(text, expected):
    assert figures(text, "ru") == expected


def test_every_new_unit_has_a_code():
    for unit in ("s", "KES", "UGX", "TZS", "GHS", "EGP", "PKR", "LKR", "BDT", "IDR", "PHP", "MXN", "ARS", "CLP",
                 "COP", "VND", "THB", "MYR", "SAR", "AED", "QAR", "ILS", "IRR", "UZS", "KGS", "TJS", "MDL", "RON",
                 "HUF", "CZK", "SEK", "NOK", "DKK"):
        assert unit in UNIT_CODES
    assert UNIT_CODES["s"] == "SEC" and UNIT_CODES["KES"] == "ISO4217:KES"


@pytest.mark.parametrize("text, lang, expected", [
    ("Tanzania will spend some Sh8.4 trillion next year.", "en", [(8.4e12, "TZS")]),
    ("The ministry of Varnia will spend Sh8.4 trillion next year.", "en", [(8.4e12, None)]),
    ("Kenya and Uganda will each spend Sh5 billion.", "en", [(5e9, None)]),   # two countries: no one code
    ("Uganda: the Orvale bank lent Shs 300 billion.", "en", [(300e9, "UGX")]),
    ("Kenya will spend Ksh 4 billion on roads.", "en", [(4e9, "KES")]),
])
def test_shared_sign_takes_the_texts_country(text, lang, expected):
    assert figures(text, lang) == expected


def test_a_currency_of_any_length_glued_to_digits_opens_a_figure_unless_a_letter_comes_before_it():
    from claimsgraph.extract.quantities import _FIGURE, _GLUED_CURRENCIES

    for currency in sorted(_GLUED_CURRENCIES):
        assert [m.group("num") for m in _FIGURE.finditer(f"{currency}42 ")][-1:] == ["42"], currency
        assert "42" not in [m.group("num") for m in _FIGURE.finditer(f"x{currency}42 ")], currency
