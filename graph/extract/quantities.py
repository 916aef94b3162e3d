"""Figures with their units: "53,000 people", "48 thousand", "1,5 млн тонн", "$2.4 trillion", "с 7,5 до 7,75%".

Each figure is normalised to a number ("53 thousand", "53,000" and "53.000"
are all 53000), keeps whether it was approximate and which bound a "more
than" or "up to" sets, and takes the counted noun that follows as its unit,
kept as written and mapped to a canonical unit ("2.5 million tons" and "2,5
млн тонн" are both t) so figures compare across articles and languages.

Two figures joined into one phrase are read together: a range ("between 3
and 5 per cent", "from 64 to 47") is one figure whose value is the end the
phrase arrives at and whose ``range_from`` is the other end; a vote tally
("412-18", "290 против 201") is two figures, one per side, counted in votes.
A span of time ("more than 40 hours", "в течение 72 часов", "for 12 years")
is a figure when it is counted (digits, a bound or a "for"/"в течение" before
it, or its unit joined to it by a hyphen: "a 31-day war"); "two years later"
is not; an age ("the 82-year-old", "aged 80") is one in years. Every number
written with its unit is a figure ("a five-judge panel", "a 996-page bill":
the unit is the word the hyphen joins), so a range whose first end has its
own unit ("9% to 11%") is two.
A unit counted per span of time keeps the words that say so ("2 млн баррелей в
сутки", "a wind of 180 km/h") and is compared as what it counts.
A currency's scale may be a letter on its digits ("$2.5B", "Ksh 12.5 B"), a temperature's unit its sign ("-9°C",
"-31°"), and a range's ends may both be below zero ("-18...-13°C", "from −5 to −10 degrees").
Factors are figures counted in times ("в 1,5 раза", "three times more",
"doubled"), and "30-plus years" is at least 30.

A bare figure takes the unit of the figure before it after "and" or a comma
("1,300 were hurt and nearly two million are affected", "12 of them"), of the whole it is a
part of ("326 of the 650 seats") or of a noun that names the count ("the
number of families … reached 151", "the attack killed 27"); otherwise it counts
nothing and is no figure.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from ..lang import (CURRENCIES, CURRENCY_SIGNS, LANGUAGES, LETTER_SIGNS, NAMED_CURRENCIES, PREFIX_SIGNS, SHARED_SIGNS,
                    UNIT_CODES, alternation, language, merged)
from ..link import morph
from ..model import Span
from ..nlp import is_adjective, is_describing_word, is_plural_noun, is_verb_form
from ..numbers import exact
from ..segment import title_cased

# Characters looked at on either side of a figure: the phrases that qualify it are short, and a
# bounded look keeps a text of many figures linear.
WINDOW = 80
HEAD_WINDOW = 3 * WINDOW   # a count's noun may open a long clause before its bare figure ("Deaths across … rose to 21")
WEATHER_REACH = 300        # characters around a sentence where words of weather make its bare readings temperatures


@dataclass(frozen=True, slots=True)
class Quantity:
    span: Span            # the figure and its unit
    value: float
    unit: str | None      # the unit noun as written ("tons of cargo", "тонн")
    approximate: bool
    bound: str | None     # "min" or "max"
    borrowed: bool = False   # the unit comes from an earlier figure ("12 of them")
    canonical_unit: str | None = None   # "t", "km2", "USD", "%", "people"; None when the unit is unknown
    range_from: float | None = None     # the other end of a range: "from 64 to 47" is 47 from 64


def _merged(table: str) -> dict:
    out: dict = {}
    for module in LANGUAGES.values():
        out.update(dict.fromkeys(getattr(module, table)) if not isinstance(getattr(module, table), dict)
                   else getattr(module, table))
    return out


def _alternation(words) -> str:
    """Longest first, ties in order: a set's words make the same pattern in every process."""
    return "|".join(sorted((re.escape(w) for w in words), key=lambda word: (-len(word), word)))


_LONE_NUMBERS: dict[str, int] = _merged("LONE_NUMBERS")
_WORD_NUMBERS: dict[str, float] = {**_merged("NUMBER_WORDS"), **_LONE_NUMBERS}
_SCALES: dict[str, float] = _merged("SCALE_WORDS")
_FRACTIONS: dict[str, float] = _merged("SCALE_FRACTIONS")
_LOWER, _UPPER = set(_merged("LOWER_BOUND")), set(_merged("UPPER_BOUND"))
_NOT_UNITS = set(_merged("NOT_UNITS"))
_ORDINAL_UNITS = set(_merged("ORDINAL_UNITS"))
_ALL_STOPS = set(_merged("UNIT_STOP"))
_WORD_ALT = _alternation(_WORD_NUMBERS)
_MONTH_ALT = "|".join(sorted(merged("MONTHS"), key=len, reverse=True))
# The first of two days of one month: "6 и 7 ноября", "6 and 7 November" (the month is written once, after both)
_DAY_BEFORE_DAY = re.compile(rf"\s+(?:{_alternation(_merged('COORDINATORS'))})\s+\d{{1,2}}\s+(?:{_MONTH_ALT})\b", re.I)
# The months of the languages that write a day after its month ("March 3").
_DAY_MONTH_ALT = "|".join(sorted((m for module in LANGUAGES.values() if module.DAY_AFTER_MONTH for m in module.MONTHS),
                                 key=len, reverse=True)) or "(?!)"
# Fractions written as one sign, after digits or alone: "2½ feet", "½ inch" (alone before "of", a part of a whole:
# "¾ of the town", as "three quarters of the vote")
_VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_DIGITS = (r"\d{1,3}(?:(?:[,.]|[ \u00a0\u202f\u2009])\d{3})+(?!\d)(?:[.,]\d+)?"
           rf"|\d+(?:[.,]\d+)?(?:[{_VULGAR_FRACTIONS}](?!\d))?|[{_VULGAR_FRACTIONS}](?![\w])(?!\s+of\b)")
_FRACTION_FILLERS = _alternation(_merged("FRACTION_FILLERS")) or "(?!)"
_FRACTION_UNITS = "|".join(m.FRACTION_UNITS for m in LANGUAGES.values() if m.FRACTION_UNITS) or "(?!)"
# "half a million", "three quarters of a point", "a full percentage point", "a quarter-point hike"
_FRACTION = (rf"(?:{_alternation(_FRACTIONS)})(?:\s+(?:{_FRACTION_FILLERS}))?"
             rf"(?=(?:\s+|-)(?:(?:{_alternation(_SCALES)})(?![\w])|(?:{_FRACTION_UNITS})(?!\w)))") if _FRACTIONS else "(?!)"
_HUNDRED_AND = "".join(rf"(?:(?<={w})\s+and)?" for w in _merged("HUNDREDS")) if _merged("HUNDREDS") else ""
_HALF = _alternation(_merged("AND_A_HALF")) or "(?!)"
# "two and a half", "2 and a half", "два с половиной": the half is part of the number
# A scale word alone after a bound or "about" ("около миллиона абонентов"): an empty number the scale follows.
_BARE_SCALE = ("(?:" + "|".join(rf"(?<=(?<!\w){re.escape(w)} )" for w in _merged("BARE_SCALE_AFTER"))
               + rf")(?=(?:{_alternation(_merged('BARE_SCALES'))})(?!\w))") if _merged("BARE_SCALE_AFTER") else "(?!)"
# "one six-year term", "одна двухлетняя": a lone number word before another opens no number of two words (only
# before "hundred": "one hundred and five"); the figure is the second
_LONE_BEFORE_ANOTHER = (rf"(?!(?:{_alternation(_LONE_NUMBERS)})[\s\-]+"
                        rf"(?!(?:{_alternation(_merged('HUNDREDS')) or '(?!)'})(?!\w))(?:{_WORD_ALT})(?!\w))")
_NUMBER = (rf"{_FRACTION}|(?:{_DIGITS}|{_LONE_BEFORE_ANOTHER}"
           rf"(?:(?:{_WORD_ALT})(?:{_HUNDRED_AND}[\s\-]+(?:{_WORD_ALT}))*)(?![\w]))"
           rf"(?:\s+(?:{_HALF})(?!\w))?|{_BARE_SCALE}")   # a fraction first: "three-quarters of a per cent"
# An abbreviated scale keeps its full stop inside a sentence ("3 млн. тонн"), not at its end ("$2.4tn. Lawmakers"):
# a lower-case letter follows, whatever the case-insensitive pattern it sits in. A hyphen may join the scale to
# the digits ("$10.2-billion").
_SCALE = rf"(?:(?:\s*|-)(?P<scale>{_alternation(_SCALES)})(?![а-яёa-z])(?:\.(?=\s*(?-i:[a-zа-яё\d])))?)?"
# A currency's letters glued to its digits ("USD42 billion", "Rs3.1 million"), in the case they are written in: the
# digits start a figure there, though a letter comes before them. One lookbehind for the currencies of each length
# (a lookbehind has one width), not one a currency: they are tried at every letter of a text, and 88 of them cost
# four fifths of the scan for figures.
_GLUED_CURRENCIES = {*CURRENCIES, *(s for s in CURRENCY_SIGNS if re.search(r"[A-Za-z]\.?$", s))}
_GLUED_CURRENCY = "|".join(
    rf"(?<=(?<![A-Za-z])(?:{'|'.join(re.escape(c) for c in sorted(c for c in _GLUED_CURRENCIES if len(c) == n))}))"
    for n in sorted({len(c) for c in _GLUED_CURRENCIES}, reverse=True))
# A measure's noun hyphened to the digits ("a magnitude-6.6 quake"): they start a figure there, as after a space.
_HYPHENED_MEASURE = "|".join(rf"(?<=(?<![\w-]){re.escape(noun)}-)" for noun in sorted(_merged("MEASURE_NOUNS"))) \
    or "(?!)"
# A minus before the digits (or the dash typeset as one, glued to them: "–6"), not after a word, a figure or a sign
# ("-0.5%", "−3"; not "COVID-19", "10-15"); a plus glued to them the same way is the sign of a change ("(+27%)"; not
# "3+3", "GMT+7").
_FIGURE = re.compile(rf"(?:(?<![\w.,:/+\-\u2212])|(?-i:{_GLUED_CURRENCY})|{_HYPHENED_MEASURE})"
                     rf"(?:(?<![\w.,:/+%])(?:(?P<minus>[\-\u2212\u2013](?=\d))|\+(?=\d)))?(?P<num>{_NUMBER})"
                     rf"(?![\w]*[:/]\d){_SCALE}", re.I)
_SIGNS = "+-\u2212\u2013"   # a figure's own sign: plus, hyphen-minus, minus, and the dash typeset as a minus ("–6")
_MINUS_WORD = re.compile(rf"(?<!\w)(?:{_alternation(_merged('MINUS_WORDS'))})\s+$", re.I)   # "minus 3 degrees"
# A sign written as a word: "минус 22" opens its figure, "plus 6" stands before the figure's span
_MINUS_WORD_AT = re.compile(rf"(?:{_alternation(_merged('MINUS_WORDS'))})\s", re.I)
_PLUS_WORD = re.compile(rf"(?<!\w)(?:{_alternation(_merged('PLUS_WORDS'))})\s+$", re.I)
_PLUS_MINUS = re.compile(rf"(?<!\w)(?:{_alternation(_merged('PLUS_MINUS'))})\s+$", re.I)    # "plus or minus 3"
# After a joiner, perhaps below zero or with a plus: "10-15", "-18...-13", "from −5 to −10", "+5...+7"
_FIGURE_AT = re.compile(rf"(?:(?P<minus>[\-\u2212\u2013])(?=\d)|\+(?=\d))?(?P<num>{_NUMBER})(?![\w]*[:/]\d){_SCALE}", re.I)
_APPROX = re.compile(
    rf"(?P<phrase>{_alternation({*_merged('APPROXIMATE'), *_LOWER, *_UPPER})})\s+"
    rf"(?:(?:{_alternation(_merged('BOUND_FILLERS'))})\s+)?$", re.I)
# After a range's joiner, a word that makes its second end approximate or a bound: "from 40 to about 60",
# "с 40 до почти 60".
_APPROX_PHRASES = _alternation({*_merged("APPROXIMATE"), *_LOWER, *_UPPER} - {*_merged("RANGE_OPENERS").values()})
_WORD = re.compile(r"[^\W\d_][\w\-]*", re.U)
# A time word's stem, not the start of another word ("лет" in "летальных"; NOT_TIME_STEMS).
_TIME_WORD = re.compile(rf"(?!{_alternation(_merged('NOT_TIME_STEMS')) or '(?!)'})"
                        rf"(?:{_alternation(_merged('TIME_STEMS'))})", re.I)
SCALED = 1000       # a bare figure written with a scale word at least this large ("7.5 billion") counts what the one before counts
SPANS_OF_TIME = {"s", "h", "min", "d", "wk", "mo", "qtr", "yr"}   # canonical units a duration is counted in
CHANGE_SIZES = {"%", "pp", "bp"}                      # canonical units the size of a change is counted in
FACTOR = "times"                                      # the canonical unit of a factor: "в 1,5 раза", "doubled"
MONEY = {**CURRENCIES, **NAMED_CURRENCIES}              # canonical units of money (by code or only by noun), their nouns
# A character of the same sentence: a full stop inside it ("3 млн. тонн") but not one before a capital.
_IN_SENTENCE = r"(?:(?!\.\s+[A-ZА-ЯЁ])[^,;!?\d])"
_PARTITIVE = re.compile(rf"\s+(?:{_alternation(_merged('PARTITIVE'))}|{alternation('PARTITIVE_OWNER') or '(?!)'})\s+", re.I)
_ANAPHORIC = re.compile(rf"\s*(?:{_alternation(_merged('ANAPHORIC'))})(?!\w)", re.I)
_ANAPHORIC_BEFORE = re.compile(rf"(?<!\w)(?:{_alternation(_merged('ANAPHORIC_BEFORE'))}),?\s+$", re.I)
_INCLUDED_BEFORE = re.compile(rf"(?<!\w)(?:{_alternation(_merged('INCLUDED_BEFORE'))}),?\s+$", re.I)
_ELLIPSIS = _alternation(_merged("ELLIPSIS_JOINERS"))
_PLURAL_ENDING = re.compile("|".join(m.PLURAL_ENDING for m in LANGUAGES.values() if m.PLURAL_ENDING))
_DECADE = re.compile(rf"(?:{'|'.join(m.DECADE for m in LANGUAGES.values())})")
# Not before a slash: "9м/с" is metres a second, a unit glued to its digits, not an ordinal's ending.
_ORDINAL = re.compile(rf"(?:{_alternation(_merged('ORDINAL_SUFFIXES'))})(?![\w/])")
_CASE_ENDING = re.compile(rf"(?:-(?:{_alternation(_merged('NUMERAL_CASE_ENDINGS')) or '(?!)'})|"
                          rf"{'|'.join(m.SMALL_NUMERAL_CASE_ENDING for m in LANGUAGES.values() if m.SMALL_NUMERAL_CASE_ENDING) or '(?!)'})(?=\s)")
_REFERENCE = re.compile(rf"(?<!\w)(?:{'|'.join(m.REFERENCE_NOUNS for m in LANGUAGES.values())}):?\s*$|№\s*$", re.I)
_NOT_COUNTED = set(_merged("NOT_COUNTED"))
_THRESHOLDS = set(_merged("THRESHOLD_NOUNS"))
_READING_TIME = re.compile(rf"\W*(?:{'|'.join(m.READING_TIME for m in LANGUAGES.values())})\W*", re.I)
_TIME_OF_DAY = re.compile(rf"\s*(?:{'|'.join(m.TIME_OF_DAY for m in LANGUAGES.values())})", re.I)
_OF_A_WHOLE = re.compile(rf"\s+(?:{_alternation(_merged('PART_OF'))})\s+(?:[^\W\d_]+['’]s\s+)?(?:{_DIGITS}|(?:{_WORD_ALT})(?!\w))"
                         rf"(?:\s*(?:{_alternation(_SCALES)})\.?)?\s+(?P<unit>[^\W\d_]+)", re.I)
_YEAR = r"(?:1[89]|20)\d\d"
_OTHER_MONTH = re.compile(rf"\s+(?-i:{_alternation(_merged('OTHER_MONTHS')) or '(?!)'})(?!\w)")
_ADDRESS = re.compile(rf"\s+(?-i:(?:[A-Z][\w'’\-]*\.?\s+){{1,3}}(?:{_alternation(_merged('STREET_NOUNS')) or '(?!)'}))(?!\w)")
# Letters in capitals right before a number that no counted noun follows make it part of a name ("in week EW 31",
# "the DAX 40 rose"), as a capital after lower-case letters always does ("nGX 9 changes"); not after "the" ("the UK
# 40 were hurt") or in a line of capitals, where every word is so written ("FLOODS DISPLACE 300").
_CAPITALS_LABEL = re.compile(r"(?<![A-Z][\s,])(?<![\w.&])(?<![Tt]he )[A-Z]{2,5} $")
_MIXED_LABEL = re.compile(r"(?<![\w.&])[a-z]+[A-Z][A-Za-z]* $")
# A number in a maker's or a model's name, not a count: after a capitalised word when a noun of made things follows,
# maybe past the model's next word and numbers ("the Vexa 7 smartphone", "Tarlan's 310 Neo 4 jets", "Neo 4 and 5
# aircraft"), or a model's word and a noun in the singular, which no count above one takes ("a Tarlan 310 Neo
# flight"); or ending a title after a noun of works ("the film Frost Saga 5"). Capitals alone on either side make
# no model ("Ruritania 40 Varn tanks", "North Velm 300 families").
_NAME_WORD = r"[a-z]?[A-Z][a-z]+"   # "Tarlan", "iPhone"
_NAME_BEFORE = re.compile(rf"(?<=[\w,’'] )(?-i:{_NAME_WORD})(?:['’]s)? $")
_NAME_LISTED_BEFORE = re.compile(rf"(?<=[\w,’'] )(?-i:{_NAME_WORD}) \d+(?:,| and| or) $")
_TITLE_BEFORE = re.compile(rf"(?<!\w)(?:{_alternation(_merged('TITLED_WORK_NOUNS')) or '(?!)'})"
                           rf"(?-i:(?: {_NAME_WORD}){{1,4}}) $", re.I)
_MADE_THING_AFTER = re.compile(rf"(?: (?-i:{_NAME_WORD}))?(?:(?:,| and| or)? \d+)*"
                               rf"\s+(?:{_alternation(_merged('PRODUCT_NOUNS'))})(?![\w-])", re.I)
_MODEL_WORD_AFTER = re.compile(rf" (?-i:({_NAME_WORD}|{_alternation(_merged('MODEL_WORDS_IN_CAPITALS')) or '(?!)'}))"
                               r" (?-i:([a-z]+))(?![\w-])")   # "Pro phone", "MAX fleet"
# A number between pupils and their class is the grade they are in: «учащиеся 5-6 классов», «школьники 3-х классов».
_PUPILS_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('PUPIL_NOUNS') or '(?!)'})\s+(?:\d+[\u2010-\u2014-]\s?)?$", re.I)
_CLASS_AFTER = re.compile(rf"(?:[\u2010-\u2014-]\s?\d+)?(?:-[^\W\d_]{{1,3}})?\s+"
                          rf"(?:{alternation('GRADE_NOUNS') or '(?!)'})(?!\w)", re.I)
_DENOMINATOR = re.compile(rf"(?<!\w)(?:{_alternation(_merged('DENOMINATOR_BEFORE'))})\s+$", re.I)
# A price's conversion in brackets: "$2 (£1.60)", "500 рублей (около $7)".
_CONVERSION = re.compile(r"\s*\([^()\n]{0,30}\d[^()\n]{0,30}\)")
_RATIO_AFTER = re.compile(rf"\s+(?:{_alternation(_merged('RATIO_JOINERS'))})(?!\w)", re.I)
_YEAR_BEFORE = re.compile(rf"(?<!\w)(?:{_alternation(_merged('YEAR_BEFORE'))})\s+$", re.I)
# A year joined to the number right before it makes that number a year too, when a word of years opens the pair:
# "the 2031 or 2032 rankings"; not "between 1900 and 2000 people", "1800 or 2000 beds".
_YEAR_JOINED_BEFORE = re.compile(rf"(?<!\w)(?:{_alternation(_merged('YEAR_JOINED_OPENERS')) or '(?!)'})\s+{_YEAR}"
                                 rf"\s+(?:{_alternation(_merged('COORDINATORS'))})\s+$", re.I)
_COLLECTIVE = set(_merged("COLLECTIVE_NOUNS"))
_MEASURED = set(_merged("MEASURED_NOUNS"))
_SUBUNITS = set(_merged("CURRENCY_SUBUNITS"))


# Units of a reading, not of a count ("a magnitude 6 quake"): a bare figure that opens the next clause ("504 were in
# the county") counts something else.
_READINGS = {*_merged("MEASURE_NOUNS"), *_merged("MEASURED_THINGS").values(), *_merged("MEASURED_ON").values()}
_BOUND_SUFFIXES: dict[str, str] = _merged("BOUND_SUFFIXES")
_BOUND_SUFFIX = re.compile(rf"(?:{_alternation(_BOUND_SUFFIXES)})"
                           rf"(?=\s+(?!(?:{_alternation(_merged('BOUND_SUFFIX_IDIOMS')) or '(?!)'})(?!\w))[^\W\d_])", re.I)
# A sign a comma apart from its digits is a slip of the keyboard ("Ksh, 231B"); a one-letter sign so written is a
# letter (LETTER_SIGNS: "grade R, 12 pupils").
_SIGN_BEFORE = re.compile(rf"(?:(?<![A-Za-z])(?P<sign>{_alternation(CURRENCY_SIGNS)}),?\s?"
                          rf"|\b(?P<code>{'|'.join(CURRENCIES)})\s?)$")
# How far before the digits a sign may start: its longest form, a space and a letter to tell "Kshs." from "shs.".
_SIGN_REACH = max(map(len, (*CURRENCY_SIGNS, *CURRENCIES))) + 2
_SIGN_AFTER = re.compile(rf"\s?(?P<sign>{_alternation(set(CURRENCY_SIGNS) - PREFIX_SIGNS)})")


def parse_number(text: str, lang: str = "en", decimal_dot: bool = False) -> float | None:
    """Digits with any grouping ("53,000", "53 000", "53.000", "1,5" in Russian) or number words.

    One dot before three digits groups thousands ("31.500 km2"), as in most
    of Europe, unless ``decimal_dot`` (a scale word or per cent follows:
    "1.125 million", "2.375%") or the figure starts with 0. Where the comma is
    the decimal mark, one before three zeros groups thousands all the same
    ("10,000 жителей", as translated text writes it): no one writes a fraction so.
    """
    t = text.strip().lower()
    if t and t[-1] in _VULGAR_FRACTIONS:              # "2½": the whole number and the fraction's value
        whole = parse_number(t[:-1], lang, decimal_dot) if t[:-1] else 0.0
        return whole + unicodedata.numeric(t[-1]) if whole is not None else None
    half = re.search(rf"\s+(?:{_HALF})$", t)
    if half:                                           # "two and a half": the number and 0.5
        whole = parse_number(t[:half.start()], lang, decimal_dot)
        return whole + 0.5 if whole is not None else None
    if re.fullmatch(_DIGITS, t):
        t = re.sub(r"[ \u00a0\u202f\u2009]", "", t)
        if "," in t and "." in t:                      # the last mark is the decimal one
            group, point = (",", ".") if t.rfind(".") > t.rfind(",") else (".", ",")
            return float(t.replace(group, "").replace(point, "."))
        mark = "," if "," in t else "." if "." in t else None
        if mark is None:
            return float(t)
        whole, *rest = t.split(mark)
        thousands = all(len(r) == 3 for r in rest) and whole != "0"
        comma_groups = mark == "," and (not language(lang).DECIMAL_COMMA or rest == ["000"])
        if len(rest) > 1 or (thousands and (comma_groups or mark == "." and not decimal_dot)):
            return float(t.replace(mark, "")) if thousands else None
        return float(t.replace(",", "."))
    fraction = re.sub(rf"\s+(?:{_FRACTION_FILLERS})$", "", t)
    if fraction in _FRACTIONS:                         # "half a" million, "a full" percentage point
        return _FRACTIONS[fraction]
    total, current = 0.0, 0.0
    for word in re.split(r"[\s\-]+", re.sub(r"\s+and\s+", " ", t)):
        n = _WORD_NUMBERS.get(word)
        if n is None:
            return None
        if n == 100 and current:
            current *= 100
        else:
            current += n
    return total + current if current else None


@lru_cache(maxsize=4096)
def canonical_unit(unit: str | None, lang: str = "en") -> str | None:
    """The canonical unit a unit phrase begins with: "tons of cargo" and "тонн груза" are t.

    The phrase's language is tried first, then the others ("km" in Russian
    text); Russian words are compared by their lemma. None for a unit no
    table knows ("observation posts").
    """
    if not unit:
        return None
    words = re.findall(r"°\w?|[^\W_][\w²]*|%", unit.lower())
    if words and words[0] in _ORDINAL_UNITS and re.match(rf"\W*{words[0]}-\w", unit.lower()):
        return None                                   # "2 second-half goals": an ordinal, not seconds
    lemmas = [_lemma(w) for w in words]
    own = language(lang)
    for module in (own, *(m for m in LANGUAGES.values() if m is not own)):
        for n in range(min(3, len(words)), 0, -1):
            for phrase in (" ".join(words[:n]), " ".join(lemmas[:n])):
                if phrase in module.UNITS:
                    return module.UNITS[phrase]
    return next((code for code, noun in CURRENCIES.items() if noun == unit.lower()), None)


def _lemma(word: str) -> str:
    if re.search(r"[а-яё]", word):
        return morph().parse(word)[0].normal_form
    return word


@dataclass(frozen=True, slots=True)
class _Read:
    """One number as written: where it is, its value with any scale, whether digits."""

    start: int
    end: int
    value: float
    digits: bool
    bound: str | None = None     # "30-plus", "20+": a bound written after the digits
    scale: Decimal = Decimal(1)  # the scale written with it: "million", "тыс.", the "m" of "4m"


_LOOKALIKES = merged("LATIN_LOOKALIKES")
_MIXED_WORD = re.compile(rf"(?<![^\W\d_])(?=[^\W\d_]*[а-яё])(?=[^\W\d_]*[{''.join(_LOOKALIKES)}])[^\W\d_]+", re.I)
_CYRILLIC_OR_LOOKALIKE = re.compile(rf"[а-яё{''.join(_LOOKALIKES)}]+", re.I)
_TO_CYRILLIC = str.maketrans(_LOOKALIKES)


@lru_cache(maxsize=4)
def _unmixed(text: str) -> str:
    """``text`` with the Latin look-alike letters inside Cyrillic words made Cyrillic, letter for letter ("5 мaя"
    with a Latin "a" is a date), so every offset stays."""
    return _MIXED_WORD.sub(lambda m: m.group().translate(_TO_CYRILLIC)
                           if _CYRILLIC_OR_LOOKALIKE.fullmatch(m.group()) else m.group(), text)


def find_quantities(text: str, span: Span, lang: str, previous_unit: str | None = None) -> list[Quantity]:
    """Figures inside ``span`` of ``text``; dates, years, times and ordinals are not figures.

    ``previous_unit`` is the unit of the figure before this span, for "12 of them".
    """
    text = _unmixed(text)
    chunk = text[span.start:span.end]
    if _READING_TIME.fullmatch(chunk):
        return []                                     # page furniture: "5 min read", "Читать 3 минуты"
    tables = language(lang)
    found: list[Quantity] = []
    parts: list[_Read] = []                           # bare figures before "of" and a whole: "40 of 62 …"
    resume = 0
    # a clause cut from the sentence before at "," or ";" (perhaps and "and"): its figure may repeat that one's
    continued = previous_unit is not None and re.search(
        rf"(?:[,;]|(?<!\w)(?:{_alternation(tables.COORDINATORS)}))\s*$", text[max(0, span.start - 20):span.start],
        re.I) is not None
    lead = text[max(0, span.start - 2 * HEAD_WINDOW):span.start] if continued else ""
    lead = lead[max((m.end() for m in re.finditer(r"[.!?]\s", lead)), default=0):]   # the sentence's cut-off part
    weather = _weather_report(text, span, lang)
    for m in _FIGURE.finditer(chunk):
        if m.start() < resume:
            continue
        first = _read(chunk, m, lang)
        if first is None or _is_date_or_year(chunk, m, m.group("num"), lang) \
                or _enumerator(text, span.start + first.start):
            continue
        resume = max(resume, first.end)               # "7 миллионов 300 тысяч": the smaller part is read with it
        second, joiner, first_unit = _joined(chunk, first, lang)
        if second is not None and joiner in tables.TALLY_JOINERS and _tally(chunk, second, lang):
            resume = second.end
            found.extend(_tally_figures(chunk, span, first, second, lang, tables))
            continue
        if second is not None:
            figure = _range(chunk, span, first, second, joiner, first_unit, lang, weather, found, previous_unit)
            if figure is not None:
                resume = second.end
                found.extend(_ends(chunk, span, first, second, joiner, first_unit, figure, lang))
                continue
            shares = _split_shares(chunk, span, first, second, joiner, first_unit, lang, tables)
            if shares:
                resume = second.end
                found.extend(shares)
                continue
        figure = _figure(chunk, span, first, lang, found, previous_unit, continued=continued, lead=lead,
                         weather=weather)
        if figure is not None:
            found.append(figure)
        elif (first.digits or chunk[first.start:first.end].lower() not in _LONE_NUMBERS) \
                and _PART_BEFORE_WHOLE.match(chunk, first.end):
            parts.append(first)
    found = _parts_of_wholes(chunk, span, parts, found) if parts else found
    found = _parts_run_to_their_wholes(chunk, span, found)
    found = [_shared_sign(text, q) for q in found if not _cut_off_unit(text, q) and not _counted_sources(text, q, tables)]
    words = _factor_words(chunk, span, lang)
    return sorted(found + words, key=lambda q: q.span.start) if words else found


def _enumerator(text: str, at: int) -> bool:
    """"2. Velmora – USD 13.8 million": the number of a list's item, opening its line before a stop or a bracket and
    a space, counts nothing."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return not line.strip() and _ENUMERATOR.match(text, at) is not None


_ENUMERATOR = re.compile(r"\d{1,3}[.)][ \t]+(?=\S)")   # "2. ", "3) ": an item's number, not "2.5"
SOURCE_COUNT_MAX = 5   # how many unnamed sources a report counts: "two diplomats said", "according to three officials"


def _counted_sources(text: str, q: Quantity, tables) -> bool:
    """"…, two diplomats said.", "according to three officials", "…, сообщили два дипломата.": a bare count of a
    handful of unnamed people, its unit a person's or a source's noun (``COUNTED_SOURCE_NOUNS``), right after
    "according to" or "citing", opening the clause of a verb of saying (``TRAILING_SAYING_VERBS``) or closing the
    sentence after one, says who told the report, no figure of what was told. A percent, a currency or any other
    unit stays a figure ("Of those asked, 4% said …", "…, citing 3 percent wage growth")."""
    if q.unit is None or q.value is None or q.value > SOURCE_COUNT_MAX:
        return False
    nouns = _SOURCE_NOUNS.get(tables)
    if nouns is None or not nouns.fullmatch(text[q.span.start:q.span.end].split()[-1]) \
            or not nouns.fullmatch(q.unit):
        return False
    cue = _SOURCE_CUE_BEFORE[tables].search(text, max(0, q.span.start - SOURCE_CUE_REACH), q.span.start)
    said = _SAYING_AFTER[tables].match(text, q.span.end)
    said_before = _SAYING_BEFORE[tables].search(text, max(0, q.span.start - SOURCE_CUE_REACH), q.span.start)
    return cue is not None or (said is not None and _after_clause_mark(text, q.span.start)) \
        or (said_before is not None and _SENTENCE_CLOSES.match(text, q.span.end) is not None)


def _after_clause_mark(text: str, at: int) -> bool:
    """Only a clause's opening mark (or a line's or the text's start) before ``at``, past spaces: "…, two said"."""
    before = text[max(0, at - CLAUSE_MARK_REACH):at].rstrip(" ")
    return before == "" or before[-1] in ",;:.!?\n"


SOURCE_CUE_REACH = 30   # characters back from a count of sources to "according to", "citing"
_SOURCE_CUES = {module: "|".join(filter(None, (module.ACCORDING_TO, "|".join(map(re.escape, module.CITING)))))
                for module in LANGUAGES.values()}
_SOURCE_CUE_BEFORE = {module: re.compile(rf"(?<!\w)(?:{cues})\s+$", re.I) for module, cues in _SOURCE_CUES.items()}
_SAYING_AFTER = {module: re.compile(rf"\s+(?:{module.TRAILING_SAYING_VERBS})(?!\w)(?!\s+to\s)", re.I)
                 for module in LANGUAGES.values() if module.TRAILING_SAYING_VERBS}
_SAYING_BEFORE = {module: re.compile(rf"[,\u2014\u2013]\s*(?:{module.TRAILING_SAYING_VERBS})\s+$", re.I)
                  for module in LANGUAGES.values() if module.TRAILING_SAYING_VERBS}
_SOURCE_NOUNS = {module: re.compile(rf"(?:{module.COUNTED_SOURCE_NOUNS})", re.I)
                 for module in LANGUAGES.values()}
_SENTENCE_CLOSES = re.compile(r"\s*(?:[.!?]|$)")
CLAUSE_MARK_REACH = 4   # characters back from a count to the mark that opens its clause


def _cut_off_unit(text: str, q: Quantity) -> bool:
    """The unit is one or two letters after a space that no table knows, cut off where the text ends without a full
    stop ("after voting on 40 c"): what the figure counts is lost; a known one stays ("rises to 300 m"), as a
    longer word does ("after voting on 30 proposals")."""
    unit = q.unit or ""
    return unit.isalpha() and len(unit) <= 2 and q.canonical_unit is None \
        and text[q.span.end - len(unit) - 1].isspace() and not text[q.span.end:].strip()


def _weather_report(text: str, span: Span, lang: str) -> bool:
    """Words of weather in or around the sentence ("Friday: dry. Low 14." under a forecast of rain)."""
    return _weather_words(lang).search(text[max(0, span.start - WEATHER_REACH):span.end + WEATHER_REACH]) is not None


@lru_cache(maxsize=None)
def _weather_words(lang: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{language(lang).WEATHER_CUES})(?!\w)", re.I)


_SHARED_SIGN = re.compile(rf"(?:^|.{{0,20}}?(?<![A-Za-z]))(?P<sign>{_alternation(SHARED_SIGNS)})\s?\d")
_COUNTRIES = {code: re.compile("|".join(m.CURRENCY_COUNTRIES[code] for m in LANGUAGES.values()
                                        if code in m.CURRENCY_COUNTRIES))
              for codes in {codes for _, codes in SHARED_SIGNS.values()} for code in codes}


def _shared_sign(text: str, q: Quantity) -> Quantity:
    """A figure after a sign several currencies share ("Sh3.6 trillion"): the currency of the one country of theirs
    the text names, else the sign's noun with no code."""
    sign = _SHARED_SIGN.match(text, q.span.start, q.span.end)
    if sign is None or q.canonical_unit not in SHARED_SIGNS[sign.group("sign")][1]:
        return q
    noun, codes = SHARED_SIGNS[sign.group("sign")]
    named = [code for code in codes if _COUNTRIES[code].search(text)]
    code = named[0] if len(named) == 1 else None
    unit = MONEY[code] if code else noun
    return replace(q, unit=q.unit.replace(MONEY[q.canonical_unit], unit), canonical_unit=code)


# The words between a part and its whole: "of the", "out of the last", «из последних»
_PART_TO_WHOLE = (rf"\s+(?:{_alternation({**_merged('PART_OF'), **_merged('PARTITIVE')})})\s+"
                  rf"(?:(?:{_alternation(_merged('WHOLE_QUALIFIERS')) or '(?!)'})\s+)?")
_PART_BEFORE_WHOLE = re.compile(rf"{_PART_TO_WHOLE}(?=\d)", re.I)


def _parts_of_wholes(chunk: str, span: Span, parts: list[_Read], found: list[Quantity]) -> list[Quantity]:
    """A bare figure before "of" and a whole that is a figure counts what the whole counts: "only 40 of 62
    confirmed dead were named" (the whole's unit is read from what follows it, not a noun)."""
    wholes = {q.span.start - span.start: q for q in found}
    out = list(found)
    for r in parts:
        whole = wholes.get(_PART_BEFORE_WHOLE.match(chunk, r.end).end())
        if whole is None or whole.unit is None or whole.canonical_unit in SPANS_OF_TIME:
            continue
        begin, phrase, bound = _approximation(chunk, r.start)
        out.append(Quantity(Span(span.start + begin, span.start + r.end), r.value, whole.unit,
                            phrase is not None and bound is None, bound, borrowed=True,
                            canonical_unit=whole.canonical_unit))
    return sorted(out, key=lambda q: q.span.start)


def _parts_run_to_their_wholes(chunk: str, span: Span, found: list[Quantity]) -> list[Quantity]:
    """"326 of the 650 seats", "two of the nine cases", «3 из 10 школ»: the part's words run on to the whole's unit,
    which says what the part counts; the whole of the same unit stays a figure of its own. Not to a whole that
    writes no unit ("40 of 62 confirmed dead"): its words end at the number."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        same_count = last is not None and last.unit == q.unit and not q.borrowed \
            and last.range_from is None and q.range_from is None
        if same_count and _PART_OF_WHOLE.fullmatch(chunk, last.span.end - span.start, q.span.start - span.start):
            out[-1] = replace(last, span=Span(last.span.start, q.span.end))
        out.append(q)
    return out


_PART_OF_WHOLE = re.compile(_PART_TO_WHOLE, re.I)


def _range(chunk: str, span: Span, first: _Read, second: _Read, joiner: str, first_unit: str | None,
           lang: str, weather: bool = False, found: tuple[Quantity, ...] | list[Quantity] = (),
           previous_unit: str | None = None) -> Quantity | None:
    """ "between 3 and 5 per cent", "from 64 to 47 seats", "с 7,5% до 7,75%", "10-15 people" as one figure.

    The figure the phrase arrives at carries the unit and is the value; the
    first end is ``range_from`` and takes the second's scale when it has
    none ("between 1.5 and 2 million"). Without "between"/"from" only a
    rising pair is a range ("10-15"), and a unit after the first end must be
    the second's ("3 tons to 18 districts" is two figures). A range "of them"
    or after "из них" counts what the figure before it (``found``, else ``previous_unit``) counts.
    """
    tables = language(lang)
    currency = _currency(chunk, first, tables)
    begin = currency[1] if currency else first.start      # "from $1 billion": the sign begins the range
    opener = _range_opener(chunk, begin, joiner, tables)
    if not opener and not (joiner in tables.RANGE_JOINERS and _rising(first.value, second.value)):
        return None
    anaphoric = _ANAPHORIC.match(chunk, second.end) is not None \
        or _ANAPHORIC_BEFORE.search(chunk[max(0, begin - WINDOW):begin]) is not None   # "10 to 12 of them", "из них 3-4"
    figure = _figure(chunk, span, second, lang, list(found) if anaphoric else [],
                     previous_unit if anaphoric else None, start=begin, weather=weather)
    if currency and (figure is None or figure.unit is None) and _currency(chunk, second, tables) is None:
        code = currency[0]        # "$3-4 billion", "около $3-4 млрд": the sign before the range is its unit
        unit, end, canonical = MONEY[code], second.end, code
        rate = _rate(chunk, unit, end, True, lang)
        if rate is not None:      # "$3-4 a share"
            unit, end, canonical = f"{unit} {rate[0]}", rate[1], None
        figure = Quantity(Span(span.start + begin, span.start + end), second.value, unit, False, None,
                          canonical_unit=canonical)
    if figure is None or (first_unit is not None
                          and (canonical_unit(first_unit, lang) or first_unit) != (figure.canonical_unit or figure.unit)):
        return None
    if not opener and figure.canonical_unit not in CHANGE_SIZES and _change_then_value(chunk, begin, joiner, tables):
        return None                                   # "rose by 18 to 3,256": the change and the value reached
    low = first.value
    if first.scale == 1 and first_unit is None and low < float(exact(second.value) / second.scale):
        low = float(exact(low) * second.scale)
    grouped = _DIGIT_GROUPS.fullmatch(chunk, second.start, second.end)
    if grouped and joiner.strip() in _DASHES and second.scale == 1 and first_unit is None \
            and re.fullmatch(r"\d{1,3}", chunk[first.start:first.end]):
        thousands = 1000 ** len(_GROUP.findall(grouped.group()))   # "70–80,000 guests": the first end's thousands
        low = low * thousands if low * thousands <= second.value else low
    phrase_start, phrase, _ = _approximation(chunk, opener.start() if opener else begin)
    return Quantity(Span(span.start + phrase_start, figure.span.end), figure.value, figure.unit, phrase is not None,
                    None, figure.borrowed, figure.canonical_unit, low)


_DIGIT_GROUPS = re.compile(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+")   # "80,000", "80 000": thousands in groups
_GROUP = re.compile(r"[,\u00a0\u202f ]\d{3}")
_DASHES = frozenset("-‐‑‒–—−")   # a range written with a dash, not "between 5 and 10,000": the short end abridged


def _split_shares(chunk: str, span: Span, first: _Read, second: _Read, joiner: str, first_unit: str | None,
                  lang: str, tables) -> list[Quantity]:
    """A falling pair with the unit written once, after its second end ("leads 52 to 45 percent", "backed it 71-23
    percent"): no range, but two shares of one split, so the bare first end is a figure of its own in the second's
    unit. Only shares split so: "9-3 teams" is a score, no two figures."""
    if first_unit is not None or joiner not in tables.SPLIT_JOINERS or _rising(first.value, second.value) \
            or _opener_before(chunk, first.start, tables) or _change_then_value(chunk, first.start, joiner, tables):
        return []
    figure = _figure(chunk, span, second, lang, [], None)
    if figure is None or figure.canonical_unit != "%":
        return []
    return [replace(figure, span=Span(span.start + first.start, span.start + first.end), value=first.value,
                    borrowed=True), figure]


def _rising(first: float, second: float) -> bool:
    """Two ends joined with no opener make a range when the second is the larger, below zero in size: "10-15",
    "-18...-13°C", "−5–−10C" (five to ten degrees of frost) and "0..-3" are ranges; "2020-19", "15-10" are not."""
    return first < second or second < first <= 0


def _ends(chunk: str, span: Span, first: _Read, second: _Read, joiner: str, first_unit: str | None,
          figure: Quantity, lang: str) -> list[Quantity]:
    """A range as its figures: one when "between"/"от" opens it with its first end bare ("between 10 and 15
    posts"); when that end is written with its own unit ("9% to 11%", "from $1 billion to $2.4 billion"), opened
    by "from"/"с" ("from 10 to 15 posts", a value left or a range's low end) or joined with no opener ("10-15
    people", "7–8%", "два-три года": each end as written) it is a figure of its own too, read in the whole
    range's words."""
    tables = language(lang)
    if first_unit is None and (_currency(chunk, first, tables) is None or _currency(chunk, second, tables) is None):
        if (tables.FIRST_END_OPENERS and re.match(rf"(?:{_alternation(tables.FIRST_END_OPENERS)})\s",
                                                  chunk[figure.span.start - span.start:first.start], re.I)) \
                or _opener_before(chunk, first.start, tables) is None:
            # "fell from 64 to 47 seats": the value left is a figure too, in the unit of the value reached
            return [replace(figure, value=figure.range_from, range_from=None, borrowed=True), figure]
        return [figure]                               # "between 10 and 15 posts": the range's upper end
    own = _figure(chunk, span, first, lang, [], None)
    if own is None:
        return [figure]
    own = replace(own, value=figure.range_from)       # "$3-$4 billion": the first end in the second's scale
    if figure.unit and own.unit and figure.unit.startswith(f"{own.unit} "):   # "$3.25 to $3.45 per share"
        own = replace(own, unit=figure.unit, canonical_unit=figure.canonical_unit)
    return [replace(own, span=figure.span), figure]


def _read(chunk: str, m: re.Match, lang: str) -> _Read | None:
    number, scale = m.group("num"), m.group("scale")
    larger = _LARGER_SCALE.match(chunk, m.end()) if scale else None
    if larger and _SCALES[larger.group("scale").lower().rstrip(".")] > _SCALES[scale.lower().rstrip(".")]:
        return _scaled_again(chunk, m, lang, larger)  # "два десятка тысяч", "около сотни тысяч": one number
    if not number:                                # "около миллиона": the scale word alone is one of it
        if not scale:
            return None
        factor = Decimal(int(_SCALES[scale.lower().rstrip(".")]))
        return _Read(m.start("scale"), m.end(), float(factor), False, scale=factor)
    first_end = _first_end_in_words(number)
    if first_end is not None:                     # "двух-трех километрах": the first end of a range
        value = parse_number(number[:first_end], lang)
        return _Read(m.start(), m.start("num") + first_end, value, False) if value is not None else None
    if not number[0].isdigit() and _vague(lang).search(chunk, max(0, m.start() - WINDOW), m.start()):
        return None                               # "several hundred", "a few hundred": no figure, as "hundreds"
    after = chunk[m.end():m.end() + WINDOW]
    decimal_dot = bool(scale) or bool(re.match(rf"\s?%|\s*(?:{language(lang).PERCENT})", after, re.I))
    value = parse_number(number, lang, decimal_dot)
    if value is None:
        return None
    factor = Decimal(int(_SCALES[scale.lower().rstrip(".")])) if scale else Decimal(1)
    value = float(exact(value) * factor)
    start, sign = m.start(), 1
    minus_word = _MINUS_WORD.search(chunk, max(0, start - 20), start)
    if minus_word and _PLUS_MINUS.search(chunk, max(0, start - 30), start):
        minus_word = None                         # a margin either way is no negative figure
    dash = m.groupdict().get("minus") and not _separating_dash(chunk, m.start("minus"), lang)
    if dash or minus_word:                        # "-0.5%", "minus 3 degrees"
        start, sign = minus_word.start() if minus_word else start, -1
    rest = _smaller_part(chunk, m.end(), factor) if scale else None
    if rest is not None:                          # "7 миллионов 300 тысяч", "один миллиард 230 миллионов"
        value, end = sign * float(exact(value) + rest[0]), rest[1]
        return _Read(start, end, value, True, scale=factor)
    attached = None if scale or not number[0].isdigit() \
        else _attached_scale(after, lang) or _scale_as_before(chunk, m.start(), after, lang)
    if attached and number + attached in language(lang).RESOLUTION_MARKS:
        attached = None                           # "4K TVs": a screen's resolution, a name's digits
    if attached:                                  # "1.5m passengers": a million, not metres
        factor = Decimal(int(language(lang).SIGN_SCALES[attached.lower()]))
        return _Read(start, m.end() + len(attached), sign * float(exact(value) * factor), True, scale=factor)
    suffix = _BOUND_SUFFIX.match(chunk, m.end()) if number[0].isdigit() else None
    if suffix:                                    # "30-plus years", "20+ staff"
        return _Read(start, suffix.end(), sign * value, True, _BOUND_SUFFIXES[suffix.group().lower()], factor)
    ending = _CASE_ENDING.match(chunk, m.end()) if number[0].isdigit() and not scale else None
    if ending:                                    # "с 6-ю очками": the ending is the numeral's, the noun counts
        return _Read(start, ending.end(), sign * value, True, scale=factor)
    return _Read(start, m.end(), sign * value, number[0].isdigit(), scale=factor)


_LARGER_SCALE = re.compile(rf"\s+(?P<scale>{_alternation(_SCALES)})(?![а-яёa-z])", re.I)


def _scaled_again(chunk: str, m: re.Match, lang: str, larger: re.Match) -> _Read | None:
    """A scale times a larger one after it ("два десятка тысяч" is 20,000): the first read alone, then multiplied."""
    first = _read(chunk[:m.end()], m, lang)
    if first is None:
        return None
    factor = Decimal(int(_SCALES[larger.group("scale").lower().rstrip(".")]))
    return replace(first, end=larger.end(), value=float(exact(first.value) * factor), scale=first.scale * factor)


_SMALLER_PART = re.compile(rf"\s+(?P<num>\d{{1,3}})(?P<fraction>[.,]\d{{1,3}})?(?!\d|[.,:/\-]\d){_SCALE}", re.I)


def _separating_dash(chunk: str, dash: int, lang: str) -> bool:
    """A dash glued to the digits after a word, in a sentence that sets its other figures off from their labels by
    the same dash with spaces ("Velm – 46%, Oska –50%"): the separator typed without its space, not a minus (a
    sentence of weather keeps it: "днем – 2, ночью –6")."""
    mark = chunk[dash]
    return mark != "\u2212" and re.search(r"[^\W\d_]\s+$", chunk[max(0, dash - WINDOW):dash]) is not None \
        and re.search(rf"[^\W\d_]\s+{re.escape(mark)}\s+\d", chunk) is not None \
        and re.search(rf"(?<!\w)(?:{language(lang).TEMPERATURE_CUES})(?!\w)", chunk, re.I) is None


def _smaller_part(chunk: str, end: int, factor: Decimal) -> tuple[Decimal, int] | None:
    """The rest of a number written as a larger part and smaller ones, in digits, each with its scale: "7 миллионов
    300 тысяч" (7,300,000), "6 тысяч 215" (6,215), "5 миллионов 120 тысяч 37" (5,120,037), "15 триллионов 82,4
    миллиарда" (a fraction only with its scale); each smaller part is less than one unit of the scale before it
    and is no year ("12 тысяч 2031 года")."""
    m = _SMALLER_PART.match(chunk, end)
    if m is None or factor < SCALED or m.group("fraction") and not m.group("scale"):
        return None
    scale = Decimal(int(_SCALES[m.group("scale").lower().rstrip(".")])) if m.group("scale") else Decimal(1)
    part = Decimal(m.group("num") + (m.group("fraction") or "").replace(",", ".")) * scale
    if part >= factor or re.match(rf"\s*(?:{_MONTH_ALT})\b", chunk[m.end():m.end() + WINDOW], re.I):
        return None                                   # not "12 тысяч 15 марта"
    smaller = _smaller_part(chunk, m.end(), scale) if not m.group("fraction") else None
    return (part + smaller[0], smaller[1]) if smaller else (part, m.end())


@lru_cache(maxsize=None)
def _vague(lang: str) -> re.Pattern:
    """A vague count before a number word: "several", "a few" ("several hundred")."""
    return re.compile(rf"(?<!\w)(?:{_alternation(language(lang).VAGUE_COUNTS) or '(?!)'})\s+$", re.I)


def _first_end_in_words(number: str) -> int | None:
    """Where the first end of a range written in words ends: "двух-трех", "five-six" rise from one number
    to the next; "forty-eight" and "one-hundred" are one number."""
    words = list(re.finditer(r"[^\s\-]+", number.lower()))
    for a, b in zip(words, words[1:]):
        low, high = _WORD_NUMBERS.get(a.group()), _WORD_NUMBERS.get(b.group())
        if number[a.end():b.start()] == "-" and low is not None and high is not None and low < high \
                and not (low >= 20 and low % 10 == 0 and high < 10) and high != 100:
            return a.end()
    return None


@lru_cache(maxsize=None)
def _scale_letter(lang: str) -> re.Pattern | None:
    """A scale letter glued to digits and followed by a space, in either case ("1.5m passengers", "200M users")."""
    scales = language(lang).SIGN_SCALES
    return re.compile(rf"(?:{_alternation(scales)})(?=\s)", re.I) if scales else None


def _attached_scale(after: str, lang: str) -> str | None:
    """A scale letter on the digits ("1.5m", "20k") when a counted plural noun follows, not a unit ("5m high"):
    perhaps after a name's adjective ("70m Ruritanian crowns"); a currency or a unit of its own counts too ("2m
    pounds", "3m tonnes"): a metre is never followed by another unit. A span of time counted to an event is no
    count of millions ("won the 200m weeks after her surgery"); one counted alone is ("watched 3m hours"). A capital
    letter, most often a name's ("the 4K screen costs"), is a scale only right before its noun ("200M users")."""
    letter = _scale_letter(lang)
    s = letter.match(after) if letter else None
    if s is None:
        return None
    unit, end = _unit(after, s.end(), lang)
    noun = unit.split()[0 if s.group().isupper() else -1] if unit else None
    if noun is None or canonical_unit(unit, lang) in SPANS_OF_TIME and _counted_time_after(lang).match(after, end):
        return None
    return s.group() if _counted_noun(f" {noun}", lang) else None


@lru_cache(maxsize=None)
def _counted_time_after(lang: str) -> re.Pattern:
    """A word after a span of time that counts it to an event ("weeks after", "days later")."""
    return re.compile(rf"\s+(?:{_alternation(language(lang).COUNTED_TIME_AFTER) or '(?!)'})(?!\w)", re.I)


_GLUED_LETTER_AT_CLAUSE_END = re.compile(r"(?P<letter>[^\W\d_])(?=\s*(?:[,;:)]|\.(?!\w)|$))")


@lru_cache(maxsize=None)
def _clause_break(lang: str) -> re.Pattern:
    """Where the clause of a repeated scale letter begins: after a stop or a word opening a new clause."""
    t = language(lang)
    return re.compile(rf"[;.!?](?=\s|$)|,\s+(?:{_alternation(t.CLAUSE_JOINERS_AFTER_COMMA) or '(?!)'})(?!\w)"
                      rf"|(?<!\w)(?:{_alternation(t.CLAUSE_BREAK_WORDS) or '(?!)'})(?!\w)")


@lru_cache(maxsize=None)
def _measuring_cue(lang: str) -> re.Pattern:
    """Words right before a figure, perhaps with an approximation, that make its letter a measure ("lies at 40m")."""
    t = language(lang)
    return re.compile(rf"(?<!\w)(?:{_alternation(t.MEASURING_CUES) or '(?!)'})\s+"
                      rf"(?:(?:{_alternation(t.APPROXIMATE) or '(?!)'})\s+)?$", re.I)


@lru_cache(maxsize=None)
def _last_glued_figure(letter: str) -> re.Pattern:
    """The last figure with ``letter`` glued to its digits in a stretch ("3.9m " in "… 4.2m users, 3.9m "): the
    greedy start makes one match from the stretch's start find it."""
    return re.compile(rf"(?s:.*)\d{re.escape(letter)}(?=\s)")


def _scale_as_before(chunk: str, start: int, after: str, lang: str) -> str | None:
    """A scale letter on digits that end a clause ("4.2m passengers, up from about 3.9m,", "4.2m users and Orla
    Media 3.9m.") when the nearest figure before it in the clause carries the same letter as a scale: the same
    millions; metres after a measuring word ("its tower is 20m", "the wreck lies at 40m") or in a clause of their own
    ("sold 5m cars, and its tower 20m")."""
    letter = _GLUED_LETTER_AT_CLAUSE_END.match(after)
    if letter is None or letter.group("letter") not in language(lang).SIGN_SCALES \
            or _measuring_cue(lang).search(chunk, max(0, start - 40), start):
        return None
    window = max(0, start - WINDOW)
    window = max([window, *(b.end() for b in _clause_break(lang).finditer(chunk, window, start))])
    nearest = _last_glued_figure(letter.group("letter")).match(chunk, window, start)
    return letter.group("letter") if nearest and _attached_scale(chunk[nearest.end() - 1:], lang) else None


def _joined(chunk: str, first: _Read, lang: str) -> tuple[_Read | None, str | None, str | None]:
    """A second number joined to the first by "-", "to", "and", "до", "против": the two ends of one phrase.

    The joiner follows the first number or its unit ("3% to 5%", "412 votes to 18"); that unit is returned too.
    """
    tables = language(lang)
    unit, unit_end = _unit(chunk, first.end, lang, hyphen=first.digits)
    for pos, written in ((first.end, None), (unit_end, unit)) if unit else ((first.end, None),):
        j = _joiner_pattern(lang).match(chunk, pos)
        if not j:
            continue
        if j.group("approx") and not _range_opener(chunk, _first_end_start(chunk, first, tables),
                                                  j.group("joiner").lower(), tables):
            continue                                  # "from 40 to about 60": only a range opened so may say it
        m = _FIGURE_AT.match(chunk, j.end())
        second = _read(chunk, m, lang) if m else None
        if second is None or second.digits != first.digits or _is_date_or_year(chunk, m, m.group("num"), lang):
            return None, None, None
        joiner = j.group("joiner").lower()
        if first.value < 0 < second.value and joiner in tables.RANGE_JOINERS and not j.group("sign") \
                and (chunk[first.start].isalpha() or chunk[second.start].isdigit()):
            second = replace(second, value=-second.value)   # "минус 12-16°С", "minus 5-8C", "-6-10": one sign for both
        return second, joiner, written
    return None, None, None


@lru_cache(maxsize=None)
def _joiner_pattern(lang: str) -> re.Pattern:
    """A language's joiner between two numbers, perhaps with an approximation, a sign word and a currency sign
    before the second ("to about $60", "до −10", "+18…+20", "от минус 4 до плюс 1"), compiled once."""
    tables = language(lang)
    joiners = _alternation({*tables.RANGE_JOINERS, *tables.TALLY_JOINERS, *tables.RANGE_OPENERS.values()})
    signs = _alternation({*_merged("MINUS_WORDS"), *_merged("PLUS_WORDS")})
    # a word joiner may be hyphenated to both ends: "three-to-six percent"
    # (the hyphen after a word joiner is tried first: "7-to-2" is 7 and 2, not 7 and −2)
    return re.compile(rf"(?:\s*|-(?=[^\W\d_]+-))(?P<joiner>{joiners})(?:(?<=[^\W\d_])-|\s*)"
                      rf"(?:(?P<approx>{_APPROX_PHRASES})\s+)?(?:(?P<sign>{signs})\s+)?"
                      rf"(?:{_alternation(CURRENCY_SIGNS)})?\s?(?=[\-\u2212+]?\d|{_WORD_ALT})", re.I)


def _first_end_start(chunk: str, first: _Read, tables) -> int:
    """Where a range's first end begins: its currency sign ("from $5 billion") or its digits."""
    currency = _currency(chunk, first, tables)
    return currency[1] if currency else first.start


def _range_opener(chunk: str, start: int, joiner: str, tables) -> re.Match | None:
    """ "between" before the first end and "and" after it; "from" … "to"; "с" … "до"."""
    m = _opener_before(chunk, start, tables)
    return m if m and tables.RANGE_OPENERS[m.group("opener").lower()] == joiner else None


def _opener_before(chunk: str, start: int, tables) -> re.Match | None:
    """A word that opens a range ("between", "from", "от") right before ``start``, whatever joins its ends."""
    return re.compile(rf"(?<!\w)(?P<opener>{_alternation(tables.RANGE_OPENERS)})\s+$", re.I).search(
        chunk, max(0, start - WINDOW), start)          # positions in ``chunk``: the range's phrase opens there


@lru_cache(maxsize=8)
def _speaks_of_voting(chunk: str, lang: str) -> bool:
    """Asked once per sentence, however many figures it holds (a string's hash is kept). A joiner that is also a
    cue ("против") says nothing of votes when it sets a value against an earlier one ("на 12 против 15 днем
    ранее")."""
    comparison = _earlier_comparison(lang)
    return bool(re.search(language(lang).TALLY_CUES, comparison.sub(" ", chunk) if comparison else chunk, re.I))


@lru_cache(maxsize=None)
def _earlier_comparison(lang: str) -> re.Pattern | None:
    """A word joiner, a figure (perhaps with its unit) and words of an earlier time (EARLIER_AFTER), compiled once."""
    tables = language(lang)
    words = [j for j in tables.TALLY_JOINERS if j.isalpha()]
    if not (tables.EARLIER_AFTER and words):
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(words)})\s+(?:{_DIGITS})(?:\s+[^\W\d_]+){{0,2}}?"
                      rf"\s+(?:{tables.EARLIER_AFTER})(?!\w)", re.I)


def _tally(chunk: str, second: _Read, lang: str) -> bool:
    """A sentence that speaks of voting, where "412-18" and "290 против 201" count votes, not "10-15 abstentions";
    or a decision the tally names itself: "a 5-4 ruling"."""
    tables = language(lang)
    if _TALLY_DECISION[tables.__name__].match(chunk[second.end:second.end + WINDOW]):
        return True
    unit = _unit(chunk, second.end, lang)[0]
    return _speaks_of_voting(chunk, lang) and (unit is None or canonical_unit(unit, lang) == "votes" or re.match(
        rf"(?:{tables.TALLY_NOUNS})(?!\w)", unit, re.I) is not None)   # "a 6-3 majority"


def _tally_figures(chunk: str, span: Span, first: _Read, second: _Read, lang: str, tables) -> list[Quantity]:
    """ "412-18", "290 против 201": the votes for and against, each a figure counted in votes."""
    unit, unit_end = _unit(chunk, second.end, lang)
    if unit is None or canonical_unit(unit, lang) != "votes":
        unit, unit_end = tables.TALLY_UNIT, second.end
    out = []
    for r, end in ((first, first.end), (second, unit_end)):
        out.append(Quantity(Span(span.start + r.start, span.start + end), r.value, unit, approximate=False,
                            bound=None, canonical_unit="votes"))
    return out


def _figure(chunk: str, span: Span, r: _Read, lang: str, found: list[Quantity], previous_unit: str | None,
            start: int | None = None, continued: bool = False, lead: str = "",
            weather: bool = False) -> Quantity | None:
    """The figure read at ``r`` with its unit, or None when it counts nothing (``lead``: the sentence before
    ``span`` when ``continued``; ``weather``: the text around ``span`` is a weather report)."""
    tables = language(lang)
    currency = _currency(chunk, r, tables)
    if currency is None and re.match(r"[^\W\d_]", chunk[max(0, r.start - 1):r.start]):
        return None                                   # a letter glued before that is no currency's sign: "R40 road"
    unit, unit_end = _unit(chunk, r.end, lang, hyphen=True)
    if unit is not None and unit.lower() in tables.EXPECTED_AFTER:   # "2,300 tractors, short of the 2,800
        unit = _counted_before_tie(found, previous_unit, lang) or unit   # forecast": tractors, not forecasts
    aside = re.match(r"\s*\([^()\n]{0,40}\d[^()\n]{0,40}\)", chunk[r.end:r.end + WINDOW]) if unit is None else None
    if aside and _currency(chunk, r, tables) is None:   # "1,717 (93%) patients", "13807 (+127 за сутки) диагнозов":
        unit, unit_end = _unit(chunk, r.end + aside.end(), lang)   # the figure in brackets qualifies, the noun counts
        unit_end = unit_end if unit is not None else r.end
    if unit is not None and r.scale >= SCALED and unit.split()[-1].lower() in _THRESHOLDS:
        counted = unit.rsplit(maxsplit=1)[0] if " " in unit else _running_unit(found, previous_unit, lang)
        unit = counted or unit                        # "the 1 billion phone milestone": phones; "… sold 40 million
                                                      # phones … passed the 30 million mark": phones too
    measure = _measure(chunk, r, unit, tables)
    if measure is not None:                           # "a magnitude 6.8 earthquake", "a 7.2 magnitude quake"
        unit, unit_end = measure
    thing = re.match(rf"\s+(?P<noun>{_alternation(tables.MEASURED_THINGS)})(?!\w)", chunk[r.end:r.end + WINDOW],
                     re.I) if r.digits and measure is None and tables.MEASURED_THINGS else None
    if thing:                                         # "the 6.4 quake": the figure is the quake's magnitude
        unit, unit_end = tables.MEASURED_THINGS[thing.group("noun").lower()], r.end + thing.end()
    scale = re.match(rf"\s+(?P<on>{_alternation(tables.MEASURED_ON)})(?!\w)", chunk[r.end:r.end + WINDOW], re.I) \
        if unit is None and tables.MEASURED_ON else None
    if scale:                                         # "measuring 5.9 on the Richter scale": a magnitude
        unit, unit_end = tables.MEASURED_ON[scale.group("on").lower()], r.end + scale.end()
    compound = unit is not None and chunk[r.end:r.end + 1] == "-"     # "a 10-year term", "a five-judge panel"
    canonical = canonical_unit(unit, lang)
    if unit is not None and canonical is None and currency is None and re.match(r"[^\W\d_]", chunk[r.end:r.end + 1]) \
            and not unit.startswith("°") and unit not in tables.GLUED_UNIT_LETTERS.values():
        return None                                   # letters on the digits that are no unit: "5G", "3D"
    if canonical is None and unit is not None and currency is None and _in_name(chunk, r, unit_end) \
            or unit is not None and _titled(chunk, r) or currency is None and _glued_to_name(chunk, r):
        return None                                   # "Jan ten Velde", "the Nine Harbours", "the Vell 15 Pro": a
                                                      # name, not a count
    if unit is not None and _quoted_label(chunk, r, unit_end, lang):
        return None                                   # "the ‘two towers’ plan": a label in quotes, not a count
    if r.digits and unit is not None and unit.split()[0] in tables.NAMED_BY_NUMBER \
            and re.search(r"(?-i:[A-Z][\w&'’.]*)\s$", chunk[max(0, r.start - 30):r.start]):
        return None                                   # "the S&P 500 index", "the Tarn 40 index": a name's number
    whole = _OF_A_WHOLE.match(chunk, r.end) if unit is None else None
    if whole:                      # "326 of the 650 seats", "101,000 of the region's 120,000 people"
        unit = _unit(chunk, whole.start("unit"), lang)[0]
        canonical = canonical_unit(unit, lang)
    of_them = _PARTITIVE.match(chunk, r.end)
    if unit is None and of_them:   # "three of its engineers", "two of the three injured" (past the whole's number)
        counted_at = whole.start("unit") if whole else of_them.end()
        unit, unit_end = _unit(chunk, counted_at, lang)
        counted = re.match(rf"(?:{tables.PEOPLE_VERBS})(?!\w)", chunk[counted_at:], re.I) if unit is None else None
        if counted:                # "34 of the injured": a participle for people
            unit, unit_end = counted.group().lower(), counted_at + counted.end()
        canonical = canonical_unit(unit, lang)
    shared = _shared_noun(chunk, r.end, lang) if unit is None or r.value != 1 and _modifier(unit, lang) else None
    if shared:                     # "379 confirmed and 47 probable cases"
        unit, unit_end = shared
        canonical = canonical_unit(unit, lang)
    listed = _listed_unit(chunk, r.end, lang) if unit is None else None
    if listed:                     # "5 and 7 tons", «3 и 5 лет»
        unit, canonical = listed, canonical_unit(listed, lang)
    value, sign_start = r.value, r.start
    if currency is not None:       # "€500 million", "USD 2.4 billion", "500 €": the currency is the unit
        code, sign_start, unit_end, scale = currency
        unit, canonical, value = MONEY[code], code, float(exact(value) * Decimal(int(scale)))
    if unit is not None and currency is None and unit in tables.BELOW_ZERO:
        canonical = "cel"          # "до 17 мороза": degrees of frost, the degrees left unwritten
    below = canonical == "cel" and value > 0 and re.match(
        rf"\s+(?:{_alternation(tables.BELOW_ZERO)})(?!\w)", chunk[unit_end:unit_end + WINDOW], re.I)
    frost = bool(below) or canonical == "cel" and value > 0 and bool(set(unit.split()) & set(tables.BELOW_ZERO))
    if frost:                      # "40 degrees below zero", "40 градусов мороза"
        value = -value
        unit_end += below.end() if below else 0
    priced = canonical in MONEY or unit is not None and unit.lower().rstrip(".") in _SUBUNITS   # "12 cents a gallon"
    rate = _rate(chunk, unit, unit_end, priced, lang)
    conversion = _conversion_end(chunk, sign_start, unit_end) if priced and rate is None else None
    if conversion is not None:     # "$2 (£1.60) for each barrel": the price and its conversion, both per barrel
        rate = _rate(chunk, unit, conversion, priced, lang)
    if rate is not None:           # "$0.07 per share", "$80 a barrel", "2 million barrels per day"
        unit, unit_end, canonical = f"{unit} {rate[0]}", rate[1], _rate_unit(canonical, rate[0], lang)
    per_time = _per_time(chunk, unit_end, lang) if rate is None and unit is not None \
        and canonical != "%" and canonical not in SPANS_OF_TIME else None   # "5% a year", "40 hours a week": kept
    if per_time is not None:       # "2 млн баррелей в сутки", "250 км/ч", "2 million barrels a day"
        per = chunk[unit_end:per_time]
        unit, unit_end, canonical = unit + re.sub(r"\s+", " ", per), per_time, _rate_unit(canonical, per, lang)
    if currency is not None and currency[3] == 1 and r.scale == 1 and rate is None and per_time is None and found \
            and found[-1].canonical_unit == canonical and _set_beside(chunk, sign_start, unit_end, tables):
        value = _carried_scale(value, found[-1].value)   # "$4.2 billion, instead of the $3.95 expected"
    head = start if start is not None else sign_start
    before = chunk[max(0, head - 40):head]
    begin, phrase, bound = _approximation(chunk, head)
    approximate = phrase is not None and bound is None and r.bound is None
    bound = bound or r.bound
    if frost and bound:            # "до 40 градусов мороза": no colder than -40
        bound = {"min": "max", "max": "min"}[bound]
    if bound and phrase in tables.TARGET_BOUNDS and _reached(chunk[max(0, begin - WINDOW):begin], lang):
        bound = None                                  # "снизилась до 3,2%", "на 2%, до 85": the value reached
    lone = not r.digits and chunk[r.start:r.end].lower() in _LONE_NUMBERS
    if lone and unit is not None and _RATIO_AFTER.match(chunk, unit_end):
        return None                                   # "one phone for every person": a ratio, not one phone
    if lone and unit is not None and canonical not in SPANS_OF_TIME | CHANGE_SIZES and phrase is None \
            and not _same_unit(unit, found[-1].unit if found else previous_unit, lang) \
            and not _margin(chunk, unit_end, tables) and not _coordinated(chunk, span, r, found, tables) \
            and not re.match(rf"(?:{tables.ABSTAINING})(?!\w)", unit, re.I) \
            and not _casualty(chunk, head, unit_end, tables, r.end) and not (of_them is None and re.match(rf"\s+(?:{_alternation(tables.COORDINATORS)})\s+\d",
                                                  chunk[unit_end:unit_end + WINDOW], re.I)):
        return None                                   # "one of the reasons"; not "one per cent" (a share or a
                                                      # change is a figure), "восемь человек … Один человек",
                                                      # "one point short of the record" (a margin), "three nurses
                                                      # and one janitor", "об одном погибшем и 25 раненых" (joined
                                                      # to a count), "at least one person" (a bound counts),
                                                      # "one child died", «скончалась ещё одна женщина» (a casualty),
                                                      # «при одном воздержавшемся», "one abstention" (a vote's side)
    factor = _factor(chunk, r, before, tables)
    if factor is not None:                            # "в 1,5 раза", "three times more", "a 3-fold rise"
        return Quantity(Span(span.start + begin, span.start + factor), value, chunk[r.end:factor].strip(" -"),
                        approximate, bound, canonical_unit=FACTOR)
    age = _age(chunk, r, before, unit, tables)
    if age is not None and (not lone or age[1] > r.end):   # "aged 80", "the 82-year-old", "a one-year-old"
        unit, unit_end = age
        return Quantity(Span(span.start + begin, span.start + unit_end), value, unit, approximate, bound,
                        canonical_unit=canonical_unit(tables.AGE_UNIT, lang))
    if r.digits and unit is not None and _ordinal_case(unit, value, lang):
        return None                                   # "на 12 минуте", "на 6 месте": a place in a row, not a count
    if canonical in SPANS_OF_TIME:
        if unit in tables.PART_NOUNS and re.match(r"\s+of(?!\w)", chunk[unit_end:], re.I):
            return None                               # "three quarters of the vote": a part of a whole
        if not _counted_span(chunk, r, head, phrase is not None or start is not None, tables):
            return None                               # "two days later", "через 3 дня"
    elif unit is not None and (unit.split()[0] in _NOT_UNITS or _TIME_WORD.match(unit)):
        return None                                   # years and rates: "two years", "44-дневной"
    elif compound and (unit in tables.DESCRIBING_COMPOUNDS
                       or not r.digits and unit.endswith(tables.PARTICIPLE_ENDINGS)
                       or canonical is None and unit.split("-")[0] in tables.UNIT_STOP):
        return None                                   # "a two-state solution", "three-sided talks": no count;
                                                      # "a five-for-one split": a ratio
    if r.value == 2 and not r.digits and unit and any(w.startswith(tuple(sorted(tables.PAIRED_NOUNS)))
                                                      for w in unit.split()):
        return None                                   # "the two countries": a pair, not a figure
    if r.value == 2 and not r.digits and unit and unit.split()[0] in tables.PAIRED_BODY_NOUNS \
            and re.search(rf"(?<!\w)(?:{_alternation(tables.DEFINITE_ARTICLES)})\s+$", chunk[max(0, r.start - 8):r.start], re.I):
        return None                                   # "the two companies said": the bodies named before
    borrowed = unit is None
    side = unit is None and _speaks_of_voting(chunk, lang) and (
        _SIDE_AFTER[tables.__name__].match(chunk, r.end, r.end + WINDOW)
        or _SIDE_BEFORE[tables.__name__].search(chunk, max(0, begin - WINDOW), begin))
    if side:                                       # "52 in favour and 47 against"; «Против — 87», "Against: 47"
        unit, canonical = tables.TALLY_UNIT, "votes"
    if unit is None:
        anaphoric = _ANAPHORIC.match(chunk, r.end)
        tally = _speaks_of_voting(chunk, lang) and rf"|(?<!\w)(?:{_alternation(tables.TALLY_JOINERS)})"
        elliptic = found and (_elliptic(chunk[max(0, begin - WINDOW):begin], tally or "", lang)
                              or not lone and _gapped(chunk, begin, r.end, lang))
        opens_bare = not chunk[:begin].strip() and not re.match(  # "…; 40 in Velm, 12 in Oska": a list goes on
            rf"\s+(?:{tables.PEOPLE_AFTER}|{tables.SUBJECT_VERBS})(?!\w)", chunk[r.end:r.end + WINDOW], re.I)
        gapped_on = not found and continued and not lone and (opens_bare
                                                              or _gapped(chunk, begin, r.end, lang, opening=True))
        if lone and not elliptic:
            return None
        anaphor_before = _ANAPHORIC_BEFORE.search(chunk[max(0, begin - WINDOW):begin])
        restated = _restated_change_unit(chunk, span, found, r.start, tables)
        level = _level_after_change(chunk, span, found, r.start, tables)
        if _signed_temperature(chunk, r, head, tables) or weather and r.digits and _temperature_reading(chunk, begin,
                                                                                                      lang):
            unit = tables.TEMPERATURE_UNIT   # "днем +11, ночью до –6", "lows of -7", "Low 14": degrees, whatever
                                             # came before
        elif anaphoric:
            unit, unit_end = (found[-1].unit if found else previous_unit), anaphoric.end()
        elif anaphor_before:       # "из них 3 — дети", "of whom 3 were children"
            unit = found[-1].unit if found else previous_unit
        elif restated:
            unit = restated        # "fell 40 points, or 1.2 per cent, to 3,310": the level, in points
        elif level:
            unit = _level_unit(chunk, span, found, r, previous_unit, lang)
        elif elliptic:             # "погибших — 12, раненых — 30": a count's own noun before a dash beats the gap
            unit = _headed_by_dash(chunk[found[-1].span.end - span.start:begin], chunk[r.end:r.end + WINDOW], lang) \
                or _as_large(found, r).unit
        elif gapped_on:            # "… won 31 seats; the Velm Party won 22": the clause before was cut off
            unit = previous_unit
        elif found and re.match(rf"\s+(?:{_alternation(tables.COMPARED)})(?!\w)", chunk[r.end:r.end + WINDOW], re.I):
            unit = found[-1].unit  # "54 million votes, 5 million more than in 2004"
        elif r.digits and r.value >= SCALED and (_change_of(chunk[max(0, begin - WINDOW):begin], tables)
                                                 or _figure_given(chunk[max(0, begin - WINDOW):begin], tables)) \
                and _counts_things(found[-1].unit if found else previous_unit, lang):
            unit = found[-1].unit if found else previous_unit   # "added 1,200 jobs … below an estimate of 1,500"
        elif found and _joined_value(chunk[found[-1].span.end - span.start:begin],
                                     (*tables.EARLIER_VALUE, *tables.WHOLE_AFTER, *tables.CHANGE_AFTER)):
            unit = found[-1].unit  # "31 seats, up from 26", "climbed to 57 from 49": the value the change left;
                                   # "9 wins out of 14": the whole; "20 seats, up 2": the change
        elif found and found[-1].canonical_unit not in CHANGE_SIZES \
                and _change_then_value(chunk, found[-1].span.start - span.start, chunk[found[-1].span.end - span.start:
                                                                                     r.start].strip().lower(), tables):
            unit = found[-1].unit  # "the death toll rose by 18 to 3,256", "выросло на 18 до 3256": the value reached
        elif found and _whole_first(chunk, span, found[-1], begin, lang):
            unit = found[-1].unit  # "Из 80 округов в 61": the whole opened the clause, the part follows;
                                   # "9 voters cast ballots out of total 14": the whole after the part
        elif found and _counts_things(found[-1].unit, lang) \
                and re.fullmatch(r"\s*:\s*", chunk[found[-1].span.end - span.start:begin]):
            unit = found[-1].unit  # "14 человек: четверо в больнице": a total broken down after a colon
        else:
            unit = _counted_before_figures(chunk, span, begin, r.end, found, lang)
        if unit is None and _total_reached(chunk[max(0, begin - WINDOW):begin], tables):
            unit = _running_unit(found, previous_unit, lang)   # "…, bringing the total to 357": what it adds up
        if unit is None and (found or continued) and not lone and not level \
                and _parallel(lead + chunk[:begin], chunk[r.end:r.end + WINDOW], lang):
            unit = found[-1].unit if found else previous_unit   # "… won 31 seats; the Velm (VP) party won 22; …"
        opens = _opens_clause(chunk[:begin], tables)
        earlier = found[-1].unit if found else previous_unit
        people_after = re.match(rf"\s+(?:{tables.PEOPLE_AFTER})(?!\w)", chunk[r.end:r.end + WINDOW], re.I)
        if unit is not None and r.digits and people_after and re.fullmatch(
                rf"(?:{tables.PEOPLE_STATES}|{tables.PEOPLE_AFTER})", unit, re.I):
            unit = None                               # "40 dead and 75 injured": a state of the people counted
                                                      # before is no noun this figure counts; its own state says
        if unit is None and chunk[r.start:r.end].lower() in tables.COLLECTIVE_NUMERALS:
            unit = tables.PEOPLE_UNIT                 # "Шестеро получили сроки": a collective numeral counts people
        elif unit is None and r.digits and re.match(rf"\s+(?:{tables.VOTED_AFTER})(?!\w)", chunk[r.end:r.end + WINDOW],
                                                    re.I):
            unit = tables.TALLY_UNIT                  # "a total of 210 voted in support": votes
        elif unit is None and r.digits and people_after:
            unit = tables.PEOPLE_UNIT                 # "more than 1,000 were arrested", "27 погибли"
        elif unit is None and opens and earlier is not None and people_after:
            # a number word stands for people counted before: "… 22 people were rescued. Eight were pulled out"
            unit = earlier if canonical_unit(earlier, lang) in (None, "people") and earlier.lower() not in _READINGS \
                else tables.PEOPLE_UNIT
        if unit is None and opens and not re.fullmatch(_YEAR, chunk[r.start:r.end]) \
                and (re.match(rf"\s+(?:{tables.SUBJECT_VERBS})(?!\w)", chunk[r.end:r.end + WINDOW], re.I)
                     or r.digits and _plural_predicate(chunk[r.end:r.end + WINDOW], lang)):
            unit = _counted_unit(earlier, lang)      # "…; about 400 have come", "5 пациентов скончались. 248 выписаны"
        if unit is None and _change_then_value(chunk, begin, "", tables, size=True):
            unit = _reached_unit(chunk, r.end, lang)  # "rose by 12 to 340 cases": the change counts cases too
        if unit is None and r.scale >= SCALED:
            counts = [q for q in found if q.canonical_unit != FACTOR]   # a factor counts nothing: "в 1,5 раза … 34 млрд"
            large = _as_large(counts, r).unit if counts else previous_unit
            if canonical_unit(large, lang) not in SPANS_OF_TIME | CHANGE_SIZES:
                unit = large                          # "$6.3 billion … of which sales came to 3.8 billion"
        if unit is None and r.digits and _tied_to_count_before(chunk, begin, r.end, tables):
            unit = _counted_before_tie(found, previous_unit, lang)   # "8,400 jobs …, better than the 6,000
                                                                     # expected", «… 640 человек. Из них были 85»
        if unit is not None and _object_counts(chunk, r.end, unit, lang):
            unit = _parallel_subject(found, unit, lang)   # "14 expected 50 bps, three expected 75 bps": analysts
        if unit is None:
            return None
        canonical = canonical_unit(unit, lang)
    return Quantity(Span(span.start + begin, span.start + unit_end), value, unit,
                    approximate=approximate, bound=bound, borrowed=borrowed,
                    canonical_unit=canonical)


def _conversion_end(chunk: str, start: int, end: int) -> int | None:
    """Where a price's conversion into another currency ends, in brackets after it ("$2 (£1.60)") or, for the
    conversion itself, the bracket that closes it ("(£1.60)"): what either is per follows."""
    if chunk[:start].rstrip().endswith("("):
        closing = re.match(r"\s*\)", chunk[end:end + 3])
        return end + closing.end() if closing else None
    bracket = _CONVERSION.match(chunk, end)
    return bracket.end() if bracket else None


def _restated_change_unit(chunk: str, span: Span, found: list[Quantity], start: int, tables) -> str | None:
    """The unit of the value a change arrived at when the change was given in its unit and again as a share ("fell
    40 points, or 1.2 per cent, to 3,310"): that of the change, not the share's."""
    if len(found) < 2 or found[-1].canonical_unit not in CHANGE_SIZES or found[-2].canonical_unit in CHANGE_SIZES:
        return None
    size, share = (q.span for q in found[-2:])
    restates = re.fullmatch(rf",?\s+(?:{_alternation(tables.RESTATING)})\s+",
                            chunk[size.end - span.start:share.start - span.start], re.I)
    reaches = re.fullmatch(rf",?\s+(?:{_alternation(tables.CHANGE_TO)})\s+", chunk[share.end - span.start:start], re.I)
    return found[-2].unit if restates and reaches else None


@lru_cache(maxsize=None)
def _reading_before(lang: str) -> re.Pattern:
    """A temperature reading's word, perhaps with a few fillers, right before a figure: "Low ", "highs will reach "."""
    tables = language(lang)
    fillers = _alternation(tables.TEMPERATURE_FILLERS) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{tables.TEMPERATURE_READINGS})(?:\s+(?:{fillers})){{0,3}}\s*[:\u2013\u2014]?\s*$",
                      re.I)


def _temperature_reading(chunk: str, begin: int, lang: str) -> bool:
    """A bare figure right after a word that names a temperature reading ("Low 14", "a high near 31", «днём 12»):
    in a weather report (the caller asks) it is a temperature in degrees."""
    return _reading_before(lang).search(chunk, max(0, begin - WINDOW), begin) is not None


def _signed_temperature(chunk: str, r: _Read, head: int, tables) -> bool:
    """A figure (or a range from ``head``) written with its sign ("+11", "-7", "–6") or a sign word ("минус 22",
    "plus 6-13") in a sentence of weather (TEMPERATURE_CUES before it): a temperature, though no degrees are
    written."""
    signed = r.digits and chunk[head:head + 1] in _SIGNS or any(   # the range's second end too: "от 1 до плюс 2"
        _MINUS_WORD_AT.match(chunk, at) is not None or _PLUS_WORD.search(chunk, max(0, at - 20), at) is not None
        for at in {head, r.start})
    return signed and re.search(
        rf"(?<!\w)(?:{tables.TEMPERATURE_CUES})(?!\w)", chunk[max(0, head - HEAD_WINDOW):head], re.I) is not None


def _level_after_change(chunk: str, span: Span, found: list[Quantity], start: int, tables) -> bool:
    """The bare figure at ``start`` is the level a change in per cent or points arrived at: "rose 4% to 2.6
    million", "выросло на 15% за год, до 1,2 млн". It counts what changed, never the change's per cent; a
    range from a share ("from 5% to 7") is none."""
    if not found or found[-1].canonical_unit not in CHANGE_SIZES:
        return False
    change = found[-1].span
    between = chunk[change.end - span.start:start]
    return re.fullmatch(rf"[^\d;:!?()]{{0,30}}?(?<!\w)(?:{_alternation(tables.CHANGE_TO)})\s+(?:[^\W\d_]+\s+){{0,2}}",
                        between, re.I) is not None and _opener_before(chunk, change.start - span.start, tables) is None


def _level_unit(chunk: str, span: Span, found: list[Quantity], r: _Read, previous_unit: str | None,
                lang: str) -> str | None:
    """What the level a change arrived at counts: the noun that names what changed ("exported crates rose by 12%
    to 4,210", "число туристов выросло на 15%, до 1,2 млн"); for a figure written with a scale word, what the last
    figure of things or money counted ("profit rose to 40 billion roubles … fell 31%, to 6.8 billion")."""
    change_start = found[-1].span.start - span.start
    unit = _counted_before(chunk[max(0, change_start - HEAD_WINDOW):change_start], chunk[r.end:r.end + WINDOW], lang)
    if unit is None and r.scale >= SCALED:
        unit = _running_unit(found, previous_unit, lang)
    return unit


def _as_large(found: list[Quantity], r: _Read) -> Quantity:
    """The figure before that a bare one goes on from: for one written with a scale word, the last figure as large
    ("$2 billion for 900 nurses and 1.5 billion for clinics": money, not nurses), else the last figure."""
    if r.scale >= SCALED:
        return next((q for q in reversed(found) if q.value >= r.scale), found[-1])
    return found[-1]


def _measure(chunk: str, r: _Read, unit: str | None, tables) -> tuple[str, int] | None:
    """A measure's noun (MEASURE_NOUNS) right before the figure or first in its unit phrase, as the figure's unit and
    where the figure's phrase then ends: "magnitude 6.8 earthquake", "magnitude-6.8" and "6.8 magnitude quake" are
    magnitude."""
    if not tables.MEASURE_NOUNS:
        return None
    nouns = _alternation(tables.MEASURE_NOUNS)
    before = re.search(rf"(?<!\w)(?P<noun>{nouns})(?:\s+|-)$", chunk[max(0, r.start - 20):r.start], re.I)
    if before:
        return before.group("noun").lower(), r.end
    first = re.match(rf"[\s\-]*(?P<noun>{nouns})(?!\w)", chunk[r.end:r.end + WINDOW], re.I) if unit else None
    return (first.group("noun").lower(), r.end + first.end()) if first else None


def _change_then_value(chunk: str, begin: int, joiner: str, tables, size: bool = False) -> bool:
    """A change's size right after "by"/"на" ("rose by 18"), then a word that names the value reached ("to", "to a
    total of", "до"): the figure after that word is no range's end but what the change arrived at (``size``: only
    whether the figure at ``begin`` is a change's size)."""
    return (size or joiner in tables.CHANGE_TO) and re.search(
        rf"(?<!\w)(?:{_alternation(tables.CHANGE_SIZE_BEFORE) or '(?!)'})\s+$", chunk[max(0, begin - 20):begin],
        re.I) is not None


def _reached_unit(chunk: str, end: int, lang: str) -> str | None:
    """The unit of the value a change reached, written after its size: "by 12 to 340 cases" (not a share or points:
    "by 2 to 4 percent" is a range)."""
    tables = language(lang)
    m = re.match(rf"\s+(?:{_alternation(tables.CHANGE_TO)})\s+(?P<num>{_NUMBER}){_SCALE}", chunk[end:end + WINDOW],
                 re.I)
    if m is None:
        return None
    unit = _unit(chunk, end + m.end(), lang)[0]
    return unit if unit is not None and canonical_unit(unit, lang) not in CHANGE_SIZES else None


def _casualty(chunk: str, head: int, unit_end: int, tables, number_end: int) -> bool:
    """A verb of dying, injury or rescue right after the counted noun or right before the number, or a noun right
    after the number (``number_end``) that is a toll itself (``TOLL_NOUNS``): a count of one person the news gives as
    a toll ("one child died", «скончалась ещё одна женщина», "one death was recorded"; not "one of the deaths")."""
    if re.fullmatch(rf"\s+(?:{tables.TOLL_NOUNS})", chunk[number_end:unit_end], re.I):
        return True
    after = re.match(rf"\s+(?:{tables.PEOPLE_AFTER})(?!\w)", chunk[unit_end:unit_end + WINDOW], re.I)
    if after is not None and after.group().split()[-1].lower() in tables.NOT_A_TOLL_AFTER_ONE:
        return False    # "One company suffered losses": nothing told of a person
    return after is not None or re.search(
        rf"(?<!\w)(?:{tables.PEOPLE_AFTER})\s+(?:(?:{_alternation(tables.FIGURE_ARTICLES) or '(?!)'})\s+)?$",
        chunk[max(0, head - WINDOW):head], re.I) is not None


def _opens_clause(before: str, tables) -> bool:
    """Nothing before the figure's phrase in its clause but a joiner: it is the clause's subject ("Eight were
    pulled out", "…; about 400 have come", "…, and 30 are missing")."""
    return re.search(rf"(?:^|[;:,(\u2013\u2014]|(?<!\w)(?:{_alternation(tables.COORDINATORS)}))\s*"
                     rf"(?:(?:{_alternation(tables.FIGURE_ARTICLES) or '(?!)'})\s+)?$", before, re.I) is not None


def _plural_predicate(after: str, lang: str) -> bool:
    """A Russian verb or short participle in the plural right after a figure: the figure is its subject ("248
    выписаны", "11934 вылечились"); English has SUBJECT_VERBS."""
    word = re.match(r"\s+([а-яё]+)(?!\w)", after) if lang == "ru" else None
    if word is None:
        return False
    tag = morph().parse(word.group(1))[0].tag
    return tag.POS in {"VERB", "PRTS"} and "plur" in tag


def carried_unit(text: str, figures: list[Quantity], previous_unit: str | None) -> str | None:
    """The unit the next span's figures may borrow ("… Four were taken to hospital"): the last figure's that counts
    no part of a whole named before it ("six people were hurt, including two children": people, not children) and
    is no factor, which counts nothing ("costs grew 1.5 times. … 34 billion": the money counted before)."""
    figures = [q for q in figures if q.canonical_unit != FACTOR]
    for q in reversed(figures):
        if not _INCLUDED_BEFORE.search(text, max(0, q.span.start - WINDOW), q.span.start):
            return q.unit
    return previous_unit or (figures[-1].unit if figures else None)   # the whole a span before counted


def _counted_unit(unit: str | None, lang: str) -> str | None:
    """The unit a figure that is a clause's subject takes from the figure before: a count of things, not money,
    a share or a span of time ("9,000 medics were sent; about 250 have arrived from Velmar"); after a reading,
    which counts nothing, people ("a magnitude 6 quake … 504 were hurt")."""
    canonical = canonical_unit(unit, lang)
    if unit is None or canonical in MONEY or canonical in SPANS_OF_TIME or canonical in CHANGE_SIZES:
        return None
    return language(lang).PEOPLE_UNIT if unit.lower() in _READINGS else unit


def _shared_noun(chunk: str, end: int, lang: str) -> tuple[str, int] | None:
    """The unit of a figure whose describing word is joined by "and" to a second figure's ("379 confirmed and
    47 probable cases" counts confirmed cases), and where that word ends; the second's unit is a word that
    describes and a noun, so "200 died and 300 people" shares nothing."""
    m = re.match(rf"\s+(?P<word>[^\W\d_]+)\s+(?:{_alternation(language(lang).COORDINATORS)})\s+",
                 chunk[end:end + WINDOW], re.I)
    second = _FIGURE_AT.match(chunk, end + m.end()) if m else None
    unit = _unit(chunk, second.end(), lang)[0] if second else None
    if unit is None or " " not in unit:
        return None
    return f"{m.group('word').lower()} {unit.split(' ', 1)[1]}", end + m.end("word")


def _modifier(unit: str, lang: str) -> bool:
    """A one-word unit that only describes the noun a figure shares with the next ("four oil and three gas fields",
    «шесть нефтяных и два газовых месторождения»): an adjective, or in English a noun not in the plural a count
    other than one would take ("10 cars and 5 fire engines", "40 staff and 12 part-time workers" count their own)."""
    if " " in unit:
        return False
    if lang == "ru":
        return _morph_pos(unit.lower()) in {"ADJF", "PRTF"}
    return not _plural_head(unit.lower())


def _listed_unit(chunk: str, end: int, lang: str) -> str | None:
    """The unit of a figure a bare one is joined to straight by "and" ("5 and 7 tons", «детей 7 и 9 лет»): both
    count it; not a second with a scale word, which the first may lack ("5 and 7 million tons")."""
    m = re.match(rf"\s+(?:{_alternation(language(lang).COORDINATORS)})\s+", chunk[end:end + WINDOW], re.I)
    second = _FIGURE_AT.match(chunk, end + m.end()) if m else None
    if second is None or second.group("scale"):
        return None
    return _unit(chunk, second.end(), lang)[0]


def _approximation(chunk: str, head: int) -> tuple[int, str | None, str | None]:
    """An "about", "more than" or "up to" right before ``head``: where the figure's phrase then begins, that
    phrase (lower case) and the bound it sets ("min", "max"; None for an approximation)."""
    approx = _APPROX.search(chunk, max(0, head - 40), head)
    if approx is None:
        return head, None, None
    phrase = approx.group("phrase").lower()
    return approx.start(), phrase, "min" if phrase in _LOWER else "max" if phrase in _UPPER else None


def _rate(chunk: str, unit: str | None, end: int, money: bool, lang: str) -> tuple[str, int] | None:
    """What a unit is counted per ("per square kilometre"; for money also "a barrel"), and where that ends.

    A rate has no canonical unit: "$80 a barrel" is no amount of dollars to set against another. After
    "a"/"an" the rate is one noun or a known unit ("$50 a metric ton"), not "$50 million a further sign".
    Where a language's price joiner is as often what is paid for ("100 млн рублей за поставки", "за год"), the
    rate is only one of its PRICED_UNITS ("63 рубля за литр").
    """
    tables = language(lang)
    if unit is None or not tables.RATE_JOINERS and not (money and tables.PRICE_JOINERS):
        return None                                   # no joiner: "\s+(?:)\s+" would take any double space
    joiner, time_point, priced_unit = _rate_patterns(lang, money)
    m = joiner.match(chunk, end, end + WINDOW)
    per, per_end = _unit(chunk, m.end(), lang) if m else (None, end)
    price_joined = per is not None and m.group("joiner").lower() in tables.PRICE_JOINERS
    if price_joined and priced_unit is not None:      # "за литр бензина": the price is per its first noun only
        goods = priced_unit.match(chunk, m.end())
        if goods is None:
            return None
        per, per_end = chunk[goods.start("unit"):goods.end()], goods.end()
    if per is None or time_point.match(chunk, per_end, per_end + WINDOW) \
            or price_joined and priced_unit is None and " " in per and canonical_unit(per, lang) is None:
        return None                                   # not "sent $500 a month ago"
    return f"{tables.PER} {per}", per_end


def _rate_unit(canonical: str | None, per: str, lang: str) -> str | None:
    """A rate's canonical unit where one is known ("km/h", "bbl/d"), else none: a speed is no distance and a
    daily output no stock, to set against one another."""
    words = re.findall(r"[^\W\d_]+", per.lower())
    if canonical is None or not words:
        return None
    span = next((c for i in range(len(words)) if (c := canonical_unit(" ".join(words[i:]), lang))), None) \
        or merged("RATE_SPANS").get(words[-1])        # "per square kilometre", "a day", "в сутки", "/ч"
    return f"{canonical}/{span}" if f"{canonical}/{span}" in UNIT_CODES else None


def _per_time(chunk: str, end: int, lang: str) -> int | None:
    """Where a rate per span of time written right after a unit ends ("в сутки", "a day", "/ч"), or None.

    A slash joins a word of letters ("km/h", "м/с"), not a figure ("50/50"). A phrase of words ends the clause or
    goes on with a preposition or conjunction ("a day in March", "в сутки с начала года") or, in Russian, a word
    that is no noun or adjective ("в секунду сорвал"); "в день выборов", "в час пик" are dates and times.
    """
    slash = re.match(r"\.?/[^\W\d_]{1,6}(?![\w/])", chunk[end:end + 9])   # "км/ч"; "руб./л" after a shortened unit
    if slash:
        return end + slash.end()
    phrase, after = _per_time_patterns(lang)
    m = phrase.match(chunk, end, end + WINDOW) if phrase is not None else None
    if m is None:
        return None
    if after.match(chunk, m.end(), m.end() + WINDOW):
        return m.end()
    word = re.match(r"\s+([^\W\d_]+)(?!\w)", chunk[m.end():m.end() + WINDOW]) if lang == "ru" else None
    return m.end() if word and not _nominal(word.group(1).lower(), lang, []) else None


@lru_cache(maxsize=None)
def _per_time_patterns(lang: str) -> tuple[re.Pattern | None, re.Pattern]:
    """A language's rate per span of time after a unit, and what may follow it, compiled once."""
    tables = language(lang)
    phrase = re.compile(rf"(?:{tables.PER_TIME})(?!\w)", re.I) if tables.PER_TIME else None
    return phrase, re.compile(rf"\s*(?:$|[^\w\s]|\n|\s+(?-i:[A-ZА-ЯЁ\d])|\s+(?:{_alternation(tables.AFTER_PER_TIME)})(?!\w))", re.I)


@lru_cache(maxsize=None)
def _rate_patterns(lang: str, money: bool) -> tuple[re.Pattern, re.Pattern, re.Pattern | None]:
    """A language's rate joiner ("per", for money also "a"), perhaps after a shortened unit's full stop ("17 коп. за
    литр", not "$5. A barrel": a new sentence), the words after a rate that make it a point in time ("a month
    ago"), and the units of goods a price joiner must open (PRICED_UNITS, none: any), compiled once."""
    tables = language(lang)
    joiners = (*tables.RATE_JOINERS, *(tables.PRICE_JOINERS if money else ()))
    return (re.compile(rf"(?:\.(?=\s+(?-i:[a-zа-яё])))?\s+(?P<joiner>{_alternation(joiners)})(?=\s)", re.I),
            re.compile(rf"\s+(?:{_alternation(tables.TIME_POINT_AFTER)})(?!\w)", re.I),
            re.compile(rf"\s+(?P<unit>{tables.PRICED_UNITS})(?!\w)", re.I) if tables.PRICED_UNITS else None)


def _same_unit(unit: str, other: str | None, lang: str) -> bool:
    """Whether two unit phrases count the same thing: "soldier" and "soldiers", "человек" and "человека"."""
    if not other or not other.split():
        return False    # a bare figure after the verb: no unit to compare
    mine, theirs = canonical_unit(unit, lang), canonical_unit(other, lang)
    if mine is not None or theirs is not None:
        return mine == theirs
    first, second = (_lemma(w.split()[0].lower()).removesuffix("s") for w in (unit, other))
    return first == second


def _reached(before: str, lang: str) -> bool:
    """Before "до", a change or the figure of a change: then it names the value reached, not a bound.

    The figure of a change is in the same sentence ("Ранены 3 человека. Кроме того, до 50 домов" has
    none) and, after "на", is counted in per cent or points or follows a verb of change ("на 3
    блокпостах … до 40" is none).
    """
    tables = language(lang)
    in_words = rf"|(?<!\w)(?:{_alternation(tables.CHANGE_BY)})\s+(?i:{_WORD_ALT})(?!\w)" if tables.CHANGE_BY else ""
    if re.search(rf"(?:\d{in_words}){_IN_SENTENCE}{{0,30}},\s*$", before):
        return True               # "выросла на 4,5%, до 120 млрд рублей", "на один пункт, до 9%"; not "в одном из них, до"
    by = tables.CHANGE_BY and re.search(
        rf"(?<!\w)(?:{_alternation(tables.CHANGE_BY)})\s+(?:\d[\d.,]*|(?i:{_FRACTION})|(?i:{_WORD_ALT})(?!\w))"
        rf"(?P<size>{_IN_SENTENCE}{{0,30}})$", before)
    if by and (canonical_unit(_unit(before, by.start("size"), lang)[0], lang) in CHANGE_SIZES
               or _changed(before[:by.start()], lang)):
        return True                                   # "на 50 б.п. до 8%", "подорожал на 5 рублей до 80",
                                                      # "на четверть пункта — до 6%"
    return _changed(before, lang)


def _changed(before: str, lang: str) -> bool:
    """The word before is a change: "снизилась", "рост"."""
    word = re.search(r"([^\W\d_]+)\s*$", before)
    return word is not None and _lemma(word.group(1).lower()) in language(lang).CHANGE_LEMMAS


def _elliptic(before: str, tally: str, lang: str) -> bool:
    """After "," or "and", perhaps with its own verb, a bare figure counts what the one before counts:
    "1,300 were hurt and nearly two million are affected", "killed 170 people and injured 300"."""
    joiner = rf"(?:,|(?<!\w)(?:{_ELLIPSIS}){tally})"
    if re.search(rf"{joiner}\s*$", before, re.I):
        return True
    m = re.search(rf"{joiner}\s*(?P<verb>[^\W\d_]+)\s+$", before, re.I)
    return bool(m) and _verb(m.group("verb"), lang)


# A word of a gapped clause's subject or verb: a name, perhaps in quotation marks ("«Союз»", "Ruritania's").
_GAP_WORD = r"[«\"“(]?[^\W\d_][\w’'\-]*[»\"”)]?"


def _gapped(chunk: str, begin: int, end: int, lang: str, opening: bool = False) -> bool:
    """A clause that repeats the one before but for its subject and figure: "eight deaths in Aldar, Velm seven
    and Oska six", "в восьми округах, «Союз» — в шести", "scored 38 goals, but Roe, who hit 42, …".

    After "," or a joiner come at most four words (no figure) and perhaps a dash and a preposition, then the
    figure, which closes its clause: nothing after it but punctuation, a coordinator or the sentence's end, so
    no noun of its own follows ("…, Velm 7 districts" has one); a coordinator before another number joins the
    ends of a list or range ("a hundred or two hundred guests"), which closes nothing.
    """
    tables = language(lang)
    closes = re.match(rf"\s*(?:[,;.:)!?\u2013\u2014]|$|(?:{_alternation(tables.COORDINATORS)})(?!\w)"
                      rf"(?!\s+(?:\d|(?:{_WORD_ALT})(?!\w))))", chunk[end:end + WINDOW], re.I)
    if closes is None:
        return False
    joiner = rf"(?:[,;]|(?<!\w)(?:{_alternation({*tables.ELLIPSIS_JOINERS, *tables.COORDINATORS})}))"
    if opening:                                       # the clause opens the text read: its joiner is before it
        return re.fullmatch(rf"\s*(?:{_GAP_WORD}(?:\s+[\u2013\u2014])?\s+){{1,4}}", chunk[:begin], re.I) is not None
    return re.search(rf"{joiner}\s+(?:{_GAP_WORD}(?:\s+[\u2013\u2014])?\s+){{1,4}}$",
                     chunk[max(0, begin - WINDOW):begin], re.I) is not None


def _parallel(before: str, after: str, lang: str) -> bool:
    """A bare figure that closes its clause after the same word as a figure before it in the sentence: the
    clause repeats that one's verb ("… won 31 seats; the Velm (VP) party won 22; …", "… набрала 40 мест, партия
    «Союз» (ПС) набрала 12")."""
    tables = language(lang)
    word = re.search(r"(?<![\w\-])([^\W\d_]{2,})\s+$", before)
    if word is None or word.group(1).lower() in (*tables.PART_OF, *tables.COORDINATORS) \
            or word.group(1).lower() in _WORD_NUMBERS:
        return False
    closes = re.match(rf"\s*(?:[,;.:)!?\u2013\u2014]|$|(?:{_alternation(tables.COORDINATORS)})(?!\w)"
                      rf"(?!\s+(?:\d|(?:{_WORD_ALT})(?!\w))))", after, re.I)
    return closes is not None and re.search(rf"(?<![\w\-]){re.escape(word.group(1))}\s+(?:[^\W\d_]+\s+){{0,2}}\d",
                                            before[:word.start()], re.I) is not None


def _object_counts(chunk: str, end: int, unit: str, lang: str) -> bool:
    """A verb and then a figure in ``unit`` follow the bare figure ending at ``end``: the bare one is the subject
    of that verb ("three expected 75 bps"), so it counts something else than its object."""
    verb = re.match(r"\s+([^\W\d_]+)\s+", chunk[end:end + WINDOW])
    if verb is None or not (_verb(verb.group(1), lang) or _says(verb.group(1), language(lang))):
        return False
    m = _FIGURE_AT.match(chunk, end + verb.end())
    return m is not None and m.group("num") is not None \
        and _same_unit(unit, _unit(chunk, m.end(), lang)[0], lang)


def _parallel_subject(found: list[Quantity], unit: str, lang: str) -> str | None:
    """What the subject of a clause repeating an earlier one counts: the unit of the figure that stood before the
    earlier clause's object in ``unit`` ("14 analysts expected 50 bps, three …"), or None when there is none."""
    objects = [i for i, q in enumerate(found) if q.unit is not None and _same_unit(unit, q.unit, lang)]
    if not objects or objects[-1] == 0:
        return None
    subject = found[objects[-1] - 1].unit
    return None if subject is None or _same_unit(unit, subject, lang) else subject


def _verb(word: str, lang: str) -> bool:
    """A finite verb or participle: "injured", "ранены"."""
    if lang == "ru":
        return _predicate(word, lang) or _morph_pos(word) == "PRTF"
    return word.lower().endswith(language(lang).PARTICIPLE_ENDINGS)


def _set_beside(chunk: str, start: int, end: int, tables) -> bool:
    """Words that set a sum of money beside the one before it: "instead of the $3.95", "the $3.95 expected"."""
    article = rf"(?:(?:{_alternation(tables.ARTICLES)})\s+)?" if tables.ARTICLES else ""
    before = tables.SCALE_CARRIED_BEFORE and re.search(
        rf"(?<!\w)(?:{_alternation(tables.SCALE_CARRIED_BEFORE)})\s+{article}$", chunk[max(0, start - 30):start], re.I)
    after = tables.SCALE_CARRIED_AFTER and re.match(
        rf"\s+(?:{_alternation(tables.SCALE_CARRIED_AFTER)})(?!\w)", chunk[end:end + 30], re.I)
    return bool(before or after)


def _carried_scale(value: float, earlier: float) -> float:
    """``value`` at the scale of ``earlier`` ("3.95" beside 4.2 billion is 3.95 billion) when that brings the two
    within a factor of two of each other, as two sums of one kind are; else ``value`` as written."""
    for scale in (10 ** 12, 10 ** 9, 10 ** 6):
        if earlier >= scale and 0.5 <= value * scale / earlier <= 2:
            return float(exact(value) * scale)
    return value


def _change_of(before: str, tables) -> bool:
    """A noun of a change or an expectation and "of" right before a bare figure: "a rise of ", "an estimate of "."""
    return bool(tables.CHANGE_OF_NOUNS) and re.search(
        rf"(?<!\w)(?:{_alternation(tables.CHANGE_OF_NOUNS)})s?\s+of\s+$", before, re.I) is not None


def _figure_given(before: str, tables) -> bool:
    """A noun that names a figure and a verb that gives its value right before a bare figure: "the later figure
    climbed steeply to ", "its revised tally reached "."""
    if not tables.FIGURE_NOUNS:
        return False
    adverb = rf"(?:\s+(?:{tables.MANNER_ADVERB}))?"
    return re.search(rf"(?<!\w)(?:{_alternation(tables.FIGURE_NOUNS)})s?{adverb}\s+(?:{tables.AMOUNT_VERBS}){adverb}"
                     rf"(?:\s+(?:{tables.VALUE_JOINERS}))?\s+$", before, re.I) is not None


def _counts_things(unit: str | None, lang: str) -> bool:
    """A unit that counts things ("jobs", "people"), not money, a share or a span of time."""
    canonical = canonical_unit(unit, lang)
    return unit is not None and (canonical is None or canonical == "people")


def _joined_value(between: str, words: tuple[str, ...]) -> bool:
    """Between a figure and a bare one, only words that make the bare one count the same: the value a change
    started from ("31 seats, up from 26", "57 from 49") or the whole the figure is part of ("9 wins out of 14")."""
    return bool(words) and re.fullmatch(rf"\s*,?\s*(?:{_alternation(words)})\s+", between, re.I) is not None


def _whole_first(chunk: str, span: Span, last: Quantity, begin: int, lang: str) -> bool:
    """The figure before is a whole that opens the clause ("Из 80 округов …", "Of the 80 districts …") or a bare
    figure comes right after a whole's words ("… out of total 14"), a few words on, with no clause cut between."""
    tables = language(lang)
    start, end = last.span.start - span.start, last.span.end - span.start
    between = chunk[end:begin]
    if not between or len(between) > 60 or re.search(r"[.;:!?()\[\]—–]|\d", between):
        return False
    whole_after = re.search(rf"(?<!\w)(?:{_alternation(tables.WHOLE_AFTER)})\s+$", between, re.I)
    opens = re.search(rf"(?:^|[,;:—–]\s*)(?:{_alternation(tables.PART_OF)})\s+$", chunk[:start], re.I)
    return whole_after is not None or opens is not None and "," not in between


def _counted_before_figures(chunk: str, span: Span, begin: int, end: int, found: list[Quantity],
                            lang: str) -> str | None:
    """``_counted_before`` in the clause before a bare figure, from the last figure before it; or from further back
    when the figures between count something else than the noun there names: "the death toll from the storms of
    the past six days climbed to 35", "the death toll in the 6.1 magnitude quake has climbed to 120". A figure
    between that counts the same ("the death toll reached 40 … and 12") takes the noun for itself."""
    start = max(0, begin - HEAD_WINDOW)
    after = chunk[end:end + WINDOW]
    last = max((q.span.end - span.start for q in found), default=0)
    unit = _counted_before(chunk[max(last, start):begin], after, lang)
    if unit is not None or last <= start:
        return unit
    wider = _counted_before(chunk[start:begin], after, lang)
    between = [q for q in found if q.span.start - span.start >= start]
    if wider is None or any(q.unit is None or _same_unit(wider, q.unit, lang) for q in between):
        return None
    return wider


def _counted_before(before: str, after: str, lang: str) -> str | None:
    """What a bare figure counts when a noun before it names the count: "the number of families … has
    reached 151", "число погибших достигло 68", "a population of 2.8 million"; or when it is the object
    of a verb that counts people: "killed 27".

    The noun is the subject of the verb, so the clause starts after a verb of saying ("Officials said
    casualties reached 40"), and a heading before a colon or dash names no count when a verb follows the
    figure ("Reports: 40 killed", "Данные Минздрава: 27 погибли").
    """
    tables = language(lang)
    heads = list(re.finditer(rf"(?<!\w)(?:{_alternation(tables.COUNT_HEADS)})\s+", before, re.I))
    if heads:
        at = heads[-1].end()
        if re.match(rf"(?:{tables.COUNT_HEAD_DETERMINERS})\s+(?:{tables.PEOPLE_VERBS}|{tables.PEOPLE_STATES})(?!\w)",
                    before[at:], re.I):
            return tables.PEOPLE_UNIT                 # "the number of those injured", "the number of the dead"
        unit, _ = _unit(before, at, lang)
        if unit is not None and canonical_unit(unit, lang) not in SPANS_OF_TIME:
            return unit
        counted = re.match(rf"(?:{tables.PEOPLE_VERBS})(?!\w)", before[at:], re.I)
        if counted:                                   # "the number of injured rose to 140": a participle for people
            return counted.group().lower()
    for pattern, unit in tables.COUNTED_BY.items():
        if re.search(rf"(?<!\w)(?:{pattern})(?!\w)", before, re.I):
            return unit
    if re.search(rf"(?<!\w)(?:{tables.PEOPLE_VERBS})\s+$", before, re.I):
        return tables.PEOPLE_UNIT                     # "the attack killed 27"
    amount_by = rf"(?:\s+(?:{tables.AMOUNT_BY}))?" if tables.AMOUNT_BY else ""   # "payrolls rose by 150,000"
    clause = re.search(rf"(?P<clause>[^,;:.!?\u2013\u2014]+?)"
                       rf"(?:(?P<colon>\s*[:\u2013\u2014])|\s+(?:{tables.AMOUNT_VERBS}){amount_by})\s+$", before, re.I)
    if clause is None:
        return None
    verb_after = re.match(r"\s+([^\W\d_]+)", after)
    if clause.group("colon") and verb_after and _verb(verb_after.group(1), lang):
        return None
    words = re.findall(r"[^\W\d_]{3,}", clause.group("clause"))   # "seats held by the party fell from 64 to 47"
    said = [i for i, w in enumerate(words) if _says(w, tables)]
    words = words[said[-1] + 1:] if said else words
    return next((w.lower() for i, w in enumerate(words)
                 if (not w[0].isupper() or i == 0 and _common_noun(w, lang)) and _counted_plural(w, lang)
                 and not (i + 1 < len(words) and _attribute(w, words[i + 1]))), None)


def _headed_by_dash(before: str, after: str, lang: str) -> str | None:
    """The noun that heads a bare figure across a dash or colon right before it ("раненых — 30", "injured: 30")."""
    return _counted_before(before, after, lang) if re.search(r"[:\u2013\u2014]\s*$", before) else None


def _attribute(word: str, following: str) -> bool:
    """A Russian adjective or participle agreeing with the plural noun after it ("новых случаев"): the noun, not
    it, names what is counted; alone it may ("число погибших")."""
    if not re.search(r"[а-яё]", word.lower()) or not re.search(r"[а-яё]", following.lower()):
        return False
    first, head = morph().parse(word.lower())[0].tag, morph().parse(following.lower())[0].tag
    return first.POS in {"ADJF", "PRTF"} and head.POS == "NOUN" and "plur" in head and "plur" in first \
        and first.case == head.case


def _total_reached(before: str, tables) -> bool:
    """A running total reaches the figure after ``before``: "…, bringing the total to 357"."""
    return bool(tables.TOTAL_REACHED) and re.search(rf"(?<!\w)(?:{tables.TOTAL_REACHED})\s+$", before, re.I) is not None


def _tie_patterns(tables) -> dict[str, re.Pattern]:
    """The patterns ``_tied_to_count_before`` reads in one language's tables, built once at import."""
    def ending(words):
        return re.compile(rf"(?<!\w)(?:{_alternation(words) or '(?!)'}),?\s+$", re.I)
    return {"age": ending(tables.AGE_BEFORE), "than": re.compile(
                rf"(?<!\w)(?:{_alternation(tables.COMPARED_THAN) or '(?!)'})\s+$", re.I),
            "comparative": ending(tables.COUNT_COMPARATIVES),
            "with": re.compile(rf"(?<!\w)(?:{_alternation(tables.COMPARED_WITH) or '(?!)'})\s+$", re.I),
            "expected": re.compile(rf"\s+(?:{_alternation(tables.EXPECTED_AFTER) or '(?!)'})(?!\w)", re.I),
            "anaphor": re.compile(rf"(?<!\w)(?:{_alternation(tables.ANAPHORIC_BEFORE) or '(?!)'}),?"
                                  rf"(?:\s+[^\W\d_]+){{1,2}}\s+$", re.I)}


_TIES = {module: _tie_patterns(module) for module in LANGUAGES.values()}   # by a language's tables


def _tied_to_count_before(chunk: str, begin: int, end: int, tables) -> bool:
    """A bare figure its clause ties to a count before it, so the writer left its noun unsaid: compared with
    it ("more than the 6,000", "higher than 220,000", «больше, чем 40», "compared with 280", "up from 280"), the
    expectation it was set against ("the 6,000 expected") or a part of it named by an anaphor a few words back
    ("of them, only 12", «из них были 85»). A figure after an age's or a limit's words is none ("most of them
    older than 65", "aged 70", «старше 65»), nor is one after "than" that follows no comparative of counts
    (COUNT_COMPARATIVES: "heavier than 90")."""
    ties = _TIES[tables]
    clause = re.split(r"[;!?]|\.\s", chunk[max(0, begin - WINDOW):begin])[-1]
    if ties["age"].search(clause):
        return False
    if ties["expected"].match(chunk[end:end + WINDOW]):
        return True                                   # "better than the 6,000 expected"
    than = ties["than"].search(clause)
    if than:
        return ties["comparative"].search(clause[:than.start()]) is not None
    return bool(ties["with"].search(clause) or ties["anaphor"].search(clause))


def _counted_before_tie(found: list[Quantity], previous_unit: str | None, lang: str) -> str | None:
    """What the count a bare figure is tied to counts: the last figure before it (in its sentence, else the
    sentence before), when that counts things; money, shares and spans of time have their own signs and nouns."""
    earlier = found[-1].unit if found else previous_unit
    return earlier if _counts_things(earlier, lang) else None


def _running_unit(found: list[Quantity], previous_unit: str | None, lang: str) -> str | None:
    """What a running total counts: the unit of the last figure before it in the sentence (or of the sentence
    before) that counts things, not a span of time or the size of a change in per cent."""
    for unit in [q.unit for q in reversed(found)] + [previous_unit]:
        if unit is not None and canonical_unit(unit, lang) not in SPANS_OF_TIME | CHANGE_SIZES:
            return unit
    return None


def _common_noun(word: str, lang: str) -> bool:
    """A capitalised first word that is a plural noun, not a name ("Casualties", not "Brussels"); in English
    the lemmatiser's nouns tell, in Russian its plural readings (``_plural_noun``) already do."""
    return lang != "en" or is_plural_noun(word)


def _says(word: str, tables) -> bool:
    """A verb of saying: "said", "заявил"."""
    low = word.lower()
    return low in tables.REPORTING_VERBS or bool(tables.REPORTING_STEMS) and low.startswith(tables.REPORTING_STEMS)


def _counted_plural(word: str, lang: str) -> bool:
    """A noun in the plural that counts things, not one that measures them ("seats", not "prices")."""
    low = word.lower()
    return low not in _MEASURED and low not in language(lang).UNIT_STOP and _plural_noun(low)


def _plural_noun(word: str) -> bool:
    """A noun in the plural ("troops", not "class"); in Russian also an adjective or participle that names
    people ("погибших"), by the lemmatiser's first two readings ("человек" is also the plural genitive)."""
    if re.search(r"[а-яё]", word):
        return any(p.tag.POS in {"NOUN", "ADJF", "PRTF"} and "plur" in p.tag for p in morph().parse(word)[:2])
    return _PLURAL_ENDING.search(word) is not None


def _currency(chunk: str, r: _Read, tables) -> tuple[str, int, int, float] | None:
    """The currency a sign or code gives the figure: (code, figure start, figure end, scale).

    A sign before may carry a scale straight after the digits ("$300m").
    """
    before = _SIGN_BEFORE.search(chunk[max(0, r.start - _SIGN_REACH):r.start])
    if before:
        code = CURRENCY_SIGNS[before.group("sign")] if before.group("sign") else before.group("code")
        attached = _sign_scale(chunk, r.end, tables)
        if before.group("sign") in LETTER_SIGNS and not (before.group() == before.group("sign") and (
                attached or r.scale != 1 or re.search(r"\d[.,\s]\d", chunk[r.start:r.end])
                or re.match(r"[.,;:!?)]|$", chunk[r.end:r.end + 1]))):
            return None                               # "the R40 road", "Grade R 12": a letter, not the rand's sign
        end = r.end + (attached.end() if attached else 0)
        return code, r.start - len(before.group()), end, tables.SIGN_SCALES[attached.group("s").lower()] if attached \
            else 1
    after = _SIGN_AFTER.match(chunk, r.end)
    if after:
        return CURRENCY_SIGNS[after.group("sign")], r.start, after.end(), 1
    return None


def _sign_scale(chunk: str, end: int, tables) -> re.Match | None:
    """A scale letter after a currency figure, in either case ("$300m", "$2.5B", "$40K"), or a capital one a
    space apart ("Ksh 12.5 B"): a lower-case letter a space apart is a word ("$5 m of cable" is no million)."""
    if not tables.SIGN_SCALES:
        return None
    m = re.match(rf"(?P<gap>\s?)(?P<s>{_alternation(tables.SIGN_SCALES)})(?![\w])", chunk[end:end + WINDOW], re.I)
    return m if m and (not m.group("gap") or m.group("s").isupper()) else None


def _factor(chunk: str, r: _Read, before: str, tables) -> int | None:
    """Where a factor's word ends: "1.5 times more", "a threefold" or "3-fold rise", "grew 2.5-fold", "в два
    раза"; a count of occasions ("met three times", "three times the next day", "three times as president")
    is none."""
    m = re.match(rf"\s*-?(?P<noun>{tables.FACTOR_NOUNS})(?!\w)", chunk[r.end:r.end + WINDOW], re.I)
    if m is None:
        return None
    after, cued = chunk[r.end + m.end():r.end + WINDOW], tables.FACTOR_BEFORE and re.search(
        rf"(?<!\w)(?:{tables.FACTOR_BEFORE})\s+$", before, re.I)
    alone = tables.FACTOR_ALONE and re.fullmatch(tables.FACTOR_ALONE, m.group("noun"), re.I)
    if cued or alone or re.match(rf"\s*(?:{tables.FACTOR_AFTER})(?!\w)", after, re.I):
        return r.end + m.end()
    return None


@lru_cache(maxsize=None)
def _factor_pattern(lang: str) -> re.Pattern:
    """A language's factor words as one pattern, compiled once; group ``f<i>`` is the i-th word's."""
    words = language(lang).FACTOR_WORDS
    alternatives = "|".join(f"(?P<f{i}>{p})" for i, p in enumerate(words))
    return re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", re.I)


def _factor_words(chunk: str, span: Span, lang: str) -> list[Quantity]:
    """Factors written as one word of a number: "threefold" (``FACTOR_WORDS``)."""
    tables = language(lang)
    out, values = [], list(tables.FACTOR_WORDS.values())
    for m in _factor_pattern(lang).finditer(chunk) if values else ():
        value = values[int(m.lastgroup[1:])]
        begin, phrase, bound = _approximation(chunk, m.start())
        out.append(Quantity(Span(span.start + begin, span.start + m.end()), float(value), tables.FACTOR_UNIT,
                            phrase is not None and bound is None, bound, canonical_unit=FACTOR))
    return out


def _age(chunk: str, r: _Read, before: str, unit: str | None, tables) -> tuple[str, int] | None:
    """An age, as its unit and where it ends: "the 82-year-old", "82-летний", "at the age of 80", "Jon Varga, 57,"
    (in years)."""
    adjective = re.match(rf"[\-\u2010-\u2014](?:{tables.AGE_ADJECTIVE})", chunk[r.end:r.end + WINDOW], re.I)
    if adjective:
        return tables.AGE_UNIT, r.end + adjective.end()      # the unit noun: "82 years", not "year-old"
    if unit is None and re.search(rf"(?<!\w)(?:{_alternation(tables.AGE_CUES)})\s+$", before, re.I):
        return tables.AGE_UNIT, r.end
    after = re.match(tables.AGE_APPOSED[1], chunk[r.end:]) if tables.AGE_APPOSED else None
    if after and r.digits and re.fullmatch(r"[1-9]\d", chunk[r.start:r.end]) \
            and re.search(tables.AGE_APPOSED[0], before) and (after["verb"] is None or is_verb_form(after["verb"])):
        return tables.AGE_UNIT, r.end                 # "Jon Varga, 57, was sentenced"
    return None


def _counted_span(chunk: str, r: _Read, head: int, bounded: bool, tables) -> bool:
    """A span of time counted, not a point in time: "40 hours", "for two days", "more than two years",
    "от трех до пяти лет" (``bounded``: a bound, an approximation or a range), "a two-day meeting"."""
    if re.match(r"[\-\u2010\u2011]", chunk[r.end:r.end + 1]):   # "a 10-year term", "44-дневная война": a number with
        return True                                   # its unit
    before = chunk[max(0, head - 30):head]
    if tables.COUNTED_TIME_AFTER and re.match(rf"\s*\S+\s+(?:{_alternation(tables.COUNTED_TIME_AFTER)})(?!\w)",
                                              chunk[r.end:r.end + WINDOW], re.I) \
            or tables.COUNTED_TIME_BEFORE and re.search(
                rf"(?<!\w)(?:{_alternation(tables.COUNTED_TIME_BEFORE)})\s+$", before, re.I):
        return True                                   # "three days after the vote", "спустя два года": the span
                                                      # between two events
    if re.match(r"\s*\S+", chunk[r.end:r.end + WINDOW]) \
            and _margin(chunk, r.end + re.match(r"\s*\S+", chunk[r.end:r.end + WINDOW]).end(), tables):
        return True                                   # "two seconds behind", "a month short of the deadline": a margin
    if re.match(rf"\s*\S+\s+(?:{_alternation(tables.TIME_POINT_AFTER)})(?!\w)", chunk[r.end:r.end + WINDOW], re.I):
        return False                                  # "3 days ago", "3 дня назад": a time, not a span
    if tables.TIME_POINT_BEFORE and re.search(rf"(?<!\w)(?:{_alternation(tables.TIME_POINT_BEFORE)})\s+$",
                                              before, re.I):
        return False                                  # "через 3 дня"
    fillers = _alternation(tables.DURATION_FILLERS)
    cue = re.search(rf"(?<!\w)(?:{_alternation(tables.DURATION_CUES)})\s+(?:(?:{fillers})\s+)?$", before, re.I)
    # "eight months in prison": a term served; not the months of "11 years and three months in jail", one term
    term = re.match(rf"\s*\S+\s+(?:{_alternation(tables.TERM_AFTER)})(?!\w)", chunk[r.end:r.end + WINDOW], re.I) \
        and not re.search(rf"\d\S*\s+\S+\s+(?:{_alternation(tables.COORDINATORS)})\s+$", before, re.I)
    # "two weeks in a row", "три месяца подряд": a run of spans, each after the other; "three days of heavy rain":
    # a span filled with what follows
    row = re.match(rf"\s*\S+\s+(?:{_alternation(tables.CONSECUTIVE_AFTER)})(?!\w)", chunk[r.end:r.end + WINDOW], re.I)
    filled = tables.SPAN_FILLED_BY and re.match(rf"\s*\S+\s+(?:{_alternation(tables.SPAN_FILLED_BY)})\s+[^\W\d_]",
                                                chunk[r.end:r.end + WINDOW], re.I)
    # "the last two years", "последние два года": a span bounded by an edge of time, with or without a cue
    edge = tables.SPAN_OPENERS and re.search(rf"(?<!\w)(?:{_alternation(tables.SPAN_OPENERS)})\s+$", before, re.I)
    return r.digits or bounded or bool(cue) or bool(term) or bool(row) or bool(filled) or bool(edge)


def _coordinated(chunk: str, span: Span, r: _Read, found: list[Quantity], tables) -> bool:
    """A number joined by a coordinator to the figure right before it, its unit written: "three nurses and one
    janitor", "1799 cases and one death", «шесть мостов и одна дорога»: a count in a list of counts."""
    end = found[-1].span.end - span.start if found else -1
    if not found or found[-1].unit is None or end < 0 or r.start - end > 12:
        return False
    between = chunk[end:r.start]
    return re.fullmatch(rf"\s+(?:{_alternation(tables.COORDINATORS)})\s+", between, re.I) is not None   # not ", and
                                                                                                    # one reason is …"


def _margin(chunk: str, unit_end: int, tables) -> bool:
    """A unit followed by a word that makes its figure the margin between two ("two seconds behind", "six years
    behind schedule", "one point short of the record", "five points clear"): a size, counted as one."""
    return bool(tables.MARGIN_AFTER) and re.match(rf"\s+(?:{_alternation(tables.MARGIN_AFTER)})(?!\w)",
                                                  chunk[unit_end:unit_end + WINDOW], re.I) is not None


def _titled(chunk: str, r: _Read) -> bool:
    """A number word capitalised inside a sentence (after a word in lower case) before a capitalised word is a word
    of a name or a title: "the Lantern and the Nine Harbours", "near Five Oaks and Velm Road", "the Seven Sisters of Orla"."""
    return not r.digits and chunk[r.start:r.start + 1].isupper() \
        and re.search(r"(?-i:[a-zа-яё])\s$", chunk[max(0, r.start - 2):r.start]) is not None \
        and re.match(r"\s(?-i:[A-ZА-ЯЁ])", chunk[r.end:r.end + 2]) is not None


@lru_cache(maxsize=None)
def _label_quote_opening(lang: str) -> re.Pattern | None:
    """An article and an opening quotation mark right before a figure, or None in a language without articles."""
    articles = language(lang).ARTICLES
    return re.compile(rf"(?<!\w)(?:{_alternation(articles)})\s+[‘“\"']$", re.I) if articles else None


_LABEL_QUOTE_CLOSING = re.compile(r"[’”\"']\s+(?-i:[a-z])")


def _quoted_label(chunk: str, r: _Read, unit_end: int, lang: str) -> bool:
    """A figure and its noun in quotation marks between an article and the noun they name ("the ‘two towers’ plan",
    "a “100 days” pledge"): a label, as a name is; a quoted figure a speaker gives ("“two years”, he said") is none."""
    opening = _label_quote_opening(lang)
    return opening is not None and opening.search(chunk, max(0, r.start - WINDOW), r.start) is not None \
        and _LABEL_QUOTE_CLOSING.match(chunk, unit_end) is not None


def _in_name(chunk: str, r: _Read, unit_end: int) -> bool:
    """A number word between two capitalised words is part of a name: "Jan ten Velde", "Piet Ten Oord"; so are
    digits whose unit (up to ``unit_end``) is only capitalised words, none a noun's plural, a model's name: "the Vell
    15 Pro sold"; not "Ruritania 40 Varn tanks" (a noun counted), "Near Vardel 40 Marines were wounded" (a plural
    capitalised) nor a headline's "Velm Buys 12 Jets"."""
    if re.search(r"(?-i:[A-ZА-ЯЁ][a-zа-яё]+) $", chunk[max(0, r.start - 30):r.start]) is None:
        return False
    if r.digits:
        return not title_cased(chunk) and re.fullmatch(r"(?:\s+(?-i:[A-ZА-ЯЁ][\w-]*))+", chunk[r.end:unit_end]) is not None \
            and not any(is_plural_noun(w) for w in chunk[r.end:unit_end].split())
    return re.match(r" (?-i:[A-ZА-ЯЁ])", chunk[r.end:r.end + 2]) is not None


# Digits glued to one capital letter ("3M said", "the 4K screen") or joined by a hyphen to a capitalised word
# inside a sentence ("the 7-Eleven chain") are a name's, as a capital before them is ("G7"); a scale letter before a
# counted noun or a currency ("200M users", "5M euros") or after a currency sign ("$4M") is read as a scale first
# (``_attached_scale``, SIGN_SCALES), a unit in capitals has more letters ("100MW") or is one of
# ``CAPITAL_UNIT_LETTERS`` ("45C").
_GLUED_CAPITAL = re.compile(rf"(?!{_alternation(_merged('CAPITAL_UNIT_LETTERS'))})(?-i:[A-ZА-ЯЁ])(?!\w)"
                            r"|-(?-i:[A-ZА-ЯЁ][a-zа-яё]+)(?![\w-])")


def _glued_to_name(chunk: str, r: _Read) -> bool:
    """Digits glued to a capital (``_GLUED_CAPITAL``) are part of a name, not a count ("3M said"); not in a headline,
    whose every word is capitalised."""
    return r.digits and _GLUED_CAPITAL.match(chunk, r.end) is not None and not title_cased(chunk)


_PERCENT_AFTER = re.compile(rf"\s?%|\s*(?:{'|'.join(m.PERCENT for m in LANGUAGES.values())})", re.I)


def _no_day(m: re.Match, number: str, after: str) -> bool:
    """A number after a month's name that is no day of it: a fraction ("in September 8.2 percent", "в августе
    15,8%", "в январе 301,2 тысячи"), or a whole with a scale or a per-cent sign after it."""
    return re.fullmatch(r"\d{1,3}[.,]\d{1,2}", number) is not None or bool(m.group("scale")) \
        or _PERCENT_AFTER.match(after) is not None


def _is_date_or_year(chunk: str, m: re.Match, number: str, lang: str) -> bool:
    before, after = chunk[max(0, m.start() - WINDOW):m.start()], chunk[m.end():m.end() + WINDOW]
    if number[:1].isdigit() and re.search(rf"\b(?:{_DAY_MONTH_ALT})\.?\s*$", before, re.I) \
            and not _no_day(m, number, after):
        return True                                   # "March 3", "March 3, 2031"; not "in September 8.2%", "By
                                                      # March three plants", "в июле 5 рабочих" (a day is digits,
                                                      # and a Russian one comes before its month)
    if re.match(rf"\s*(?:{_MONTH_ALT})\b", after, re.I) or _DAY_BEFORE_DAY.match(after):
        return True                                   # "9 ноября", "26 November"; "6 и 7 ноября", "6 and 7 November"
    if re.fullmatch(_YEAR, number) and not m.group("scale") and not _SIGN_BEFORE.search(before[-_SIGN_REACH:]) \
            and (not _counted_noun(after, lang) or _YEAR_BEFORE.search(before) or _YEAR_JOINED_BEFORE.search(before)):
        return True                                   # a year, unless a counted noun follows it (not "from 2010
                                                      # levels", "2031 or 2032 rankings") or a currency's sign is
                                                      # before it ("($1875)")
    if _TIME_OF_DAY.match(after):
        return True                                   # "1 p.m.", "at 9 a.m."
    if _OTHER_MONTH.match(after):
        return True                                   # a month of another calendar: "3 Khordad"
    if number.isdigit() and _ADDRESS.match(after):
        return True                                   # a house number: "12 Velm Street", "7 North Oram Ave."
    if _DECADE.match(after) and not _CASE_ENDING.match(chunk, m.end()):
        return True                                   # decades: "the 90s", "в 90-х"; not "2-х детей"
    if _ORDINAL.match(after):
        return True                                   # ordinals: 76th, 10-й
    listed = re.search(r"(?<![\d.,])(\d+)[.,]\s*$", before)
    dated = listed and before.endswith(", ") and (re.fullmatch(_YEAR, listed.group(1)) or re.search(
        rf"\b(?:{_MONTH_ALT})\.?\s*$", before[max(0, listed.start() - 20):listed.start()], re.I)
        and not re.fullmatch(_YEAR, number))
    if (listed and not dated) \
            or re.match(r"\s*\+(?!\s+[^\W\d_])", after) or re.search(r"\+\s*$", before):
        return True                                   # "3 + 2", list numbering; not "In 2022, 5,000 people",
                                                      # "On May 9, 40 people" (a date's day before the comma;
                                                      # "May 9, 2031 marks" is the date's year)
    if _DENOMINATOR.search(before):
        return True                                   # a rate's denominator: "cases per 100,000 residents"
    if number.isdigit() and (_model_name(chunk, before, after) or _grade(before, after)):
        return True                                   # "Tarlan 310 Neo 8 jets", «ученики 5-6 классов»
    if (_REFERENCE.search(before) or _labelled(before, after, lang)) and not _known_unit_after(after) \
            and not _PERCENT_AFTER.match(after):
        return True                                   # a reference: "paragraph 6", "пункт 9", "№ 98"; a label
                                                      # after letters in capitals: "week EW 31", "nGX 9"; not
                                                      # "приняли закон 300 голосами", "NATO's 2% goal", "the top
                                                      # 1% of households" (a share)
    return False


def _labelled(before: str, after: str, lang: str) -> bool:
    """The number is part of a label written in capitals before it (``_CAPITALS_LABEL``, ``_MIXED_LABEL``), not
    a figure after a currency's letters ("USD 42") or a share ("NATO 2% goal")."""
    if _SIGN_BEFORE.search(before[-_SIGN_REACH:]) or re.match(r"\s?%", after):
        return False
    return bool(_MIXED_LABEL.search(before) or _CAPITALS_LABEL.search(before) and not _counted_noun(after, lang))


def _model_name(chunk: str, before: str, after: str) -> bool:
    """The number names a model ("Vexair 310 Neo jets", "its Tarlan 737 MAX fleet": a model's word in capitals before
    a noun that may be an adjective too), not a count; never in a headline whose every word is capitalised ("Vexford
    Buys 12 Jets"). ``before`` and ``after`` are windows either side of the number: a whole
    sentence before each of its numbers would be read again for each."""
    if title_cased(chunk):
        return False
    if _TITLE_BEFORE.search(before):
        return True
    if not (_NAME_BEFORE.search(before) or _NAME_LISTED_BEFORE.search(before)):
        return False
    word = _MODEL_WORD_AFTER.match(after)
    noun = word and is_describing_word(word.group(2)) and not is_plural_noun(word.group(2)) \
        and (word.group(1).isupper() or not is_adjective(word.group(2)))
    return bool(_MADE_THING_AFTER.match(after) or noun)


def _grade(before: str, after: str) -> bool:
    """Pupils of a class: the number is their grade («школьники 3-х классов»), not how many classes there are."""
    return _PUPILS_BEFORE.search(before) is not None and _CLASS_AFTER.match(after) is not None


def _known_unit_after(after: str) -> bool:
    """A unit some table knows follows: "300 голосами", "5 km"."""
    word = re.match(r"\s*([^\W\d_]+|%)", after)
    return word is not None and canonical_unit(word.group(1).lower()) is not None


# A word after a year-like number that a change's size or another figure follows is the year's verb, not a noun it
# counts: "for 2031 increases by 40 million", "for 2031 includes 5 bridges" (not "2000 workers by 2030", nor
# "1900 nurses by 2 March": a day of a month is no figure).
_VERB_BEFORE_FIGURE = re.compile(rf"\s+[^\W\d_]+\s+(?:(?:{_alternation(_merged('CHANGE_SIZE_BEFORE'))})\s+"
                                 rf"(?!{_YEAR}(?!\d)))?\S?\d(?![\d.,]*\s*(?:{_MONTH_ALT})\b)", re.I)


def _counted_noun(after: str, lang: str) -> bool:
    """"1960 военнослужащих", "1960 troops": a noun right after a year-like number; not the year's verb before a
    figure (``_VERB_BEFORE_FIGURE``), which a Russian word is only when it may be read as a verb («1850 больниц на 3
    миллиона жителей» counts hospitals), nor an English verb's present in -s that is no noun's plural ("the budget
    for 2031 envisages a cut")."""
    m = re.match(r"\s+([a-zа-яё]{3,})\b", after)
    if not m or m.group(1) in _ALL_STOPS | _NOT_UNITS | _NOT_COUNTED \
            or _VERB_BEFORE_FIGURE.match(after) and _may_be_a_verb(m.group(1), lang) \
            or m.group(1).isascii() and m.group(1).endswith("s") and is_verb_form(m.group(1)) \
            and not is_plural_noun(m.group(1)):
        return False
    return _plural_noun(m.group(1)) or m.group(1) in _COLLECTIVE


def _may_be_a_verb(word: str, lang: str) -> bool:
    """A word the lemmatiser may read as a finite verb in a language whose verbs it tells
    (``VERBS_BY_LEMMATISER``: Russian «составит», not «больниц»); any word of one whose plural nouns and verbs
    share a form ("increases")."""
    return not language(lang).VERBS_BY_LEMMATISER or any(p.tag.POS == "VERB" for p in morph().parse(word))


# The inch mark (or a straight quote typed for it) on digits; not the quote a speech tag's comma and dash follow
# ('… до плюс 1", — уточнил он'), which closes a quotation opened in a sentence before.
_INCH_MARK = re.compile(r'(?:"(?!,\s*[\u2013\u2014\u2015-]\s)|\u2033)(?![\w"\u2033])')
_GLUED_LETTER = re.compile(r"[^\W\d_](?![\w'’])")
_SMALL_OR_FRACTIONAL = re.compile(r"(?:(?<![\d.,])\d{1,2}|\d[.,]\d{1,2})$")   # "8", "4.30": not "720", "2,450"
_DEGREES = re.compile(r"\s?[°º]\s?(?P<scale>[CFС](?![\w′'’]))?(?![\w′'’\d])", re.I)


# A side of a vote after its votes ("52 in favour") or heading them before a dash or a colon («Против — 87»,
# "Against: 47"); searched with bounds, so "^" is the sentence's start only.
_SIDE_AFTER = {module.__name__: re.compile(rf"\s+(?:{_alternation(module.TALLY_SIDES)})(?!\w)", re.I)
               for module in LANGUAGES.values()}
_SIDE_BEFORE = {module.__name__: re.compile(
    rf"(?:^|[,;:.!?]\s*)(?:{_alternation(module.TALLY_SIDES)})\s*[:\u2013\u2014-]\s*$", re.I)
    for module in LANGUAGES.values()}
# A weekday, or a part of the day before one, after a figure: when, not what it counts ("rose to six late Saturday").
_DAY_AHEAD = {module.__name__: re.compile(
    rf"(?:(?:{_alternation(module.DAY_PARTS) or '(?!)'})\s+)?(?:{_alternation(module.WEEKDAYS) or '(?!)'})(?!\w)", re.I)
    for module in LANGUAGES.values()}
# Words that say which span a figure counts, kept out of its unit ("three straight years"; not "40 light years").
_TIME_ADJECTIVE = {module.__name__: re.compile(rf"(?:{module.TIME_ADJECTIVES})", re.I) for module in LANGUAGES.values()}
# A decision named right after a tally ("a 5-4 ruling"), compiled once per language.
_TALLY_DECISION = {module.__name__: re.compile(rf"\s+(?:{module.TALLY_DECISIONS or '(?!)'})(?!\w)", re.I)
                   for module in LANGUAGES.values()}


# A hyphen with spaces either side is typed for a dash, which ends the unit: «два человека - мужчины 40 лет» counts
# people; a hyphen glued to a word joins it to the next ("state-owned", "light- weight").
_SPACED_HYPHEN = re.compile(r"\s+-\s+")


def _unit(chunk: str, pos: int, lang: str, hyphen: bool = False) -> tuple[str | None, int]:
    """The counted noun phrase after a figure, and where it ends ("43-kilometre" with ``hyphen``)."""
    tables = language(lang)
    percent = re.match(rf"\s?%|\s*(?:{tables.PERCENT})", chunk[pos:pos + WINDOW], re.I)
    if percent:
        return "percent", pos + percent.end()
    degrees = _DEGREES.match(chunk, pos, pos + 6)
    if degrees:                                       # "10°C", "-27°", "−9 °С" (a Cyrillic С), "+4º" (the ordinal
                                                      # sign typed for the degree's): not "51°N", "51°30′"
        return f"°{(degrees.group('scale') or '').upper().replace('С', 'C')}", degrees.end()
    inches = _INCH_MARK.match(chunk, pos)
    if inches and (inches.group() == "\u2033" or chunk.count('"', max(0, pos - HEAD_WINDOW), pos) % 2 == 0):
        return tables.INCH_UNIT, inches.end()        # "3-5\" of snow", "7″": not the quote that closes on "lost 4\""
    letter = _GLUED_LETTER.match(chunk, pos) if tables.GLUED_UNIT_LETTERS else None
    if letter and letter.group().lower() in tables.GLUED_UNIT_LETTERS and _SMALL_OR_FRACTIONAL.search(chunk, max(0, pos - 6), pos):
        return tables.GLUED_UNIT_LETTERS[letter.group().lower()], letter.end()   # "4.30p", "8p"
    words, end = [], pos
    adverb = re.match(r"\s+([а-яё]+)(?=\s)", chunk[pos:pos + WINDOW]) if lang == "ru" else None
    if adverb and adverb.group(1) not in (*tables.COMPARED, *tables.UNIT_ABBREVIATIONS) \
            and _morph_pos(adverb.group(1)) == "ADVB":
        unit = _unit(chunk, pos + adverb.end(), lang)    # "82 подряд успешных пуска": the adverb is no unit
        if unit[0] is not None:
            return unit
    for m in _WORD.finditer(chunk, pos, pos + WINDOW):
        gap = chunk[end:m.start()]
        model = re.fullmatch(r"\s+(\d+)\s+", gap) if words else None
        if model and _model_name(chunk, chunk[max(0, end - WINDOW):end + model.start(1)],
                                 chunk[end + model.end(1):end + model.end(1) + WINDOW]):
            words.append(model.group(1))             # "40 Tarlan 310 jets": the model's number is in the unit
            gap = " "
        if words and hyphen and chunk[pos:pos + 1] == "-":
            break                                    # "a 996-page bill": the unit is the word the hyphen joins
        first_gap = r"\s*-?" if hyphen else r"\s*"
        # "кв. км", "долл. США"; not "265 т. Компания …": a capitalised word after the full stop opens a sentence
        abbreviated = words and words[-1] in tables.UNIT_ABBREVIATIONS and re.fullmatch(r"\.\s*", gap) \
            and not (m.group()[0].isupper() and not m.group().isupper())
        if (words and (not re.fullmatch(r"[\s\-]*", gap) or _SPACED_HYPHEN.fullmatch(gap)) and not abbreviated) \
                or (not words and not re.fullmatch(first_gap, gap)):
            break
        if lang == "ru" and words and m.group()[0].isupper() and not abbreviated \
                and canonical_unit(" ".join([*words, m.group().lower()]), lang) is None:
            break                                    # "жителей США", "регионах России": the name is whose, not the
                                                     # unit; "долларов США" is one
        w = m.group().lower()
        if w == "of" and words and words[-1] in tables.UNIT_KEEP_OF:
            words.append(w)
            end = m.end()
            continue
        if w in tables.UNIT_STOP or w == "of" or sum(not n.isdigit() for n in words) >= 4 \
                or _DAY_AHEAD[tables.__name__].match(chunk, m.start()) \
                or (words and (w in tables.PREDICATIVES or not _nominal(w, lang, words))) \
                or (not words and _predicate(w, lang) and w not in tables.UNIT_ABBREVIATIONS):
            break
        words.append(w)
        end = m.end()
        if canonical_unit(" ".join(words), lang) in SPANS_OF_TIME | CHANGE_SIZES \
                and not re.match(rf"\s+(?:{_alternation(tables.TERM_AFTER)})(?!\w)", chunk[end:end + WINDOW], re.I):
            break                                    # "1 percentage point | overshoot", "десять лет | замеров": a span
                                                     # or a change's size, the noun after it is what it measures;
                                                     # not a term served: "18 лет колонии"
        if len(words) == 1 and not gap and canonical_unit(w, lang) is not None:
            break                                    # "10C overnight", "12km queues": a symbol glued to the digits
                                                     # is the whole unit, the word after it is the next phrase
    while words and words[-1] == "of":
        words.pop()
    if len(words) > 1 and canonical_unit(words[-1], lang) in SPANS_OF_TIME \
            and all(_TIME_ADJECTIVE[tables.__name__].fullmatch(w) for w in words[:-1]):
        words = words[-1:]                            # "за три последних года": the span's noun is the unit; not
                                                      # "40 light years"
    if words and words[0] in tables.COMPARED:
        words = words[1:]                             # "5 more soldiers"; "5 million more than" counts no noun
    if not words or len(words) == 1 and chunk[pos:pos + 1] != "-" \
            and words[0].endswith(tables.PARTICIPLE_ENDINGS) and not _plural_head(words[0]):
        return None, pos                              # "Twelve died", "40 wounded": a predicate, not a unit
    return _joined_words(chunk, pos, words)


def _joined_words(chunk: str, pos: int, words: list[str]) -> tuple[str, int]:
    """The unit as written (an abbreviation keeps its full stop: "кв. км") and where it ends."""
    end, low, parts = pos, chunk.lower(), []
    for w in words:
        start = low.find(w, end)
        if parts and chunk[end:start].startswith("."):
            parts[-1] += "."
        parts.append(w)
        end = start + len(w)
    return " ".join(parts), end


def _predicate(word: str, lang: str) -> bool:
    """A Russian verb or adverb straight after a figure is its predicate, not its unit: "ещё 45 | получили ранения";
    so is an English verb a headline puts there in the present ("15 | die in bus crash")."""
    if lang != "ru":
        return word in language(lang).BARE_PREDICATES
    return _morph_pos(word) in {"VERB", "INFN", "PRTS", "GRND", "ADVB", "COMP", "CONJ", "PRCL", "PRED"}


ORDINAL_CASES = {"loct", "loc2", "datv", "accs", "ablt"}


def _ordinal_case(unit: str, value: float, lang: str) -> bool:
    """A Russian noun in the singular of a case no count puts it in after a number that does not end in 1 (21
    takes the singular: "в 21 регионе"): the digits are an ordinal's ("на 12 минуте", "на 6 месте", "получил
    12-ю кнопку", where "-ю" is the ordinal's ending, not the count's of "с 6-ю очками")."""
    if lang != "ru" or value != int(value) or int(value) % 10 == 1 and int(value) % 100 != 11:
        return False
    if unit.split()[0].lower() in language(lang).UNITS:
        return False                                  # an indeclinable unit the table knows as written: "870 тенге"
    parses = morph().parse(unit.split()[0])[:2]
    return all(p.tag.POS == "NOUN" and "sing" in p.tag and p.tag.case in ORDINAL_CASES for p in parses)


def _morph_pos(word: str) -> str | None:
    """The part of speech the Russian lemmatiser gives a word first."""
    return morph().parse(word)[0].tag.POS


VERB_READING = 0.3   # how likely a Russian verb reading must be to end a unit phrase ("прибыли": 0.36)


def _nominal(word: str, lang: str, before: list[str]) -> bool:
    """Can continue a unit phrase: a noun or adjective, not a verb or participle.

    In English a plural noun is the head: a word after it begins the next phrase unless it is the head
    itself. In Russian an adjective after the head noun begins the next phrase
    ("постов | российского миротворческого контингента"), and so does a noun
    that is not in the genitive ("два года | завод закрылся", not "тонн груза") or may well be a verb.
    """
    if lang == "ru":
        parses = morph().parse(word)
        if any(p.tag.POS == "VERB" and p.score >= VERB_READING for p in parses[:2]):
            return False                              # "300 военных | прибыли", not "прибыли" the noun
        pos = parses[0].tag.POS
        head = any(morph().parse(w)[0].tag.POS == "NOUN" for w in before)
        if pos == "NOUN":
            return not head or any(p.tag.POS == "NOUN" and p.tag.case in ("gent", "gen2") for p in parses[:3])
        return pos == "ADJF" and not head
    if word.endswith(language(lang).PARTICIPLE_ENDINGS):
        return False
    return not (before and _plural_head(before[-1])) or _plural_head(word)


@lru_cache(maxsize=4096)
def _plural_head(word: str) -> bool:
    """An English noun in the plural ends its phrase: "3 million farmers | work there", "two sons | Alaa";
    only a plural noun it modifies continues it ("five data centres")."""
    return word in _COLLECTIVE or is_plural_noun(word)
