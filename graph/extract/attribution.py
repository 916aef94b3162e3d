"""Who asserts a sentence: quotation speakers, reporting verbs, "according to".

The speaker of a frame is the entity nearest to its reporting verb, on its
left ("Putin said that ...") or right ("..., said Putin", "— сказал он").
Pronouns and generic nouns ("he", "the ministry", "the statement",
"президент") resolve to the last entity of a fitting kind that spoke or was
named before them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..lang import LANGUAGES, alternation, en, joined, language, merged, ru, tables
from ..model import Mention, MentionIndex, Span, outermost
from ..nlp import Word

SPEAKER_TYPES = {"Person", "Organization", "Country", "Group"}
_ANAPHOR_HEADS, _DEMONYMS = merged("ANAPHOR_HEADS"), merged("DEMONYMS")
_PRONOUN_GENDER, _SUBJECT_PRONOUNS = merged("PRONOUN_GENDERS"), joined("SUBJECT_PRONOUNS")
_SPEECH_LEMMAS = frozenset(joined("SPEECH_LEMMAS"))
_AS_SAYING_LEMMAS = frozenset(joined("SPEECH_LEMMAS")) | frozenset(joined("RELAY_LEMMAS"))
_VERB_EN = re.compile(r"\b(?:%s)\b" % "|".join(sorted((re.escape(v) for v in en.REPORTING_VERBS),
                                                         key=len, reverse=True)), re.I)
_VERB_RU = re.compile(r"(?<![а-яё])(?:%s)[а-яё]*" % "|".join(ru.REPORTING_STEMS), re.I)
_ACCORDING = re.compile(rf"(?<!\w)(?:{alternation('ACCORDING_TO')})(?!\w)", re.I)
# "according to him", "по его словам": the pronoun stands for the last person who spoke or was named
_ACCORDING_PRONOUN = re.compile(rf"(?<!\w)(?:{alternation('ACCORDING_TO_PRONOUN')})(?!\w)", re.I)
_ACCORDING_SUBJECT = joined("ACCORDING_TO_SUBJECT")
_CITING = re.compile(rf"(?<!\w)(?:{'|'.join(joined('CITING'))})(?!\w)", re.I)
_AS_SAYING = {module: re.compile(rf"\b(?:{module.AS_SAYING})\b", re.I) for module in LANGUAGES.values()
              if module.AS_SAYING}
_PERSON = re.compile(rf"(?:{alternation('ANAPHOR_PERSON')})", re.I)
_DOCUMENT = re.compile(rf"(?:{alternation('ANAPHOR_DOCUMENT')})", re.I)
_ANAPHOR = re.compile(rf"(?<!\w)((?:{alternation('ANAPHOR_DOCUMENT')})|(?:{alternation('ANAPHOR_ORG')})|(?:{alternation('ANAPHOR_PERSON')}))(?!\w)", re.I)
_STATEMENT_ALT = "|".join(joined("STATEMENT_NOUNS"))
_ISSUED_AFTER = re.compile(
    "^(?:%s)" % "|".join(cue.format(statement=_STATEMENT_ALT) for cue in joined("ISSUED_STATEMENT")), re.I)
_ISSUED_BEFORE = re.compile(
    "(?:%s)$" % "|".join(cue.format(statement=_STATEMENT_ALT) for cue in tables("STATEMENT_OF")), re.I)
_BARRIER = re.compile(rf"[“”«»\"„;:]|,\s+(?:{'|'.join(joined('CLAUSE_BARRIERS'))})\b|\.\s")


@dataclass
class Discourse:
    """What the text has said so far: who spoke last, whom it named last."""

    types: dict[str, str]
    labels: dict[str, str] = field(default_factory=dict)     # English labels, for "the ministry"
    last_speaker: str | None = None
    last_person: str | None = None
    last_org: str | None = None
    statement_author: str | None = None   # who issued the statement "the statement said" means
    salience: dict[str, int] = field(default_factory=dict)   # mentions and claims so far
    titles: dict[str, set[str]] = field(default_factory=dict)  # words said of a person: "ambassador"
    roles: dict[str, list[str]] = field(default_factory=dict)   # registry titles, lowercased
    recency: dict[str, int] = field(default_factory=dict)    # when each was last seen
    genders: dict[str, str] = field(default_factory=dict)    # "masc"/"femn" where a name tells
    base_forms: dict[str, set[str]] = field(default_factory=dict)   # Russian names in the nominative
    clock: int = 0

    def _note(self, key: str, weight: int) -> None:
        self.clock += 1
        self.salience[key] = self.salience.get(key, 0) + weight
        self.recency[key] = self.clock

    def saw(self, mentions: list[Mention], text: str = "", sentence: Span | None = None) -> None:
        previous_person = sentence.start if sentence else 0
        for m in mentions:
            if not self.salience and self.types.get(m.entity) == "Person":
                self._note(m.entity, 2)          # the first person named leads the story
            self._note(m.entity, 1)
            kind = self.types.get(m.entity)
            if kind == "Person":
                self.last_person = m.entity
                # what the text calls the person: words since the sentence's previous person, and an apposition
                window = text[max(previous_person, m.span.start - 120):m.span.start].split()[-10:]
                before = " ".join(window) + " " + text[m.span.start:m.span.end]
                after = _APPOSITION_AFTER.match(text[m.span.end:m.span.end + 90])
                self.titles.setdefault(m.entity, set()).update(_title_words(before + " " + (after.group() if after else "")))
                previous_person = m.span.end
            elif kind in ("Organization", "Group"):
                self.last_org = m.entity

    def spoke(self, speaker: str | None) -> None:
        if speaker:
            self._note(speaker, 1)
            self.last_speaker = speaker
            if self.types.get(speaker) == "Person":
                self.last_person = speaker
            elif self.types.get(speaker) in ("Organization", "Group", "Country"):
                self.last_org = speaker

    def saw_statement(self, text: str, span: Span, mentions: list[Mention]) -> None:
        """Remember who issued a statement: "X issued a statement", "X's statement", "в заявлении X"."""
        chunk = text[span.start:span.end]
        for m in mentions:
            if self.types.get(m.entity) not in SPEAKER_TYPES:
                continue
            after = chunk[m.span.end - span.start:m.span.end - span.start + 120]
            before = chunk[max(0, m.span.start - span.start - 80):m.span.start - span.start]
            if _ISSUED_AFTER.match(after) or _ISSUED_BEFORE.search(before):
                self.statement_author = m.entity
                return

    def resolve(self, anaphor: str, gender: str | None = None) -> str | None:
        """The entity a pronoun or generic noun stands for; ``gender`` from the verb ("заявила")."""
        a = anaphor.lower()
        if _DOCUMENT.fullmatch(a) and self.statement_author:
            return self.statement_author
        if _PERSON.fullmatch(a):
            gender = gender or _PRONOUN_GENDER.get(a)
            fitting = self._fitting_person(a)
            if fitting and self._fits(fitting, gender):
                return fitting
            return self.resolve_person(gender)
        head = next((h for cue, h in _ANAPHOR_HEADS.items() if cue in a), None)
        if head:  # "the ministry": the most talked-about ministry so far
            fitting = [k for k in self.salience if self.types.get(k) in ("Organization", "Group")
                       and head in self.labels.get(k, "").lower()]
            if fitting:
                return max(fitting, key=lambda k: (self.salience[k], self.recency[k]))
        if self.last_speaker and self.types.get(self.last_speaker) in ("Organization", "Group", "Country"):
            return self.last_speaker
        return self.last_org


    def resolve_person(self, gender: str | None = None) -> str | None:
        """A personal pronoun: the last speaker if a person of its gender, else the latest such person named."""
        if self.last_speaker and self.types.get(self.last_speaker) == "Person" and self._fits(self.last_speaker, gender):
            return self.last_speaker
        people = [k for k in self.recency if self.types.get(k) == "Person" and self._fits(k, gender)]
        return max(people, key=lambda k: self.recency[k]) if people else None

    def _fits(self, key: str, gender: str | None) -> bool:
        return not gender or self.genders.get(key) in (None, gender)

    def resolve_collective(self, pronoun: str) -> str | None:
        """"it said", "they added": the organisation that spoke or was named last; "I", "we": the last speaker."""
        if pronoun in _FIRST_PERSON_SUBJECTS:
            return self.statement_author or self.last_speaker
        if self.last_speaker and self.types.get(self.last_speaker) in ("Organization", "Group", "Country"):
            return self.last_speaker
        return self.last_org

    def nominative(self, mention: Mention, text: str) -> bool:
        """Can be a Russian subject: the registry's own (nominative) name, or a nominative parse."""
        surface = text[mention.span.start:mention.span.end].lower().replace("ё", "е")
        return surface in self.base_forms.get(mention.entity, ()) or _nominative(surface)

    def _fitting_person(self, anaphor: str) -> str | None:
        """"The Ambassador", "the head of state", "пресс-секретарь": the most talked-about person
        the text has called that, or whose registry titles say so. Pronouns fit anyone."""
        words = _title_words(anaphor)
        if not words:
            return None
        phrase = re.sub(r"^(?:the|a)\s+", "", anaphor)
        fitting = [k for k in self.salience if self.types.get(k) == "Person"
                   and (words <= self.titles.get(k, set()) or any(phrase in r for r in self.roles.get(k, ())))]
        return max(fitting, key=lambda k: (self.salience[k], self.recency[k])) if fitting else None


_TITLE_STEM = re.compile(r"[^\W\d_]{4,}", re.U)
_NOT_TITLE = set(joined("NOT_TITLE_WORDS")) | set(joined("COMMON_TITLES"))
_APPOSITION_AFTER = re.compile(rf",\s+(?:{'|'.join(joined('ARTICLES'))})?\s*[^,.;]{{1,80}}")
_FIRST_PERSON_SUBJECTS, _GROUP_SUBJECTS = joined("FIRST_PERSON_SUBJECTS"), joined("GROUP_SUBJECTS")


def _title_words(text: str) -> set[str]:
    """Content words, Russian ones cut to a stem so "послом" and "посол" meet."""
    out = set()
    for w in _TITLE_STEM.findall(text.lower()):
        if w in _NOT_TITLE:
            continue
        out.add(w[:5] if re.search(r"[а-яё]", w) else w.rstrip("s"))
    return out


@dataclass(frozen=True, slots=True)
class Frame:
    speaker: str
    rule: str            # according_to, verb_left, verb_right, as_saying, anaphor
    verb: Span
    at_end: bool         # the frame closes what it reports ("..., Putin said.", "..., — сказал он")
    subject: Span | None = None   # where the speaker is named, when it is
    after_assertion: bool = False  # the frame follows a comma after the assertion, however long it is
    via: tuple[str, ...] = ()      # outlets that passed the claim on, outermost first ("quoted by TASS")


def verbs(text: str, span: Span, lang: str) -> list[Span]:
    """Reporting verbs in the span; Russian ones must parse as verbs ("заявил", not "заявление")."""
    pattern = _VERB_RU if lang == "ru" else _VERB_EN
    chunk = text[span.start:span.end]
    return [Span(span.start + m.start(), span.start + m.end()) for m in pattern.finditer(chunk)
            if lang != "ru" or _verbal(m.group())]


def _verbal(word: str) -> bool:
    from ..link import morph

    return any(p.tag.POS in ("VERB", "INFN", "GRND", "ADJS", "PRTS") for p in morph().parse(word)[:2])


def find_frame(text: str, span: Span, lang: str, mentions: MentionIndex, discourse: Discourse,
               outside: list[Span], publisher: str | None = None, words: tuple[Word, ...] = ()) -> Frame | None:
    """The reporting frame of one sentence, if it has one outside quotations.

    When an outlet passes the claim on ("…, X said, quoted by TASS"; "…, пишет
    ТАСС"), the frame of the rest of the sentence names who made the claim and
    the outlet becomes a relay (``Frame.via``); with no other frame, the outlet speaks.
    """
    relay = _relay_clause(text, span, mentions, discourse, outside)
    if relay is not None:
        clause, relays = relay
        inner = _frame(text, span, lang, mentions, discourse, outside, publisher, words, skip=clause)
        if inner is not None and inner.speaker not in relays:
            return replace(inner, via=relays)
        if inner is None:   # "…, пишет ТАСС" and nobody else: the outlet's own report
            return Frame(relays[0], "relay", clause, True)
    return _frame(text, span, lang, mentions, discourse, outside, publisher, words)


# "quoted by TASS", "as cited by Reuters"; "…, Reuters reported."; "…, передает ТАСС"; ", according to AFP."
_RELAY_BY = re.compile(rf"(?<!\w)(?:{alternation('RELAYED_BY')})\s+", re.I)
_RELAY_TRAILER = re.compile(
    rf"[,;]\s*(?:[—–-]\s*)?(?:(?:{alternation('RELAY_BEFORE_SOURCE')})\s+(?P<after>[^,;]{{1,80}}?)"
    rf"|(?P<before>[^,;]{{1,60}}?)\s+(?:{alternation('RELAY_AFTER_SOURCE')}))\s*[.!]?\s*$", re.I)


def _relay_clause(text: str, span: Span, mentions: MentionIndex, discourse: Discourse,
                  outside: list[Span]) -> tuple[Span, tuple[str, ...]] | None:
    """The clause by which outlets pass a claim on, and those outlets in text order."""
    chunk = text[span.start:span.end]

    def named(start: int, end: int) -> tuple[str, ...]:
        found = [m.entity for m in mentions.within(Span(start, end))
                 if discourse.types.get(m.entity) in ("Organization", "Group", "Person")]
        return tuple(dict.fromkeys(found))

    for m in _RELAY_BY.finditer(chunk):
        start = span.start + m.start()
        if not any(o.start <= start < o.end for o in outside):
            continue
        stop = re.search(r"[,.;:]", chunk[m.end():])
        end = span.start + m.end() + (stop.start() if stop else len(chunk) - m.end())
        relays = named(span.start + m.end(), end)
        if relays:
            comma = chunk.rfind(",", 0, m.start())
            lead = span.start + comma if comma >= 0 and m.start() - comma < 4 else start
            return Span(lead, end), relays
    m = _RELAY_TRAILER.search(chunk)
    if m and any(o.start <= span.start + m.start() < o.end for o in outside):
        group = "after" if m.group("after") else "before"
        relays = named(span.start + m.start(group), span.start + m.end(group))
        if relays:
            return Span(span.start + m.start(), span.end), relays
    return None


def _frame(text: str, span: Span, lang: str, mentions: MentionIndex, discourse: Discourse,
           outside: list[Span], publisher: str | None = None, words: tuple[Word, ...] = (),
           skip: Span | None = None) -> Frame | None:
    """The frame of the sentence outside ``skip`` (a relay clause).

    With a dependency parse (``words``), the subject of a verb of saying speaks;
    the phrasings below are for sentences the parse does not settle.
    """
    speakers = [m for m in mentions.within(span) if discourse.types.get(m.entity) in SPEAKER_TYPES
                and not (skip and skip.contains(m.span))]
    speakers = outermost(speakers)
    chunk = text[span.start:span.end]

    def free(pos: int) -> bool:
        return any(o.start <= pos < o.end for o in outside) and not (skip and skip.start <= pos < skip.end)


    for m in _CITING.finditer(chunk):   # "ТАСС со ссылкой на МИД", "citing the ministry": the cited speaks
        pos = span.start + m.end()
        comma = re.search(r"[,;:—–]", text[pos:min(span.end, pos + 80)])
        cited = [s for s in speakers if pos <= s.span.start < (pos + comma.start() if comma else pos + 80)]
        if cited and free(span.start + m.start()):
            outlets = tuple(dict.fromkeys(s.entity for s in speakers if s.span.end <= span.start + m.start()
                                          and s.entity != cited[0].entity))[-1:]
            return Frame(cited[0].entity, "according_to", Span(span.start + m.start(), pos), False, cited[0].span,
                         via=outlets)
    if words:
        frame = _subject_frame(text, span, words, mentions, discourse, free, publisher)
        if frame is not None:
            return frame
    for m in _ACCORDING_PRONOUN.finditer(chunk):   # "по её словам" wants a woman, "according to him" a man
        gender = next((_PRONOUN_GENDER[w] for w in m.group().lower().split() if w in _PRONOUN_GENDER), None)
        who = discourse.resolve_person(gender)
        if who and free(span.start + m.start()):
            return Frame(who, "according_to", Span(span.start + m.start(), span.start + m.end()), False)
    for m in _ACCORDING.finditer(chunk):
        pos = span.start + m.end()
        if not free(pos - 1):
            continue
        comma = re.search(r"[,;:—–]", text[pos:min(span.end, pos + 80)])
        np_end = pos + comma.start() if comma else min(span.end, pos + 80)
        after = [s for s in speakers if pos <= s.span.start < np_end
                 and len(text[pos:s.span.start].split()) <= 4
                 and not (m.group().lower().startswith(_ACCORDING_SUBJECT) and (_governed(text, s.span)
                                                                  or not discourse.nominative(s, text)))]
        if after:
            return Frame(after[0].entity, "according_to", Span(span.start + m.start(), pos), False,
                         after[0].span)
        found = _anaphor_at(text, pos, np_end, discourse) or _demonym_group(text, pos, np_end, discourse)
        if found:
            return Frame(found[0], "according_to", Span(span.start + m.start(), pos), False, found[1])
    if words:      # the parse has decided: no verb of saying has a speaker for a subject
        return None
    tables = language(lang)
    for verb in verbs(text, span, lang):
        if not free(verb.start):
            continue
        at_end = _ends_sentence(text, verb, span)
        after = _after_assertion(text, verb, span)
        as_saying = _AS_SAYING.get(tables)
        if as_saying:
            m = as_saying.search(text, verb.end, min(span.end, verb.end + 80))
            if m:
                between = [s for s in speakers if verb.end <= s.span.start < m.start()]
                if between:
                    return Frame(between[-1].entity, "as_saying", verb, True, between[-1].span, after)
        if tables.PLURAL_VERB_ENDINGS and re.search(tables.PLURAL_VERB_ENDINGS, text[verb.start:verb.end]):
            bodies = [m for m in mentions.within(span) if discourse.types.get(m.entity) in SPEAKER_TYPES | {"Place"}]
            inside = [s for s in bodies if s.span.end <= verb.start
                      and re.search(rf"(?<!\w){tables.IN_BODY}\s+$", text[max(span.start, s.span.start - 4):s.span.start],
                                    re.I)
                      and len(text[s.span.end:verb.start].split()) <= 3]
            if inside:   # "В Кремле заявили": the body in which unnamed people spoke
                return Frame(inside[-1].entity, "verb_left", verb, at_end, inside[-1].span, after)
        relative = _relative_clauses(text, span.start, verb.start)
        named = _named_in_apposition(text, relative, speakers, discourse, verb)
        if named is not None:
            return Frame(named.entity, "verb_left", verb, at_end, named.span, after)
        left_limit = _barrier_before(text, verb.start, span.start, relative)
        left = [s for s in speakers if left_limit <= s.span.start and s.span.end <= verb.start
                and s.entity != publisher and not any(r.contains(s.span) for r in relative)
                and (lang != "ru" or discourse.nominative(s, text))]
        if left and _words_between(text, left[-1].span.end, verb.start, relative) <= 6:
            return Frame(left[-1].entity, "verb_left", verb, at_end, left[-1].span, after)
        place = [m for m in mentions.within(span) if discourse.types.get(m.entity) in ("Place",)
                 and m.span.end <= verb.start and re.fullmatch(r"\s+(?:has |have |had |also )?",
                                                              text[m.span.end:verb.start])
                 and re.fullmatch(r"\W*(?:\w+\W+)?", text[left_limit:m.span.start])]
        if place and not left:   # a capital for its government: "Baku denied", "Yerevan insists"
            return Frame(place[-1].entity, "verb_left", verb, at_end, place[-1].span, after)
        said = text[verb.start:verb.end]
        pronoun = _anaphor_at(text, max(left_limit, verb.start - 24), verb.start, discourse, last=True, verb=said)
        if pronoun and len(text[pronoun[1].end:verb.start].split()) <= 1 and text[pronoun[1].start:pronoun[1].end].lower() \
                in _SUBJECT_PRONOUNS:   # "Также он поблагодарил X": the pronoun is the subject
            return Frame(pronoun[0], "anaphor", verb, at_end, pronoun[1], after)
        clause_end = re.search(r"[,.;:!?]", text[verb.end:span.end])
        right_limit = verb.end + clause_end.start() if clause_end else span.end
        inverted = at_end or re.search(r"[,”\"»—–]\s*$", text[span.start:verb.start])
        right = [s for s in speakers if verb.end <= s.span.start and s.span.end <= right_limit
                 and s.entity != publisher
                 and (lang != "ru" or (discourse.nominative(s, text) and not _governed(text, s.span)))]
        people = [s for s in right if discourse.types.get(s.entity) == "Person"
                  and len(text[verb.end:s.span.start].split()) <= 8]
        if people:   # "— рассказал начальник ГУ МЧС … Сослан Кудзиев": the person, not the office
            right = people
        if right and len(text[verb.end:right[0].span.start].split()) <= (8 if people else 5 if lang == "ru" else 3) and (
                inverted or (lang == "ru" and discourse.nominative(right[0], text))):
            return Frame(right[0].entity, "verb_right", verb, at_end, right[0].span, after)
        found = _anaphor_at(text, left_limit, verb.start, discourse, last=True, verb=said) \
            or _demonym_group(text, max(left_limit, verb.start - 40), verb.start, discourse) \
            or (inverted and _anaphor_at(text, verb.end, right_limit, discourse, verb=said))
        if found:
            return Frame(found[0], "anaphor", verb, at_end, found[1], after)
    return None




def _subject_frame(text: str, span: Span, words: tuple[Word, ...], mentions: MentionIndex,
                   discourse: Discourse, free, publisher: str | None) -> Frame | None:
    """The subject (or the passive's agent) of a verb of saying or a speech act, read from the parse.

    The speaker is the name the subject's head is part of, else a person named in
    apposition to it ("the head of the council, Ahmet Yilmaz, said"), else what a
    pronoun or a description ("the company", "the spokesman") refers back to,
    else a speaker named inside the subject ("officials at the ministry").
    """
    for i, verb in enumerate(words):
        if verb.lemma not in _SPEECH_LEMMAS or verb.pos not in ("VERB", "AUX") or \
                not (span.start <= verb.span.start < span.end) or not free(verb.span.start):
            continue
        rule, subject = "verb_subject", _subject(words, i)
        if subject is None:
            rule, subject = "as_saying", _reported_as_saying(words, i)
        if subject is None:
            continue
        found = _speaker_of(text, words, subject, mentions, discourse, publisher)
        if found is None:
            continue
        speaker, where = found
        at_end = rule == "as_saying" or _ends_sentence(text, verb.span, span)
        return Frame(speaker, rule, verb.span, at_end, where, _after_assertion(text, verb.span, span))
    return None


def _children(words: tuple[Word, ...], head: int, *deps: str) -> list[int]:
    return [j for j, w in enumerate(words) if w.head == head and j != head and w.dep in deps]


def _subject(words: tuple[Word, ...], verb: int) -> int | None:
    """The verb's subject, or its passive's agent ("was stated by the minister")."""
    subject = next(iter(_children(words, verb, "nsubj")), None)
    if subject is None:
        agent = next(iter(_children(words, verb, "agent")), None)
        subject = next(iter(_children(words, agent, "pobj")), None) if agent is not None else None
    return subject


def _reported_as_saying(words: tuple[Word, ...], verb: int) -> int | None:
    """"The agency reports X as saying", "X was quoted as saying": the one reported is the speaker.

    The verb of saying hangs by "as" from the reporting verb, whose object (or passive subject) is who spoke.
    """
    up = words[verb].head
    if words[verb].dep == "pcomp" and words[up].dep == "prep":
        up = words[up].head
    elif words[verb].dep not in ("advcl", "xcomp"):
        return None
    if up == verb or words[up].lemma not in _AS_SAYING_LEMMAS:
        return None
    return next(iter(_children(words, up, "dobj", "nsubjpass")), None)


def _subtree(words: tuple[Word, ...], root: int) -> list[int]:
    inside = {root}
    for _ in range(len(words)):    # heads point up; a few passes settle any tree
        grown = {j for j, w in enumerate(words) if w.head in inside and j != w.head} | inside
        if grown == inside:
            break
        inside = grown
    return sorted(inside)


def _speaker_of(text: str, words: tuple[Word, ...], head: int, mentions: MentionIndex, discourse: Discourse,
                publisher: str | None) -> tuple[str, Span] | None:
    tree = _subtree(words, head)
    area = Span(words[tree[0]].span.start, words[tree[-1]].span.end)
    named = [m for m in mentions.within(area) if discourse.types.get(m.entity) in SPEAKER_TYPES
             and m.entity != publisher]
    token = words[head].span
    on_head = [m for m in named if m.span.start <= token.start and token.end <= m.span.end]
    if on_head:
        return on_head[0].entity, on_head[0].span
    capital = [m for m in mentions.within(area) if discourse.types.get(m.entity) == "Place"
               and m.span.start <= token.start and token.end <= m.span.end]
    if capital:   # a capital for its government: "Baku denied", "Yerevan insists"
        return capital[0].entity, capital[0].span
    apposed = [j for j in tree if words[j].dep == "appos"]   # parsers attach it to the title or its complement
    for j in apposed:
        people = [m for m in named if discourse.types.get(m.entity) == "Person"
                  and m.span.start <= words[j].span.start < m.span.end]
        if people:
            return people[0].entity, people[0].span
    if words[head].pos == "PRON":
        pronoun = words[head].text.lower()
        if pronoun in _FIRST_PERSON_SUBJECTS + _GROUP_SUBJECTS:
            who = discourse.resolve_collective(pronoun)
        else:
            who = discourse.resolve(pronoun, _PRONOUN_GENDER.get(pronoun))
        return (who, token) if who else None
    if not named or words[head].pos == "NOUN":
        found = _anaphor_at(text, area.start, area.end, discourse, covering=token) \
            or _anaphor_at(text, area.start, token.end, discourse, last=True)
        if found:
            return found
    if named:   # the name nearest the subject's head: "(Agency) - Chipmaker Brightwater Corp said"
        nearest = min(named, key=lambda m: min(abs(m.span.start - token.start), abs(m.span.end - token.end)))
        return nearest.entity, nearest.span
    return None


def _anaphor_at(text: str, start: int, end: int, discourse: Discourse, last: bool = False,
                verb: str = "", covering: Span | None = None) -> tuple[str, Span] | None:
    """The entity a pronoun or generic noun in the range stands for, and where it stands;
    with ``covering``, only a reference that holds that word ("the head of government" for "head")."""
    found = [m for m in _ANAPHOR.finditer(text, start, end)
             if covering is None or m.start(1) <= covering.start < m.end(1)]
    if not found:
        return None
    m = found[-1] if last else found[0]
    who = discourse.resolve(m.group(1), _verb_gender(verb))
    return (who, Span(m.start(1), m.end(1))) if who else None


_GROUP = re.compile(rf"\b({'|'.join(_DEMONYMS)}) (?:{'|'.join(joined('DEMONYM_GROUPS'))})\b")


def _demonym_group(text: str, start: int, end: int, discourse: Discourse) -> tuple[str, Span] | None:
    """"Ruritanian officials", "Freedonian authorities": their country speaks."""
    m = _GROUP.search(text, start, end)
    if not m:
        return None
    country = _DEMONYMS[m.group(1)]
    key = next((k for k, label in discourse.labels.items()
                if label == country and discourse.types.get(k) == "Country"), None)
    return (key, Span(m.start(), m.end())) if key else None


def _verb_gender(verb: str) -> str | None:
    """Russian past tense agrees with its subject: "заявила" wants a woman, "заявил" a man."""
    v = verb.lower()
    return next((gender for gender, ending in _VERB_GENDER_ENDINGS.items() if re.search(ending, v)), None)


_VERB_GENDER_ENDINGS = merged("VERB_GENDER_ENDINGS")


def _barrier_before(text: str, pos: int, floor: int, skip: list[Span] = ()) -> int:
    cut = floor
    for m in _BARRIER.finditer(text, floor, pos):
        if not any(r.start <= m.start() < r.end for r in skip):
            cut = m.end()
    return cut


_RELATIVE = re.compile(rf",\s+(?:{'|'.join(joined('RELATIVE_PRONOUNS'))})\b[^,]*,", re.I)


def _relative_clauses(text: str, start: int, end: int) -> list[Span]:
    """", who met X on Monday," or an apposition ", Armenia's ally in the CSTO," before a verb."""
    spans = [Span(m.start(), m.end()) for m in _RELATIVE.finditer(text, start, end)]
    apposition = re.search(r",\s[^,]{1,90},\s*$", text[start:end])
    if apposition and apposition.start() > 0:
        spans.append(Span(start + apposition.start(), end))
    return spans


_TITLE_BEFORE = re.compile(rf"\b(?:{alternation('TITLES_BEFORE_APPOSITION')})\s*$", re.I)


def _named_in_apposition(text: str, relative: list[Span], speakers: list[Mention], discourse: Discourse,
                         verb: Span) -> Mention | None:
    """"Lavrov's spokeswoman, Maria Zakharova, said": the person the apposition names speaks."""
    for r in relative:
        if r.end >= verb.start - 2 and _TITLE_BEFORE.search(text[max(0, r.start - 40):r.start]):
            people = [m for m in speakers if r.contains(m.span) and discourse.types.get(m.entity) == "Person"]
            if people:
                return people[0]
    return None


def _words_between(text: str, start: int, end: int, skip: list[Span]) -> int:
    words, pos = 0, start
    for r in sorted(skip, key=lambda r: r.start):
        if r.start >= pos and r.end <= end:
            words += len(text[pos:r.start].split())
            pos = r.end
    return words + len(text[pos:end].split())


def _governed(text: str, span: Span) -> bool:
    """"помощник Алиева", "корреспонденту РИА Новости": a name right after a common noun depends on it.

    A person's name in the nominative after a title ("политолог Ярослав Беленков") is an
    apposition instead, and "пресс-служба Минобороны" speaks for the ministry.
    """
    from ..link import morph

    before = re.search(r"([а-яё\-]+)\s+$", text[max(0, span.start - 40):span.start])
    if not before or before.group(1).startswith(_NOT_GOVERNING):
        return False
    if not any(p.tag.POS == "NOUN" for p in morph().parse(before.group(1))[:2]):
        return False
    first = re.match(r"[^\W\d_]+", text[span.start:span.end])
    top = morph().parse(first.group())[0].tag if first else None
    apposition = top is not None and ("Name" in top or "Surn" in top) and "nomn" in top
    return not apposition


_NOT_GOVERNING = joined("NOT_GOVERNING")


def _nominative(name: str) -> bool:
    """A Russian subject is in the nominative: "Лавров сказал", not "с Лавровым"."""
    from ..link import morph

    word = re.findall(r"[^\W\d_]+", name)
    if not word or not re.search(r"[а-яё]", word[0], re.I):
        return True
    return any("nomn" in p.tag for p in morph().parse(word[0]))


def _barrier_after(text: str, pos: int, ceiling: int) -> int:
    m = _BARRIER.search(text, pos, ceiling)
    return m.start() if m else ceiling


def _after_assertion(text: str, verb: Span, span: Span) -> bool:
    before = text[span.start:verb.start]
    return len(before.split()) >= 4 and bool(re.search(r"[,”\"»]\s*[—–-]?\s*(?:\S+\s+){0,6}$", before))


def _ends_sentence(text: str, verb: Span, span: Span) -> bool:
    """A frame after the assertion: "…, Putin said." / "…, — сказал он, посетовав …"."""
    before = text[span.start:verb.start]
    if len(before.split()) < 3:
        return False
    if re.search(r"[,.!?…”\"»]\s*[—–]\s*$", before):
        return True                                    # Russian direct speech: "…, — сказал"
    return bool(re.search(r"[,”\"»]\s*[—–-]?\s*(?:\S+\s+){0,6}$", before)) and \
        len(text[verb.end:span.end].split()) <= 12
