"""Scale letters before units of their own and at a clause's end, prices per unit in both languages, and bounds
written after the figure ("12 or more buses"); spans and ages before other nouns."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def figures(text, lang="en"):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize("text, expected", [
    ("Velmar Oil plans to pump 3.4m barrels a day at Orsk.", [(3_400_000, "barrels a day")]),
    ("The Dorvik mill ground 2m tonnes of wheat.", [(2_000_000, "tonnes")]),
    # the bare letter at a clause's end takes the scale of the same letter before it
    ("Tarvo ferries carried 4.2m passengers, up from 3.9m, in the spring.",
     [(4_200_000, "passengers"), (3_900_000, "passengers")]),
    # an approximation after the opener, another opener, or none: the same clause's letter still scales it
    ("Tarvo ferries carried 4.2m passengers, compared with about 3.9m.",
     [(4_200_000, "passengers"), (3_900_000, "passengers")]),
    ("The Dorvik port handled 4.2m tonnes this year against 3.9m.", [(4_200_000, "tonnes"), (3_900_000, "tonnes")]),
    ("Vell TV has 4.2m users and Orla Media 3.9m.", [(4_200_000, "users"), (3_900_000, "users")]),
])
def test_a_scale_letter_before_a_unit_or_repeated_at_a_clause_end_is_millions(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Dorvik wall is 5m high and its gate 3m.", [(5, "m"), (3, "m")]),
    ("Tarvo ferries carried 4m passengers; the Dorvik quay is 2m.", [(4_000_000, "passengers"), (2, "m")]),
    # a scaled figure earlier in the sentence or text makes no later metres millions without a comparison opener
    ("The Vell firm sold 5m cars last year, and its new tower is 20m.", [(5_000_000, "cars"), (20, "m")]),
    ("Divers found 3m coins. The Tarnovia wreck lies at 40m.", [(3_000_000, "coins"), (40, "m")]),
    ("Vell TV has 4.2m users and its mast is about 30m.", [(4_200_000, "users"), (30, "m")]),
])
def test_metres_stay_metres(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jane Roe won the 200m weeks after her surgery.", [(200, "m")]),
    ("Vell won the 10k days after arriving in Tarnovia.", []),   # a race's "10k" is no unit read
])
def test_a_scale_letter_before_a_span_of_time_to_an_event_is_no_count(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Viewers watched 3m hours of Vell TV shows.", (3_000_000, "hours")),
    ("Tarnovian workers lost 2m days to strikes.", (2_000_000, "days")),
])
def test_a_scale_letter_before_a_span_of_time_counted_alone_is_millions(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, lang, expected", [
    ("Velmar paid $3.10 for each barrel it lifted.", "en", [(3.1, "dollars per barrel")]),
    ("Diesel in Orsk went up 9 cents a gallon.", "en", [(9, "cents per gallon")]),
    ("Бензин в Велмаре подорожал до 61,20 рубля за литр.", "ru", [(61.2, "рубля за литр")]),
    ("Дизель в Орске прибавил 14 копеек за литр.", "ru", [(14, "копеек за литр")]),
    ("Мазут стоил 41,5 руб./л на прошлой неделе.", "ru", [(41.5, "руб./л")]),
    ("Сахар продают по 80 руб. за килограмм.", "ru", [(80, "руб за килограмм")]),
    # the price is per the first noun of what is sold; shortened "кВт·ч" and "минуту разговора" count too
    ("Бензин в Орске стоит 61 рубль за литр бензина.", "ru", [(61, "рубль за литр")]),
    ("Велмар продает уголь по 500 рублей за тонну угля.", "ru", [(500, "рублей за тонну")]),
    ("Свет в Орске стоит 5 рублей за кВт·ч.", "ru", [(5, "рублей за кВт·ч")]),
    ("Связь «Велмара» стоит 3 рубля за минуту разговора.", "ru", [(3, "рубля за минуту разговора")]),
])
def test_prices_per_unit(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Компания «Велмар» получила 100 млн рублей за поставки угля.",
    "Фирма заработала 5 млн рублей за год.",
    "Он получил 300 руб. За литр платят больше.",
    "Вахтовикам в Орске платят 200 рублей за т. е. за смену.",
])
def test_russian_za_before_what_is_paid_for_or_a_period_is_no_price(text):
    units = [unit for _, unit in figures(text, "ru")]
    assert units and not any(" за " in unit for unit in units)


@pytest.mark.parametrize("text, lang, value, unit, bound", [
    ("Orsk sent 12 or more buses to the fair.", "en", 12, "buses", "min"),
    ("Rooms hold 6 or fewer guests at Dorvik.", "en", 6, "guests", "max"),
    ("В Орск отправили 12 и более автобусов.", "ru", 12, "автобусов", "min"),
])
def test_bounds_written_after_the_figure(text, lang, value, unit, bound):
    (q,) = find_quantities(text, Span(0, len(text)), lang)
    assert (q.value, q.unit, q.bound) == (value, unit, bound)


def test_more_than_that_is_no_bound():
    text = "Тарне исполнилось 18 и более того, она уже работает в Орске."
    assert not any(q.bound or "того" in (q.unit or "") for q in find_quantities(text, Span(0, len(text)), "ru"))
    # a figure that is read (it counts the buses of the clause before) keeps its value and gets no bound
    text = "Орск купил 12 автобусов, а Велмар — 18 и более того, он купил их первым."
    read = find_quantities(text, Span(0, len(text)), "ru")
    assert [(q.value, q.unit, q.bound) for q in read] == [(12, "автобусов", None), (18, "автобусов", None)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Orsk leaders met at a three-day high-level summit.", "en", [(3, "day")]),
    ("Velmar won a 10-year term.", "en", [(10, "year")]),
    ("45-летний житель Орска задержан.", "ru", [(45, "лет")]),
    ("Orsk opened a 4-year high school in Tarnovia.", "en", [(4, "year")]),
    ("Vell hotels fill in the 3-month peak season.", "en", [(3, "month")]),
    ("Orsk trains run late in the 10-week peak travel period.", "en", [(10, "week")]),
])
def test_spans_and_ages_before_other_nouns_stay(text, lang, expected):
    assert figures(text, lang) == expected
