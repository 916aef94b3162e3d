"""Figures of the classes found on unread news: scales joined by a hyphen or a letter, ranges with an
approximation and a scale before a counted noun, ratios, abbreviated months; invented sentences only."""
import pytest

from claimsgraph.extract.quantities import find_quantities
from claimsgraph.model import Span


def found(text, lang="en"):
    return find_quantities(text, Span(0, len(text)), lang)


def phrase(text, q):
    return text[q.span.start:q.span.end]


@pytest.mark.parametrize("text, value, currency", [
    ("Profit at Dorvik Corp. rose to $10.2-billion (U.S.) in May.", 10.2e9, "USD"),
    ("Vellmar will widen its buyback by $30-billion.", 30e9, "USD"),
    ("The fund holds C$4.5-million in bonds.", 4.5e6, "CAD"),
])
def test_a_scale_joined_to_the_digits_by_a_hyphen_scales_them(text, value, currency):
    (q,) = found(text)
    assert (q.value, q.canonical_unit) == (value, currency)


@pytest.mark.parametrize("text, lang, value, other, unit, evidence", [
    ("Some 3-4 million farmers work there.", "en", 4e6, 3e6, "farmers", "Some 3-4 million farmers"),
    ("About 3–4 million people live in Borealia.", "en", 4e6, 3e6, "people", "About 3–4 million people"),
    ("Roughly 20-30 thousand troops wait near Dorvik.", "en", 30e3, 20e3, "troops",
     "Roughly 20-30 thousand troops"),
    ("Some 3-4m farmers work there.", "en", 4e6, 3e6, "farmers", "Some 3-4m farmers"),
    ("Около 3-4 млн фермеров работают в Борелии.", "ru", 4e6, 3e6, "фермеров", "Около 3-4 млн фермеров"),
    ("Порядка 30–40 тыс. человек вышли на улицы Остравы.", "ru", 40e3, 30e3, "человек",
     "Порядка 30–40 тыс. человек"),
])
def test_an_approximate_range_before_a_scale_and_a_noun_counts_the_noun(text, lang, value, other, unit, evidence):
    first, q = found(text, lang)       # each end as written, the first in the second's scale
    assert (first.value, first.unit) == (other, unit)
    assert (q.value, q.range_from, q.unit, q.approximate) == (value, other, unit, True)
    assert phrase(text, q) == evidence


@pytest.mark.parametrize("text, expected", [
    ("Some 3 million farmers work in Borealia.", [(3e6, "farmers")]),
    ("Minister Tomas Varga and his two sons Ivo and Jan left.", [(2, "sons")]),
    ("Varga has ruled for the last seven years despite the strikes.", [(7, "years")]),
    ("Dorvik built five data centres.", [(5, "data centres")]),
    ("Vellmar sent 90 armoured vehicles.", [(90, "armoured vehicles")]),
])
def test_an_english_unit_ends_at_its_plural_noun(text, expected):
    assert [(q.value, q.unit) for q in found(text)] == expected


@pytest.mark.parametrize("text, value, unit", [
    ("Varga was fined $2m (around 70m Ruritanian crowns).", 70e6, "ruritanian crowns"),
    ("Dorvik paid 2m pounds for the site.", 2e6, "pounds"),
    ("The airport served 1.5m passengers.", 1.5e6, "passengers"),
])
def test_a_scale_letter_before_a_counted_noun_or_a_currency_is_a_scale(text, value, unit):
    q = found(text)[-1]
    assert (q.value, q.unit) == (value, unit)


def test_a_letter_before_no_counted_noun_is_a_unit():
    (q,) = found("The wall in Dorvik is 5m high.")
    assert (q.value, q.canonical_unit) == (5, "m")


@pytest.mark.parametrize("text", [
    "Dorvik Corp. will split its stock seven-for-one next month.",
    "Vellmar split its shares 3-for-2 in May.",
])
def test_a_ratio_joined_by_hyphens_is_no_figure(text):
    assert found(text) == []


@pytest.mark.parametrize("text, expected", [
    ("ОСТРАВА, 19 мар — Агентство Борелии. Около 300 человек вышли на площадь.", [(300, "человек")]),
    ("ДОРВИК, 14 сен - Вестник. Суд приговорил министра к 15 годам.", [(15, "годам")]),
    ("ДОРВИК, 3 нояб. — Вестник. Прибыли 40 военных.", [(40, "военных")]),
])
def test_a_day_before_an_abbreviated_month_is_no_figure(text, expected):
    assert [(q.value, q.unit) for q in found(text, "ru")] == expected


def test_a_unit_joined_by_hyphens_is_still_a_unit():
    (q,) = found("A 17-per-cent jump in sales lifted Dorvik Corp.")
    assert (q.value, q.canonical_unit) == (17, "%")


@pytest.mark.parametrize("text, value, canonical, evidence", [
    ("The Bank of Borealia raised its key rate by a full percentage point.", 1, "pp", "a full percentage point"),
    ("Ostrava cut its rate by a quarter of a percentage point.", 0.25, "pp", "a quarter of a percentage point"),
    ("Yields in Vellmar fell by half a per cent.", 0.5, "%", "half a per cent"),
    ("The bank of Dorvik raised its rate by a percentage point.", 1, "pp", "a percentage point"),
])
def test_a_fraction_or_a_counts_a_change_in_points_or_per_cent(text, value, canonical, evidence):
    (q,) = found(text)
    assert (q.value, q.canonical_unit) == (value, canonical)
    assert phrase(text, q) == evidence


def test_a_before_any_other_noun_is_no_figure():
    assert found("At a point in May the bank of Dorvik raised a fee.") == []


@pytest.mark.parametrize("text", [
    "Publication: Borealia Monitor Volume: 21 Issue: 63",
    "See the Vellmar Review, vol. 21 issue 63.",
])
def test_a_volume_and_issue_number_are_references(text):
    assert found(text) == []


def test_issue_as_a_verb_before_a_figure_is_no_reference():
    assert [(q.value, q.unit) for q in found("Dorvik will issue 3,000 new shares.")] == [(3000, "new shares")]


@pytest.mark.parametrize("text, lang, value", [
    ("Dorvik Corp. posted its weakest sales growth in seven quarters.", "en", 7),
    ("Profit at Dorvik fell for two quarters.", "en", 2),
    ("Прибыль Дорвика росла в течение трех кварталов.", "ru", 3),
])
def test_quarters_are_a_span_of_time(text, lang, value):
    (q,) = found(text, lang)
    assert (q.value, q.canonical_unit) == (value, "qtr")


@pytest.mark.parametrize("text", [
    "Nearly three quarters of voters in Vellmar backed Varga.",
    "Two quarters ago Dorvik Corp. grew again.",
])
def test_quarters_of_a_whole_or_a_point_in_time_are_no_figure(text):
    assert found(text) == []


@pytest.mark.parametrize("text, lang, value, bound", [
    ("More than 1,000 were arrested in Vellmar.", "en", 1000, "min"),
    ("At least 1,300 have been injured in Dorvik.", "en", 1300, "min"),
    ("Police in Vellmar said 40 were detained.", "en", 40, None),
    ("По данным Минздрава Остравы, 27 погибли.", "ru", 27, None),
    ("Более 100 задержаны в Остраве.", "ru", 100, "min"),
])
def test_a_bare_figure_in_digits_that_people_verbs_follow_counts_people(text, lang, value, bound):
    (q,) = found(text, lang)
    assert (q.value, q.canonical_unit, q.bound) == (value, "people", bound)


@pytest.mark.parametrize("text", [
    "Twelve died in Vellmar.",                 # a number word may stand for people named before
    "Dorvik shares rose 40 cents.",
])
def test_no_people_without_digits_and_a_people_verb(text):
    assert all(q.canonical_unit != "people" for q in found(text))


def test_a_predicate_after_a_figure_is_no_unit():
    assert [(q.value, q.unit) for q in found("In Vellmar 12 people died and 45 wounded.")] == \
        [(12, "people"), (45, "people")]


@pytest.mark.parametrize("text, expected", [
    ("Borealia has counted 212 confirmed and 38 probable fever cases.",
     [(212, "confirmed fever cases"), (38, "probable fever cases")]),
    ("In Vellmar 200 died and 300 people were hurt.", [(200, "people"), (300, "people")]),
    ("A 300-bed hospital opened in Dorvik.", [(300, "bed")]),
])
def test_two_figures_joined_by_and_share_the_second_ones_noun(text, expected):
    assert [(q.value, q.unit) for q in found(text)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Varga won 54 million votes, 5 million more than in 2004.", "en", [(54e6, "votes"), (5e6, "votes")]),
    ("Dorvik hired 300 people, 20 fewer than last year.", "en", [(300, "people"), (20, "people")]),
    ("За Варгу проголосовали 31,7 миллиона граждан, что на 2,3 миллиона больше, чем в 2029 году.", "ru",
     [(31.7e6, "граждан"), (2.3e6, "граждан")]),
    ("Vellmar sent 5 more soldiers.", "en", [(5, "soldiers")]),
])
def test_a_bare_figure_before_a_comparative_counts_what_the_one_before_counts(text, lang, expected):
    assert [(q.value, q.unit) for q in found(text, lang)] == expected


def test_a_comparative_alone_counts_nothing():
    assert found("Dorvik Corp. earned 5 million more than Vellmar.") == []


@pytest.mark.parametrize("text, expected", [
    ("Депутаты Остравы приняли закон 300 голосами.", [(300, "votes")]),
    ("Согласно статье 6 Конституции Остравы.", []),
    ("Приказ 45 вступил в силу в Вельмаре.", []),
])
def test_a_reference_number_is_a_figure_when_a_known_unit_follows_it(text, expected):
    assert [(q.value, q.canonical_unit) for q in found(text, "ru")] == expected


@pytest.mark.parametrize("text, value", [
    ("Более пятнадцати человек пострадали в Остраве.", 15),
    ("Около полумиллиона беженцев покинули Борелию.", 5e5),
    ("Около трёхсот семидесяти пяти тысяч человек живут в Вельмаре.", 375e3),
    ("Около шестисот военных прибыли в Остраву.", 600),
    ("В Дорвике живут девятьсот человек.", 900),
])
def test_russian_number_words_in_their_oblique_cases(text, value):
    (q,) = found(text, "ru")
    assert q.value == value


@pytest.mark.parametrize("text, lang, value, other, unit, evidence", [
    ("Dorvik Corp. will spend $3-4 billion on the dam.", "en", 4e9, 3e9, "dollars", "$3-4 billion"),
    ("Some $3-4 billion was spent in Vellmar.", "en", 4e9, 3e9, "dollars", "Some $3-4 billion"),
    ("Shares of Dorvik sold for $3-4 a share.", "en", 4, 3, "dollars per share", "$3-4 a share"),
    ("Около $3-4 млрд потрачено в Остраве.", "ru", 4e9, 3e9, "dollars", "Около $3-4 млрд"),
])
def test_a_currency_sign_before_a_range_is_the_whole_ranges_unit(text, lang, value, other, unit, evidence):
    first, q = found(text, lang)
    assert (first.value, first.unit) == (other, unit)
    assert (q.value, q.range_from, q.unit) == (value, other, unit)
    assert phrase(text, q) == evidence


def test_a_range_with_a_sign_on_each_end_is_two_figures_in_one_scale():
    first, q = found("Vellmar will spend $3-$4 billion.")
    assert [(first.value, first.range_from), (q.value, q.range_from)] == [(3e9, None), (4e9, 3e9)]


@pytest.mark.parametrize("text, value", [
    ("A dozen people were hurt in Vellmar.", 12),
    ("Two dozen soldiers left Dorvik.", 24),
    ("Half a dozen ships sank off Borealia.", 6),
])
def test_a_dozen_scales_the_number_before_it(text, value):
    (q,) = found(text)
    assert q.value == value


@pytest.mark.parametrize("text", ["Dozens of people were hurt in Vellmar.", "Dozens were injured in Dorvik."])
def test_dozens_is_no_number(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [("Vellmar will spend Rs 500 crore on roads.", 5e9),
                                         ("The fine was Rs. 2,500 in Dorvik.", 2500)])
def test_rupees_written_rs(text, value):
    (q,) = found(text)
    assert (q.value, q.canonical_unit) == (value, "INR")


@pytest.mark.parametrize("text, lang", [("87 Просмотры 2", "ru"), ("1 204 просмотра", "ru"), ("1,204 views", "en"),
                                        ("120 views 4 comments", "en")])
def test_a_line_of_page_counters_is_no_figure(text, lang):
    assert found(text, lang) == []


def test_views_in_a_sentence_are_a_figure():
    (q,) = found("The video of Minister Varga got 2 million views.")
    assert (q.value, q.unit) == (2e6, "views")


@pytest.mark.parametrize("text", ["Две трети жителей Остравы поддержали Варгу.", "Три четверти голосов получил Варга."])
def test_russian_parts_of_a_whole_are_no_figure(text):
    assert found(text, "ru") == []


def test_pct_is_per_cent():
    (q,) = found("Output at Dorvik fell 3 pct in May.")
    assert (q.value, q.canonical_unit) == (3, "%")


@pytest.mark.parametrize("text, lang, value, bound", [
    ("It was 40 degrees below zero in Vellmar.", "en", -40, None),
    ("В Остраве ожидается до 40 градусов мороза.", "ru", -40, "min"),
    ("В Остраве было около 30 градусов тепла.", "ru", 30, None),
    ("Temperatures in Dorvik fell to minus 40 degrees.", "en", -40, None),
])
def test_degrees_below_zero_are_negative(text, lang, value, bound):
    (q,) = found(text, lang)
    assert (q.value, q.canonical_unit, q.bound) == (value, "cel", bound)


@pytest.mark.parametrize("text, expected", [
    ("Около 300 военных прибыли в Остраву.", [(300, "военных")]),
    ("Примерно 2-3 тысячи военных прибыли в Дорвик.", [(2000, "военных"), (3000, "военных")]),
    ("Порт Остравы принял 1,5 млн тонн груза.", [(1.5e6, "тонн груза")]),
])
def test_a_russian_unit_ends_before_a_likely_verb(text, expected):
    assert [(q.value, q.unit) for q in found(text, "ru")] == expected
