"""Sentences and quotations as spans of the document text.

English sentences come from pysbd and Russian ones from razdel, both made for
abbreviations, initials and numbers; long sentences are further cut at
semicolons, which in news prose join separate assertions. Quotation regions
follow the marks of every convention (" “ ” « » „ ‹ ›, and ‘ ’ where ’ is not an
apostrophe inside a word) and may run over
several paragraphs, as a long quotation does.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .lang import CURRENCY_SIGNS, LANGUAGES, alternation, joined, language, tables
from .link import morph
from .model import Document, QuoteRegion, Sentence, Span

# A transcript's note of the room, a word or two in brackets, a stop inside (``stop``) or after them: "[Laughter].",
# "(Applause)", "(Аплодисменты.)": a paragraph of its own is furniture, a note inside a paragraph no name.
ROOM_NOTE = re.compile(r"[(\[](?P<note>[A-ZА-ЯЁ][a-zа-яё]+(?:[ \t][a-zа-яё]+)?)(?P<stop>\.)?[)\]]\.?")

OPENING = "“«„‹"
CLOSING = "”»›"
STRAIGHT = '"'


@lru_cache(maxsize=1)
def _english_segmenter():
    """pysbd's English segmenter with its two quadratic passes made linear, same sentences.

    pysbd rewrites the whole line once per occurrence of an abbreviation, and
    looks for every sentence from the start of the text: a long paragraph
    full of "No." or "Mr." took minutes. Each rewrite replaces every
    occurrence at once and is idempotent, so one per distinct spelling does
    the same; the search for a sentence can resume where the previous one
    ended, since a sentence that overlaps its predecessor is never found by
    ``_split_en`` anyway.
    """
    import pysbd
    from pysbd.lang.english import English
    from pysbd.utils import TextSpan

    class LinearAbbreviations(English.AbbreviationReplacer):
        def scan_for_replacements(self, txt, am, ind, char_array):
            key = (am.strip(), ind < len(char_array) and str(char_array[ind]).isupper())
            if key in self.done or am.strip() + "." not in txt:   # each rewrite is of the period after it
                return txt
            self.done.add(key)
            return super().scan_for_replacements(txt, am, ind, char_array)

        def search_for_abbreviations_in_string(self, text):   # pysbd's, skipping what cannot be rewritten
            self.done: set[tuple[str, bool]] = set()
            lowered = text.lower()
            exact_lower = not _FOLDS_TO_ASCII.search(text)
            for abbr in self.lang.Abbreviation.ABBREVIATIONS:
                stripped = abbr.strip()
                if stripped not in lowered or \
                        (exact_lower and stripped.isalpha() and stripped + "." not in lowered):
                    continue
                abbrev_match = re.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)
                if not abbrev_match:
                    continue
                char_array = re.findall(r"(?<={" + str(re.escape(stripped)) + "} ).{1}", text)
                for ind, match in enumerate(abbrev_match):
                    text = self.scan_for_replacements(text, match, ind, char_array)
            return text

    class LinearEnglish(English):
        AbbreviationReplacer = LinearAbbreviations

    class LinearSegmenter(pysbd.Segmenter):
        def sentences_with_char_spans(self, sentences):
            spans, prior_end, text = [], 0, self.original_text
            for sent in sentences:
                for start, end in _occurrences(text, sent, max(0, prior_end - len(sent))):
                    if end > prior_end:
                        spans.append(TextSpan(text[start:end], start, end))
                        prior_end = end
                        break
            return spans

    segmenter = LinearSegmenter(language="en", clean=False)
    segmenter.language_module = LinearEnglish
    return segmenter


# Letters outside ASCII that a case-insensitive pattern of ASCII letters matches (İ ı K ſ): where
# none occurs, lower() finds what pysbd's patterns find.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u212a\u017f]")
_SPACES = re.compile(r"\s*")


def _occurrences(text: str, sent: str, pos: int) -> Iterator[tuple[int, int]]:
    r"""Spans of ``sent`` and the whitespace after it from ``pos`` on, as ``re.finditer(re.escape(sent) + r"\s*")``
    gives them, without compiling a pattern per sentence (which also evicted pysbd's own from ``re``'s cache)."""
    if not sent:
        yield from (m.span() for m in _SPACES.finditer(text, pos))
        return
    start = text.find(sent, pos)
    while start >= 0:
        end = _SPACES.match(text, start + len(sent)).end()
        yield start, end
        start = text.find(sent, end)


# Quotation marks are masked; the Armenian full stop (and the one-dot leader typed for it) reads as a full stop; a line
# break inside a paragraph is the page's (a hard wrap, a break before the said-tag), where pysbd would cut a sentence.
_MARKS = str.maketrans({**{ch: " " for ch in OPENING + CLOSING + STRAIGHT + "“"}, "\u0589": ".", "\u2024": ".",
                        "\n": " "})


def _split_en(text: str) -> list[tuple[int, int]]:
    """pysbd keeps a quotation in one piece, so it reads the text with quotation marks masked."""
    masked = text.translate(_MARKS)
    spans, pos = [], 0
    for piece in _english_segmenter().segment(masked):
        piece_stripped = piece.strip()
        if not piece_stripped:
            continue
        start = masked.find(piece_stripped, pos)
        if start < 0:  # pysbd altered the text; fall back to the rest
            start = pos
        end = start + len(piece_stripped)
        spans.append((start, end))
        pos = end
    return spans


def _split_ru(text: str) -> list[tuple[int, int]]:
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]


# An abbreviation whose full stop the segmenters take for a sentence's end where a figure goes on from it: a currency
# sign spelt with letters ("Sh. 45 billion", "Tk. 8,000"), "approx." (ABBREVIATIONS_BEFORE_FIGURES), and a currency
# whose country follows («2 млрд долл. США», CURRENCY_QUALIFIERS).
_SIGN_ABBREVIATIONS = {sign.rstrip(".").lower() for sign in CURRENCY_SIGNS if sign.rstrip(".").isalpha()}
_BEFORE_FIGURE = {code: re.compile(r"(?<![\w.])(%s)\.$" % "|".join(sorted(
    map(re.escape, {*_SIGN_ABBREVIATIONS, *(a.lower() for a in module.ABBREVIATIONS_BEFORE_FIGURES),
                    *module.CURRENCY_QUALIFIERS}), key=lambda a: (-len(a), a))), re.I)
    for code, module in LANGUAGES.items()}
# A title or a form of address written short before a name ("Asst. Chief Jane Roe", "Police Insp. Jane Roe",
# "Hon. Jane Roe", TITLE_ABBREVIATIONS, SHORT_HONORIFICS): never a sentence's last word, so a cut after it with a
# capitalised word next is the segmenter's mistake.
_BEFORE_NAME = {code: re.compile(r"(?<![\w.])(?:%s)\.$" % "|".join(sorted(
    map(re.escape, {*module.TITLE_ABBREVIATIONS, *module.SHORT_HONORIFICS}), key=lambda a: (-len(a), a))))
                for code, module in LANGUAGES.items() if module.TITLE_ABBREVIATIONS or module.SHORT_HONORIFICS}
# A word of a personal name written short after the name's first word ("Jane Md. Roe", NAME_ABBREVIATIONS): the name
# goes on; after a comma it is a place's ("Vellton, Md.").
_IN_NAME = {code: re.compile(r"(?<=\w )(?:%s)\.$" % "|".join(map(re.escape, module.NAME_ABBREVIATIONS)))
            for code, module in LANGUAGES.items() if module.NAME_ABBREVIATIONS}
# What goes on after a title written short: a capitalised word of the name, or the title's second part glued by a
# hyphen ("Maj.-Gen. Jane Roe", "Lt.-Col. Jane Roe").
_NAME_OR_TITLE_PART = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]|-[A-ZА-ЯЁ]")
ABBREVIATION_WINDOW = 12   # characters read back from a sentence's end for the abbreviation: the longest, and linear
# A name's last word written short, then a weekday and a verb in the past: wire copy's "Velcom Inc. Thursday
# announced …", one sentence (a sentence that opens on a weekday has it for subject: "Tuesday was …")
_SHORT_NAME_END = re.compile(r"(?<=\w )[A-Z][a-z]{1,4}\.$")
_WEEKDAY_AND_VERB = re.compile(rf"(?i:{'|'.join(joined('WEEKDAYS')) or '(?!)'})\s+(?P<verb>[a-z]+)\b")
# A clock time in "a.m."/"p.m." and the time zone after it ("7:15 p.m. | ET, the clerk said", TIME_ZONES)
_CLOCK_END = re.compile(r"\d\s?[ap]\.m\.$", re.I)
_TIME_ZONE = {code: re.compile(r"(?:%s)(?![\w-])" % "|".join(sorted(map(re.escape, module.TIME_ZONES),
                                                                   key=lambda z: (-len(z), z))))
              for code, module in LANGUAGES.items() if module.TIME_ZONES}


def _abbreviations_joined(chunk: str, spans: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Sentences the segmenter cut after an abbreviation that a figure or the currency's country follows, after a
    title or a word of a name written short that a name follows, or after a clock's "p.m." that a time zone follows,
    joined again ("… budget of Sh. | 45 billion …", "… 2nd Asst. | Chief Jane Roe said.", "… Jane Md. | Roe said.",
    "… at 7 p.m. | ET, she said.", "Velcom Inc. | Thursday announced …" are one sentence; a "No. | 5" the segmenter
    knows already)."""
    pattern, module = _BEFORE_FIGURE.get(lang, _BEFORE_FIGURE["en"]), language(lang)
    title, zone, in_name = _BEFORE_NAME.get(lang), _TIME_ZONE.get(lang), _IN_NAME.get(lang)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            window = max(out[-1][0], out[-1][1] - ABBREVIATION_WINDOW)
            m = pattern.search(chunk, window, out[-1][1])
            rest = chunk[s:e]
            if m and (rest[:1].isdigit() or any(rest.startswith(q) and not rest[len(q):len(q) + 1].isalpha()
                                                for q in module.CURRENCY_QUALIFIERS.get(m.group(1).lower(), ()))) \
                    or _NAME_OR_TITLE_PART.match(rest) and any(
                        p and p.search(chunk, window, out[-1][1]) for p in (title, in_name)) \
                    or zone and zone.match(rest) and _CLOCK_END.search(chunk, window, out[-1][1]) \
                    or _past_verb_after_weekday(rest) and _SHORT_NAME_END.search(chunk, window, out[-1][1]):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


_TAG_VERBS = frozenset(verb.split()[0] for verb in joined("REPORTING_VERBS"))   # "said", "added", "told"


def _past_verb_after_weekday(rest: str) -> bool:
    """"Thursday announced …", "Tuesday said …": a weekday, then a verb of saying or a regular past."""
    m = _WEEKDAY_AND_VERB.match(rest)
    return m is not None and (m["verb"] in _TAG_VERBS or m["verb"].endswith("ed"))


def _tags_joined(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"“We will appeal.” said Jane Roe.": a said-tag after a quotation closed with its own stop, which the segmenter
    cut off as a sentence, goes with the quotation again: a sentence never opens in small letters and a verb of
    saying (``REPORTING_VERBS``; not "“…inquiry.” the statement read", whose tag the quotation's chain reads)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        gap = chunk[out[-1][1]:s].strip() if out else ""
        if gap and all(c in CLOSING + STRAIGHT for c in gap) and chunk[out[-1][1] - 1] in ".!?…" \
                and chunk[s:s + 1].islower() and chunk[s:e].split()[0].strip(",") in _TAG_VERBS:
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


def sentences(doc: Document) -> list[Sentence]:
    """Sentences of the article body, cut further at semicolons; outlets glued to paragraphs' ends left out."""
    split = _split_ru if doc.lang == "ru" else _split_en
    credits = [_GLUED_CREDIT.search(doc.text, max(para.start, para.end - GLUED_CREDIT_WINDOW), para.end)
               for para in doc.body]
    credited = sum(m is not None for m in credits) >= GLUED_CREDITS
    out: list[Sentence] = []
    for index, para in enumerate(doc.body):
        credit = credits[index] if credited else None
        chunk = doc.text[para.start:credit.start("credit") if credit else para.end]
        spans = _tags_joined(chunk, _abbreviations_joined(chunk, split(chunk), doc.lang))
        for s, e in (piece for span in spans for piece in _glued(chunk, *span, doc.lang)):
            e = unsigned_end(chunk, s, e)
            if e is None:
                continue        # the signature of an embedded post alone: furniture, not a sentence
            for clause, (cs, ce) in enumerate(_clauses(chunk, s, e)):
                out.append(Sentence(Span(para.start + cs, para.start + ce), index, clause))
    return out


# An embedded post's signature: its links, a dash, the signer, the handle in brackets and a date
# ("… our words. https://t.co/x — Jane Roe (@janeroe) May 3, 2031"). The signer is the ``name`` group; the date may
# close with the year's abbreviation («3 марта 2031 г.»).
POST_LINK = r"(?:https?://|pic\.twitter\.com/)\S++"
POST_SIGNATURE = re.compile(rf"(?:\s*{POST_LINK})*+\s*[—―–]\s*"   # links: no backtracking
                            r"(?P<name>[^\s()@—―–][^()\n@—―–]{0,60}?)\s*\(@\w{2,}\)"
                            rf"(?P<date>[^.!?\n]{{0,40}}?\s(?:{alternation('YEAR_SUFFIXES')})|[^.!?\n]{{0,40}})")
SIGNATURE_WINDOW = 600   # characters read back from a sentence's end: a signature with its links, and linear


def unsigned_end(chunk: str, s: int, e: int) -> int | None:
    """The end of a sentence without the post signature that closes it (None: the signature is all it has)."""
    m = next((m for m in POST_SIGNATURE.finditer(chunk, max(s, e - SIGNATURE_WINDOW), e) if m.end() == e), None)
    if m is None:
        return e
    return _trim(chunk, s, m.start())[1] if re.search(r"\w", chunk[s:m.start()]) else None


# An aggregator's page credits each paragraph's outlet glued to its last stop, no stop of its own ("… acquitted him
# on Monday.Coastal Wire", "… в понедельник.Вечерний Нордпорт"): on a page where paragraphs end so again and again,
# the outlet is no sentence of the article. The word before the stop is no initial ("сообщил В.Вельмар").
_GLUED_CREDIT = re.compile(r"(?:(?<=\w\w)|(?<=[»”\")]))[.!?](?P<credit>[«„\"]?[A-ZА-ЯЁ][^\s.!?]*(?:[ \t]+[^\s.!?]+){0,2})\s*$")
GLUED_CREDITS = 2          # paragraphs that end so on one page
GLUED_CREDIT_WINDOW = 80   # characters read back from a paragraph's end: the outlet's name, and linear
# A full stop with no space after it: "…, reports RBC.The bank said …", "… «risks».The bank …", "… night.«We stay …"
# (a mark that only opens a quotation; “ and " also close one).
_GLUED_STOP = re.compile(r"(?<=[\w»”\")])[.!?](?=[«„]?[A-ZА-ЯЁ][a-zа-яё]+\b)")
# A reporting cue of the text's language glued after a stop opens a sentence whatever the word before it: "… Вест
# Ньюс.Как отметил …"
_CUE_AFTER_STOP = {code: re.compile(rf"(?:{module.ACCORDING_TO})(?!\w)", re.I)
                   for code, module in LANGUAGES.items() if module.ACCORDING_TO}
_LAST_WORD = re.compile(r"(?:(?<![\w.])(?:[A-ZА-ЯЁ]{2,}|[a-zа-яё]{2,}|\d+)|\w[»”\")])$")


# A site's name ends in its domain after a dot («ИА «Вельск.Ru»», "Vellnews.Com"; SITE_DOMAINS of every language, as
# any text cites sites of any country): no sentence opens there.
_SITE_SUFFIX = re.compile(rf"(?i:{'|'.join(joined('SITE_DOMAINS'))})(?![\w-])")
GLUED_SENTENCE_WORDS = 6   # words before a name glued to a capital that make a sentence of their own
GLUED_CLAUSE_WORDS = 3     # and words after it, to the next stop, that make another
GLUED_WINDOW = 300         # characters read on either side of the stop: enough for those words, and linear
_NEXT_SENTENCE = re.compile(r"[^.!?]*")
_STOP_SPACE = re.compile(r"[.!?]\s")
_NAME_END = re.compile(r"(?<![\w.])[A-ZА-ЯЁ][a-zа-яё]+$")   # a capitalised word, not an initial ("В.В.Вельмар")


def _glued(chunk: str, start: int, end: int, lang: str = "en") -> list[tuple[int, int]]:
    """Cut where a sentence's full stop is glued to the next one's capital: the word before is in one case, a
    number or a closing mark ("RBC.The", "rose.The", "2022.The", "«risks».The"), not a name spelt with a dot
    ("Yandex.Market", a site's domain "Vellnews.Com": ``_SITE_SUFFIX``) or an initial; any word before a
    quotation's opening mark ("Orlov.«We …") or before a reporting cue ("Orlov.According to …"); a name after a
    sentence's worth of words, with a clause after it ("… supplied fuel to Orlov.Velmar demanded a stop.", not
    "Service Romashka.Taxi raised its fares")."""
    pieces, s, cue = [], start, _CUE_AFTER_STOP.get(lang, _CUE_AFTER_STOP["en"])
    for m in _GLUED_STOP.finditer(chunk, start, end):
        if _SITE_SUFFIX.match(chunk, m.end()):
            continue
        if chunk[m.end()] in "«„" or cue.match(chunk, m.end()) \
                or _LAST_WORD.search(chunk, max(s, m.start() - GLUED_WINDOW), m.start()) \
                or _NAME_END.search(chunk, max(s, m.start() - GLUED_WINDOW), m.start()) \
                and len(_STOP_SPACE.split(chunk[max(s, m.start() - GLUED_WINDOW):m.start()])[-1].split()) \
                >= GLUED_SENTENCE_WORDS \
                and len(_NEXT_SENTENCE.match(chunk, m.end(), min(end, m.end() + GLUED_WINDOW)).group().split()) \
                >= GLUED_CLAUSE_WORDS:
            pieces.append((s, m.end()))
            s = m.end()
    return pieces + [(s, end)]


# Where one sentence joins two assertions: "; ", ", and the …", ", while …", ", а …", ", но …".
_JOIN = re.compile(r";\s+|" + "|".join(rf",\s+(?={join})" for join in tables("CLAUSE_JOIN")))
_LEAD = re.compile(rf"(?:{'|'.join(joined('CLAUSE_LEADS'))})\s+", re.I)
_ADDITIVE = re.compile(alternation("ADDITIVE_JOIN"), re.I)
_REPORTED_COMPLEMENT = re.compile(alternation("REPORTED_COMPLEMENT") or "(?!)", re.I)
# a word of saying after the join, with «что» or not («депутаты считают этот срок нереальным»): a report of its own
_REPORTING_WORD = re.compile(rf"(?<!\w)(?:{'|'.join(joined('REPORTING_STEMS')) or '(?!)'})\w*", re.I)
_WORD_AFTER = re.compile(r"\s*(\w+)")
_POINTING_BACK_AFTER_COMMA = re.compile(rf",\s+(?=(?P<reference>(?:{alternation('BACKWARD_REFERENCES')}))(?!\w))", re.I)
# The last item of a list closed by a serial comma ("topics including trade, energy, visas, and the border
# question"): two short items, each after its own comma, just before the join.
_LIST_CLOSER = re.compile(rf"(?:{'|'.join(joined('LIST_CLOSERS'))})\s" if joined('LIST_CLOSERS') else "(?!)", re.I)
_LIST_ITEM_WORDS = 3
_LIST_ITEM = re.compile(rf"[^\s,;:.!?()]+(?:[ \t]+[^\s,;:.!?()]+){{0,{_LIST_ITEM_WORDS - 1}}}")
# An aside or an opening adverb between commas, not a list's item ("The plan, officials said, was delayed, and …",
# "On Monday, however, prices fell, and …"): an aside is a subject with its reporting verb last, so a list's
# "confirmed cases" is still an item.
_NOT_AN_ITEM = re.compile(rf"\b(?:{'|'.join(joined('SENTENCE_ADVERBS')) or '(?!)'})\b"
                          rf"|\w\s+(?:{'|'.join(joined('REPORTING_VERBS')) or '(?!)'})$", re.I)


def _clauses(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut where two full clauses (four words or more each) are joined; not where the join only adds to the clause
    before ("…, а также укрепляют дамбу": the same subject, or a phrase of the same verb), nor inside what a verb of
    saying reports ("X отметил, что A, но B", REPORTED_COMPLEMENT) unless a report of its own follows. A question is
    cut only at a semicolon: "Where will the town find the money, and the staff, to do it?" asks in each of its
    parts."""
    parts, s = [], start
    asking = chunk[start:end].rstrip().rstrip("”»\"").endswith("?")
    bare = None if asking else _bare_comma_join(chunk, start, end)
    if bare:
        parts.append((start, bare.start()))
        s = bare.end()
    for m in _joins(chunk, s, end):
        cut = m.start()
        comma = not m.group().startswith(";")
        closer = _LIST_CLOSER.match(chunk, m.end())
        if _ADDITIVE.match(chunk, m.end()) or asking and comma \
                or comma and _REPORTED_COMPLEMENT.search(chunk, s, cut) \
                and not _REPORTING_WORD.search(chunk, m.end(), end) and not _own_subject(chunk, m.end(), end) \
                or closer and (_list_before(chunk[s:cut]) or _names_listed(chunk[s:cut], chunk[closer.end():end])):
            continue
        if len(chunk[s:cut].split()) >= 4 and len(chunk[m.end():end].split()) >= 4 \
                and _balanced(chunk[s:cut]):
            parts.append((s, cut))
            lead = _LEAD.match(chunk[m.end():end])
            s = m.end() + (lead.end() if lead and len(chunk[m.end() + lead.end():end].split()) >= 4 else 0)
    parts.append((s, end))
    return [(a, b) for a, b in (_trim(chunk, a, b) for a, b in parts) if b > a]


def _joins(chunk: str, start: int, end: int) -> list[re.Match]:
    """Where clauses join (``_JOIN``), and where a clause that points back to name who said what came before begins
    after a comma, when no word of saying follows the reference («…, поскольку народ против, такое заявление сделал
    X»: cut there, the reference names X as the speaker of the clause before, as a sentence opened so does; «…, об
    этом вчера заявил X» stays one sentence, its verb of saying read where it stands)."""
    joins = list(_JOIN.finditer(chunk, start, end))
    for m in _POINTING_BACK_AFTER_COMMA.finditer(chunk, start, end):
        if not _REPORTING_WORD.search(chunk, m.end("reference"), end) and all(j.start() != m.start() for j in joins):
            joins.append(m)
    return sorted(joins, key=re.Match.start)


_FIRST_COMMA = re.compile(r"[,;:]\s+")
_CYRILLIC_WORDS = re.compile(r"[а-яё]+(?:-[а-яё]+)*", re.I)
_TO_PUNCTUATION = re.compile(r"[^,;:()«»\"“”—–.!?]*")
_OPENING_PARTS_OF_SPEECH = {"PREP", "CONJ"}   # «По данным …, », «Если …, », «Как …, »: no main clause first
_FINITE_PARTS_OF_SPEECH = {"VERB", "PRTS", "ADJS"}      # «прошли», «закрыт», «готов»
_SUBJECT_MODIFIERS = {"ADJF", "PRTF", "NPRO"}           # «некоторые этапы», «все машины»
SUBJECT_VERB_WINDOW = 5   # words after the subject's noun in which its verb comes
# Words each side of a bare comma for two clauses: fewer is a short phrase («Вчера утром, …»), an address or a list
# item, no clause with a subject and a verb of its own.
BARE_COMMA_CLAUSE_WORDS = 4
_SUBORDINATING_OPENERS = {opener.lower() for opener in joined("SUBORDINATING_OPENERS")}


def _bare_comma_join(chunk: str, start: int, end: int) -> re.Match | None:
    """A Russian sentence's first comma joining two main clauses with no conjunction, each with a finite verb and
    the second with its own subject in the nominative («Все машины прошли проверку, водители знают дорогу наизусть»,
    «…, ведутся переговоры»): two assertions. Not after an opening conjunction or preposition («Если …, », «По
    данным …, ») or subordinating word («Раз …, », «Стоило …, », «Как только …, »), nor after a verb of saying,
    whose report may follow without «что»."""
    m = _FIRST_COMMA.search(chunk, start, end)
    if m is None or m.group()[0] != ",":
        return None
    before = _CYRILLIC_WORDS.findall(chunk, start, m.start())
    after = _CYRILLIC_WORDS.findall(_TO_PUNCTUATION.match(chunk, m.end(), end).group())
    if len(before) < BARE_COMMA_CLAUSE_WORDS \
            or len(_CYRILLIC_WORDS.findall(chunk, m.end(), end)) < BARE_COMMA_CLAUSE_WORDS \
            or not _balanced(chunk[start:m.start()]) or _REPORTING_WORD.search(chunk, start, m.start()) \
            or before[0].lower() in _SUBORDINATING_OPENERS or " ".join(before[:2]).lower() in _SUBORDINATING_OPENERS:
        return None
    tags = [morph().parse(word)[0].tag for word in before]
    if tags[0].POS in _OPENING_PARTS_OF_SPEECH or not any(tag.POS in _FINITE_PARTS_OF_SPEECH for tag in tags):
        return None
    return m if _subject_then_verb(after) or _reflexive_verb_then_subject(after) else None


def _nominative(word: str) -> tuple[str, list]:
    """A word's likeliest part of speech and its nominative readings of that part («работы»: also the genitive)."""
    parses = morph().parse(word)
    part = parses[0].tag.POS
    return part, [p for p in parses if p.tag.POS == part and "nomn" in p.tag]


def _subject_then_verb(words: list[str]) -> bool:
    """A noun in the nominative, after its modifiers, and a finite verb soon after it («некоторые этапы сокращаются»)."""
    for i, word in enumerate(words):
        part, nominative = _nominative(word)
        if not nominative or part not in _SUBJECT_MODIFIERS | {"NOUN"}:
            return False
        if part == "NOUN":
            return any(morph().parse(verb)[0].tag.POS in _FINITE_PARTS_OF_SPEECH
                       for verb in words[i + 1:i + 1 + SUBJECT_VERB_WINDOW])
    return False


def _reflexive_verb_then_subject(words: list[str]) -> bool:
    """A reflexive verb first and its subject after it, in the same number («ведутся переговоры», «восстанавливаются
    школы»), as Russian puts it; a verb of saying there is a said-tag («…, отмечается в сообщении»)."""
    if not words or not words[0].lower().endswith(("ся", "сь")) or _REPORTING_WORD.match(words[0]):
        return False
    verb = morph().parse(words[0])[0].tag
    if verb.POS != "VERB":
        return False
    for word in words[1:]:
        part, nominative = _nominative(word)
        if not nominative or part not in _SUBJECT_MODIFIERS | {"NOUN"}:
            return False
        if part == "NOUN":
            return any(p.tag.number == verb.number for p in nominative)
    return False


def _own_subject(chunk: str, i: int, end: int) -> bool:
    """A new subject right after the join's lead, a name or a plural noun («…, а жители Орлова против»): a clause
    of its own, not more of what the verb of saying reports («…, а значит …», «…, и они …»)."""
    lead = _LEAD.match(chunk, i, end)
    word = _WORD_AFTER.match(chunk, lead.end() if lead else i, end)
    if word is None:
        return False
    tag = morph().parse(word.group(1))[0].tag
    return word.group(1)[0].isupper() or tag.POS == "NOUN" and "plur" in tag and "nomn" in tag


def _list_before(text: str) -> bool:
    """Two short items after their own commas close the text, and a first one before them that does not open the
    clause ("… touched on grain exports, fishing quotas, rail tariffs, and …"); no item an aside or an adverb."""
    *first, one, two = text.split(",") if text.count(",") >= 2 else ("", "", "")
    items = [one.strip(), two.strip()]
    if not all(item and _LIST_ITEM.fullmatch(item) for item in items) or any(map(_NOT_AN_ITEM.search, items)):
        return False
    head = first[-1].split()
    return bool(head) and not _NOT_AN_ITEM.search(" ".join(head[-_LIST_ITEM_WORDS:])) \
        and (len(first) > 1 and bool(_LIST_ITEM.fullmatch(" ".join(head))) or len(head) > _LIST_ITEM_WORDS)


_NAME_ITEM = re.compile(r"[A-ZА-ЯЁ][\w’'.-]*(?:[ \t]+[A-ZА-ЯЁ][\w’'.-]*){0,2}")


def _names_listed(before: str, after: str) -> bool:
    """A list of three names or more closed by a serial comma ("… to Ruritania, Borealia, and Tarnia during …"): a
    name after its own comma, a capitalised word before that comma and one after the closer; no clause joined."""
    if "," not in before:
        return False
    *first, item = before.split(",")
    head = first[-1].split()
    return bool(head) and head[-1][:1].isupper() and bool(_NAME_ITEM.fullmatch(item.strip())) \
        and after.lstrip()[:1].isupper()


def _balanced(text: str) -> bool:
    """Not inside a quotation that the cut would break open."""
    opened = sum(text.count(c) for c in OPENING) + text.count(STRAIGHT) % 2
    closed = sum(text.count(c) for c in CLOSING)
    return opened <= closed


def _trim(chunk: str, s: int, e: int) -> tuple[int, int]:
    while s < e and chunk[s].isspace():
        s += 1
    while e > s and chunk[e - 1].isspace():
        e -= 1
    return s, e


def quote_regions(doc: Document) -> list[QuoteRegion]:
    """Quoted text, marks excluded.

    A quotation left open at the end of a paragraph either continues in the next
    paragraph, or, when that paragraph opens with a mark of its own (the English
    convention for a long quotation), ends there and reopens in the same chain.
    A quotation never closed ends with the paragraph it opened in, so one stray
    mark cannot swallow the rest of the article.
    """
    text = _one_char_marks(doc.text)
    regions: list[QuoteRegion] = []
    open_at: int | None = None
    open_para, chain, chains = -1, 0, 0
    goes_on = -1                  # the paragraph up to which an open quotation is known to go on
    paras = doc.body
    for pi, para in enumerate(paras):
        if open_at is not None and pi > max(open_para, goes_on) and not _opens_with_mark(text, para):
            goes_on = _continued(text, paras, pi)
            if goes_on < 0:
                regions.append(QuoteRegion(Span(open_at, paras[pi - 1].end), chain))
                open_at = None
        if open_at is not None and _opens_with_mark(text, para):
            regions.append(QuoteRegion(Span(open_at, paras[pi - 1].end), chain))
            open_at, open_para = para.start + _mark_width(text, para.start), pi
            continue_from = open_at
        else:
            continue_from = para.start
        single: int | None = None     # ‘…’ outside double quotes; ’ alone is an apostrophe
        nested = 0                    # quotations opened inside the open one ("… "Vostok" …"), in this paragraph
        for i in (m.start() for m in _QUOTE_MARK.finditer(text, continue_from, para.end)):
            ch = text[i]
            if ch == PAIRED_HALF:
                continue   # the first half of a mark typed as two ("``", "''"): the second one stands for both
            if open_at is not None and i > open_at and (ch in OPENING + CLOSING + STRAIGHT and _last_in(text, i, para.end)
                                                        or _opening_before_tag(text, i, para.end)
                                                        or nested and _closes_all(text, i, para.end)):
                # "… possible. “" at the end; "АО "Завод "X", —"
                regions.append(QuoteRegion(Span(open_at, _mark_start(text, i)), chain))
                open_at, nested = None, 0
            elif open_at is not None and i >= open_at and _opens_inside(text, i, para.end):
                nested += 1
            elif nested and (ch in CLOSING or ch == STRAIGHT or ch == "“"):
                nested -= 1
            elif ch == "‘" and open_at is None and (i == para.start or text[i - 1] in " (\t—―–-") \
                    and i + 1 < para.end and text[i + 1].isalnum():
                single = i + 1
            elif ch == "'" and single is None and open_at is None and _opens_straight_single(text, i, para):
                single = i + 1
            elif ch in "’'" and single is not None and open_at is None and i > single \
                    and (i + 1 == para.end or not text[i + 1].isalnum()) \
                    and (ch == "’" or text[i - 1] in ",.!?"):
                chains += 1
                regions.append(QuoteRegion(Span(single, i), chains))
                single = None
            elif open_at is None and ch in OPENING + STRAIGHT and (_last_in(text, i, para.end)
                                                                   or ch == STRAIGHT and _closes_all(text, i, para.end)):
                continue  # a mark with nothing quoted after it, or a straight one closing a word, opens nothing
            elif (ch in OPENING or _closing_mark_opening(text, i, para) or _doubled_single_opening(text, i, para)) \
                    and open_at is None:
                if ch == "“" and doc.lang == "ru" and _after_word(text, i):
                    continue  # „…“ style: “ closes, nothing open to close
                chains += 1
                open_at, open_para, chain = i + 1, pi, chains
            elif (ch in CLOSING or ch == STRAIGHT or (ch == "“" and _after_word(text, i))) \
                    and open_at is not None:
                if _mark_start(text, i) > open_at:
                    regions.append(QuoteRegion(Span(open_at, _mark_start(text, i)), chain))
                open_at = None
            elif ch == STRAIGHT and open_at is None:
                chains += 1
                open_at, open_para, chain = i + 1, pi, chains
    if open_at is not None:
        end = paras[open_para].end
        if end > open_at:
            regions.append(QuoteRegion(Span(open_at, end), chain))
    return sorted(regions, key=lambda r: (r.span.start, r.span.end))


def _opens_straight_single(text: str, i: int, para: Span) -> bool:
    """'Rain is coming,' X said. 'Stay home.': a straight single mark opens a quotation where it starts the
    paragraph or follows a space and a capital comes right after it; an apostrophe never stands so ("the
    farmers' union", "'90s"). It closes after a sentence's punctuation only (``quote_regions``)."""
    return (i == para.start or text[i - 1] in " (\t—―–-") and i + 1 < para.end and text[i + 1].isupper()


def _opens_inside(text: str, i: int, end: int) -> bool:
    """A mark that opens a quotation inside an open one: „ or « (closed by “ or »), or a straight mark after a
    space and before a word, as a name in quotation marks within a quotation is written, when two more straight
    marks in the paragraph close both, or the next one closes both at once ("… СИЗО "X", — said Y"), or closes the
    capitalised name it opens, the open quotation going on past it to a mark or the paragraph's end ("… проекта
    "Путь мира" (дорога …"; else it is the open one's closing mark, typed after a space); a straight mark right
    after the outer one's opening mark («"…". …»), which it cannot close with nothing quoted, opens too. So does “
    before a word when two ” after it close both (“… в дирекциях “Вектора” в апреле …”, a name quoted with the
    quotation's own marks)."""
    ch = text[i]
    if ch in "„«‹" or ch == STRAIGHT and text[i - 1] in "«„" and i + 1 < end and text[i + 1].isalnum():
        return True
    if ch == "“" and text[i - 1] in " \t(" and i + 1 < end and text[i + 1].isalnum():
        return text.count("”", i + 1, end) >= 2
    if not (ch == STRAIGHT and text[i - 1] in " \t(" and i + 1 < end and text[i + 1].isalnum()):
        return False
    after = text.count(STRAIGHT, i + 1, end)
    if after != 1:
        return after >= 2
    closing = text.index(STRAIGHT, i + 1, end)
    # a capitalised name whose own mark closes it, glued to its last word: the open quotation goes on after it
    return _closes_all(text, closing, end) or text[i + 1].isupper() and _after_word(text, closing)


def _last_in(text: str, i: int, end: int) -> bool:
    """A mark with nothing but spaces after it in its paragraph: it closes what is open and opens nothing."""
    return not text[i + 1:end].strip()


# A said-tag after a quotation: a comma or a full stop, a dash, the tag ("…", — сказал X; "…". - X said)
_TAG_AFTER = re.compile(r"[,.!?…]*\s*[—―–-]\s")
_PUNCTUATED_TAG_AFTER = re.compile(r"[,.!?…]+\s*[—―–-]\s")


def _opening_before_tag(text: str, i: int, end: int) -> bool:
    """An opening mark typed where the closing one belongs, right before a said-tag's comma and dash ("… „, -
    сказала X"), or after the quotation's last comma or stop and before a tag in small letters with no mark after it
    to close anything ("…, “the ministry added."): it closes what is open, as nothing quoted follows it."""
    return text[i] in OPENING and (bool(_PUNCTUATED_TAG_AFTER.match(text, i + 1, end))
                                   or i + 1 < end and text[i + 1].islower() and _after_punctuated_words(text, i)
                                   and not any(mark in text[i + 1:end] for mark in CLOSING + STRAIGHT + "“"))


def _after_punctuated_words(text: str, i: int) -> bool:
    """A mark after a space that follows a word's comma or stop, where a quotation's words end ("… children, “")."""
    return bool(_PUNCTUATED_BEFORE.search(text, max(0, i - TAG_GAP), i))


_PUNCTUATED_BEFORE = re.compile(r"\w[,.!?…]\s+$")
TAG_GAP = 5   # characters read back from a mark for the word and punctuation before it


def _closes_all(text: str, i: int, end: int) -> bool:
    """A mark glued to the word before it and followed by a said-tag's dash or by the paragraph's end closes every
    quotation open, the inner ones with the outer ("АО "Завод "X"", written with one mark): no quotation opens
    there."""
    return text[i] in CLOSING + STRAIGHT and _after_word(text, i) \
        and (bool(_TAG_AFTER.match(text, i + 1, end)) or not text[i + 1:end].strip(" .,!?…"))


def _continued(text: str, paras: list[Span], pi: int) -> int:
    """Up to which paragraph a quotation left open at the end of the paragraph before goes on (-1: it does not go
    on into paragraph ``pi``): the next paragraph with a quotation mark in it must close it, by a closing mark
    first ("… the ministry said.") or one closing mark more than it opens ("… «X» …», — said Y"), or one written
    for both (``_closes_both_at_tag``); one that opens a quotation first and closes it shows the one open was never
    closed, and the paragraphs between are the article's."""
    for k in range(pi, len(paras)):
        marks = _marks(text, paras[k])
        if marks:
            return k if marks[0] == "close" or marks.count("close") > marks.count("open") \
                or marks == ["open", "close"] and _closes_both_at_tag(text, paras[k]) else -1
    return -1


def _closes_both_at_tag(text: str, para: Span) -> bool:
    """"… подумал: «Почему не быстрее?» — сказал X": the paragraph's one closing mark comes after a quoted
    sentence's own stop and before a said-tag, written once for the quotation inside and the one around it."""
    close = max(text.rfind(mark, para.start, para.end) for mark in CLOSING)
    return close > para.start and text[close - 1] in ".!?…" and _TAG_AFTER.match(text, close + 1, para.end) is not None


def _marks(text: str, para: Span) -> list[str]:
    """Each quotation mark of a paragraph read as opening or closing (single marks, apostrophes mostly, left out):
    a straight mark opens when it stands before a word and another one after it closes it, so one typed after a
    space with none after it closes (", "the minister concluded")."""
    out = []
    for i in range(para.start, para.end):
        ch = text[i]
        if ch in CLOSING:
            out.append("close")
        elif ch in OPENING + STRAIGHT:
            closes = (ch == STRAIGHT or ch == "“") and _after_word(text, i) or _last_in(text, i, para.end) \
                or ch == STRAIGHT and STRAIGHT not in text[i + 1:para.end] or _opening_before_tag(text, i, para.end)
            out.append("close" if closes else "open")
    return out


def _opens_with_mark(text: str, para: Span) -> bool:
    first = para.start + _mark_width(text, para.start) - 1   # the mark itself, past the first half of a doubled one
    return text[first] in OPENING + STRAIGHT or _closing_mark_opening(text, first, para)


def _closing_mark_opening(text: str, i: int, para: Span) -> bool:
    """"…, said: ” The ferry is late.”": a closing double mark typed where the opening one belongs, opening the
    paragraph or after a space, with one more after it in the paragraph to close what it opens."""
    return text[i] == "”" and not _after_word(text, i) and i + 1 < para.end and not text[i + 1:para.end].isspace() \
        and "”" in text[i + 1:para.end]


def _doubled_single_opening(text: str, i: int, para: Span) -> bool:
    """"‘’The ferry is late.”": two single marks typed for an opening double one, the second at ``i``, opening the
    paragraph or after a space, a word right after; not when two single marks come before any ” after it
    ("‘‘The ferry is late,’’ said X. … Y said: “…”": they close it, and nothing closes a quotation so opened)."""
    if not (text[i] in "‘’" and i - 1 >= para.start and text[i - 1] == "‘" and not _after_word(text, i - 1)
            and i + 1 < para.end and text[i + 1].isalnum()):
        return False
    single, double = text.find("’’", i + 1, para.end), text.find("”", i + 1, para.end)
    return single < 0 or 0 <= double < single


def _after_word(text: str, i: int) -> bool:
    """A mark glued to the end of a word or punctuation closes rather than opens."""
    i = _mark_start(text, i)
    return i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(«„“-—―–"


# Double quotation marks typed as two characters, as older wire copy does (``…'' and ''…''): the mark each stands for
DOUBLED_MARKS = {"``": "“", "''": STRAIGHT}
_DOUBLED_MARK = re.compile("|".join(map(re.escape, DOUBLED_MARKS)))
PAIRED_HALF = "\x00"   # the first half of a doubled mark, in the text ``quote_regions`` reads (ingest drops NULs)
# The characters ``quote_regions`` reads (marks, apostrophes, halves of doubled marks): every other character
# leaves what is open as it is, so a paragraph is read from one of them to the next.
_QUOTE_MARK = re.compile("[" + re.escape(OPENING + CLOSING + STRAIGHT + "‘’'" + PAIRED_HALF) + "]")


def _one_char_marks(text: str) -> str:
    """The text with each doubled mark read as the one it stands for, its first half set apart, offsets kept."""
    return _DOUBLED_MARK.sub(lambda m: PAIRED_HALF + DOUBLED_MARKS[m.group()], text)


def _mark_width(text: str, i: int) -> int:
    """How many characters the mark at ``i`` takes: two for a doubled one read as one."""
    return 2 if text[i] == PAIRED_HALF else 1


def _mark_start(text: str, i: int) -> int:
    """Where the mark whose (last) character is at ``i`` starts."""
    return i - 1 if i > 0 and text[i - 1] == PAIRED_HALF else i


@lru_cache(maxsize=8)
def title_cased(text: str) -> bool:
    """Nearly every word of four letters or more capitalised (a preposition such as "with" may not be), as English
    headlines are written, and no sentence's mark at the end: a headline, whose capitals tell nothing of names or of
    model numbers (claims and figures read it so)."""
    long_words = re.findall(r"[^\W\d_]{4,}", text)
    return len(long_words) >= TITLE_CASE_WORDS and not re.search(r"[.!?…;:,\"”»“]$", text.strip()) \
        and sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)


TITLE_CASE_WORDS = 4
TITLE_CASE_SHARE = 0.8
