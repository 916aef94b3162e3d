import re

import pytest

from claimsgraph.extract.quantities import canonical_unit, find_quantities, parse_number
from claimsgraph.model import Span


def figures(text, lang="en", previous_unit=None):
    return [(q.value, q.unit) for q in find_quantities(text, Span(0, len(text)), lang, previous_unit)]


@pytest.mark.parametrize("text, lang, value", [
    ("53,000", "en", 53000), ("53 000", "en", 53000), ("53\u00a0000", "ru", 53000),
    ("1.5", "en", 1.5), ("1,5", "ru", 1.5), ("forty-eight", "en", 48), ("сорок восемь", "ru", 48),
    ("twelve", "en", 12), ("1,581", "en", 1581),
    # a decimal comma before three zeros is a thousands comma: no fraction is written so
    ("10,000", "ru", 10000), ("1,000,000", "ru", 1000000), ("10,5", "ru", 10.5), ("2,750", "ru", 2.75),
])
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text, lang, expected", [
    ("over 36 thousand people have left", "en", [(36000, "people")]),
    ("41,000 people went back to the valley.", "en", [(41000, "people")]),
    ("more than 2.5 million tons of grain", "en", [(2500000, "tons")]),
    ("a total of 64 prisoners of war were freed", "en", [(64, "prisoners of war")]),
    ("thirty-six border posts", "en", [(36, "border posts")]),
    ("около 2 тыс. человек", "ru", [(2000, "человек")]),
    ("1,5 млн тонн груза", "ru", [(1500000, "тонн груза")]),
    ("48 тыс. человек вернулись", "ru", [(48000, "человек")]),
    ("19 пограничных постов северного отряда", "ru", [(19, "пограничных постов")]),
    ("troops stand 5 km inside the border and 7 districts around it", "en", [(5, "km"), (7, "districts")]),
])
def test_figures_with_units(text, lang, expected):
    assert figures(text, lang) == expected


def test_dates_years_times_and_ordinals_are_not_figures():
    text = "On March 3, 2031 and 14 мая 2031 года at 09:05 the 12th session met in 2031."
    assert figures(text) == []


def test_bare_figures_borrow_the_unit():
    assert figures("88 of them have been sent to Ostravia, and 12 to Borealia.",
                   previous_unit="prisoners") == [(88, "prisoners"), (12, "prisoners")]


def test_bounds_are_kept():
    (q,) = find_quantities("more than 356 hectares", Span(0, 22), "en")
    assert q.bound == "min" and q.value == 356
    (q,) = find_quantities("about 2,000 troops", Span(0, 18), "en")
    assert q.approximate and q.bound is None


def test_small_number_words_without_a_unit_are_not_figures():
    assert figures("Three of them agreed.") == []


@pytest.mark.parametrize("text, expected", [
    ("The EU pledged €500 million to Armenia.", [(500000000, "euros")]),
    ("Inflation reached 8.6% in May.", [(8.6, "percent")]),
    ("After the 2020 war ended, the 1994 ceasefire agreement was recalled.", []),
    ("The wall is 3 m high.", [(3, "m")]),
    ("In total 1960 troops arrived.", [(1960, "troops")]),
])
def test_currencies_percentages_and_years(text, expected):
    assert figures(text) == expected


def test_references_are_not_figures():
    assert figures("a breach of paragraph 4 of the harbour treaty") == []
    assert figures("согласно пункту 9 заявления", "ru") == []


def found(text, lang="en"):
    return find_quantities(text, Span(0, len(text)), lang)


@pytest.mark.parametrize("text, lang, value, bound", [
    ("The talks in Vellmar lasted more than 40 hours.", "en", 40, "min"),
    ("Переговоры в Остраве шли в течение 72 часов.", "ru", 72, None),
    ("The strike at the Dorvik plant went on for 6 days.", "en", 6, None),
])
def test_quantities_durations_are_figures_in_hours_and_days(text, lang, value, bound):
    (q,) = found(text, lang)
    assert (q.value, q.bound, q.canonical_unit) == (value, bound, "h" if "hour" in text or "час" in text else "d")


@pytest.mark.parametrize("text, lang", [
    ("The truce, agreed 3 days ago, held.", "en"),
    ("Через 3 дня мэр Остравы ушёл.", "ru"),
    ("Мэр Остравы ушёл 3 дня назад.", "ru"),
    ("Polls in Dorvik close at 8 pm.", "en"),
])
def test_quantities_points_in_time_are_not_figures(text, lang):
    assert found(text, lang) == []


@pytest.mark.parametrize("text, lang, value, other, canonical, evidence", [
    ("Growth will be between 3 and 5 per cent.", "en", 5, 3, "%", "between 3 and 5 per cent"),
    ("Each lorry of Vellmar carries between 12 and 15 tonnes.", "en", 15, 12, "t", "between 12 and 15 tonnes"),
    ("Каждая машина Остравы везет от 12 до 15 тонн.", "ru", 15, 12, "t", "от 12 до 15 тонн"),
    ("Between 10-15 people were hurt.", "en", 15, 10, "people", "10-15 people"),
    ("The fund needs between 1.5 and 2 million dollars.", "en", 2e6, 1.5e6, "USD",
     "between 1.5 and 2 million dollars"),
    ("About 10 to 15 people waited in Dorvik.", "en", 15, 10, "people", "About 10 to 15 people"),
])
def test_quantities_ranges_keep_both_ends(text, lang, value, other, canonical, evidence):
    *first, q = found(text, lang)
    assert (q.value, q.range_from, q.canonical_unit, q.bound) == (value, other, canonical, None)
    # "between"/"от" give the range's upper end; a range they do not open is each end as written
    assert [f.value for f in first] == ([] if re.search(r"(?i)(?<!\w)(?:between|от) ", text) else [other])
    assert text[q.span.start:q.span.end] == evidence


@pytest.mark.parametrize("text, lang, value, other, canonical, evidence", [
    ("Turnout in Vellmar fell from 64 to 47 per cent.", "en", 47, 64, "%", "from 64 to 47 per cent"),
    ("Банк Остравы повысил ставку с 7,5 до 7,75%.", "ru", 7.75, 7.5, "%", "с 7,5 до 7,75%"),
    ("Рентабельность завода в Остраве упала с 24,6 до 20,9%.", "ru", 20.9, 24.6, "%", "с 24,6 до 20,9%"),
    ("Each lorry carries from 12 to 15 tonnes.", "en", 15, 12, "t", "from 12 to 15 tonnes"),
    ("Dorvik's forecast ranges from 1.5 to 2 million tonnes.", "en", 2e6, 1.5e6, "t", "from 1.5 to 2 million tonnes"),
])
def test_quantities_a_bare_end_after_from_is_a_figure_too(text, lang, value, other, canonical, evidence):
    """ "from 64 to 47 per cent", "с 7,5 до 7,75%": the value left (or a range's low end) is a figure of its own,
    counted in the other end's unit, as when it is written with its unit ("from 64% to 47%"); the value reached
    keeps the range. "between 3 and 5", "от 3 до 5" stay one figure."""
    first, q = found(text, lang)
    assert (q.value, q.range_from, q.canonical_unit, q.bound) == (value, other, canonical, None)
    assert (first.value, first.range_from, first.canonical_unit, first.borrowed) == (other, None, canonical, True)
    assert text[q.span.start:q.span.end] == text[first.span.start:first.span.end] == evidence


@pytest.mark.parametrize("text, lang, value, other, canonical, evidence", [
    ("Банк Остравы повысил ставку с 7,5% до 7,75%.", "ru", 7.75, 7.5, "%", "с 7,5% до 7,75%"),
    ("Growth slowed from 3 per cent to 2.5 per cent.", "en", 2.5, 3, "%", "from 3 per cent to 2.5 per cent"),
    ("The fund grew from $1 billion to $2.4 billion in May.", "en", 2.4e9, 1e9, "USD",
     "from $1 billion to $2.4 billion"),
    ("Dorvik expects 6% to 8% growth in sales.", "en", 8, 6, "%", "6% to 8%"),
    ("Earnings per share will be $2.15 to $2.35 in Vellmar.", "en", 2.35, 2.15, "USD", "$2.15 to $2.35"),
])
def test_quantities_a_range_end_with_its_own_unit_is_a_figure_too(text, lang, value, other, canonical, evidence):
    """Every number written with its unit is a figure: "6% to 8%" is 6% and the range up to 8%, in one phrase."""
    first, q = found(text, lang)
    assert (q.value, q.range_from, q.canonical_unit, q.bound) == (value, other, canonical, None)
    assert (first.value, first.range_from, first.canonical_unit) == (other, None, canonical)
    assert text[q.span.start:q.span.end] == text[first.span.start:first.span.end] == evidence


def test_quantities_a_falling_figure_is_not_a_range_without_from():
    assert [(q.value, q.range_from) for q in found("Scores: 9-3 teams and 5 teams left.")] == [(5, None)]


def test_quantities_two_figures_of_different_units_are_not_a_range():
    qs = found("They delivered 5 tons to 18 districts of Vellmar.")
    assert [(q.value, q.unit, q.range_from) for q in qs] == [(5, "tons", None), (18, "districts", None)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The assembly of Dorvik passed the bill 412-18 on Tuesday.", "en", [412, 18]),
    ("The motion was adopted by 52 votes to 47.", "en", [52, 47]),
    ("Депутаты Остравы проголосовали 290 против 201.", "ru", [290, 201]),
])
def test_quantities_vote_tallies_are_two_figures_in_votes(text, lang, expected):
    qs = found(text, lang)
    assert [q.value for q in qs] == expected and {q.canonical_unit for q in qs} == {"votes"}


def test_quantities_a_hyphen_without_votes_is_not_a_tally():
    assert found("The 412-18 road to Vellmar was closed.") == []
    qs = found("The Dorvik senate voted 52-48, with 10-15 abstentions.")
    assert [(q.value, q.range_from, q.canonical_unit) for q in qs] == [(52, None, "votes"), (48, None, "votes"),
                                                                        (10, None, None), (15, 10, None)]


@pytest.mark.parametrize("text, lang, value, unit, canonical", [
    ("The Vellmar fund holds $2.4 trillion.", "en", 2.4e12, "dollars", "USD"),
    ("The firm paid USD 2.4 billion for it.", "en", 2.4e9, "dollars", "USD"),
    ("The plant cost $300m to build.", "en", 3e8, "dollars", "USD"),
    ("A ticket costs 40 € in Dorvik.", "en", 40, "euros", "EUR"),
    ("The bridge cost 900 million manats.", "en", 9e8, "manats", "AZN"),
    ("Бюджет Остравы вырос на 5 млрд рублей.", "ru", 5e9, "рублей", "RUB"),
    ("Завод стоил 20 млн долл. США.", "ru", 2e7, "долл. сша", "USD"),
    ("Prices rose by 4 per cent.", "en", 4, "percent", "%"),
    ("Цены выросли на 4 процента.", "ru", 4, "percent", "%"),
    ("Rates rose 2.375% in Dorvik.", "en", 2.375, "percent", "%"),
    ("The rate rose by 0.5 percentage points.", "en", 0.5, "percentage points", "pp"),
])
def test_quantities_currencies_and_per_cent(text, lang, value, unit, canonical):
    (q,) = found(text, lang)
    assert (q.value, q.unit, q.canonical_unit) == (value, unit, canonical)


@pytest.mark.parametrize("text, value", [
    ("The Vellmar lake covers 31.500 km2.", 31500), ("The Vellmar road is 3.5 km long.", 3.5),
    ("It grew by 1.125 million tons.", 1125000), ("A 1.234.567 people census.", 1234567),
    ("The wall is 0.250 km long.", 0.25), ("The plot is 1,234.5 hectares.", 1234.5),
])
def test_quantities_european_thousands(text, value):
    (q,) = found(text)
    assert q.value == value


@pytest.mark.parametrize("unit, lang, canonical", [
    ("tons of grain", "en", "t"), ("тонн зерна", "ru", "t"), ("tonnes", "en", "t"), ("т", "ru", "t"),
    ("people", "en", "people"), ("человек", "ru", "people"), ("людей", "ru", "people"),
    ("kilometres long", "en", "km"), ("kilometers", "en", "km"), ("км", "ru", "km"),
    ("square kilometres", "en", "km2"), ("km²", "en", "km2"), ("кв. км", "ru", "km2"),
    ("квадратных километров", "ru", "km2"), ("dollars", "ru", "USD"), ("долларов", "ru", "USD"),
    ("hours", "en", "h"), ("часов", "ru", "h"), ("суток", "ru", "d"), ("percent", "ru", "%"),
    ("cubic metres of gas", "en", "m3"), ("куб. м газа", "ru", "m3"), ("квадратных миль", "ru", "mi2"),
    ("observation posts", "en", None), ("наблюдательных постов", "ru", None), (None, "en", None),
])
def test_quantities_canonical_units_across_languages(unit, lang, canonical):
    assert canonical_unit(unit, lang) == canonical


def test_quantities_the_same_figure_in_two_languages_compares():
    (a,) = found("Exports from Vellmar reached 1.5 million tons.")
    (b,) = found("Экспорт Остравы достиг 1,5 млн тонн.", "ru")
    assert (a.value, a.canonical_unit) == (b.value, b.canonical_unit) == (1500000, "t")
    assert (a.unit, b.unit) == ("tons", "тонн")


@pytest.mark.parametrize("value, data, text, people", [
    (1.5e6, 1500000, "1500000", "1,500,000"), (2.4e12, 2400000000000, "2400000000000", "2,400,000,000,000"),
    (7.75, 7.75, "7.75", "7.75"), (0.00001, 0.00001, "0.00001", "0.00001"), (31500.5, 31500.5, "31500.5", "31,500.5"),
])
def test_numbers_one_format_without_exponents(value, data, text, people):
    from claimsgraph.numbers import grouped, plain, plain_text

    assert (plain(value), plain_text(value), grouped(value)) == (data, text, people)
    assert type(plain(value)) is type(data)


@pytest.mark.parametrize("fmt, expected", [
    ("json", '"value": 2400000000000'), ("csv", "2400000000000,1.5"), ("table", "2,400,000,000,000 |   1.5"),
])
def test_numbers_query_output_never_writes_exponents(fmt, expected):
    from claimsgraph.formats import format_rows

    out = format_rows(["value", "share"], [[2.4e12, 1.5]], fmt)
    assert expected in out and "e+" not in out and ".0," not in out


def test_lang_every_language_module_has_the_same_figure_tables():
    """Adding a language is one module with these tables; a missing one fails here, not mid-build."""
    from claimsgraph.lang import LANGUAGES, UNIT_CODES

    names = {n for n in vars(LANGUAGES["en"]) if n.isupper()}
    for code, module in LANGUAGES.items():
        assert {n for n in vars(module) if n.isupper()} == names, code
        assert set(module.UNITS.values()) <= set(UNIT_CODES), code


@pytest.mark.parametrize("text, lang, value, bound, evidence", [
    ("The mayor of Vellmar served for 15 years until 2014.", "en", 15, None, "15 years"),
    ("Brask was sentenced to nine years in prison.", "en", 9, None, "nine years"),
    ("The bank rate has stood there for more than six years.", "en", 6, "min", "more than six years"),
    ("Sales rose in the three months to the end of June.", "en", 3, None, "three months"),
    ("Прокурор просил для Браска 18 лет колонии.", "ru", 18, None, "18 лет колонии"),
    ("Браска приговорили к шести годам колонии.", "ru", 6, None, "шести годам колонии"),
    ("За последние два года завод в Остраве закрылся.", "ru", 2, None, "два года"),
])
def test_quantities_spans_of_years_and_months_are_figures(text, lang, value, bound, evidence):
    (q,) = found(text, lang)
    assert (q.value, q.bound, q.canonical_unit) == (value, bound, "yr" if "month" not in text else "mo")
    assert text[q.span.start:q.span.end] == evidence


@pytest.mark.parametrize("text, lang, evidence", [
    ("The 82-year-old left Dorvik.", "en", "82-year-old"),
    ("Brask retired at the age of 82 in Dorvik.", "en", "82"),
    ("Brask, aged 82, left Dorvik.", "en", "82"),
    ("82-летний Браск покинул Остраву.", "ru", "82-летний"),
    ("Ilse Brask, 82, left Dorvik on Monday.", "en", "82"),
])
def test_quantities_ages_are_figures_in_years(text, lang, evidence):
    (q,) = found(text, lang)
    assert (q.value, q.canonical_unit, text[q.span.start:q.span.end]) == (82, "yr", evidence)
    assert q.unit == ("лет" if lang == "ru" else "years")       # the unit noun, not "year-old"


@pytest.mark.parametrize("text, lang, expected", [
    ("More than half a million people fled Vellmar.", "en", [(500000, "people")]),
    ("Из Остравы уехали полмиллиона человек.", "ru", [(500000, "человек")]),
    ("Остраве нужно полтора миллиона тонн угля.", "ru", [(1500000, "тонн угля")]),
    ("Half of the people left.", "en", []),
])
def test_quantities_fractions_of_a_scale(text, lang, expected):
    assert figures(text, lang) == expected


def test_quantities_a_bare_figure_after_a_bound_borrows_the_unit():
    """ "…, 1,300 were hurt and nearly two million are affected": the bound stands between "and" and the figure."""
    assert figures("In Vellmar 200 people died, 1,300 were hurt and nearly two million are affected.") == \
        [(200, "people"), (1300, "people"), (2e6, "people")]


@pytest.mark.parametrize("text, expected", [
    ("Three of its soldiers were killed and one was wounded in Dorvik.", [(3, "soldiers"), (1, "soldiers")]),
    ("One of the reasons is the Dorvik road.", []),
    ("Three were hurt and no one was killed.", []),
    ("One day 5 tons of grain arrived in Dorvik.", [(5, "tons")]),
])
def test_quantities_one_is_a_figure_only_after_another(text, expected):
    assert figures(text) == expected


def test_quantities_a_pair_is_not_counted_whatever_words_stand_between():
    assert figures("It was a flare-up between the two Caspian neighbours.") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The Dorvik party won 326 of the 650 seats.", "en", [(326, "seats"), (650, "seats")]),
    ("Floods hit 30 out of 36 districts of Vellmar.", "en", [(30, "districts"), (36, "districts")]),
    ("Партия Остравы получила 326 из 650 мест.", "ru", [(326, "мест"), (650, "мест")]),
])
def test_quantities_a_part_counts_what_its_whole_counts(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dorvik must cut emissions 30 per cent below 1990 levels.", [(30, "percent")]),
    ("Vellmar output is up from 2010 levels.", []),
    ("In total 1960 troops arrived.", [(1960, "troops")]),
])
def test_quantities_a_year_after_a_preposition_stays_a_year_before_a_noun(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("В Остраве погибли 12 человек, еще 45 получили ранения.", "ru", [(12, "человек"), (45, "человек")]),
    ("In Vellmar 12 people died and another 45 were hurt.", "en", [(12, "people"), (45, "people")]),
])
def test_quantities_a_verb_after_a_figure_is_not_its_unit(text, lang, expected):
    assert figures(text, lang) == expected


def test_quantities_percentage_points_abbreviated_in_russian():
    (q,) = found("Цены в Остраве выросли на 0,5 п.п.", "ru")
    assert (q.value, q.canonical_unit) == (0.5, "pp")


@pytest.mark.parametrize("text, lang, expected", [
    ("The number of families settled in Vellmar has reached 151.", "en", [(151, "families")]),
    ("The death toll in Dorvik rose to 68.", "en", [(68, "people")]),
    ("Vellmar has a population of around 2.8 million.", "en", [(2.8e6, "people")]),
    ("Число погибших в Остраве достигло 68.", "ru", [(68, "погибших")]),
    ("The number of talks in Vellmar rose to 12 in 3 days.", "en", [(12, "talks"), (3, "days")]),
])
def test_quantities_a_noun_before_names_what_a_bare_figure_counts(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("A blast in Dorvik killed at least 170 people and injured nearly 300.", "en", [(170, "people"), (300, "people")]),
    ("В Остраве эвакуированы 500 человек, госпитализированы 40.", "ru", [(500, "человек"), (40, "человек")]),
    ("In Dorvik 170 people died, said 3 officials.", "en", [(170, "people")]),   # the sources' count is no figure
])
def test_quantities_a_bare_figure_with_its_own_verb_borrows_the_unit(text, lang, expected):
    assert figures(text, lang) == expected


def test_quantities_times_of_day_are_not_figures():
    assert figures("The truce in Vellmar took effect at 1 p.m. and at 9 am.") == []


@pytest.mark.parametrize("text, lang, value, canonical", [
    ("Vellmar holds 375 billion pounds (S$722 billion).", "en", 7.22e11, "SGD"),
    ("The Dorvik bank bought ¥500 billion in bonds.", "en", 5e11, "JPY"),
    ("Dorvik Motors will invest ₹2,000 crore in Vellmar.", "en", 2e10, "INR"),
    ("The firm raised HK$3.2 billion.", "en", 3.2e9, "HKD"),
    ("Sales reached 45 billion yuan.", "en", 4.5e10, "CNY"),
    ("Остраве выделили 20 млрд гривен.", "ru", 2e10, "UAH"),
    ("Кредит Остраве составил 1,5 млрд белорусских рублей.", "ru", 1.5e9, "BYN"),
])
def test_quantities_more_currencies_by_sign_code_and_name(text, lang, value, canonical):
    q = found(text, lang)[-1]
    assert (q.value, q.canonical_unit) == (value, canonical)


@pytest.mark.parametrize("text, lang, expected", [
    ("5 min read", "en", []), ("Reading time: 4 minutes", "en", []), ("Читать 3 минуты", "ru", []),
    ("Talks in Vellmar took 40 minutes.", "en", [(40, "minutes")]),
])
def test_quantities_a_reading_time_is_page_furniture(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Dorvik vote was 52 in favour and 47 against.", "en", [52, 47]),
    ("Совет Остравы проголосовал: 30 за, 2 против.", "ru", [30, 2]),
])
def test_quantities_the_sides_of_a_vote_count_votes(text, lang, expected):
    qs = found(text, lang)
    assert [q.value for q in qs] == expected and {q.canonical_unit for q in qs} == {"votes"}


@pytest.mark.parametrize("text, value, unit", [
    ("Dorvik Air carried 1.5m passengers.", 1.5e6, "passengers"),
    ("Vellmar hired 20k people.", 20000, "people"),
    ("The Dorvik wall is 5m high.", 5, "m"),
])
def test_quantities_a_scale_letter_on_the_digits_before_a_counted_noun(text, value, unit):
    assert figures(text) == [(value, unit)]


@pytest.mark.parametrize("text, lang, bound", [
    ("As many as 200 people may have died in Vellmar.", "en", "max"),
    ("A maximum of 50 observers will go to Dorvik.", "en", "max"),
    ("В Остраве погибли как минимум 30 человек.", "ru", "min"),
    ("В Остраве пострадали по меньшей мере 12 человек.", "ru", "min"),
])
def test_quantities_more_bounds(text, lang, bound):
    (q,) = found(text, lang)
    assert q.bound == bound and text[q.span.start:q.span.end].split()[-1] in {"people", "observers", "человек"}


def test_quantities_basis_points():
    (q,) = found("The Dorvik bank raised rates by 50 basis points.")
    assert (q.value, q.canonical_unit) == (50, "bp")


@pytest.mark.parametrize("text, bound", [
    ("Инфляция в Остраве замедлилась до 3,2%.", None),
    ("Ставку Остравы снизили на 0,25 процентного пункта, до 7,5%.", None),
    ("Строительство моста в Остраве займет до 10 лет.", "max"),
    ("Остраве выделят до 5 млн рублей.", "max"),
])
def test_quantities_russian_do_after_a_change_is_the_value_reached_not_a_bound(text, bound):
    q = found(text, "ru")[-1]
    assert (q.bound, q.approximate) == (bound, False)


@pytest.mark.parametrize("text, lang, expected", [
    ("Prices in Vellmar have not been this high since the 90s.", "en", []),
    ("В 90-х годах цены в Остраве были ниже.", "ru", []),
    ("Dorvik launched its 5G network in 12 cities.", "en", [(12, "cities")]),
    ("The 3D model of Vellmar was shown.", "en", []),
])
def test_quantities_decades_and_letters_on_digits_that_are_no_unit(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, canonical", [
    ("Temperatures in Vellmar reached 45C.", "en", "cel"), ("В Остраве было 45 градусов.", "ru", "cel"),
    ("The Dorvik plant will make 2GW.", "en", "GW"), ("Vellmar pumps 1.2 million barrels a day.", "en", "bbl/d"),
])
def test_quantities_temperature_power_and_barrels(text, lang, canonical):
    (q,) = found(text, lang)
    assert q.canonical_unit == canonical


@pytest.mark.parametrize("text, lang, expected", [
    ("The attack on Dorvik killed 27 and wounded more than 200.", "en", [(27, "people"), (200, "people")]),
    ("Dorvik Steel employs 45,000 in Vellmar.", "en", [(45000, "people")]),
    ("При обстреле Остравы ранены 11.", "ru", [(11, "человек")]),
    ("The Dorvik court fined 27 of its clerks.", "en", [(27, "clerks")]),
])
def test_quantities_a_bare_object_of_a_verb_that_counts_people(text, lang, expected):
    assert figures(text, lang) == expected


def test_quantities_a_split_decision_is_a_tally():
    qs = found("The Dorvik court ruled by a 6-3 majority.")
    assert [(q.value, q.canonical_unit) for q in qs] == [(6, "votes"), (3, "votes")]


@pytest.mark.parametrize("text, lang", [
    ("Ремонт моста в Остраве займет от трех до пяти лет.", "ru"),
    ("Repairs in Vellmar will take between three and five years.", "en"),
])
def test_quantities_a_range_of_time_in_words_is_counted(text, lang):
    (q,) = found(text, lang)
    assert (q.value, q.range_from, q.canonical_unit, q.bound) == (5, 3, "yr", None)


@pytest.mark.parametrize("text, value", [
    ("The Vellmar crown rose to $1.0850.", 1.085), ("Dorvik paid 1.2345 euros a litre.", 1.2345),
    ("Vellmar has 12 345 678 voters.", 12345678),
])
def test_quantities_a_group_of_three_digits_is_not_cut_from_a_longer_fraction(text, value):
    assert found(text)[0].value == value


@pytest.mark.parametrize("text, expected", [
    ("One hundred and twenty soldiers reached Vellmar.", [(120, "soldiers")]),
    ("A thousand troops were sent to Dorvik.", [(1000, "troops")]),
    ("In 2022, 5,000 people fled Vellmar.", [(5000, "people")]),
    ("Polls in Dorvik list 3, 4 and 5.", []),
    ("Growth in Vellmar was between three and five per cent.", [(5, "percent")]),
])
def test_quantities_numbers_in_words_and_after_a_year(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Vellmar truce held for one year.", [(1, "year")]),
    ("One day the Dorvik mayor resigned.", []),
    ("One year later Dorvik voted again.", [(1, "year")]),   # the span between two events, as "спустя год"
])
def test_quantities_one_counts_a_span_of_time_only_when_counted(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, lang", [
    ("Браска обвинили по ч. 2 ст. 205 УК.", "ru"),
    ("Указом 1234 Остраве дали статус.", "ru"),
    ("Executive Order 14024 named Dorvik.", "en"),
])
def test_quantities_abbreviated_and_legal_references_are_not_figures(text, lang):
    assert found(text, lang) == []


def test_quantities_a_bill_is_no_reference_before_a_tally():
    assert [q.value for q in found("Депутаты Остравы приняли законопроект 290 голосами против 201.", "ru")] == [290, 201]


@pytest.mark.parametrize("text, lang, expected", [
    ("A magnitude 7.8 earthquake struck Vellmar.", "en", [(7.8, "magnitude")]),
    ("Землетрясение магнитудой 7,8 произошло в Остраве.", "ru", [(7.8, "магнитуды")]),
    ("Some 2,000 people fled Dorvik.", "en", [(2000, "people")]),
])
def test_quantities_magnitudes_and_irregular_verbs_after_a_unit(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, unit", [
    ("In Vellmar 40 families living near the river left.", "families"),
    ("Some 300 people currently live in Dorvik.", "people"),
])
def test_quantities_participles_and_adverbs_end_a_unit(text, unit):
    assert [u for _, u in figures(text)] == [unit]


def test_quantities_mines_in_russian_are_not_minutes():
    (q,) = found("Саперы Остравы обезвредили 5 мин.", "ru")
    assert q.canonical_unit != "min"


def test_quantities_a_part_of_a_whole_owned_by_someone():
    assert figures("Nearly 101,000 of the region's 120,000 ethnic Vellmarians left.") == \
        [(101000, "ethnic vellmarians"), (120000, "ethnic vellmarians")]


@pytest.mark.parametrize("text, lang, expected", [
    ("В Остраве пострадали 12 человек, из них 3 — дети.", "ru", [(12, "человек"), (3, "человек")]),
    ("In Dorvik 12 people were hurt, of whom 3 were children.", "en", [(12, "people"), (3, "people")]),
])
def test_quantities_an_anaphor_before_a_bare_figure(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, statement", [
    ("Headline\n\nThe mayor of Vellmar served the city for 15 years until his retirement.\n", True),
    ("Headline\n\nThe mayor of Vellmar said 300 people were hurt.\n", False),
])
def test_quantities_a_sentence_whose_only_figure_is_a_span_of_time_is_a_statement_too(text, statement):
    """A span of time dates or measures what the sentence asserts; a count is what it asserts."""
    from claimsgraph.extract import extract
    from claimsgraph.ingest import parse_document
    from claimsgraph.link import Linker

    doc = parse_document("t.txt", text.encode(), "text/plain")
    kinds = [c.kind for c in extract(doc, Linker([])).claims]
    assert "quantity" in kinds and (len(kinds) > 1) == statement


@pytest.mark.parametrize("text, expected", [
    ("A five-judge panel in Vellmar heard the case.", [(5, "judge")]),
    ("The 996-page report on Dorvik was published.", [(996, "page")]),
    ("Work on the 12-kilometre stretch near Ostrava began.", [(12, "kilometre")]),
    ("The three-way talks and three-sided statements in Vellmar failed.", []),
    ("Dorvik backs a two-state solution by a two-thirds majority.", []),
    ("Vellmar sent a two-man crew and a three-man crew.", [(2, "man"), (3, "man")]),
    ("A 100,000-strong force gathered near Dorvik.", []),
])
def test_quantities_a_figure_joined_to_its_unit_by_a_hyphen_counts_that_word(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, value, unit", [
    ("Vellmar will invest over the next 30-plus years.", 30, "years"),
    ("The Dorvik office has 20+ staff.", 20, "staff"),
])
def test_quantities_a_bound_written_after_the_digits(text, value, unit):
    (q,) = found(text)
    assert (q.value, q.unit, q.bound) == (value, unit, "min")


@pytest.mark.parametrize("text, expected", [
    ("The clash in Vellmar left seven soldiers dead.", [(7, "soldiers")]),
    ("The Dorvik bridge is 43 kilometres long.", [(43, "kilometres")]),
    ("The number of dead in Vellmar rose to 27.", [(27, "dead")]),
])
def test_quantities_a_predicative_adjective_is_not_part_of_the_unit(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, lang, previous_unit, expected", [
    ("Three soldiers were killed and one soldier was wounded.", "en", None, [(3, "soldiers"), (1, "soldier")]),
    ("Один человек воздержался.", "ru", "человек", [(1, "человек")]),
    ("Один человек воздержался.", "ru", None, []),
    ("One of the reasons is that one mayor resigned.", "en", "soldiers", []),
])
def test_quantities_one_counts_when_it_continues_a_count_of_the_same_unit(text, lang, previous_unit, expected):
    assert figures(text, lang, previous_unit) == expected


@pytest.mark.parametrize("text, lang, value, approximate", [
    ("Trade between Vellmar and Dorvik grew 1.5 times faster than output.", "en", 1.5, False),
    ("Rents in Ostrava are three times higher.", "en", 3, False),
    ("Dorvik saw a 3-fold rise in exports.", "en", 3, False),
    ("Exports from Vellmar grew almost fivefold.", "en", 5, True),
    ("Товарооборот Остравы вырос в 1,5 раза.", "ru", 1.5, False),
])
def test_quantities_factors_are_figures_counted_in_times(text, lang, value, approximate):
    (q,) = found(text, lang)
    assert (q.value, q.canonical_unit, q.approximate) == (value, "times", approximate)


@pytest.mark.parametrize("text, lang", [
    ("Exports from Vellmar almost doubled.", "en"),
    ("Dorvik's budget is twice as large.", "en"),
    ("Rents in Ostrava have halved.", "en"),
    ("Цены в Вельмаре выросли почти вдвое.", "ru"),
    ("Экспорт Остравы утроился.", "ru"),
    ("The mayor of Vellmar met them three times.", "en"),
    ("Мэр Остравы звонил три раза.", "ru"),
    ("Dorvik doubled down on its claim.", "en"),
    ("Rebels near Vellmar struck three times the next day.", "en"),
    ("The mayor of Vellmar visited Dorvik three times as president.", "en"),
    ("The mayor of Vellmar was fined three times over the past year.", "en"),
])
def test_quantities_a_factor_with_no_number_or_a_count_of_occasions_is_no_figure(text, lang):
    """A number with a unit is a figure; "doubled" writes none (the statement of its sentence tells it), and "met
    three times" counts occasions, no factor."""
    assert found(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Seats held by the Dorvik party fell from 64 to 47.", "en", [(64, "seats"), (47, "seats")]),
    ("Casualties in Vellmar reached 40 on Monday.", "en", [(40, "casualties")]),
    ("Погибших в Остраве — 27.", "ru", [(27, "погибших")]),
    ("Prices in Dorvik rose to 47.", "en", []),
    ("Цены в Остраве составили 40.", "ru", []),
])
def test_quantities_a_counted_noun_before_its_bare_figure(text, lang, expected):
    assert figures(text, lang) == expected


def test_quantities_a_range_counted_by_a_noun_before_it_keeps_both_ends():
    first, q = found("Seats held by the Dorvik party fell from 64 to 47.")
    assert (first.value, first.range_from, q.value, q.range_from) == (64, None, 47, 64)


def test_quantities_a_name_before_an_amount_verb_counts_nothing():
    assert figures("On Monday Vellmar Athletics reached 40.") == []


@pytest.mark.parametrize("text, lang, value, canonical", [
    ("After a 31-day war the border moved.", "en", 31, "d"),
    ("После 31-дневной войны граница Остравы сдвинулась.", "ru", 31, "d"),
    ("The mayor of Vellmar got a 10-year sentence after a two-day trial.", "en", 10, "yr"),
    ("В Вельмаре объявили 72-часовое перемирие.", "ru", 72, "h"),
])
def test_quantities_a_span_of_time_joined_to_its_number_by_a_hyphen_is_a_figure(text, lang, value, canonical):
    q = found(text, lang)[0]
    assert (q.value, q.canonical_unit) == (value, canonical)


@pytest.mark.parametrize("text, lang, value, other", [
    ("30-40 тыс. человек покинули Остраву.", "ru", 40000, 30000),
    ("Some 10-15 million people live around Vellmar.", "en", 15e6, 10e6),
])
def test_quantities_a_hyphened_range_gives_its_first_end_the_scale_of_the_second(text, lang, value, other):
    first, q = found(text, lang)
    assert (first.value, q.value, q.range_from) == (other, value, other)


@pytest.mark.parametrize("text, expected", [
    ("Банк Остравы повысил ставку на 50 б.п. до 8%.", [(50, "bp", None), (8, "%", None)]),
    ("Безработица в Вельмаре снизилась на 0,2 п.п., до 4,1%.", [(0.2, "pp", None), (4.1, "%", None)]),
    ("Поставки в Остраву составят до 5 млн тонн.", [(5e6, "t", "max")]),
])
def test_quantities_russian_points_and_the_value_a_change_reaches(text, expected):
    assert [(q.value, q.canonical_unit, q.bound) for q in found(text, "ru")] == expected


@pytest.mark.parametrize("text, lang, value, canonical", [
    ("Vellmar's economy grew by 2.1pc.", "en", 2.1, "%"),
    ("Growth in Dorvik was -0.5%.", "en", -0.5, "%"),
    ("Output in Ostrava fell to \u22121.2%.", "en", -1.2, "%"),
    ("Vellmar woke to minus 3 degrees.", "en", -3, "cel"),
    ("В Остраве минус 3 градуса.", "ru", -3, "cel"),
])
def test_quantities_pc_and_negative_figures(text, lang, value, canonical):
    (q,) = found(text, lang)
    assert (q.value, q.canonical_unit) == (value, canonical)


@pytest.mark.parametrize("text, expected", [
    ("COVID-19 killed 5 people in Vellmar.", [(5, "people")]),
    ("Between 10-15 people waited in Dorvik.", [(15, "people")]),
    ("Some 10-15 people waited in Dorvik.", [(10, "people"), (15, "people")]),
    ("Dorvik's debt hit $2.4tn.", [(2.4e12, "dollars")]),
])
def test_quantities_a_hyphen_after_a_word_or_figure_is_no_minus_and_a_final_stop_no_abbreviation(text, expected):
    assert figures(text) == expected
    assert not found(text)[-1].span.end == len(text)


@pytest.mark.parametrize("text, expected", [
    ("Vellmar Oil expects $3.25 to $3.45 per share.", [(3.25, "dollars per share", None),
                                                        (3.45, "dollars per share", None)]),
    ("Dorvik crude sold at $80 a barrel.", [(80, "dollars per barrel", None)]),
    ("Ostrava pumps 2 million barrels per day.", [(2e6, "barrels per day", "bbl/d")]),
    ("Vellmar sent 500 troops a month ago.", [(500, "troops", None)]),
    ("Vellmar paid Dorvik $500 a month ago.", [(500, "dollars", "USD")]),
    ("Vellmar has 1,000 people per square kilometre.", [(1000, "people per square kilometre", None)]),
    ("Dorvik wheat sells at $50 per metric ton.", [(50, "dollars per metric ton", None)]),
    ("Dorvik wheat sells at $50 a metric ton.", [(50, "dollars per metric ton", None)]),
    ("The EU pledged Vellmar $50 million a further sign of support.", [(5e7, "dollars", "USD")]),
])
def test_quantities_a_rate_is_counted_per_its_noun_and_has_no_canonical_unit(text, expected):
    assert [(q.value, q.unit, q.canonical_unit) for q in found(text)] == expected


def test_quantities_a_double_space_after_a_russian_unit_is_no_rate():
    assert figures("Прибыли 300 военных  Вчера прибыли ещё.", "ru") == [(300, "военных")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Vellmar poll has a margin of error of plus or minus 3 percentage points.", "en", [(3, "percentage points")]),
    ("Погрешность опроса в Остраве — плюс-минус 3%.", "ru", [(3, "percent")]),
    ("Vellmar woke to minus 3 degrees.", "en", [(-3, "degrees")]),
])
def test_quantities_plus_or_minus_is_a_margin_not_a_negative_figure(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ранены 3 человека. Кроме того, до 50 домов повреждены.", [(3, None), (50, "max")]),
    ("Сейчас на 3 блокпостах Остравы дежурят до 40 военных.", [(3, None), (40, "max")]),
    ("Хлеб в Вельмаре подорожал на 5 рублей до 80 рублей.", [(5, None), (80, None)]),
])
def test_quantities_a_bound_after_another_sentence_or_a_place_with_na_stays_a_bound(text, expected):
    assert [(q.value, q.bound) for q in found(text, "ru")] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Officials in Vellmar said casualties reached 40.", "en", [(40, "casualties")]),
    ("Brussels reached 40 on Monday.", "en", []),
    ("Casualties reached 40 on Monday.", "en", [(40, "casualties")]),
    ("Reports from Vellmar: 40 killed.", "en", [(40, "people")]),          # not "reports": those killed
    ("Данные Минздрава Остравы: 27 погибли.", "ru", [(27, "человек")]),
    ("Погибших в Остраве — 27.", "ru", [(27, "погибших")]),
])
def test_quantities_a_count_is_named_by_the_subject_not_the_speaker_or_a_heading(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, written", [
    ("The Vellmar bridge cost $2.4bn. Lawmakers objected.", "en", "$2.4bn"),
    ("Остраве выделили $3 млрд. Депутаты возразили.", "ru", "$3 млрд"),
    ("Остраве отгрузили 3 млн. тонн зерна.", "ru", "3 млн. тонн зерна"),
])
def test_quantities_a_scale_before_a_new_sentence_leaves_its_full_stop(text, lang, written):
    assert [text[q.span.start:q.span.end] for q in found(text, lang)][:1] == [written]


@pytest.mark.parametrize("text, value", [
    ("Exports from Vellmar grew 2.5-fold.", 2.5),
    ("Dorvik had three times as many tanks as Vellmar.", 3),
    ("Ostrava is three times as large as Vellmar.", 3),
    ("Vellmar is now three times the size of Dorvik.", 3),
    ("The comet is now 45 times the distance of Dorvik's moon.", 45),
    ("Salt exports from Vellmar grew 3.6 times in a year.", 3.6),
    ("Dorvik's grain harvest has increased by more than twenty times since 1990.", 20),
    ("Ferry traffic to Ostrava could be increased six times, the port said.", 6),
    ("Arrests in Vellmar fell nine times over the decade.", 9),
])
def test_quantities_a_factor_by_fold_alone_before_as_or_a_measure_or_after_a_verb_of_growth_or_fall(text, value):
    assert [(q.value, q.canonical_unit) for q in found(text)][:1] == [(value, "times")]


@pytest.mark.parametrize("text, lang, expected", [
    ("A one-year-old boy was found in Vellmar.", "en", [(1, "years")]),
    ("A 10-year-old boy was found in Vellmar.", "en", [(10, "years")]),
])
def test_quantities_an_age_written_with_one_is_counted_in_years(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Forecasters expect 2½ feet of snow on the Velm pass.", "en", [(2.5, "feet")]),
    ("The storm left ½ inch of ice on the roads of Dorvik.", "en", [(0.5, "inch")]),
    ("Nearly ¾ of the voters of Dorvik stayed home.", "en", []),   # a part of a whole
])
def test_quantities_a_fraction_written_as_one_sign_is_read(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Склад в Остраве работает с 8 утра до 9 вечера.", "ru", []),
    ("Паром шёл до Остравы 3 дня.", "ru", [(3, "дня")]),
    ("Рабочие провели в порту Остравы 2 ночи.", "ru", [(2, "ночи")]),
    ("Явка на 16 часов по Москве составила 9,2%.", "ru", [(9.2, "percent")]),
    ("На 12 часов по местному времени в Остраве проголосовали 30% избирателей.", "ru", [(30, "percent")]),
    ("Спасатели Остравы работали 16 часов по графику.", "ru", [(16, "часов")]),
    ("Матч в Остраве длился 3 часа по игровому времени.", "ru", [(3, "часа")]),
])
def test_quantities_a_russian_hour_of_the_morning_or_evening_or_of_a_time_zone_is_a_time(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text", [
    "The poll put Dorvik, 41, and Vellmar, 38, ahead.",   # a list of names and their scores
    "In 2031, 15 ships docked at Dorvik.",   # a year and a count
])
def test_quantities_a_number_between_commas_after_a_name_is_no_age_unless_a_clause_goes_on(text):
    assert all(q.unit != "years" for q in found(text, "en"))


@pytest.mark.parametrize("text, lang, value, other", [
    ("Взрыв прогремел в двух-трех километрах от Остравы.", "ru", 3, 2),
    ("Ранены пять-шесть жителей Вельмара.", "ru", 6, 5),
    ("В Остраве собрались двадцать-тридцать тысяч человек.", "ru", 30000, 20000),
    ("Five-six soldiers left Vellmar.", "en", 6, 5),
    ("Forty-eight soldiers left Vellmar.", "en", 48, None),
])
def test_quantities_number_words_joined_by_a_hyphen_rising_are_a_range(text, lang, value, other):
    *first, q = found(text, lang)
    assert (q.value, q.range_from) == (value, other)
    assert [f.value for f in first] == ([] if other is None else [other])   # each end as written


@pytest.mark.parametrize("text, lang, previous_unit, expected", [
    # a bare figure opening its clause, then what happens to people
    ("Nine were pulled from the flooded mine at Orlov.", "en", "miners", [(9, "miners")]),
    ("A dozen have been freed so far.", "en", "people", [(12, "people")]),
    ("Nine were pulled from the flooded mine at Orlov.", "en", "tons", [(9, "people")]),
    ("Nine were pulled from the flooded mine at Orlov.", "en", None, []),   # a number word needs people before
    ("The tally may rise, as more than 2,300 are still missing.", "en", None, [(2300, "people")]),
    ("Rescuers fear as many as 15 more trapped under the dam.", "en", None, [(15, "people")]),
    # a bare figure as its clause's subject counts what the figure before counted
    ("Orlov sent 9,200 volunteers; about 350 have come from Velmar.", "en", None,
     [(9200, "volunteers"), (350, "volunteers")]),
    ("about 350 have come from Velmar.", "en", "volunteers", [(350, "volunteers")]),
    ("The port held 40 million barrels, of which 12 million were light crude.", "en", None,
     [(40000000, "barrels"), (12000000, "barrels")]),
    ("The death count from the Orlov floods could climb past 60.", "en", None, [(60, "people")]),
    ("The board raised the case count in the Orlov outbreak to 412.", "en", None, [(412, "cases")]),
    ("Floods destroyed 7,310 homes in Orlov while 2,045 were partly damaged.", "en", None, [(7310, "homes"), (2045, "homes")]),
    # not money, a share or a year; not a figure that does not open its clause
    ("about 350 have come from Velmar.", "en", "dollars", []),
    ("About 30 million were spent; 2021 was worse.", "en", "tons", [(30000000, "tons")]),
    ("The board said 350 have come from Velmar.", "en", "volunteers", []),
    ("The two were detained in Orlov.", "en", None, []),
])
def test_a_bare_figure_that_opens_its_clause_counts_people_or_what_came_before(text, lang, previous_unit, expected):
    assert figures(text, lang, previous_unit) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Orlov court cut the sentence to a fine and eight months in prison.", "en", [(8, "months")]),
    ("She was jailed, serving seven months behind bars.", "en", [(7, "months")]),
    ("Зачинщик бунта в Орлове Иван Вельский – пять лет строгого режима.", "ru", [(5, "лет")]),
    # one term in two parts stays one figure; a span that is no term stays none
    ("He got 11 years and three months in prison.", "en", [(11, "years")]),
    ("Three months later the Orlov court met again.", "en", [(3, "months")]),   # a span between two events
])
def test_a_span_of_time_written_in_words_is_a_figure_when_it_is_a_term_served(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Several hundred farmers marched on Orlov.", "en", []),
    ("A few hundred farmers marched on Orlov.", "en", []),
    ("Несколько сотен фермеров прошли маршем к Орлову.", "ru", []),
    ("A hundred farmers marched on Orlov.", "en", [(100, "farmers")]),
    ("Several of the 300 farmers marched on Orlov.", "en", [(300, "farmers")]),
])
def test_a_vague_count_before_a_number_word_is_no_figure(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("About two and a half million farmers voted in Orlov.", "en", [(2.5e6, "farmers")]),
    ("He was jailed for three and a half years in Orlov.", "en", [(3.5, "years")]),
    ("В Орлове проголосовали три с половиной миллиона фермеров.", "ru", [(3.5e6, "фермеров")]),
    ("Half a million farmers voted in Orlov.", "en", [(5e5, "farmers")]),
])
def test_a_number_and_a_half_is_one_figure(text, lang, expected):
    assert figures(text, lang) == expected


def test_quantities_a_range_far_into_its_sentence_keeps_its_phrase():
    text = ("Fatalities from the storms across the northern provinces of Velmar and neighbouring Ostrin "
            "climbed from 19 to 21 by Friday evening.")
    first, q = found(text)
    assert (q.value, q.range_from, q.unit) == (21, 19, "fatalities")
    assert (first.value, first.unit) == (19, "fatalities")
    assert text[q.span.start:q.span.end] == text[first.span.start:first.span.end] == "from 19 to 21"


@pytest.mark.parametrize("text, expected", [
    ("The death toll from the flooding in the mountain towns of Velmar kept climbing on Friday, passing 600, "
     "officials said.", [(600, "people")]),
    ("Rescue crews worked through the night in Dorvik, and with 38 still listed as missing, hopes faded.",
     [(38, "people")]),
])
def test_quantities_a_bare_figure_counts_a_noun_far_before_it_or_people_still_listed_as_missing(text, expected):
    got = figures(text, "ru" if text[0] > "z" else "en")
    assert got == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    ("Суд в Остраве признал восьмерых воспитанников виновными.", [(8.0, "воспитанников")]),
    ("В Нордпорте шестеро фигурантов получили сроки.", [(6.0, "фигурантов")]),
    ("Шестеро получили реальные сроки, сообщил суд Остравы.", [(6.0, "человек")]),
    ("Суд Остравы осудил девятерых.", [(9.0, "человек")]),
])
def test_quantities_a_collective_numeral_counts_its_noun_or_people(text, expected):
    assert figures(text, "ru") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Ostrava district reported nine deaths, Velmor seven and Dunhill four.", "en",
     [(9, "deaths"), (7, "deaths"), (4, "deaths")]),
    ("The Blue party won 61 seats, the Greens 23 and Labour 9.", "en", [(61, "seats"), (23, "seats"), (9, "seats")]),
    ("Tom Vane scored 31 goals, but Ira Moss, who hit 35, won the award.", "en", [(31, "goals"), (35, "goals")]),
    ("Партия побеждает в девяти округах, «Лига» — в четырех, Союз — в трех.", "ru",
     [(9, "округах"), (4, "округах"), (3, "округах")]),
])
def test_quantities_a_gapped_clause_borrows_the_unit(text, lang, expected):
    """A clause that repeats the one before but for its subject and figure counts what that figure counts."""
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Blue party won 61 seats, the Greens 23 districts.", "en", [(61, "seats"), (23, "districts")]),
    ("Vellmar lost 3 goals, and Dorvik only one.", "en", [(3, "goals")]),
    ("Vellmar sent 40 medics, and Dorvik sent many more on May 9.", "en", [(40, "medics")]),
    ("Vellmar sent 40 medics, and the Dorvik team 12 nurses.", "en", [(40, "medics"), (12, "nurses")]),
])
def test_quantities_a_gapped_clause_needs_a_figure_closing_it(text, lang, expected):
    """A figure with its own noun, a lone "one" and a date take nothing from the clause before."""
    assert figures(text, lang) == expected


def test_quantities_a_coordinator_before_a_number_closes_no_gapped_clause():
    text = "Some 9,000 marchers came to Ostrava, and far fewer, perhaps a hundred or two hundred guests, to Velm."
    assert (100, "marchers") not in figures(text)


@pytest.mark.parametrize("text, expected", [
    ("The damage in Velmar is put at USD48 billion.", [(48e9, "dollars")]),
    ("The court imposed a Rs4.2 million fine on the Ostrava mill.", [(4.2e6, "rupees")]),
    ("Each family in Velmar got Rs 1500 in aid.", [(1500, "rupees")]),
])
def test_currency_letters_glued_to_the_digits(text, expected):
    assert figures(text) == expected


def test_lower_case_letters_before_digits_are_no_currency():
    assert figures("The usd35 and rs12 codes were retired.") == []


def test_money_that_looks_like_a_year_is_money():
    assert figures("Wages in Ostravia rose to 700 thousand crowns ($1850) in the spring.") == [
        (700000, "crowns"), (1850, "dollars")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Exports to Borealia reached 11 tons (+39%).", "en", [(11, "tons"), (39, "percent")]),
    ("Экспорт в Боревию составил 11 тонн (+39%).", "ru", [(11, "тонн"), (39, "percent")]),
    ("The 3+3 format met again; GMT+7 was the time zone.", "en", []),
])
def test_a_plus_glued_to_the_digits_is_a_sign(text, lang, expected):
    assert figures(text, lang) == expected


def test_russian_scale_words_in_every_case():
    assert figures("Известно почти о двух тысячах пострадавших в Велмаре.", "ru") == [(2000, "пострадавших")]
    assert figures("Бюджет Остравии обходится трём миллионам жителей.", "ru") == [(3e6, "жителей")]


def test_a_russian_noun_in_a_case_no_count_takes_is_an_ordinal():
    assert figures("Гол забит на 4 минуте второго периода, команда на 7 месте.", "ru") == []
    assert figures("Выборы прошли в 21 регионе и в 5 регионах.", "ru") == [(21, "регионе"), (5, "регионах")]


@pytest.mark.parametrize("text, expected", [
    ("The death toll from the storms over Velmar for the past six days climbed to 35 on Monday.",
     [(6, "days"), (35, "people")]),
    ("The death toll in the 6.1 magnitude quake in Ostrava has risen to 120, officials said.",
     [(6.1, "magnitude"), (120, "people")]),
])
def test_a_count_noun_reaches_past_a_figure_of_another_unit(text, expected):
    assert figures(text) == expected


def test_a_figure_of_the_same_count_keeps_the_noun_for_itself():
    assert figures("The death toll reached 40 people in Velmar on Monday; it rose to 52 on Friday.") == [
        (40, "people")]


@pytest.mark.parametrize("text, expected", [
    ("The Velmar Party won 31 seats, up from 26 in 2031.", [(31, "seats"), (26, "seats")]),
    ("The death toll climbed to 57 from 49, an Ostrava official said.", [(57, "people"), (49, "people")]),
])
def test_the_value_a_change_started_from_takes_its_unit(text, expected):
    assert figures(text) == expected


def test_a_bare_figure_with_a_scale_word_counts_what_the_figure_before_counts():
    assert figures("Trade with Velmar reached $6.3 billion. Of it, sales to Oska came to 3.8 billion.") == [
        (6.3e9, "dollars"), (3.8e9, "dollars")]
    assert figures("Over 3 million doses arrived in Ostrava, bringing the total to around 9.5 million.") == [
        (3e6, "doses"), (9.5e6, "doses")]


def test_a_bare_figure_with_a_scale_word_takes_no_share_or_span_of_time():
    assert figures("Prices rose 12% in Velmar. Sales there reached 2 million.") == [(12, "percent")]
    assert figures("The strike in Ostrava lasted 12 days. Losses reached 2 million.") == [(12, "days")]


@pytest.mark.parametrize("text, value", [
    ("Ущерб превысил 7 миллионов 300 тысяч долларов.", 7300000),
    ("В Остраве разрушены 6 тысяч 215 домов.", 6215),
    ("The fund holds 2 million 300 thousand crowns.", 2300000),
])
def test_a_number_written_in_a_larger_and_a_smaller_part_is_one_number(text, value):
    assert [v for v, _ in figures(text, "ru" if "д" in text else "en")] == [value]


def test_a_date_after_a_scaled_number_is_no_smaller_part():
    assert [v for v, _ in figures("Погибли 12 тысяч 15 марта.", "ru")] == [12000]


def test_a_bare_part_before_a_whole_that_is_a_figure_counts_what_the_whole_counts():
    assert figures("Governor Veld said only 40 of 62 confirmed dead had been named.") == [(40, "people"), (62, "people")]


def test_a_bare_whole_right_after_a_figure_counts_what_it_counts():
    assert figures("Ostrava won 9 matches out of the 14 it played.") == [(9, "matches"), (14, "matches")]
    assert figures("Some 1,200 voters out of a total of 3,400 came.") == [(1200, "voters"), (3400, "voters")]


def test_a_number_that_labels_a_category_week_or_road_is_no_figure():
    assert figures("A Category 3 storm closed Interstate 9 north of Velm before the Week 12 match.") == []
    assert figures("The road 5 km north of Velm was shut.") == [(5, "km")]


def test_a_gapped_clause_cut_off_from_its_sentence_repeats_the_unit_before_it():
    text = "The Velm Party won 20 seats; the Oska Party secured 16"
    cut = text.index("the Oska")
    assert [(q.value, q.unit) for q in find_quantities(text, Span(cut, len(text)), "en", "seats")] == [(16, "seats")]


def test_a_clause_that_opens_a_sentence_repeats_no_unit():
    text = "The Velm Party won 20 seats. The Oska Party secured 16"
    cut = text.index("The Oska")
    assert find_quantities(text, Span(cut, len(text)), "en", "seats") == []


@pytest.mark.parametrize("text", ["Жителей в Орлове — 6 тысяч 215.", "Число жителей Орлова составило 6 тысяч 215, как и прежде."])
def test_quantities_the_smaller_part_of_a_number_may_end_the_clause(text):
    """"6 тысяч 215." is 6215: a stop or a comma after the smaller part ends the number, not only a noun."""
    assert [value for value, _ in figures(text, "ru")] == [6215]


@pytest.mark.parametrize("text, lang, expected", [
    ("The ferry sank 40 km southwest of Velmar and 8 miles north-east of Oska.", "en", [(40, "km"), (8, "miles")]),
    ("Рыбаков нашли в 12 км юго-западнее Велмы.", "ru", [(12, "км")]),
])
def test_a_compass_point_after_a_distance_is_no_part_of_its_unit(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Явка в Велмской области – 41,2%, в Осской –57,9% и в Треллской – 38,4%.", "ru",
     [(41.2, "percent"), (57.9, "percent"), (38.4, "percent")]),
    ("Turnout: Velm district – 44.5%, Oska district –61.2%.", "en", [(44.5, "percent"), (61.2, "percent")]),
    ("Днем – 3 градуса, ночью –9.", "ru", [(3, "градуса"), (-9, "градусов")]),
    ("Velm gained 4%, while Oska posted –2%.", "en", [(4, "percent"), (-2, "percent")]),
])
def test_a_dash_glued_to_digits_in_a_list_of_spaced_dashes_is_a_separator(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The count stood at 31 dead and 240 injured.", [(31, "dead"), (240, "people")]),
    ("Medics reported 9 dead and about 70 missing on Velm island.", [(9, "dead"), (70, "people")]),
    ("Twenty miners were killed and 14 injured.", [(20, "miners"), (14, "miners")]),
])
def test_a_later_figure_with_its_own_state_does_not_count_the_state_before(text, expected):
    assert figures(text) == expected


def test_a_figure_after_a_date_and_a_comma_is_no_list_number():
    assert figures("On March 4, 30 miners were rescued near Velm.") == [(30, "miners")]
    assert figures("By Sept. 12, 415 households had been moved.") == [(415, "households")]
    assert figures("Item 4, 30 pages, was dropped.") == []
    assert figures("The accord of May 9, 2031 settles the dispute over Velm.") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("К утру в Велме похолодает до 19 мороза.", "ru", [(-19, "мороза")]),
    ("Ночью в Оске минус 7-11°С.", "ru", [(-7, "°C"), (-11, "°C")]),
    ("Lows of minus 4-9C are forecast for Velm.", "en", [(-4, "c"), (-9, "c")]),
    ("Днем в Оске +1…+3º, ночью до -6º.", "ru", [(1, "°"), (3, "°"), (-6, "°")]),
    ("Highs near 27º are expected in Velm.", "en", [(27, "°")]),
])
def test_temperatures_written_as_frost_with_a_minus_word_or_the_ordinal_sign(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("К утру термометры в Велме покажут минус 23.", "ru", [(-23, "градусов")]),
    ("Ночью в Оске будет минус 8, днем плюс 2.", "ru", [(-8, "градусов"), (2, "градусов")]),
    ("Днем в Трелле ожидается плюс 4-9.", "ru", [(4, "градусов"), (9, "градусов")]),
    ("Overnight lows in Velm will sink to minus 16.", "en", [(-16, "degrees")]),
    ("Highs near plus 3 are forecast for Oska.", "en", [(3, "degrees")]),
    ("Velm's budget is minus 4 after the vote.", "en", []),
    ("Прогноз для Оски: плюс минус 2 недели.", "ru", [(2, "недели")]),
])
def test_a_sign_written_as_a_word_in_a_weather_sentence_makes_a_temperature(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Forecast for Velm: snow showers. Low 14. High 29.", "en", [(14, "degrees"), (29, "degrees")]),
    ("Rain in Oska tonight, with a low around 11 and a high near 23 on Friday.", "en",
     [(11, "degrees"), (23, "degrees")]),
    ("Snow over Trell, with wind chills near 5 by dawn.", "en", [(5, "degrees")]),
    ("Синоптики обещают в Велме днём 14, ночью 6.", "ru", [(14, "градусов"), (6, "градусов")]),
    ("Shares of Velmco hit a low of 12 on Monday.", "en", []),
])
def test_a_bare_figure_after_a_reading_in_a_weather_report_is_a_temperature(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ('Oska may see 3-5" of snow by Sunday.', [(3, "inches"), (5, "inches")]),
    ("Drifts in Velm reached 7\u2033 overnight.", [(7, "inches")]),
    ('The mayor said "we counted 4" and left Trell.', []),
])
def test_the_inch_mark_on_digits_is_their_unit_outside_a_quotation(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At least one person died in the Velm flood.", [(1, "person")]),
    ("Trell saw less than one inch of rain.", [(1, "inch")]),
    ("One reason was the flood in Oska.", []),
])
def test_a_bound_makes_one_a_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The 6.4 quake off Oska was felt in Velm.", [(6.4, "magnitude")]),
    ("An 5.1 temblor shook Trell on Sunday.", [(5.1, "magnitude")]),
    ("Twelve aftershocks followed the 7 tremor in Velm.", [(12, "aftershocks"), (7, "magnitude")]),
])
def test_a_figure_before_the_name_of_a_quake_is_its_magnitude(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Ночью в Велме -7-12, днём -1...+3.", "ru", [(-7, "градусов"), (-12, "градусов"), (-1, "градусов"), (3, "градусов")]),
    ("Lows of -5-8C are forecast for Oska.", "en", [(-5, "c"), (-8, "c")]),
    ("Ночью в Оске -2-+4 градуса.", "ru", [(-2, "градуса"), (4, "градуса")]),
])
def test_a_minus_before_a_range_joined_by_a_hyphen_signs_both_ends(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ночью в Велме 0..-3 градуса, днем до +4..+8 градусов.",
     [(0, "градуса"), (-3, "градуса"), (4, "градусов"), (8, "градусов")]),
    ("Аренда в Оске подорожала до 40..45 тысяч рублей.", [(40000, "рублей"), (45000, "рублей")]),
])
def test_two_dots_join_the_ends_of_a_range(text, expected):
    assert figures(text, "ru") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The charter allows a mayor only one four-year term.", "en", [(4, "year")]),
    ("One hundred and five families were moved.", "en", [(105, "families")]),
])
def test_one_before_another_number_word_opens_no_number_of_two_words(text, lang, expected):
    assert figures(text, lang) == expected
