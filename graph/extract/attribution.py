"""Who asserts a sentence: quotation speakers, reporting verbs, "according to".

The speaker of a frame is the entity nearest to its reporting verb, on its
left ("Putin said that ...") or right ("..., said Putin", "— сказал он").
Pronouns and generic nouns ("he", "the ministry", "the statement",
"президент") resolve to the last entity of a fitting kind that spoke or was
named before them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import (ACCORDING_TO, ANAPHORS_ORG, ANAPHORS_PERSON, PRONOUNS_PERSON,
                       REPORTING_STEMS_RU, REPORTING_VERBS_EN)
from ..model import Mention, Span

SPEAKER_TYPES = {"Person", "Organization", "Country", "Group"}
_VERB_EN = re.compile(r"\b(?:%s)\b" % "|".join(sorted((re.escape(v) for v in REPORTING_VERBS_EN),
                                                         key=len, reverse=True)), re.I)
_VERB_RU = re.compile(r"(?<![а-яё])(?:%s)[а-яё]*" % "|".join(REPORTING_STEMS_RU), re.I)
_ACCORDING = re.compile(rf"(?<!\w)(?:{ACCORDING_TO})(?!\w)", re.I)
_AS_SAYING = re.compile(r"\bas (?:saying|telling|stating|noting)\b", re.I)
_ANAPHOR = re.compile(
    r"(?<!\w)(%s)(?!\w)" % "|".join(sorted((re.escape(a) for a in
                                           ANAPHORS_ORG | ANAPHORS_PERSON | PRONOUNS_PERSON),
                                          key=len, reverse=True)), re.I)
_BARRIER = re.compile(r"[“”«»\"„;:]|,\s+(?:and|but|which|who|while|а|но|и|что|который)\b|\.\s")


@dataclass
class Discourse:
    """What the text has said so far: who spoke last, whom it named last."""

    types: dict[str, str]
    last_speaker: str | None = None
    last_person: str | None = None
    last_org: str | None = None
    history: list[str] = field(default_factory=list)

    def saw(self, mentions: list[Mention]) -> None:
        for m in mentions:
            kind = self.types.get(m.entity)
            if kind == "Person":
                self.last_person = m.entity
            elif kind in ("Organization", "Group"):
                self.last_org = m.entity

    def spoke(self, speaker: str | None) -> None:
        if speaker:
            self.last_speaker = speaker
            if self.types.get(speaker) == "Person":
                self.last_person = speaker
            elif self.types.get(speaker) in ("Organization", "Group", "Country"):
                self.last_org = speaker

    def resolve(self, anaphor: str) -> str | None:
        a = anaphor.lower()
        if a in PRONOUNS_PERSON or a in ANAPHORS_PERSON:
            if self.last_speaker and self.types.get(self.last_speaker) == "Person":
                return self.last_speaker
            return self.last_person
        if self.last_speaker and self.types.get(self.last_speaker) in ("Organization", "Group", "Country"):
            return self.last_speaker
        return self.last_org


@dataclass(frozen=True, slots=True)
class Frame:
    speaker: str
    rule: str            # according_to, verb_left, verb_right, as_saying, anaphor
    verb: Span
    at_end: bool         # the frame closes its sentence ("..., Putin said.")


def verbs(text: str, span: Span, lang: str) -> list[Span]:
    pattern = _VERB_RU if lang == "ru" else _VERB_EN
    chunk = text[span.start:span.end]
    return [Span(span.start + m.start(), span.start + m.end()) for m in pattern.finditer(chunk)]


def find_frame(text: str, span: Span, lang: str, mentions: list[Mention], discourse: Discourse,
               outside: list[Span], publisher: str | None = None) -> Frame | None:
    """The reporting frame of one sentence, if it has one outside quotations."""
    speakers = [m for m in mentions if span.contains(m.span)
                and discourse.types.get(m.entity) in SPEAKER_TYPES]
    chunk = text[span.start:span.end]

    def free(pos: int) -> bool:
        return any(o.start <= pos < o.end for o in outside)

    for m in _ACCORDING.finditer(chunk):
        pos = span.start + m.end()
        if not free(pos - 1):
            continue
        after = [s for s in speakers if pos <= s.span.start <= pos + 60]
        if after:
            return Frame(after[0].entity, "according_to", Span(span.start + m.start(), pos), False)
        who = _anaphor_at(text, pos, pos + 40, discourse)
        if who:
            return Frame(who, "according_to", Span(span.start + m.start(), pos), False)
    for verb in verbs(text, span, lang):
        if not free(verb.start):
            continue
        at_end = _ends_sentence(text, verb, span)
        if lang != "ru":
            m = _AS_SAYING.search(text, verb.end, min(span.end, verb.end + 80))
            if m:
                between = [s for s in speakers if verb.end <= s.span.start < m.start()]
                if between:
                    return Frame(between[-1].entity, "as_saying", verb, True)
        left_limit = _barrier_before(text, verb.start, span.start)
        left = [s for s in speakers if left_limit <= s.span.start and s.span.end <= verb.start
                and s.entity != publisher]
        if left and len(text[left[-1].span.end:verb.start].split()) <= 6:
            return Frame(left[-1].entity, "verb_left", verb, at_end)
        right_limit = _barrier_after(text, verb.end, span.end)
        right = [s for s in speakers if verb.end <= s.span.start and s.span.end <= right_limit
                 and s.entity != publisher]
        if right and len(text[verb.end:right[0].span.start].split()) <= 3:
            return Frame(right[0].entity, "verb_right", verb, at_end)
        who = _anaphor_at(text, left_limit, verb.start, discourse, last=True) \
            or _anaphor_at(text, verb.end, right_limit, discourse)
        if who:
            return Frame(who, "anaphor", verb, at_end)
    return None


def _anaphor_at(text: str, start: int, end: int, discourse: Discourse, last: bool = False) -> str | None:
    found = list(_ANAPHOR.finditer(text, start, end))
    if not found:
        return None
    return discourse.resolve((found[-1] if last else found[0]).group(1))


def _barrier_before(text: str, pos: int, floor: int) -> int:
    cut = floor
    for m in _BARRIER.finditer(text, floor, pos):
        cut = m.end()
    return cut


def _barrier_after(text: str, pos: int, ceiling: int) -> int:
    m = _BARRIER.search(text, pos, ceiling)
    return m.start() if m else ceiling


def _ends_sentence(text: str, verb: Span, span: Span) -> bool:
    """A frame after the assertion: "…, Putin said." / "…, — сказал он."."""
    before = text[span.start:verb.start]
    return bool(re.search(r"[,”\"»]\s*[—–-]?\s*(?:\S+\s+){0,6}$", before)) and \
        len(text[verb.end:span.end].split()) <= 8 and len(before.split()) >= 4
