"""Names the registry lacks, found by rules, typed and given stable keys.

English: a capitalised name after a title ("Lieutenant General Rustam
Muradov", "spokeswoman Maria Zakharova") is a person; a capitalised phrase
ending in an organisation noun ("State Migration Service", "Ministry of
Economy of Armenia") is an organisation. Russian: a given name followed by a
surname, as pymorphy3 tags them ("Арарат Мирзоян", "Марии Захаровой"), is a
person, named in the nominative. The key is a hash of the normalised name, so
the same name in two documents is one entity.
"""
from __future__ import annotations

import re
from array import array

from .ids import new_entity_key, normalise_name
from .lexicon import (APPOSITION_TITLES_EN, MONTHS, ORG_HEADS_EN, PERSON_TITLES_EN, PLACE_NOUNS_EN,
                      PLACE_NOUNS_RU)
from .link import morph, token_keys, tokens
from .model import Document, Entity, Mention, Span

_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"   # Latin letters with diacritics: "Tomáš Hradecký"
_CAP = rf"[{_UPPER}][{_LOWER}]+(?:[-'][{_UPPER}]?[{_LOWER}]+)?"
# a lookahead, so titles that overlap ("UN General Assembly President Abdulla Shahid") are all tried
_PERSON_EN = re.compile(
    rf"\b(?=(?:{'|'.join(sorted(PERSON_TITLES_EN, key=len, reverse=True))})\.?\s+"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})\b)")
_TITLE_WORDS = {w for t in PERSON_TITLES_EN for w in t.split()}
_OF = rf"\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+|of\s+)?{_CAP}){{0,4}}"
_ORG_EN = re.compile(
    rf"\b(?P<name>(?:(?:{_CAP}|[A-Z]{{2,}})\s+(?:(?:and|for)\s+)?){{1,4}}(?:{'|'.join(ORG_HEADS_EN)})(?:{_OF})?"
    rf"|(?:{'|'.join(ORG_HEADS_EN)}){_OF}(?:{_OF})?)\b")
# "said Lilit Hakobyan, a spokeswoman for …": a name in apposition to a title
_PERSON_APPOSITION = re.compile(
    rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}}),\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(APPOSITION_TITLES_EN)})\b")
# "the Ambassador of the Czech Republic to Armenia, Tomáš Hradecký": a title, its complement, the name
_PERSON_AFTER_TITLE = re.compile(
    rf"\b(?:{'|'.join(sorted(PERSON_TITLES_EN, key=len, reverse=True))})\b[^,.;:\"“”]{{0,60}},\s+"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})\b(?!\s+(?:of|and|to|in)\b)")
# "Elmira Huseynova, 68, said", "said Anna Petrosyan": a name right beside a reporting verb
_SAID = r"(?:said|says|told|added|noted|stressed|explained|recalled|insisted|warned)"
_PERSON_SAYING = re.compile(
    rf"\b(?P<name>{_CAP}\s+{_CAP})(?:,\s+\d{{1,3}},)?\s+{_SAID}\b|\b{_SAID}\s+(?P<name2>{_CAP}\s+{_CAP})\b(?!\s+{_CAP})")
# "the village of Tegh", "near the town of Goris", "Askeran district"
_PLACE_EN = re.compile(
    rf"\b(?:{'|'.join(PLACE_NOUNS_EN)}) of (?P<name>{_CAP}(?:[\s\-]{_CAP})?)\b"
    rf"|\b(?P<name2>{_CAP}) (?P<kind>district|region|province)\b")
# "села Шош", "через КПП «Верхний Ларс»", "в Аскеранском районе"
_PLACE_RU = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(PLACE_NOUNS_RU)})\s+«?(?P<name>[А-ЯЁ][а-яё\-]+(?:\s+[А-ЯЁ][а-яё\-]+)?)»?"
    rf"|(?P<adj>[А-ЯЁ][а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом))\s+(?P<kind>район[а-я]*)")
_NOT_NAMES = {"The", "A", "An", "This", "That", "In", "On", "At", "For", "And", "But", "He", "She", "It",
              "We", "They", "Our", "His", "Her", "Their", "Its", "According", "President", "Prime"}


def find_names(doc: Document, known: list[Mention]) -> tuple[list[Entity], list[Mention]]:
    """Entities and mentions for names outside the registry's mentions."""
    taken = Coverage(doc.text, [m.span for m in known])
    found: dict[str, Entity] = {}
    mentions: list[Mention] = []

    def add(start: int, end: int, label: str, type_: str) -> None:
        span = Span(start, end)
        if not taken.free_or_enclosing(span):
            return
        if not normalise_name(label):
            return
        key = new_entity_key(label)
        found.setdefault(key, Entity(key=key, label=label, type=type_,
                                     pref_labels=((label, doc.lang),)))
        mentions.append(Mention(key, span, "name"))
        taken.append(span)

    for para in doc.body:
        chunk = doc.text[para.start:para.end]
        if doc.lang == "ru":
            for start, end, label in _russian_people(doc.text, para):
                add(start, end, label, "Person")
            for m in _PLACE_RU.finditer(chunk):
                group = "name" if m.group("name") else "adj"
                label = _place_label_ru(m.group(group), m.group("kind"))
                end = m.end("kind") if m.group("kind") else m.end(group)
                add(para.start + m.start(group), para.start + end, label, "Place")
            continue
        for m in _PLACE_EN.finditer(chunk):
            if m.group("name"):
                add(para.start + m.start("name"), para.start + m.end("name"), m.group("name"), "Place")
            elif m.group("name2") not in _NOT_NAMES:
                label = f"{m.group('name2')} {m.group('kind').capitalize()}"
                add(para.start + m.start("name2"), para.start + m.end("kind"), label, "Place")
        for m in _PERSON_SAYING.finditer(chunk):
            group = "name" if m.group("name") else "name2"
            words = m.group(group).split()
            if not (set(words) & (_NOT_NAMES | _TITLE_WORDS)):
                add(para.start + m.start(group), para.start + m.end(group), m.group(group), "Person")
        for m in [*_PERSON_EN.finditer(chunk), *_PERSON_APPOSITION.finditer(chunk),
                  *_PERSON_AFTER_TITLE.finditer(chunk)]:
            words = m.group("name").split()
            while len(words) > 2 and words[0] in _TITLE_WORDS:   # "Director General Rafael Grossi"
                words = words[1:]
            if words[0] in _NOT_NAMES or words[0] in _TITLE_WORDS or words[-1] in _TITLE_WORDS:
                continue
            name = " ".join(words)
            end = para.start + m.end("name")
            add(end - len(name), end, name, "Person")
        for m in _ORG_EN.finditer(chunk):
            name = m.group("name")
            words = name.split()
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            if len(words) < 2:
                continue
            start = para.start + m.end("name") - len(" ".join(words))
            add(start, para.start + m.end("name"), " ".join(words), "Organization")
    _later_surnames(doc, found, mentions, taken)
    return sorted(found.values(), key=lambda e: e.key), sorted(mentions, key=lambda m: m.span.start)


class Coverage:
    """Which characters already belong to a mention, for overlap tests in constant time."""

    def __init__(self, text: str, spans: list[Span]):
        self.owner = array("i", [-1]) * len(text)   # index of the span covering each character
        self.spans: list[Span] = []
        for span in spans:
            self.append(span)

    def append(self, span: Span) -> None:
        index = len(self.spans)
        self.spans.append(span)
        for i in range(span.start, span.end):
            if self.owner[i] < 0:
                self.owner[i] = index

    def free(self, span: Span) -> bool:
        return all(self.owner[i] < 0 for i in range(span.start, span.end))

    def free_or_enclosing(self, span: Span) -> bool:
        """Nothing there, or only whole mentions inside it ("State Migration Service of Armenia")."""
        inside = {self.owner[i] for i in range(span.start, span.end) if self.owner[i] >= 0}
        return all(span.contains(self.spans[k]) and self.spans[k] != span for k in inside)


def _later_surnames(doc: Document, found: dict[str, Entity], mentions: list[Mention],
                    taken: Coverage) -> None:
    """After "Rustam Muradov" ("Ваан Унанян"), a later "Muradov" ("Унаняна") is the same person."""
    surnames: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.entity, m.span.start)
    for key, entity in found.items():
        if entity.type == "Person" and len(entity.label.split()) > 1:
            for k in token_keys(entity.label.split()[-1]):
                surnames.setdefault(k, set()).add(key)
    for para in doc.body:
        for tok in tokens(doc.text, para.start, para.end):
            span = Span(tok.start, tok.end)
            if not tok.text[0].isupper() or not taken.free(span):
                continue
            if tok.text.lower() in MONTHS:   # "In May, …" after "John May"
                continue
            who = set().union(*(surnames.get(k, set()) for k in token_keys(tok.text)))
            if len(who) == 1 and tok.start > first_seen.get(next(iter(who)), len(doc.text)):
                mentions.append(Mention(next(iter(who)), span, "name"))
                taken.append(span)


def _russian_people(text: str, para: Span) -> list[tuple[int, int, str]]:
    """Given name + surname pairs, labelled in the nominative ("Марии Захаровой" → "Мария Захарова")."""
    out = []
    toks = tokens(text, para.start, para.end)
    i = 0
    while i + 1 < len(toks):
        first, second = toks[i], toks[i + 1]
        if (first.text[:1].isupper() and second.text[:1].isupper()
                and re.fullmatch(r"\s+", text[first.end:second.start])
                and _tagged(first.text, "Name") and _tagged(second.text, "Surn")):
            gender = _gender(first.text)
            label = f"{_nominative(first.text, 'Name')} {_nominative(second.text, 'Surn', gender)}"
            out.append((first.start, second.end, label))
            i += 2
        else:
            i += 1
    return out


def _tagged(word: str, grammeme: str) -> bool:
    return any(grammeme in p.tag for p in morph().parse(word)[:4])


def _place_label_ru(name: str, kind: str | None) -> str:
    """Nominative: "Шош" stays, "Аскеранском районе" becomes "Аскеранский район"."""
    if kind:
        adj = morph().parse(name)[0].inflect({"nomn", "sing", "masc"})
        return f"{(adj.word if adj else name).capitalize()} район"
    words = []
    for w in name.split():
        p = morph().parse(w)[0]
        form = p.inflect({"nomn"}) if "Geox" in p.tag or p.tag.POS == "ADJF" else None
        words.append((form.word if form else w).capitalize() if form else w)
    return " ".join(words)


def _gender(given_name: str) -> str | None:
    """"Анна" is feminine, so "Анны Петровой" becomes "Анна Петрова", not "Анна Петров"."""
    for p in morph().parse(given_name)[:4]:
        if "Name" in p.tag and p.tag.gender:
            return p.tag.gender
    return None


def _nominative(word: str, grammeme: str, gender: str | None = None) -> str:
    for p in morph().parse(word)[:4]:
        if grammeme in p.tag and (gender is None or p.tag.gender is None or p.tag.gender == gender):
            form = p.inflect({"nomn", "sing"} | ({gender} if gender else set()))
            if form is not None:
                return form.word.capitalize()
    return word
