"""Sentences to claims: who asserts them, what they are about, which figures they give.

Every sentence of the article body that asserts something becomes a claim;
questions, greetings, headings and lines that introduce a quotation do not.
A figure with a unit is a claim of its own. The claimant comes, in order,
from the sentence's own reporting frame, the quotation it stands in, a frame
that closes its paragraph, or else the article's own voice (``None``).
"""
from __future__ import annotations

import re

from ..ingest import dateline_span
from ..lexicon import EVENT_CUES_EN, EVENT_CUES_RU, MONTHS
from ..model import Claim, Document, Mention, QuoteRegion, Sentence, Span
from .attribution import Discourse, Frame, find_frame, verbs
from .quantities import find_quantities

_GREETING = re.compile(
    r"^\W*(?:dear|thank you|thanks|good (?:morning|afternoon|evening)|hello|ladies and gentlemen"
    r"|уважаем|дорог|спасибо|благодарю|добрый (?:день|вечер)|здравствуйте|дамы и господа)\b", re.I)
_EVENT_EN = re.compile(EVENT_CUES_EN, re.I)
_EVENT_RU = re.compile(EVENT_CUES_RU, re.I)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_FULL_DATE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})),?\s+(?P<y>\d{{4}})", re.I)

CONFIDENCE = {
    "quotation": 0.9, "according_to": 0.85, "verb_left": 0.85, "verb_right": 0.85,
    "as_saying": 0.85, "anaphor": 0.7, "paragraph": 0.75, "quotation_context": 0.6,
    "own_voice": 0.6,
}


def extract_claims(doc: Document, sentences: list[Sentence], quotes: list[QuoteRegion],
                   mentions: list[Mention], types: dict[str, str],
                   publisher: str | None) -> list[Claim]:
    discourse = Discourse(types)
    outside = _outside_quotes(doc, quotes)
    speakers = _quote_speakers(doc, sentences, quotes, mentions, discourse, outside, publisher)
    headline = _headline(doc)
    dateline = dateline_span(doc)
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        by_para.setdefault(s.paragraph, []).append(i)

    frames: list[Frame | None] = []
    claimants: list[tuple[str | None, str]] = []
    discourse = Discourse(types)
    for s in sentences:
        mine = [m for m in mentions if s.span.contains(m.span)]
        frame = find_frame(doc.text, s.span, doc.lang, mentions, discourse, outside, publisher)
        region = _region_of(s.span, quotes)
        if region is not None and speakers.get(region) and (frame is None or frame.at_end):
            claimant = (speakers[region], "quotation")
        elif frame is not None:
            claimant = (frame.speaker, frame.rule)
        else:
            claimant = (None, "own_voice")
        frames.append(frame)
        claimants.append(claimant)
        discourse.saw(mine)
        discourse.spoke(claimant[0])
    # a frame closing a paragraph ("..., — отметил он.") speaks for the sentences before it
    for indices in by_para.values():
        last = indices[-1]
        frame = frames[last]
        if frame is not None and frame.at_end:
            for i in indices[:-1]:
                if claimants[i][0] is None:
                    claimants[i] = (frame.speaker, "paragraph")

    claims: list[Claim] = []
    previous_unit: str | None = None
    for s, (claimant, rule) in zip(sentences, claimants):
        span = s.span
        if headline is not None and span.start < headline.end:
            continue
        if dateline is not None and span.start <= dateline.start < span.end:
            span = _after(doc.text, Span(dateline.end, span.end))
        text = doc.text[span.start:span.end]
        about = tuple(sorted({m.entity for m in mentions if span.contains(m.span)} - {claimant, publisher}
                             - {None}))
        date = _date_in(text)
        figures = find_quantities(doc.text, span, doc.lang, previous_unit)
        if figures:
            previous_unit = figures[-1].unit
        for q in figures:
            claims.append(Claim(
                kind="quantity", span=q.span, claimant=claimant, about=about, rule=f"quantity/{rule}",
                confidence=round(CONFIDENCE[rule] * (0.95 if q.unit else 0.8), 3), value=q.value,
                unit=q.unit, approximate=q.approximate, bound=q.bound, date=date, lang=doc.lang))
        if not _asserts(text, doc.lang) or (figures and not _statement_besides(doc.text, span, figures)):
            continue
        cue = _EVENT_RU if doc.lang == "ru" else _EVENT_EN
        claims.append(Claim(
            kind="event" if cue.search(text) else "statement", span=span, claimant=claimant,
            about=about, rule=rule, confidence=CONFIDENCE[rule], date=date, lang=doc.lang))
    return claims


def _asserts(text: str, lang: str) -> bool:
    """Could be true or false: not a question, greeting, heading or introduction of a quote."""
    stripped = text.strip().rstrip("”\"»“ ")
    if len(re.findall(r"\w+", stripped)) < 4:
        return False
    if stripped.endswith("?") or stripped.endswith(":") or _GREETING.match(stripped):
        return False
    if not re.search(r"[.!…;]$", stripped) and len(stripped.split()) < 15:
        return False                                        # a heading
    return True


def _statement_besides(text: str, span: Span, figures) -> bool:
    """A sentence with figures is also a statement when a long clause carries no figure."""
    first = min(q.span.start for q in figures)
    head = text[span.start:first]
    cut = head.rfind(", ")
    head = head[:cut] if cut >= 0 else ""
    return len(head.split()) >= 8 and not re.search(r"\b(?:that|что)\s*$", head)


def _outside_quotes(doc: Document, quotes: list[QuoteRegion]) -> list[Span]:
    spans, pos = [], 0
    for q in quotes:
        if q.span.start > pos:
            spans.append(Span(pos, q.span.start))
        pos = max(pos, q.span.end)
    spans.append(Span(pos, len(doc.text)))
    return spans


def _region_of(span: Span, quotes: list[QuoteRegion]) -> QuoteRegion | None:
    for q in quotes:
        inter = min(span.end, q.span.end) - max(span.start, q.span.start)
        if inter > 0.5 * len(span):
            return q
    return None


def _quote_speakers(doc: Document, sentences: list[Sentence], quotes: list[QuoteRegion],
                    mentions: list[Mention], discourse: Discourse, outside: list[Span],
                    publisher: str | None) -> dict[QuoteRegion, str | None]:
    """Speaker of each quotation: the frame after its closing mark, else before its opening."""
    speakers: dict[QuoteRegion, str | None] = {}
    para_of = {}
    for s in sentences:
        para_of.setdefault(s.paragraph, s.span)
    for q in quotes:
        after = _para_end(doc, q.span.end)
        tail = Span(q.span.end, min(after, q.span.end + 160))
        frame = find_frame(doc.text, tail, doc.lang, mentions, discourse, outside, publisher)
        if frame is None:
            start = _para_start(doc, q.span.start)
            head = Span(start, q.span.start)
            if len(head) < 3:  # "X said:" on the line before
                prev = [p for p in doc.body if p.end < start]
                if prev and doc.text[prev[-1].start:prev[-1].end].rstrip().endswith(":"):
                    head = prev[-1]
            frame = find_frame(doc.text, head, doc.lang, mentions, discourse, outside, publisher)
        if frame is None:
            # a quotation with no frame continues the speaker before it
            earlier = [speakers[r] for r in speakers if r.span.end <= q.span.start and speakers[r]]
            speakers[q] = earlier[-1] if earlier else None
        else:
            speakers[q] = frame.speaker
        discourse.saw([m for m in mentions if m.span.end <= q.span.end])
    return speakers


def _para_end(doc: Document, pos: int) -> int:
    for p in doc.body:
        if p.start <= pos <= p.end:
            return p.end
    return pos


def _para_start(doc: Document, pos: int) -> int:
    for p in doc.body:
        if p.start <= pos <= p.end:
            return p.start
    return pos


def _headline(doc: Document) -> Span | None:
    if doc.title and doc.body and doc.text[doc.body[0].start:doc.body[0].end].strip().lstrip("#").strip() == doc.title:
        return doc.body[0]
    return None


def _after(text: str, span: Span) -> Span:
    s = span.start
    while s < span.end and (text[s].isspace() or text[s] in ".,:-–—/"):
        s += 1
    return Span(s, span.end)


def _date_in(text: str) -> str | None:
    m = _FULL_DATE.search(text)
    if not m:
        return None
    month = MONTHS.get((m.group("m1") or m.group("m2")).lower())
    day = int(m.group("d1") or m.group("d2"))
    return f"{int(m.group('y')):04d}-{month:02d}-{day:02d}" if month and 1 <= day <= 31 else None
