"""Figures with their units: "53,000 people", "48 thousand", "1,5 млн тонн", "forty-eight posts".

Each figure is normalised to a number ("53 thousand" and "53,000" are both
53000), keeps whether it was approximate and which bound a "more than" or
"up to" sets, and takes the counted noun that follows as its unit. A bare
figure borrows the unit of an earlier figure in the same sentence ("105 of
them ..., and 17 to Azerbaijan").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import (APPROXIMATE, CURRENCY_SIGNS, LOWER_BOUND, MONTHS, NOT_UNITS, NUMBER_WORDS_EN,
                       NUMBER_WORDS_RU, PAIRED_NOUNS, SCALE_WORDS, UNIT_KEEP_OF_EN, UNIT_STOP_EN, UNIT_STOP_RU, UPPER_BOUND)
from ..model import Span


@dataclass(frozen=True, slots=True)
class Quantity:
    span: Span            # the figure and its unit
    value: float
    unit: str | None
    approximate: bool
    bound: str | None     # "min" or "max"
    borrowed: bool = False   # the unit comes from an earlier figure ("105 of them")


_WORD_NUMBERS = {**NUMBER_WORDS_EN, **NUMBER_WORDS_RU}
_WORD_ALT = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_SCALE_ALT = "|".join(sorted((re.escape(w) for w in SCALE_WORDS), key=len, reverse=True))
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_FIGURE = re.compile(
    rf"(?<![\w.,:/+\-])(?P<num>{_DIGITS}|(?:(?:{_WORD_ALT})(?:[\s\-]+(?:{_WORD_ALT}))*)(?![\w]))"
    rf"(?![\w]*[:/]\d)(?:\s*(?P<scale>{_SCALE_ALT})(?![а-яёa-z])\.?)?",
    re.I)
_APPROX = re.compile(rf"(?:{APPROXIMATE})\s+(?:a total of\s+)?$", re.I)
_WORD = re.compile(r"[^\W\d_][\w\-]*", re.U)


def parse_number(text: str, lang: str = "en") -> float | None:
    """Digits with any grouping ("53,000", "53 000", "1,5" in Russian) or number words."""
    t = text.strip().lower()
    if re.fullmatch(_DIGITS, t):
        t = re.sub(r"[ \u00a0\u202f\u2009]", "", t)
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t):
            return float(t.replace(",", ""))
        if re.fullmatch(r"\d+,\d+", t):
            return float(t.replace(",", ".")) if (lang == "ru" or len(t.split(",")[1]) != 3) \
                else float(t.replace(",", ""))
        return float(t)
    total, current = 0.0, 0.0
    for word in re.split(r"[\s\-]+", t):
        n = _WORD_NUMBERS.get(word)
        if n is None:
            return None
        if n == 100 and current:
            current *= 100
        else:
            current += n
    return total + current if current else None


def find_quantities(text: str, span: Span, lang: str, previous_unit: str | None = None) -> list[Quantity]:
    """Figures inside ``span`` of ``text``; dates, years, times and ordinals are not figures.

    ``previous_unit`` is the unit of the figure before this span, for "105 of them".
    """
    chunk = text[span.start:span.end]
    found: list[Quantity] = []
    for m in _FIGURE.finditer(chunk):
        number = m.group("num")
        value = parse_number(number, lang)
        if value is None or _is_date_or_year(chunk, m, number):
            continue
        if m.group("scale"):
            value *= SCALE_WORDS[m.group("scale").lower().rstrip(".")]
        unit, unit_end = _unit(chunk, m.end(), lang, hyphen=number[0].isdigit())
        of_them = re.match(r"\s+(?:of\s+(?:its|their|the|his|her|our)|из\s+(?:своих|их|его))\s+", chunk[m.end():], re.I)
        if unit is None and of_them:   # "four of its servicemen"
            unit, unit_end = _unit(chunk, m.end() + of_them.end(), lang)
        sign = chunk[m.start() - 1] if m.start() and chunk[m.start() - 1] in CURRENCY_SIGNS else None
        if sign:   # "€500 million": the currency is the unit, the figure starts at the sign
            unit, unit_end = CURRENCY_SIGNS[sign], m.end()
        if unit is not None and (unit.split()[0] in NOT_UNITS or _DURATION.match(unit)):
            continue                                  # durations and rates: "three hours", "44-дневной"
        if value == 2 and not number[0].isdigit() and unit and unit.split()[0].startswith(_PAIRED):
            continue                                  # "the two countries": a pair, not a figure
        borrowed = unit is None
        if unit is None:
            anaphoric = re.match(r"\s*(?:of them|из них|из которых)\b", chunk[m.end():], re.I)
            elliptic = found and re.search(r"(?:,|\band|\bи)\s*$", chunk[:m.start()])
            if anaphoric:
                unit, unit_end = (found[-1].unit if found else previous_unit), m.end() + anaphoric.end()
            elif elliptic:
                unit = found[-1].unit
            if unit is None:
                continue
        before = chunk[max(0, m.start() - 40 - bool(sign)):m.start() - bool(sign)]
        approx = _APPROX.search(before)
        phrase = approx.group(0).lower().split(" a total")[0].strip() if approx else ""
        bound = "min" if phrase in LOWER_BOUND else "max" if phrase in UPPER_BOUND else None
        start = span.start + (approx.start() + max(0, m.start() - 40) if approx else m.start() - bool(sign))
        found.append(Quantity(Span(start, span.start + unit_end), value, unit,
                              approximate=bool(approx) and bound is None, bound=bound, borrowed=borrowed))
    return found


def _is_date_or_year(chunk: str, m: re.Match, number: str) -> bool:
    before, after = chunk[:m.start()], chunk[m.end():]
    if re.search(rf"\b(?:{_MONTH_ALT})\.?\s*$", before, re.I):
        return True                                   # "November 9", "December 2, 2020"
    if re.match(rf"\s*(?:{_MONTH_ALT})\b", after, re.I):
        return True                                   # "9 ноября", "26 November"
    if re.fullmatch(r"(?:1[89]|20)\d\d", number) and not m.group("scale") and not _counted_noun(after):
        return True                                   # a year, unless a counted noun follows it
    if re.match(r"(?:st|nd|rd|th|-?й|-?го|-?я|-?е|-?м)\b", after):
        return True                                   # ordinals: 76th, 10-й
    if re.search(r"\d[.,]\s*$", before) or re.match(r"\s*\+", after) or re.search(r"\+\s*$", before):
        return True                                   # "3 + 2", list numbering
    if re.search(r"\b(?:paragraphs?|articles?|points?|items?|clauses?|sections?|parts?|chapters?|resolution|no\.?"
                 r"|number|пункт\w*|стать\w*|част\w*|раздел\w*|резолюци\w*)\s*$|№\s*$", before, re.I):
        return True                                   # a reference: "paragraph 6", "пункт 9", "№ 98"
    return False


def _counted_noun(after: str) -> bool:
    """"1960 военнослужащих", "1960 troops": a noun right after a year-like number."""
    m = re.match(r"\s+([a-zа-яё]{3,})\b", after)
    if not m or m.group(1) in UNIT_STOP_EN | UNIT_STOP_RU | NOT_UNITS | _NOT_COUNTED:
        return False
    if re.search(r"[а-яё]", m.group(1)):
        from ..link import morph

        return any(p.tag.POS == "NOUN" and "plur" in p.tag for p in morph().parse(m.group(1))[:2])
    return m.group(1).endswith("s") or m.group(1) in {"people", "personnel", "staff", "police", "troops"}


_DURATION = re.compile(r"(?:day|week|month|year|hour|minute|second|дн|недел|месяч|месяц|лет|летн|год|час|минут"
                       r"|секунд|суточн|сутки)", re.I)
_PAIRED = tuple(sorted(PAIRED_NOUNS))
_NOT_COUNTED = {"over", "after", "before", "when", "while", "under", "against", "through", "until", "amid",
                "between", "among", "during", "following", "because"}


def _unit(chunk: str, pos: int, lang: str, hyphen: bool = False) -> tuple[str | None, int]:
    """The counted noun phrase after a figure, and where it ends ("43-kilometre" with ``hyphen``)."""
    stops = UNIT_STOP_RU if lang == "ru" else UNIT_STOP_EN
    percent = re.match(r"\s?%|\s+(?:per\s?cent|percent|процент[а-я]*|проц\.)(?!\w)", chunk[pos:], re.I)
    if percent:
        return "percent", pos + percent.end()
    words, end = [], pos
    for m in _WORD.finditer(chunk, pos):
        gap = chunk[end:m.start()]
        first_gap = r"\s*-?" if hyphen else r"\s*"
        if (words and not re.fullmatch(r"[\s\-]*", gap)) or (not words and not re.fullmatch(first_gap, gap)):
            break
        w = m.group().lower()
        if w == "of" and words and words[-1] in UNIT_KEEP_OF_EN:
            words.append(w)
            end = m.end()
            continue
        if w in stops or w == "of" or len(words) >= 4 or (words and not _nominal(w, lang)):
            break
        words.append(w)
        end = m.end()
    while words and words[-1] == "of":
        words.pop()
    if not words:
        return None, pos
    return " ".join(words), _phrase_end(chunk, pos, words)


def _nominal(word: str, lang: str) -> bool:
    """Can continue a unit phrase: a noun or adjective, not a verb or participle."""
    if lang == "ru":
        from ..link import morph

        return morph().parse(word)[0].tag.POS in ("NOUN", "ADJF")
    return not word.endswith("ed")


def _phrase_end(chunk: str, pos: int, words: list[str]) -> int:
    end = pos
    low = chunk.lower()
    for w in words:
        end = low.find(w, end) + len(w)
    return end
