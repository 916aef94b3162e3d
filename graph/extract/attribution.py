"""Who asserts a sentence: the subject of its verb of saying, "according to", relays.

A sentence's frame is found by ``SENTENCE_RULES`` in order: a source an outlet
cites; with a dependency parse, the subject of a verb of saying (its lemmas in
``graph/lang``); "according to X" and its kin; and, only where there is no
parse (Russian here), ``VERB_RULES``: where the speaker stands around a
reporting verb. Pronouns and descriptions ("he", "the ministry", "the
statement", "президент") resolve to the last entity of a fitting kind that
spoke or was named before them. Every word the rules read is in ``graph/lang``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from types import ModuleType

from ..lang import LANGUAGES, alternation, capitals, joined, language, merged, one_of, tables, titles_by_word
from ..ids import digest, slug
from ..link import LEMMATISED, cut_at_the_front, morph
from ..names import POSSESSIVE_AFTER, WEEKDAY_NAMES, WRITTEN_OUT_RANK, named_as_outlet, verb_gender
from ..model import Document, Entity, Mention, MentionIndex, Span, outermost
from ..nlp import Word, is_common_noun, is_plural_noun
from ..segment import POST_SIGNATURE

SPEAKER_TYPES = {"Person", "Organization", "Country", "Group"}
_ANAPHOR_HEADS, _DEMONYMS = merged("ANAPHOR_HEADS"), merged("DEMONYMS")
_KIND_HEADS, _LEADING_HEADS = merged("ANAPHOR_KIND_HEADS"), joined("ANAPHOR_LEADING_HEADS")
_PRONOUN_GENDER, _SUBJECT_PRONOUNS = merged("PRONOUN_GENDERS"), joined("SUBJECT_PRONOUNS")
_RELAY_LEMMAS = frozenset(joined("RELAY_LEMMAS"))

_ACCORDING = re.compile(rf"(?<!\w)(?:{alternation('ACCORDING_TO')})(?!\w)", re.I)
# "according to him", "по его словам": the pronoun stands for the last person who spoke or was named
_ACCORDING_PRONOUN = re.compile(rf"(?<!\w)(?:{alternation('ACCORDING_TO_PRONOUN')})(?!\w)", re.I)
_ACCORDING_SUBJECT = joined("ACCORDING_TO_SUBJECT")
_CITING = re.compile(rf"(?<!\w)(?:{'|'.join(joined('CITING'))})(?!\w)", re.I)
_AS_SAYING = {module: re.compile(rf"\b(?:{module.AS_SAYING})\b", re.I) for module in LANGUAGES.values()
              if module.AS_SAYING}
_QUOTED_SAYING = {module: re.compile(module.QUOTED_SAYING, re.I) for module in LANGUAGES.values()
                  if module.QUOTED_SAYING}
_PERSON = re.compile(rf"(?:{alternation('ANAPHOR_PERSON')})", re.I)
# "the officer", "the SSP": one the text titled as police (``Discourse.police``), else no one
_POLICE_REFERENCE = re.compile(rf"(?<!\w)(?:{alternation('POLICE_ANAPHORS') or '(?!)'})$", re.I)
_NOT_POLICE = re.compile(rf"(?<!\w)(?:{alternation('NOT_POLICE_OFFICERS') or '(?!)'})$", re.I)
_POLICE_TITLE = re.compile(rf"(?<!\w)(?:{alternation('POLICE_TITLES') or '(?!)'})(?!\w)", re.I)
# a title that names its office's body ("the chair of the national bank"): only one given that office is meant
_NAMING_ITS_BODY = re.compile(alternation("TITLE_NAMING_ITS_BODY") or r"(?!)", re.I)
_VOICE_AGENTS = {code: re.compile(module.VOICE_AGENTS, re.I) for code, module in LANGUAGES.items()
                 if module.VOICE_AGENTS}
_KIND_ONLY = re.compile(rf"(?:{alternation('ANAPHOR_ORG')})", re.I)   # "the foreign ministry": a kind of body, no name
_DOCUMENT = re.compile(rf"(?:{alternation('ANAPHOR_DOCUMENT')})", re.I)
_LAW = re.compile(rf"(?:{alternation('ANAPHOR_LAW')})", re.I)
_FILING = re.compile(rf"(?:{alternation('ANAPHOR_FILING')})", re.I)
_FILED_AFTER = {code: re.compile(rf"\s+(?:{module.FILED_AFTER})(?!\w)", re.I) for code, module in LANGUAGES.items()
                if module.FILED_AFTER}
# a body's description followed by a title of a person who speaks for it ("the Foreign Ministry spokesman") refers
# to that person, not to the body: the body's alternatives give way to the person's
_NOT_BEFORE_TITLE = rf"(?!\s+(?:{alternation('TITLES_AFTER_BODY')})(?!\w))" if alternation("TITLES_AFTER_BODY") else ""
# "the law minister", "the treaty envoy": a person's title, not the law (``TITLES_AFTER_BODY``)
_ANAPHOR = re.compile(rf"(?<!\w)((?:{alternation('ANAPHOR_LAW')}){_NOT_BEFORE_TITLE}|(?:{alternation('ANAPHOR_DOCUMENT')})"
                      rf"|(?:{alternation('ANAPHOR_FILING')})"
                      rf"|(?:{alternation('ANAPHOR_ORG')}){_NOT_BEFORE_TITLE}"
                      rf"|(?:{alternation('ANAPHOR_PERSON')}))(?!\w)", re.I)
_STATEMENT_ALT = "|".join(joined("STATEMENT_NOUNS"))
_ISSUED_AFTER = re.compile(
    "^(?:%s)" % "|".join(cue.format(statement=_STATEMENT_ALT) for cue in joined("ISSUED_STATEMENT")), re.I)
# the last name of a list: "…, B and the C" (``LIST_JOINERS`` right before it, another name close before that)
_LAST_OF_A_LIST = re.compile(
    rf"(?<!\w)(?:{'|'.join(joined('LIST_JOINERS'))})\s+(?:(?:{'|'.join(joined('ARTICLES'))})\s+)?$", re.I)
LIST_REACH = 60   # characters from a list's name to the next one at most
LIST_TITLE_WORDS = 3   # words of a title between a list's joiner and its last name at most: "and his Norvian colleague"
_JOINER_ALT = "|".join(joined("LIST_JOINERS"))
# the last name of a list after its own title or a quotation mark: "A and President B", «A и его коллега B»,
# «компании «A» и «B»» (the name before it ends right at the joiner, ``_joined_right_before``)
_LAST_OF_A_TITLED_LIST = re.compile(
    rf"(?<!\w)(?:{_JOINER_ALT})\s+(?:(?:{'|'.join(joined('ARTICLES'))})\s+)?[«“\"„]?"
    rf"(?:[^\W\d_][\w'’-]*\s+){{0,{LIST_TITLE_WORDS}}}[«“\"„]?$", re.I)
# a capitalised word (a name the finder did not take) right before a joiner: "Somov and Petrov said"
_NAME_BEFORE_JOINER = re.compile(rf"(?<!\w)[{capitals()}][^\W\d_]+[»”\"]?\s+(?:{_JOINER_ALT})\s+[«“\"„]?$")
# … and one right after a joiner after a name: «по словам Сомова и Петрова», «— заявили Сомов и Петров»
_NAME_AFTER_JOINER = re.compile(rf"[»”\"]?\s+(?:{_JOINER_ALT})\s+[«“\"„]?(?P<name>[{capitals()}][^\W\d_]+)(?!\w)")
# an area a body's name goes on with after a joiner: «ГУ МВД по Городу и Нордской области», «по Вельской и Нордской
# областям»: the body's own field, no second speaker
_AREA_AFTER_JOINER = re.compile(rf"\s*(?:{_JOINER_ALT})\s+(?:{alternation('PLACE_ADJECTIVE_STEM') or '(?!)'})\s+"
                                rf"(?:{alternation('AREA_NOUNS') or '(?!)'})")


def last_of_a_list(text: str, mention: Mention, mentions: list[Mention], types: dict[str, str]) -> bool:
    """The last name of a list of speakers ("A, B and the C issued a statement", "A and President B said"): what
    such a list does is theirs together, not that last one's."""
    speakers = [x for x in mentions if types.get(x.entity) in SPEAKER_TYPES and x.entity != mention.entity]
    return bool(_LAST_OF_A_LIST.search(text, max(0, mention.span.start - LIST_REACH), mention.span.start)) \
        and any(0 <= mention.span.start - x.span.end <= LIST_REACH for x in speakers) \
        or _joined_right_before(text, mention, speakers)


def _joined_right_before(text: str, mention: Mention, speakers: list[Mention]) -> bool:
    """"A and President B", «A и его бореальский коллега B»: a joiner and at most ``LIST_TITLE_WORDS`` words of a
    title before the name, and another speaker's name ending right before the joiner; no area going on that name
    («главы ГУ МВД по Городу и Нордской области Ивана Сомова»: one titled person)."""
    joined_at = _LAST_OF_A_TITLED_LIST.search(text, max(0, mention.span.start - LIST_REACH), mention.span.start)
    return joined_at is not None and _AREA_AFTER_JOINER.match(text, joined_at.start()) is None and any(
        x.span.end <= joined_at.start() and not text[x.span.end:joined_at.start()].strip(" ,»”\"") for x in speakers)


def _name_joined_after(text: str, end: int, limit: int, mentions: MentionIndex, types: dict[str, str]) -> bool:
    """«по словам Сомова и Петрова»: a capitalised word right after a joiner after a name ending at ``end`` is another
    speaker's name; not an area going on a body's name («ГУ МВД по Городу и Нордской области») nor a place the text
    named («заявили в МИД Руритании и Вельске»: where they spoke, not who)."""
    joined_at = _NAME_AFTER_JOINER.match(text, end, limit)
    if joined_at is None or _AREA_AFTER_JOINER.match(text, end, limit) is not None:
        return False
    named = mentions.within(Span(joined_at.start("name"), limit))
    return not (named and named[0].span.start == joined_at.start("name")
                and types.get(named[0].entity) not in SPEAKER_TYPES)


_STATEMENT_FROM = re.compile("|".join(cue.format(statement=_STATEMENT_ALT) for cue in tables("STATEMENT_OF")), re.I)
_UNNAMED_STATEMENT_SOURCE = re.compile(
    "|".join(cue.format(statement=_STATEMENT_ALT) for cue in tables("UNNAMED_STATEMENT_SOURCE") if cue) or "(?!)",
    re.I)
_JOINT_STATEMENT = re.compile("|".join(cue.format(statement=_STATEMENT_ALT) for cue in tables("JOINT_STATEMENT")), re.I)
_ISSUED_BEFORE = re.compile(
    "(?:%s)$" % "|".join(cue.format(statement=_STATEMENT_ALT) for cue in tables("STATEMENT_OF")), re.I)
# a statement's words opening a source, up to its issuer: "according to [a media release by the] X"
_STATEMENT_LEAD = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:%s)" % "|".join(cue.format(statement=_STATEMENT_ALT) for cue in tables("STATEMENT_OF")),
    re.I)
# where a verb's clause starts at the latest; a colon between digits is a score or a time ("2:1", "10:30"); the stop of
# an initial ends no clause ("С. Петрова отметила")
# "Как считает министр, …": a clause of saying opened by such a word has its speaker after the verb
_SAYING_OPENER = re.compile(rf"\W*(?:{'|'.join(joined('SAYING_CLAUSE_OPENERS'))})\s+", re.I)
_BARRIER = re.compile(rf"[“”«»\"„;]|(?<!\d):(?!\d)|,\s+(?:{'|'.join(joined('CLAUSE_BARRIERS'))})\b"
                      rf"|(?<!\b[{capitals()}])\.\s")


def _broken_before(text: str, last_end: int, start: int) -> bool:
    """A line break between the end of the last sentence read and the start of this one: a new paragraph."""
    return "\n" in text[last_end:start]


_LEAD_WORDS = re.compile(r"[\s\"'“”«»„(—–-]*(?:[^\W\d_]+\s+)?")


def _leads(text: str, start: int, at: int) -> bool:
    """A name at ``at`` leads the sentence starting at ``start``, its subject: no more than one word before it ("The
    Vell Police Department is investigating"), after an opening phrase and its comma ("On Monday, the ministry
    said"); not "Vexa Corp sued the ministry", "Protesters marched on the council"."""
    comma = text.rfind(",", start, at)
    return bool(_LEAD_WORDS.fullmatch(text, comma + 1 if comma >= 0 else start, at))


BODY_CATAPHORA_SENTENCES = 3   # sentences after a description's in which the body it stands for may be named


@dataclass
class Discourse:
    """What the text has said so far: who spoke last, whom it named last."""

    types: dict[str, str]
    labels: dict[str, str] = field(default_factory=dict)     # English labels, for "the ministry"
    last_speaker: str | None = None
    last_org: str | None = None
    statement_author: str | None = None   # who issued the statement "the statement said" means
    # the last statement the text gave had an issuer it did not name ("a statement from his office") or several
    # ("A, B and C issued a joint statement"): "the statement" is no one body's
    statement_unowned: bool = False
    # that statement is one someone else spoke of ("We welcome the statement by X"): X is not whom "we" stands for
    statement_cited: bool = False
    salience: dict[str, int] = field(default_factory=dict)   # mentions and claims so far
    titles: dict[str, set[str]] = field(default_factory=dict)  # words said of a person: "ambassador"
    # the words of a person's own titles: the one right before the name and one in an apposition after it
    # ("Norvian spokesman X", "X, a Norvian diplomat,"), not the rest of the words around it (a dateline)
    own_titles: dict[str, set[str]] = field(default_factory=dict)
    police: set[str] = field(default_factory=set)   # people titled as police before their name: "the officer" fits
    # the noun a person's title ends in right before the name ("Rector Jane Roe", «протоиерей X»): "the rector"
    called: dict[str, set[str]] = field(default_factory=dict)
    offices: dict[str, set[int]] = field(default_factory=dict)  # the offices (OFFICES) the text titles a person with
    affiliations: dict[str, set[str]] = field(default_factory=dict)   # bodies a person's titles name (text, registry)
    roles: dict[str, list[str]] = field(default_factory=dict)   # registry titles, lowercased
    recency: dict[str, int] = field(default_factory=dict)    # when each was last seen
    genders: dict[str, str] = field(default_factory=dict)    # "masc"/"femn" where a name tells
    base_forms: dict[str, set[str]] = field(default_factory=dict)   # Russian names in the nominative
    outlets: set[str] = field(default_factory=set)   # who passed others' words on: never what "it" means
    media: set[str] = field(default_factory=set)   # bodies an alias calls an outlet ("Northwire news agency")
    hosts: set[str] = field(default_factory=set)   # agencies the datelines name: the page's own, never a relay
    last_outlet: str | None = None   # the outlet that reported last: what "the agency" that writes means
    # the people the last sentence naming each body also named ("сообщил агентству X глава Y"): who spoke to an outlet
    named_beside: dict[str, set[str]] = field(default_factory=dict)
    study_since: bool = False   # a study named since that outlet reported: "the paper" is the study, not the outlet
    last_law: str | None = None   # the law or agreement named last: "the measure", "the treaty"
    filer: str | None = None   # who the text said sued or filed last: "the complaint" is that one's
    first_org: str | None = None   # the first organisation named: the story's own, talked about from the start
    unnamed_last: bool = False   # the last to speak was a person the text did not name: "he" is that one
    # the person a sentence is about (its subject, named first) and when, against when the last speaker spoke
    topic: str | None = None
    topic_at: int = 0
    spoke_at: int = 0
    # the last person who spoke and when: a body or an outlet speaking since does not hand "he" to someone named
    # only in passing ("X said …. The talks followed his meeting with Y, Nordpost wrote. He added …": X)
    person_spoke: str | None = None
    person_spoke_at: int = 0
    # bodies that spoke through a part of them ("the press service of X"): that description, and the sentence
    voices: dict[str, tuple[str, int]] = field(default_factory=dict)
    # whom one who speaks for another speaks for, by title: "his spokesman" makes "the spokesman" his
    agents: dict[str, str] = field(default_factory=dict)
    # the body an unnamed person last spoke for ("a ministry spokeswoman said"): "she" goes on with it; the gender
    # the person's title tells, if it does
    unnamed_voice: str | None = None
    unnamed_voice_gender: str | None = None
    # where that voice spoke, when a rule told it: a person named after it («Спасатели нашли Ивана Сомова») ends it
    unnamed_voice_at: int | None = None
    clock: int = 0
    # the sentence being read and its mentions, before the text has seen them: "X cut its forecast, and the firm
    # said …" names the firm before its description in the same sentence
    sentence: Span | None = None
    here: list[Mention] = field(default_factory=list)
    # the body the sentence before opened with as its subject and the gender of the past tense agreeing with it
    # ("Банк «Ларно» повысил ставку"): what a possessive of that gender after it may stand for
    subject_body: tuple[str, str] | None = None
    # bodies named inside quotations so far, which ``saw`` leaves out: "в министерстве" may mean the one ministry
    # a quoted statement named
    quoted: dict[str, None] = field(default_factory=dict)
    # how the text wrote each body it named, as written: "АМН" after a title is that body ("директор АМН")
    body_forms: dict[str, str] = field(default_factory=dict)
    body_reach: int = 0   # characters of the longest of body_forms
    # the lower-case word written right before a body's name ("the militant group Sons of Vell"): "the group" is
    # the body the text called so
    kinds_written: dict[str, set[str]] = field(default_factory=dict)
    # paragraphs read so far (``saw``), and the last in which each entity was named: how far back a body was named
    # ("fire officials said" is of a body named in that paragraph or the one before)
    paragraphs_read: int = 0
    paragraph_named: dict[str, int] = field(default_factory=dict)
    last_sentence_end: int = 0
    # where the text's sentences start (clauses not cut), and the start of the last sentence each body led (its
    # subject, or its speaker): "Officials said" is of a body that led their sentence or the one before
    sentence_starts: list[int] = field(default_factory=list)
    led: dict[str, int] = field(default_factory=dict)
    # where the text first names each entity, in order: a description before any body of its kind ("the ministry
    # said …" and only then "the Tarnian Interior Ministry") is the one such body named soon after
    named_ahead: tuple[tuple[int, str], ...] = ()

    def _note(self, key: str, weight: int) -> None:
        self.clock += 1
        self.salience[key] = self.salience.get(key, 0) + weight
        self.recency[key] = self.clock

    def saw(self, mentions: list[Mention], text: str = "", sentence: Span | None = None, lang: str = "") -> None:
        """Note the sentence's mentions: salience, the last of each kind, and what the text calls each person
        (the words since the sentence's previous person or its last verb of saying: in "the minister said, X …"
        X is what was said, not the minister)."""
        previous_person = sentence.start if sentence else 0
        if sentence is not None:
            if not self.paragraphs_read or _broken_before(text, self.last_sentence_end, sentence.start):
                self.paragraphs_read += 1
            self.last_sentence_end = max(self.last_sentence_end, sentence.end)
            whole = self.sentence if self.sentence is not None and self.sentence.contains(sentence) else sentence
            for m in mentions:
                self.paragraph_named[m.entity] = self.paragraphs_read
                if _leads(text, whole.start, m.span.start):
                    self.led[m.entity] = whole.start
        bodies = sorted((b.span.start, b.span.end, b.entity) for b in mentions
                        if self.types.get(b.entity) in ("Organization", "Group"))
        people = {m.entity for m in mentions if self.types.get(m.entity) == "Person"}
        self.named_beside.update((entity, people) for _, _, entity in bodies)
        body_starts = [start for start, _, _ in bodies]
        for m in mentions:
            if m.entity in self.voices and (sentence is None or self.voices[m.entity][1] != sentence.start):
                del self.voices[m.entity]    # named again in its own right: it speaks as itself
            if not self.salience and self.types.get(m.entity) == "Person":
                self._note(m.entity, 2)          # the first person named leads the story
            elif self.types.get(m.entity) == "Organization" and not self.first_org:
                self.first_org = m.entity        # and the first organisation is the one the story is about
                self._note(m.entity, 1)
            self._note(m.entity, 1)
            kind = self.types.get(m.entity)
            if kind == "Person":
                self.unnamed_last = False
                if self.unnamed_voice_at is not None and m.span.start > self.unnamed_voice_at:
                    self.unnamed_voice = None    # "по его словам" after him is his, not the body's voice's
                # what the text calls the person: words since the sentence's previous person, and an apposition
                since = max(previous_person, m.span.start - 120)
                said = verbs(text, Span(since, m.span.start), lang) if lang else []
                window = _spelled_out(text[said[-1].end if said else since:m.span.start]).split()[-10:]
                before = " ".join(window) + " " + text[m.span.start:m.span.end]
                after = _APPOSITION_AFTER.match(text[m.span.end:m.span.end + 90])
                titled = Span(m.span.start - len(" ".join(window)) - 1, m.span.end + (after.end() if after else 0))
                self.affiliations.setdefault(m.entity, set()).update(
                    entity for start, end, entity in islice(bodies, bisect_left(body_starts, titled.start),
                                                           bisect_right(body_starts, titled.end))
                    if end <= titled.end)
                # "the lawyer for X", "адвокат бизнесмена X": that agent is another person, who acts for X
                others = _titles_of_others(window)
                self.titles.setdefault(m.entity, set()).update(
                    (_title_words(before) - others) | _title_words(after.group() if after else ""))
                self.own_titles.setdefault(m.entity, set()).update(
                    (_title_words(" ".join(_title_run(window)) + " " + text[m.span.start:m.span.end]) - others)
                    | _title_words(after.group() if after and _PERSON_NOUNS & _words_of(after.group()) else ""))
                run = _title_run(window)
                if _POLICE_TITLE.search(" ".join(run)):
                    self.police.add(m.entity)
                if run and _TITLE_HEAD.fullmatch(run[-1]) and (not lang or not language(lang).MARKS_CASE
                                                              or _nominative_noun(run[-1])):
                    self.called.setdefault(m.entity, set()).update(_title_words(run[-1]) | _office_of_run(run))
                named = text[m.span.start:m.span.end].split()   # "Президент Турции X": a title the mention holds
                agents = " ".join(w for w in window if _title_words(w) & others)   # "a lawyer for X": not X's office
                titled = {i for i, _ in _titles_before(" ".join(window))}
                held = {i for i, _ in _titles_before(" ".join(named[:-1]))} if len(named) > 1 else set()
                self.offices.setdefault(m.entity, set()).update(titled - _offices(agents) | held
                                                                | _office_apposed(after.group() if after else ""))
                if m.entity not in self.genders:   # "Ms Roe", "Jane Roe, a spokeswoman for …": she
                    beside = [w.strip(".,").lower() for w in window[-3:] + (after.group().split()[:4] if after else [])]
                    gender = next((_GENDERED[w] for w in reversed(beside) if w in _GENDERED), None)
                    if gender:
                        self.genders[m.entity] = gender
                previous_person = m.span.end
            elif kind in ("Organization", "Group") and m.entity not in self.outlets:
                self.last_org = m.entity
            elif kind == "Agreement":
                self.last_law = m.entity
            if kind in ("Organization", "Group") and text:
                self.body_forms[text[m.span.start:m.span.end]] = m.entity
                self.body_reach = max(self.body_reach, m.span.end - m.span.start)
                written = _KIND_BEFORE_NAME.search(text, max(0, m.span.start - KIND_BEFORE_REACH), m.span.start)
                if written and written.group(1).islower():
                    self.kinds_written.setdefault(m.entity, set()).add(written.group(1))
                apposed = _KIND_APPOSED.match(text, m.span.end)
                if apposed:     # "Velsen Watch, a rights group,": "the group" is that body
                    self.kinds_written.setdefault(m.entity, set()).add(apposed.group(1))
            if kind in SPEAKER_TYPES and lang in _FILED_AFTER and _FILED_AFTER[lang].match(text, m.span.end):
                self.filer = m.entity            # "X has sued Y": X's is "the complaint", not Y's who speaks next
            if kind in ("Organization", "Group") and lang and (_called_an_outlet(text, m.span.start, lang)
                                                                or _outlet_told_before(text, m, self, lang)):
                self.last_outlet = m.entity    # "агентство X", "Об этом X сообщили в …": "агентство" is X after it
        if sentence is not None and _STUDY_NAMED.search(text, sentence.start, sentence.end):
            self.study_since = True
        topic = self._topic(mentions, text, sentence) if sentence is not None else None
        if topic is not None:
            self.topic, self.topic_at = topic.entity, self.clock
            if lang and language(lang).MARKS_CASE:
                self._gender_by_predicate(topic, text)
        if sentence is not None and lang:
            self._note_agents(mentions, text, sentence, lang)
        if sentence is not None:
            self.subject_body = self._subject_body(mentions, text, sentence) \
                if lang and language(lang).MARKS_CASE else None

    def saw_quoted(self, mentions: list[Mention]) -> None:
        """Note the bodies a quotation names."""
        self.quoted.update((m.entity, None) for m in mentions if self.types.get(m.entity) in ("Organization", "Group"))

    def _note_agents(self, mentions: list[Mention], text: str, sentence: Span, lang: str) -> None:
        """"Varga's spokesman said", "…, his spokeswoman said": the title of one who speaks for another
        (``VOICE_AGENTS``) and its owner, a speaker named right before the possessive or the person a possessive
        pronoun stands for; "the spokesman" stands for that owner from here on."""
        pattern = _VOICE_AGENTS.get(lang)
        if pattern is None:
            return
        for m in pattern.finditer(text, sentence.start, sentence.end):
            if m.group("pronoun"):
                owner = self.possessive_owner(m.group("pronoun"), m.start(), text)
            else:
                owner = next((n.entity for n in mentions if n.span.end == m.start()
                              and self.types.get(n.entity) in SPEAKER_TYPES), None)
            if owner is not None:
                self.agents[m.group("title").lower()] = owner

    def possessive_owner(self, pronoun: str, at: int, text: str) -> str | None:
        """Whom a possessive pronoun at ``at`` stands for ("his spokesman", "её пресс-служба"): the sentence's
        subject if of its gender ("Varga met Kell …, his spokesman said": Varga, not Kell, the object), else the last
        person of its gender named before it in the sentence, else the body the sentence before opened with (but a
        person of the pronoun's gender who spoke since that body was named: the possessive is that person's), else the
        person a pronoun refers back to."""
        gender = _OWNER_GENDERS.get(pronoun.lower())
        people = [m for m in self.here if m.span.end <= at and self.types.get(m.entity) == "Person"
                  and self.fits(m.entity, gender)]
        if not people:   # "Банк «Ларно» повысил ставку. Как сообщила его пресс-служба": the bank's
            body = self.subject_body
            if body and self.person_spoke and self.person_spoke_at > self.recency.get(body[0], 0) \
                    and self.fits(self.person_spoke, gender):
                return self.person_spoke   # «Завод «X» остановил работу, сообщил Иван Сомов. Его представитель»
            return body[0] if body and body[1] == gender else self.resolve_person(gender)
        subject = self._topic(self.here, text, self.sentence) if self.sentence is not None else None
        return subject.entity if subject in people else people[-1].entity

    def _subject_body(self, mentions: list[Mention], text: str, sentence: Span) -> tuple[str, str] | None:
        """A body named first in the sentence, opening it, and the gender of the past tense right after it that
        agrees with it as its subject ("Банк «Ларно» повысил": masculine)."""
        first = mentions[0] if mentions else None
        if first is None or self.types.get(first.entity) not in ("Organization", "Group") \
                or not _opens_clause(text[sentence.start:first.span.start], TOPIC_WORDS):
            return None
        verb = _PREDICATE_AFTER.match(text, first.span.end)
        if verb is None or not {"VERB", "past"} <= morph().parse(verb.group(1))[0].tag.grammemes:
            return None
        gender = verb_gender(verb.group(1))
        return (first.entity, gender) if gender else None

    def _topic(self, mentions: list[Mention], text: str, sentence: Span) -> Mention | None:
        """The person a sentence is about: named first, at most ``TOPIC_WORDS`` words into its clause (after
        a comma), no preposition or "that" before the name and no possessive after it ("UN envoy Tomas Varga
        termed …", "After the talks, Varga flew home"; not "the minister reiterated that Varga was …", a name in
        what someone said); where case shows, in the nominative."""
        person = next((m for m in mentions if self.types.get(m.entity) == "Person"), None)
        if person is None:
            return None
        if not _opens_clause(text[sentence.start:person.span.start], TOPIC_WORDS) \
                or re.match(r"['’]s?\b", text[person.span.end:person.span.end + 3]) \
                or not self.nominative(person, text):
            return None
        return person

    def _gender_by_predicate(self, named: Mention, text: str) -> None:
        """"Мира Орлен назначила X послом": a past tense right after a sentence's subject agrees with it, so a
        name the morphology does not know the gender of ("Мира", a foreign one) gets the verb's; a "он" after it
        is not that person."""
        if named.entity in self.genders:
            return
        verb = _WORD_AFTER.match(text, named.span.end)
        if verb and {"VERB", "past"} <= morph().parse(verb.group(1))[0].tag.grammemes:
            self.told_gender("", named.entity, verb.group(1))

    def heard_by(self, source: str) -> None:
        """Informants' words came through ``source``: an outlet is the one that reported last, the person who spoke to
        one ("собеседник агентства") is not."""
        if self.types.get(source) != "Person":
            self.last_outlet = source

    def relayed(self, via: tuple[str, ...]) -> None:
        """Outlets that passed a claim on ("quoted by TASS") report; they are not what "the court" means."""
        self.outlets.update(via)
        if via:
            self.last_outlet = via[0]

    def unnamed_spoke(self, description: str) -> None:
        """"A senior official said …", "a resident also said …": a following "he" is that person, no one named
        before; so after "he said …" where "he" stood for no one named: whoever the words he said name, the next
        "he" is still him."""
        if unnamed_person(description) or description in _PRONOUN_GENDER:
            self.unnamed_last, self.last_speaker, self.unnamed_voice = True, None, None

    def stands_for_someone_named(self, description: str, text: str, sentence: Span, mentions: MentionIndex) -> bool:
        """A personal pronoun, as an unnamed speaker's description, that refers back to a person the text named:
        "Varga's home was searched after he told reporters …" is a report no frame takes, yet "he" is Varga, and
        no one unnamed spoke. Asked before the sentence's names are seen: a person named in it before the pronoun
        may be the one; one named after it is in his words ("He said the board had agreed with Mr Varga")."""
        if description not in _PRONOUN_GENDER:
            return False
        if self.types.get(self.resolve(description)) == "Person":
            return True
        pronoun = re.search(rf"(?<!\w){re.escape(description)}(?!\w)", text[sentence.start:sentence.end], re.I)
        return pronoun is not None and any(
            self.types.get(m.entity) == "Person" and self.fits(m.entity, _PRONOUN_GENDER[description])
            for m in mentions.within(sentence) if m.span.end <= sentence.start + pronoun.start())

    def told_gender(self, subject: str, person: str | None, verb: str = "") -> None:
        """"X met Y. She said …", "X заявила …": the person a gendered pronoun stood for, or a Russian past tense
        agreed with, is of that gender from here on, so a "he" after it is not the same person (a gender the name
        already told stays)."""
        gender = _PRONOUN_GENDER.get(subject.lower()) or verb_gender(verb)
        if gender and self.types.get(person) == "Person":
            self.genders.setdefault(person, gender)

    def spoke_for(self, title: str, body: str, at: int | None = None) -> None:
        """An unnamed holder of ``title`` spoke for ``body`` ("a ministry spokeswoman said", "the chief of the
        ministry's media office said"): that title, and another such title the text gives no one ("the official",
        "the spokesman"), means the body from here on, and "she", "he" the body until someone else speaks (not
        after a plural title: "officials"); given where the title stood (``at``), until a person is named after it."""
        for other in _BODY_VOICE_TITLES:
            self.agents.setdefault(other, body)
        self.agents[title] = body
        self.unnamed_voice = None if is_plural_noun(title) else body
        self.unnamed_voice_gender = _GENDERED.get(title)
        self.unnamed_voice_at = at

    def voice_going_on(self, gender: str | None) -> bool:
        """The unnamed holder of a title who spoke for a body (``spoke_for``) is still the one a pronoun of
        ``gender`` means: no one else spoke and no one became a sentence's subject since (nor, when ``spoke_for`` was
        told where the voice stood, was a person named after it: ``saw`` ends the voice)."""
        return bool(self.unnamed_voice) and self.topic_at <= self.spoke_at \
            and self.unnamed_voice_gender in (None, gender)

    def spoke_through(self, body: str, description: str, sentence: int) -> None:
        """A source given as a description and its owner ("the press office of X", after "according to"):
        that description means X from here on, while "the ministry" still means the body that spoke in
        its own name."""
        self.voices[body] = (_LEADING_ARTICLE.sub("", description.lower()), sentence)

    def took_up(self, person: str) -> None:
        """A sentence with no speaker opened on a description of ``person`` ("The head of state then visited
        the farms …"): the person is its subject, whom "he" after it means (``resolve``)."""
        self._note(person, 1)
        self.topic, self.topic_at = person, self.clock

    def spoke(self, speaker: str | None) -> None:
        if speaker:
            self.unnamed_last = False
            if speaker != self.unnamed_voice:
                self.unnamed_voice = None
            self._note(speaker, 1)
            self.spoke_at = self.clock
            if speaker in self.voices:
                return
            self.last_speaker = speaker
            if speaker in self.media or self.types.get(speaker) == "Organization" \
                    and _MASTHEAD.search(self.labels.get(speaker, "")):
                self.last_outlet, self.study_since = speaker, False   # "The Vell Courier reported …": "the paper"
            if self.types.get(speaker) == "Person":
                self.person_spoke, self.person_spoke_at = speaker, self.clock
            elif self.types.get(speaker) in ("Organization", "Group", "Country"):
                self.last_org = speaker

    def saw_statement(self, text: str, span: Span, mentions: list[Mention], speaker: str | None = None) -> None:
        """Remember who issued a statement: "X issued a statement", "X's statement", "в заявлении X", and no one of
        several for a joint statement; the sentence's ``speaker`` issues it whatever the kind of its name ("Vell
        said in a statement": a club the text named like its town)."""
        if speaker is not None:
            self.led[speaker] = self.sentence.start if self.sentence is not None else span.start
        chunk = text[span.start:span.end]
        if _JOINT_STATEMENT.search(chunk):
            self._issued_by(None)
            return      # "в совместном заявлении X и Y": a statement of several, whoever the sentence names
        for m in mentions:
            if self.types.get(m.entity) not in SPEAKER_TYPES and m.entity != speaker:
                continue
            after = chunk[m.span.end - span.start:m.span.end - span.start + 120]
            before = chunk[max(0, m.span.start - span.start - 80):m.span.start - span.start]
            if _ISSUED_AFTER.match(after) and last_of_a_list(text, m, mentions, self.types):
                self._issued_by(None)
                return      # "A, B and C issued a joint statement": no one of them is its author
            if _ISSUED_AFTER.match(after) or _ISSUED_BEFORE.search(before):
                issuer = _owned_by_place(text, m, mentions, self.types).entity
                self._issued_by(issuer, cited=speaker is not None and speaker != issuer)
                return
        if speaker is None and (_STATEMENT_FROM.search(chunk) or _UNNAMED_STATEMENT_SOURCE.search(chunk)):
            self._issued_by(None)   # "a statement from her staff read"

    def _issued_by(self, author: str | None, cited: bool = False) -> None:
        """The last statement's author (None: no one body's) and whether someone else cited it, set together so
        that a later statement never keeps an earlier one's ``statement_cited``."""
        self.statement_author, self.statement_unowned, self.statement_cited = author, author is None, cited

    def reading(self, sentence: Span, mentions: list[Mention]) -> None:
        """The sentence about to be read, and its mentions."""
        self.sentence, self.here = sentence, mentions

    def resolve(self, anaphor: str, gender: str | None = None, continuing: bool = False,
                at: int | None = None) -> str | None:
        """The entity a pronoun or generic noun stands for; ``gender`` from the verb ("заявила"), ``continuing``
        when the verb goes on with what was said ("he added"); ``at``, where the reference stands. A body's organ
        ("the Board of Directors of X") stands for the body (``body_of_organ``): "the regulator" is the bank."""
        who = self._resolve(anaphor, gender, continuing, at)
        return self.body_of_organ(who) if who is not None else None

    def body_of_organ(self, key: str) -> str:
        """For a body whose label names an organ of another body the text names ("X Board of Directors", "Board
        of Governors of the X", ``BODY_ORGANS``), that other body; else the body itself."""
        if self.types.get(key) not in ("Organization", "Group"):
            return key
        m = next((m for shape in _ORGAN_LABELS if (m := shape.fullmatch(self.labels.get(key, "")))), None)
        if m is None:
            return key
        body = m.group("body").lower()
        return next((k for k, label in self.labels.items() if k != key and label.lower() == body
                     and self.types.get(k) in ("Organization", "Group")), key)

    def unit_going_on(self, speaker: str, written: str, verb: str) -> str | None:
        """"Пресс-служба управления ОВХ по краю сообщила … «…», — добавили в ОВХ": a body named, with a verb of going
        on, by words inside the label of the body that spoke last (not its first words: "Vexon Energy" is another
        company than "Vexon") is that body, its unit, going on."""
        last = self.last_speaker
        if last is None or last == speaker or verb.lower() not in _CONTINUING or not written \
                or self.types.get(speaker) not in ("Organization", "Group") \
                or self.types.get(last) not in ("Organization", "Group"):
            return None
        label, key = self.labels.get(last, ""), f" {written}"   # not the label's first words
        at = label.find(key)
        while at >= 0 and label[at + len(key):at + len(key) + 1].isalnum():
            at = label.find(key, at + 1)   # a word that only starts so ("ОВХ" in "ОВХО") is another
        return last if at >= 0 else None

    def _resolve(self, anaphor: str, gender: str | None, continuing: bool, at: int | None) -> str | None:
        a = anaphor.lower()
        if _LAW.fullmatch(a):       # "according to the measure": the law named before, if any; a document that
            # is also a law ("the decree") with none named is its issuer's words ("X signed a decree")
            return self.last_law or (self.statement_author if _DOCUMENT.fullmatch(a) else None)
        if _FILING.fullmatch(a):     # "according to the complaint": the one the text said filed it, else no one
            return self.filer
        if a.split()[-1] in _OUTLET_DESCRIPTIONS:   # "according to the paper": the outlet that reported last
            return None if self.study_since and a.split()[-1] == "paper" else self.last_outlet
        cue = next((cue for cue in _KIND_HEADS if any(w.startswith(cue) for w in a.split())), None)
        kind = _KIND_HEADS.get(cue)
        if _DOCUMENT.fullmatch(a) and self.statement_author and kind is None:
            return self.statement_author
        voiced = [k for k, (description, _) in self.voices.items() if description == _LEADING_ARTICLE.sub("", a)]
        if voiced:
            return voiced[-1]
        if _POLICE_REFERENCE.search(anaphor) and not _NOT_POLICE.search(anaphor):
            # "Station House Officer X … DCP Y … the DCP added": the one who holds that rank, before other police
            rank = {w.lower() for w in _RANK_ACRONYM_WORDS.findall(anaphor)}
            police = [k for k in self.salience if rank and rank <= self.titles.get(k, set()) and self.fits(k, gender)] \
                or [k for k in self.salience if k in self.police and self.fits(k, gender)]
            if self.person_spoke in police:
                return self.person_spoke
            if police:
                return max(police, key=lambda k: (self.salience[k], self.recency[k]))
            titled = self.fitting_person(a)   # "the IGP" after "Inspector-General of Police (IGP) …, Jane Roe"
            return titled if titled and self.fits(titled, gender) else None
        if _PERSON.fullmatch(anaphor):   # as written: a body by its capitals ("глава ГСБ")
            if a in _PRONOUN_GENDER and self.voice_going_on(_PRONOUN_GENDER[a]):
                return self.unnamed_voice    # "A ministry spokeswoman said …. She added": the ministry
            if a in _PRONOUN_GENDER and self.post_named(self.last_speaker) and self.topic_at <= self.spoke_at:
                return self.last_speaker     # "The Harbour Master's Spokesman (HMS) said …. She added": that post
            gender = gender or _PRONOUN_GENDER.get(a)
            fitting = self.fitting_person(a)
            if fitting and self.speaker_among_bystanders(a) and self.fits(self.last_speaker, gender):
                return self.last_speaker
            if fitting and self.fits(fitting, gender):
                return fitting
            agent = next((owner for title, owner in self.agents.items() if a.endswith(title)), None)
            if fitting is None and agent is not None:
                return agent     # "the spokesman": the one the text gave a spokesman
            if fitting is None and _PRESS_TITLE.fullmatch(a.split()[-1]):
                return None      # "Журналист попросил …": the press asking, not the person who answers
            who = self.resolve_person(gender, continuing, _offices(a), held=bool(_NAMING_ITS_BODY.search(a)))
            if who is None and a in _PRONOUN_GENDER and gender \
                    and self._body_noun_gender(self.last_speaker, a) == gender:
                return self.last_speaker   # «…, — отметила организация. Она констатировала …»: the body that spoke
            return who
        in_sentence = at is not None and self.sentence is not None and self.sentence.start <= at < self.sentence.end
        head = kind or next((h for cue, h in _ANAPHOR_HEADS.items() if cue in a), None)
        if head:  # "the ministry": the ministry that just spoke, else the most talked-about one so far
            # (a news agency is no "ведомство", though its label holds "agency")
            of_head = lambda k: self.types.get(k) in ("Organization", "Group") \
                and re.search(head, self.labels.get(k, "").lower()) and k not in self.outlets and k not in self.media
            fitting = [k for k in self.salience if of_head(k) and (cue not in _LEADING_HEADS or self.led_lately(k))]
            if self.last_speaker in fitting:
                return self.last_speaker
            if fitting:
                return max(fitting, key=lambda k: (self.salience[k], self.recency[k]))
            # "The board of X decided …, the central bank said": X, named first in this very sentence
            before = [m.entity for m in self.here if in_sentence and m.span.end <= at and of_head(m.entity)
                      and (cue not in _LEADING_HEADS or m is self.here[0])]
            if before:
                return before[-1]
            quoted = [k for k in self.quoted if of_head(k)]
            if len(quoted) == 1:   # «… МВД сообщает …». В министерстве отметили: the one ministry a quotation named
                return quoted[0]
            later = self.named_soon(of_head, at)
            if len(later) == 1 and cue not in _LEADING_HEADS:   # «…, сообщили в ведомстве» before its name
                return later[0]
            if kind:      # "the court" is no body of another kind
                return None
        kind_of_body = self._body_kind(a)
        if kind_of_body is not None:   # "the company" after a regulator spoke: the company named before, if any
            # (a company is no group of people: "the firm said" after "analysts expected" is not the analysts)
            # (nor, for a head of ``NOT_OUTLET_DESCRIPTIONS``, «компания», an agency an alias calls an outlet)
            no_media = a.split()[-1] in _NOT_OUTLET_DESCRIPTIONS
            of_kind = lambda k: self.types.get(k) in (("Organization",) if kind_of_body == "company"
                                                      else ("Organization", "Group")) and k not in self.outlets \
                and not (no_media and k in self.media) and self._public(k) == (kind_of_body == "public")
            before = [m.entity for m in self.here if in_sentence and m.span.end <= at and of_kind(m.entity)]
            if before:                 # "Shares in X fell after the company said …"
                return before[-1]
            fitting = [k for k in self.salience if of_kind(k)]
            # "the airline" after an outlet spoke: a body whose label says what it is, if any ("X Airlines")
            # (or one whose label tells the trade: "the carrier" is "X Airways")
            trade = _COMPANY_TRADE_LABELS.get(a.split()[-1])
            head = re.compile(rf"(?<!\w)(?:{re.escape(a.split()[-1])}{'|' + trade if trade else ''})")
            fitting = [k for k in fitting if head.search(self.labels.get(k, "").lower())] or fitting
            if self.last_speaker in fitting:
                return self.last_speaker
            if fitting:
                return max(fitting, key=lambda k: (self.salience[k], self.recency[k]))
            later = self.named_soon(of_kind, at)
            if len(later) == 1:   # "the company said …" before "Vexon Holdings"
                return later[0]
            return None     # a company is no commission, a regulator no firm: no body of another kind
        if _DOCUMENT.fullmatch(a) and self.last_speaker in self.media:
            return None     # "…, according to Northwire news agency. The statement said": not the agency's
        no_outlet = a.split()[-1] in _NOT_OUTLET_DESCRIPTIONS   # "the group", "компания": no radio the text named
        # nor people named by what they are: "according to residents. …, the group said" is no residents' word
        speaking = lambda k: self.types.get(k) in ("Organization", "Group") and k not in self.outlets \
            and not (no_outlet and k in self.media) and not _group_by_kind(self.types.get(k), self.labels.get(k, ""))
        # "the militant group Sons of Vell … The group said": the body the text called so, even after another spoke
        called = [k for k in self.salience if speaking(k) and a.split()[-1] in self.kinds_written.get(k, ())]
        if speaking(self.last_speaker) and (not called or self.last_speaker in called):
            return self.last_speaker     # "Northwire said …; the company added": the body that just spoke
        if _DOCUMENT.fullmatch(a) and self.statement_unowned:
            return None     # "the statement said" of an issuer the text did not name: no body merely talked about
        if called:    # the body the text called so, the last of them
            return max(called, key=lambda k: self.recency[k])
        bodies = [k for k in self.salience if speaking(k)]
        if bodies:    # "the company", "в компании": else the most talked-about body so far
            return max(bodies, key=lambda k: (self.salience[k], self.recency[k]))
        body = self.last_body()
        return None if no_outlet and body in self.media else body

    def _body_noun_gender(self, key: str | None, pronoun: str) -> str | None:
        """The grammatical gender of the noun that heads a body's Russian name («организация»: feminine), which a
        Russian pronoun of that gender may stand for; None for a person, for an English pronoun (English gives a
        body none), or where no noun tells."""
        if key is None or self.types.get(key) not in ("Organization", "Group") or not LEMMATISED.search(pronoun):
            return None
        russian = max(self.base_forms.get(key, ()), key=len, default="")   # a registry body's label is English
        for word in (russian or self.labels.get(key, "")).split():
            tag = morph().parse(word.lower())[0].tag
            if tag.POS == "NOUN" and "nomn" in tag and tag.gender:
                return tag.gender
        return None

    def named_soon(self, fits: Callable[[str], bool], at: int | None) -> list[str]:
        """The bodies that fit, not seen yet, that the text first names after ``at`` (else the sentence being read)
        and within the ``BODY_CATAPHORA_SENTENCES`` sentences after its sentence: what a description no body named
        before fits may stand for."""
        start = at if at is not None else self.sentence.start if self.sentence is not None else 0
        ends = self.sentence_starts[bisect_right(self.sentence_starts, start) + BODY_CATAPHORA_SENTENCES:]
        return [k for pos, k in self.named_ahead if start < pos and (not ends or pos < ends[0]) and fits(k)
                and k not in self.salience]

    def led_lately(self, key: str) -> bool:
        """The body led the sentence before this one or the text's first, as its subject: what "the club" may
        refer back to (``ANAPHOR_LEADING_HEADS``), not an opponent named in passing."""
        led = self.led.get(key)
        if led is None:
            return False
        here = bisect_right(self.sentence_starts, self.sentence.start if self.sentence is not None else led)
        return bisect_right(self.sentence_starts, led) >= here - 1 or led <= self.sentence_starts[0]

    def post_named(self, key: str | None) -> bool:
        """A name the text gave a post, not a person: a body whose label a noun for a person heads ("the Harbour
        Master's Spokesman (HMS)"); whoever holds the post is "he" or "she", whatever the noun's gender."""
        words = self.labels.get(key or "", "").lower().split()
        return self.types.get(key) in ("Organization", "Group") and bool(words) and words[-1] in _PERSON_NOUNS

    @staticmethod
    def _body_kind(description: str) -> str | None:
        """"company" or "public" for a description whose head (its last word) names that kind of body, else None."""
        head = description.split()[-1] if description.split() else ""
        return "company" if head in _COMPANY_DESCRIPTIONS else "public" if head in _PUBLIC_DESCRIPTIONS else None

    def _public(self, key: str) -> bool:
        """A public body by its English label (``public_label``)."""
        return public_label(self.labels.get(key, ""))

    def kind_only(self, key: str) -> bool:
        """A body whose label is only a kind of body: "Foreign Ministry", "Central Bank", or the description itself
        where the text had named no such body yet ("the ministry")."""
        return self.types.get(key) in ("Organization", "Group") \
            and bool(_KIND_ONLY.fullmatch(f"the {_LEADING_ARTICLE.sub('', self.labels.get(key, '').lower())}"))

    def named_in_full(self, key: str, here: list[str] = (), seen: bool = True) -> str | None:
        """For a body whose label is only a kind of body ("Foreign Ministry"), the one other body seen so far
        (unless not ``seen``) or ``here`` whose label holds each of its words ("Ministry of Foreign Affairs of
        Ruritania"), or the last speaker among several; not an organ of the body ("Board of Governors of the X")."""
        if not self.kind_only(key):
            return None
        words = set(re.findall(r"\w+", _LEADING_ARTICLE.sub("", self.labels.get(key, "").lower())))
        fitting = [k for k in dict.fromkeys([*(self.salience if seen else ()), *here])
                   if k != key and self.types.get(k) in ("Organization", "Group") and self.body_of_organ(k) != key
                   and k not in self.outlets and words <= set(re.findall(r"\w+", self.labels.get(k, "").lower()))
                   and not _KIND_ONLY.fullmatch(f"the {self.labels.get(k, '').lower()}")]
        if len(fitting) == 1:
            return fitting[0]
        return self.last_speaker if self.last_speaker in fitting else None

    def last_body(self) -> str | None:
        """The organisation, group or country that spoke last, else the last named; never an outlet."""
        if self.last_speaker and self.types.get(self.last_speaker) in ("Organization", "Group", "Country") \
                and self.last_speaker not in self.outlets:
            return self.last_speaker
        return self.last_org if self.last_org not in self.outlets else None


    def resolve_person(self, gender: str | None = None, continuing: bool = False,
                       offices: set[int] = frozenset(), held: bool = False) -> str | None:
        """A personal pronoun: the person the sentence before is about if no one spoke since (not for a verb
        that goes on with what was said), else the last speaker if a person of its gender, else the last person of
        its gender who spoke if no other person was a sentence's subject since, else the latest such person named,
        unless an unnamed person spoke last. A title naming ``offices`` ("the foreign
        minister") takes a person the text gave that office, else passes over one the text titled only with other
        offices ("President X"), or, ``held``, anyone the text did not give one of ``offices``."""
        if self.unnamed_last:
            return None

        # those of the same office first ("the top diplomat": "Foreign Minister X"; "главы" for "глава"), then
        # those the text gave no office
        same = {k for k in self.recency if self.types.get(k) == "Person" and self.fits(k, gender)
                and offices & self.offices.get(k, set())}

        def fits(k: str) -> bool:
            return self.fits(k, gender) and not self._other_office(k, offices) \
                and (k in same if same or held and offices else True)

        if self.topic and self.topic_at > self.spoke_at and fits(self.topic) and not continuing:
            return self.topic    # "Varga met Petrov. He said …": the subject of a sentence since anyone spoke
        if self.last_speaker and self.types.get(self.last_speaker) == "Person" and fits(self.last_speaker):
            return self.last_speaker
        if self.person_spoke and fits(self.person_spoke) \
                and (self.topic_at <= self.person_spoke_at or self.topic == self.person_spoke):
            return self.person_spoke     # no one else the text named since was a sentence's subject
        people = [k for k in self.recency if self.types.get(k) == "Person" and fits(k)]
        # a person the text told the gender of ("Ms Roe") before one it did not
        return max(people, key=lambda k: (gender is not None and self.genders.get(k) == gender, self.recency[k])) \
            if people else None

    def leader_of(self, body: str, leading: frozenset[str], deputy: frozenset[str]) -> str | None:
        """The person the text titled as leading ``body``: among their titles, every word of the body's label and
        one of ``leading`` ("Vell Bank Governor X": "governor"), none of ``deputy`` ("Deputy Governor"); the last
        person who spoke among several, else the most talked-about."""
        named = _title_words(self.labels.get(body, ""))
        fitting = [k for k in self.salience if self.types.get(k) == "Person" and named
                   and named <= self.titles.get(k, set()) and leading & self.titles.get(k, set())
                   and not deputy & self.titles.get(k, set())]
        if self.person_spoke in fitting:
            return self.person_spoke
        return max(fitting, key=lambda k: (self.salience[k], self.recency[k])) if fitting else None

    def holder_at(self, body: str, resolved: str | None) -> str | None:
        """"У главы АМН X разговор с директором Бюро Y … — сказал директор АМН": of the people the text titled with
        ``body``, the one the title alone resolved to, else the one who spoke last, else the most talked-about; if
        it titled no one so, the one resolved to unless their titles named another body (they hold it there)."""
        tied = [k for k in self.salience if self.types.get(k) == "Person" and body in self.affiliations.get(k, ())]
        if resolved in tied or (not tied and not self.affiliations.get(resolved or "")):
            return resolved
        if self.person_spoke in tied:
            return self.person_spoke
        return max(tied, key=lambda k: (self.salience[k], self.recency[k])) if tied else None

    def holds_title(self, key: str, title: str) -> bool:
        """The text or the registry gives the person the head word of ``title`` ("spokesman" of "the Foreign
        Ministry spokesman")."""
        head = _title_words(title.split()[-1]) if title.split() else set()
        return bool(head) and (head <= self.titles.get(key, set())
                               or any(head <= _title_words(role) for role in self.roles.get(key, ())))

    def titled_as(self, key: str, title: str) -> bool:
        """The text or the registry gives the person every word of ``title`` ("trade minister", not "minister")."""
        return key in self._titled(title)

    def _other_office(self, key: str, offices: set[int]) -> bool:
        """The text titled the person only with offices other than ``offices`` ("President X" for "the minister")."""
        return bool(offices and self.offices.get(key) and not offices & self.offices[key])

    def fits(self, key: str, gender: str | None) -> bool:
        """A person of no gender the text told, or of ``gender``: one "he" or "his" may stand for."""
        return not gender or self.genders.get(key) in (None, gender)

    def resolve_collective(self, pronoun: str) -> str | None:
        """"it said", "they added": the organisation that spoke or was named last; "I", "we": the last speaker."""
        if pronoun in _FIRST_PERSON_SUBJECTS:
            speaker = (None if self.statement_cited else self.statement_author) or self.last_speaker
            # no body says "I": after a body spoke, "I think …" is the author's
            return None if SINGULAR_FIRST_PERSON.fullmatch(pronoun) \
                and self.types.get(speaker) not in (None, "Person") else speaker
        body = self.last_body()
        if pronoun in _PLURAL_GROUP_SUBJECTS and body in self.media:
            return None     # "…, according to Northwire news agency. They commended …": people, not the agency
        return body

    def nominative(self, mention: Mention, text: str) -> bool:
        """Can be a Russian subject: the registry's own (nominative) name, or a nominative parse."""
        surface = text[mention.span.start:mention.span.end].lower().replace("ё", "е")
        gender = self.genders.get(mention.entity) if self.types.get(mention.entity) == "Person" else None
        return surface in self.base_forms.get(mention.entity, ()) or in_nominative(surface, gender)

    def fitting_person(self, anaphor: str) -> str | None:
        """"The Ambassador", "the head of state", "пресс-секретарь": of the people the text has called that, or
        whose registry titles say so, the one who spoke last if one did ("со ссылкой на адвоката X … Адвокат также
        сообщил": X, not another lawyer talked about more), else the most talked-about. Pronouns fit anyone."""
        fitting = self._titled(anaphor)
        if self.person_spoke in fitting:
            return self.person_spoke
        return max(fitting, key=lambda k: (self.salience[k], self.recency[k])) if fitting else None

    def called_so(self, noun: str, gender: str | None = None) -> str | None:
        """The person the text titled with ``noun`` right before the name (``called``), the last such one that fits
        ``gender``: a title no table holds ("Rector Jane Roe …. The rector said")."""
        said = _title_words(noun)
        people = [k for k, words in self.called.items() if said and said <= words and self.fits(k, gender)]
        return max(people, key=lambda k: self.recency[k]) if people else None

    def _titled(self, anaphor: str) -> list[str]:
        """The people who hold the office ``anaphor`` names, under any of its names ("President X" for "глава
        государства"), or whose registry titles say so; else the people the text has called ``anaphor`` (the words
        before a name are more than its titles: "Глава государства встретился с X" does not make X one)."""
        words = _title_words(anaphor)
        # not one the text titled with other offices only: the words around a name are more than its titles
        # ("The foreign minister referred to President X's visit" gives X "foreign" and "minister")
        offices = _offices(anaphor)
        if not words and not offices:
            return []
        # a registry role holds the phrase as whole words: not "министра" in "администрации"
        whole = re.compile(rf"(?<!\w){re.escape(_LEADING_ARTICLE.sub('', anaphor))}(?!\w)")
        people = [k for k in self.salience if self.types.get(k) == "Person" and not self._other_office(k, offices)]
        holders = [k for k in people if offices & self.offices.get(k, set())
                   or any(any(_at_role_head(r, m) for m in whole.finditer(r)) or offices & _offices_of_role(r)
                          for r in self.roles.get(k, ()))]
        if holders:   # "the Election Commission President": the one the text called that, not another president
            return [k for k in holders if _among_titles(words, self.own_titles.get(k, set()))] or holders
        if not words:   # a title too common to tell people apart ("president"): only the office's holders fit
            return []
        head_title = _title_words(_head_title(anaphor) or "")
        return [k for k in people if words <= self.titles.get(k, set())] \
            or [k for k in people if head_title and head_title <= self.titles.get(k, set())]

    def speaker_among_bystanders(self, anaphor: str) -> bool:
        """"X said …. The panel includes Minister A and Minister B. … The minister added": a title that several
        people the text named fit, none of them the last speaker, tells none of them apart; the person who spoke
        last, with no registry title, is the one the report goes on with."""
        speaker = self.last_speaker
        titled = self._titled(anaphor)
        return speaker is not None and speaker == self.person_spoke and speaker not in titled \
            and not self.roles.get(speaker) and len(titled) > 1


_GENDERED = merged("GENDERED_WORDS")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_PREDICATE_AFTER = re.compile(r"[»“”\"]?\s+([^\W\d_]+)")   # the word after a name and its closing mark
_PRESS_TITLE = re.compile(alternation("PRESS_TITLES"), re.I)
_COMPANY_DESCRIPTIONS = frozenset(joined("COMPANY_DESCRIPTIONS"))
# the word right before a body's name, past an opening quotation mark: the kind of body the text calls it
_KIND_BEFORE_NAME = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+[«„“\"]?$")
KIND_BEFORE_REACH = 30   # characters before a body's name in which that word is sought
# an apposition of an article and up to three more words after a body's name, closed by a comma: its last word
# is the kind of body the text calls it ("Velsen Watch, a rights group, said")
_KIND_APPOSED = re.compile(rf",\s+(?:{'|'.join(joined('ARTICLES')) or '(?!)'})\s+(?:[a-z][\w-]*\s+){{0,3}}"
                           rf"([a-z]+),")
_COMPANY_TRADE_LABELS = merged("COMPANY_TRADE_LABELS")
_PUBLIC_DESCRIPTIONS = frozenset(joined("PUBLIC_DESCRIPTIONS"))
_NOT_OUTLET_DESCRIPTIONS = frozenset(joined("NOT_OUTLET_DESCRIPTIONS"))
_OUTLET_DESCRIPTIONS = frozenset(joined("OUTLET_DESCRIPTIONS"))
_STUDY_NAMED = re.compile(alternation("STUDY_NAMED"), re.I)
_MASTHEAD = re.compile(rf"(?<!\w)(?:{'|'.join(joined('MASTHEAD_WORDS')) or '(?!)'})$")
_PUBLIC_LABEL_WORDS = frozenset(joined("PUBLIC_LABEL_WORDS"))
_ORGAN_LABELS = [re.compile(shape.format(organ="|".join(joined("BODY_ORGANS"))), re.I)
                 for shape in joined("BODY_ORGAN_LABELS")]
_PUBLIC_LABEL_PHRASES = re.compile(rf"(?<!\w)(?:{'|'.join(joined('PUBLIC_LABEL_PHRASES'))})(?!\w)")


def public_label(label: str) -> bool:
    """A public body's label: one of its words is one of ``PUBLIC_LABEL_WORDS``, or it holds one of
    ``PUBLIC_LABEL_PHRASES`` ("National Bank of Fredonia")."""
    label = label.lower()
    return bool(_PUBLIC_LABEL_WORDS & set(re.findall(r"\w+", label))) or bool(_PUBLIC_LABEL_PHRASES.search(label))


_PREPOSITIONS = frozenset(joined("PREPOSITIONS"))
_OWN_DOCUMENT_NOUNS = frozenset(noun.replace("ё", "е") for noun in joined("OWN_DOCUMENT_NOUNS"))
_COMPLEMENTIZERS = frozenset(joined("COMPLEMENTIZERS"))
TOPIC_WORDS = 4   # words before a sentence's topic in its clause: "Ruling party MP Tomas Varga"
# "X answered questions from reporters": the report of an interview, not a claim of X's
_ANSWERED_QUESTIONS = re.compile(rf"(?:{alternation('ANSWERED_QUESTIONS')})(?!\w)", re.I)
_QUESTIONS_ANSWERED = {module: re.compile(module.QUESTIONS_ANSWERED, re.I) for module in LANGUAGES.values()
                       if module.QUESTIONS_ANSWERED}
# "X and Y accused each other": two sides, each saying the opposite, are no one claimant
_RECIPROCAL = re.compile(rf"\s+(?:{alternation('RECIPROCAL')})(?!\w)", re.I)
# "написала заявление об уходе": writing an application is an act, not a report of words
_FILED_APPLICATION = re.compile(alternation("FILED_APPLICATION"), re.I)
_TITLE_STEM = re.compile(r"[^\W\d_]{4,}", re.U)
_NOT_TITLE = set(joined("NOT_TITLE_WORDS")) | set(joined("COMMON_TITLES"))
_ROLE_SYNONYMS = merged("ROLE_SYNONYMS")
_LEADING_ARTICLE = re.compile(rf"^(?:{'|'.join(joined('ARTICLES'))})\s+")
_TITLE_HEAD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")   # a title's last word before a name: "vice-chancellor"
_APPOSITION_AFTER = re.compile(rf",\s+(?:{'|'.join(joined('ARTICLES'))})?\s*[^,.;]{{1,80}}")
_FIRST_PERSON_SUBJECTS, _GROUP_SUBJECTS = joined("FIRST_PERSON_SUBJECTS"), joined("GROUP_SUBJECTS")
# "I", "my": the first person of one person, never a body's (SINGULAR_FIRST_PERSON)
SINGULAR_FIRST_PERSON = re.compile(rf"(?:{alternation('SINGULAR_FIRST_PERSON') or '(?!)'})", re.I)
_PLURAL_GROUP_SUBJECTS = joined("PLURAL_GROUP_SUBJECTS")


_OFFICES = [re.compile(rf"(?<![\w-])(?:{office})(?![\w-])", re.I) for office in joined("OFFICES")]
_SHORT_HEADS = {short.lower(): full for short, full in merged("BODY_SHORT_HEADS").items()}
_HEAD_TITLES = merged("HEAD_TITLES_OF_BODIES")
_SHORT_HEAD_WORDS = "|".join(sorted(map(re.escape, _SHORT_HEADS), key=len, reverse=True))
_HEAD_OF_SHORT = re.compile(rf"(?:{alternation('HEAD_OF_BODY_WORDS')})\s+({_SHORT_HEAD_WORDS})\w*", re.I) \
    if alternation("HEAD_OF_BODY_WORDS") else re.compile(r"(?!)")


def _head_title(anaphor: str) -> str | None:
    """«глава Минздрава»: the title of the head of a body named by its short head, its kind's head title before the
    rest of its full name («министр здравоохранения», ``HEAD_TITLES_OF_BODIES``), which the text may have given the
    person instead."""
    m = _HEAD_OF_SHORT.fullmatch(anaphor)
    if m is None:
        return None
    full = _SHORT_HEADS[m.group(1).lower()]
    kind, _, field = full.partition(" ")
    return f"{_HEAD_TITLES[kind]} {field}" if kind in _HEAD_TITLES else None


OFFICE_GAP_WORDS = 3      # words between a title and the name it comes before: "Foreign Minister of Borealia X"
OFFICE_APPOSED_WORDS = 4  # words into an apposition where its title starts: ", the country's foreign minister,"
_OFFICE_GAP = re.compile(rf"[,;:()]|(?<!\w)(?:{'|'.join(joined('OFFICE_GAP_STOPS'))})(?!\w)", re.I)


def _offices(text: str) -> set[int]:
    """The offices (``OFFICES``) a title names."""
    return {i for i, office in enumerate(_OFFICES) if office.search(text)}


# what ends the head of a registry title before the office it serves: "assistant to the president", "first vice
# president", «помощник президента»
_ROLE_HEAD_END = re.compile(rf"(?<!\w)(?:{'|'.join(joined('OFFICE_PREPOSITIONS') + joined('DEPUTY_TITLES'))})(?!\w)")


@lru_cache(maxsize=4096)
def _offices_of_role(role: str) -> frozenset[int]:
    """The offices a registry title names at its head ("prime minister of Armenia": the head of government's), not
    one it only serves; once a title."""
    return frozenset(i for i, m in _office_matches(role) if _at_role_head(role, m))


def _at_role_head(role: str, m: re.Match) -> bool:
    """A match in a registry title before the words that end its head (``_ROLE_HEAD_END``, an aide's title)."""
    return not _ROLE_HEAD_END.search(role, 0, m.start()) and not _AIDE_BEFORE.search(role[:m.start()])


def _office_matches(text: str) -> Iterator[tuple[int, re.Match]]:
    """Each office the titles before a name give, and where: by the office's own words, or as the head of a body
    named by its short head («глава МЧС области Y»: a minister's office, ``_head_title``), whom the head of a region
    («глава региона», «губернатор») is not. (Such a head written alone is the one the text titled by the body's
    field: ``Discourse._titled``.)"""
    for i, office in enumerate(_OFFICES):
        yield from ((i, m) for m in office.finditer(text))
    for m in _HEAD_OF_SHORT.finditer(text):
        title = _head_title(m.group())
        yield from ((i, m) for i in sorted(_offices(title) if title else ()))


def _titles_before(text: str) -> Iterator[tuple[int, re.Match]]:
    """The titles of offices right before a name, with their offices: at most ``OFFICE_GAP_WORDS`` words before
    it and not across a comma or a conjunction ("President X"; not "met the President and X"), nor one an aide
    serves ("заместитель губернатора X")."""
    return ((i, m) for i, m in _office_matches(text)
            if len(text[m.end():].split()) <= OFFICE_GAP_WORDS and not _OFFICE_GAP.search(text, m.end())
            and not _AIDE_BEFORE.search(text[max(0, m.start() - AIDE_REACH):m.start()]))


AIDE_REACH = 40   # characters of an aide's title before the office it serves: "первый заместитель "
_AIDE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('AIDES_BEFORE_OFFICE')})\s+$", re.I) \
    if alternation("AIDES_BEFORE_OFFICE") else re.compile(r"(?!)")


def _office_apposed(apposition: str) -> set[int]:
    """The offices of a title that opens an apposition after a name (", the foreign minister,"), not of a
    relative clause (", who met the President,")."""
    words = apposition.strip(", ").split()
    if not words or words[0].lower() in _RELATIVE_PRONOUNS:
        return set()
    head = " ".join(words[:OFFICE_APPOSED_WORDS + 2])
    return {i for i, office in enumerate(_OFFICES) for m in office.finditer(head)
            if len(head[:m.start()].split()) <= OFFICE_APPOSED_WORDS}


TITLE_RUN_WORDS = 6   # words of the title right before a name: "Deputy Foreign Ministry spokesman X"
# what ends the title right before a name, going back from it: a mark ("TOWN, May 4 (Agency) – Spokesman X") or
# a conjunction or preposition ("met the minister and X", "welcomed by President X")
_TITLE_RUN_MARK = re.compile(r'[,;:()"«»“”.!?–—]')
_TITLE_RUN_STOPS = frozenset(joined("OFFICE_GAP_STOPS"))


def _title_run(words: list[str]) -> list[str]:
    """The words right before a name that are its title: back from the name to a mark, a conjunction or a
    preposition, at most ``TITLE_RUN_WORDS`` of them (a mark that opens a word ends the run after it)."""
    run: list[str] = []
    for w in reversed(words[-TITLE_RUN_WORDS:]):
        if _TITLE_RUN_MARK.match(w[-1:]) or w.lower() in _TITLE_RUN_STOPS:
            break
        run.insert(0, w)
        if _TITLE_RUN_MARK.match(w[:1]):
            break
    return run


def _office_of_run(run: list[str]) -> set[str]:
    """"the head of the province Jane Roe": the title words of a person's noun (``PERSON_NOUNS``,
    ``BODY_HEAD_TITLES``) with the preposition of its office after it (``OFFICE_PREPOSITIONS``) in the run before a
    name, which the text may call her by again ("The head of the province said")."""
    at = next((i for i in range(len(run) - 1) if run[i].lower() in _TITLE_RUN_NOUNS
               and run[i + 1].lower() in _OWNER_PREPOSITIONS), None)
    return _title_words(" ".join(run[at:])) if at is not None else set()


_SHORT_TITLES = merged("TITLES_WRITTEN_SHORT")
_SHORT_TITLE = re.compile(rf"(?<![\w.])({'|'.join(a.title() for a in _SHORT_TITLES)})\.(?=\s)") \
    if _SHORT_TITLES else re.compile(r"(?!)")


def _spelled_out(text: str) -> str:
    """The titles written short before names spelled out (``TITLES_WRITTEN_SHORT``): "Gov. X" was titled governor."""
    return _SHORT_TITLE.sub(lambda m: _SHORT_TITLES[m.group(1).lower()], text)


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text.lower()))


_WORD_GAPS = re.compile(r"[\s-]+")
_RANK_ACRONYM_WORDS = re.compile(rf"(?<!\w)(?:{'|'.join(joined('RANK_ACRONYMS')) or '(?!)'})(?!\w)", re.I)
_RANKS_WRITTEN_OUT = {_WORD_GAPS.sub(" ", phrase): tuple(a.lower() for a in acronyms)
                      for phrase, acronyms in merged("RANKS_WRITTEN_OUT").items()}
# at every word, the longest rank written out that starts there, hyphens or spaces between its words (a lookahead:
# "Deputy Inspector General" holds "Inspector General" too, which the grade before it then refuses)
_RANK_WRITTEN_OUT = re.compile(
    r"(?<![\w-])(?=({})(?![\w-]))".format("|".join(r"[\s-]+".join(map(re.escape, phrase.split()))
                                               for phrase in sorted(_RANKS_WRITTEN_OUT, key=len, reverse=True))
                                      or "(?!)"), re.I)
_GRADE_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation('POLICE_RANK_GRADES') or '(?!)'})[ \t]+$", re.I)


def _among_titles(words: set[str], titles: set[str]) -> bool:
    """Every word among a person's title words, a demonym as the name of its place ("the Tarnian minister" for "X,
    the foreign minister of Tarnia", not for "Orlovian Foreign Minister Y")."""
    return all(w in titles or any(_demonym_of(w, t) for t in titles) for w in words)


def _demonym_of(word: str, place: str) -> bool:
    """"tarnian" of "tarnia", "russian" of "russia": the demonym's stem (past ``DEMONYM_ENDINGS``) opens the place's
    name, which goes on by at most a few letters."""
    ending = next((e for e in _DEMONYM_ENDINGS if word.endswith(e)), "")
    stem = word[:len(word) - len(ending)]
    return bool(ending) and len(stem) >= DEMONYM_STEM_LETTERS and place != word and place.startswith(stem) \
        and len(place) - len(stem) <= DEMONYM_PLACE_EXTRA


DEMONYM_STEM_LETTERS = 3   # the shortest stem a demonym is told by ("russ" of "russian")
DEMONYM_PLACE_EXTRA = 3    # letters a place's name may add to that stem ("russ" + "ia")
_DEMONYM_ENDINGS = tuple(joined("DEMONYM_ENDINGS"))


def _title_words(text: str) -> set[str]:
    """Content words, Russian ones cut to a stem so "послом" and "посол" meet; a police rank's acronym too,
    though short ("the IGP warned": the one titled IGP, not the last person named), and the acronyms of a rank
    written out ("Inspector General of Police X" … "the IG said")."""
    out = {w.lower() for w in _RANK_ACRONYM_WORDS.findall(text)}
    for m in _RANK_WRITTEN_OUT.finditer(text):
        if not _GRADE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            out.update(_RANKS_WRITTEN_OUT[_WORD_GAPS.sub(" ", m.group(1).lower())])
    for w in _TITLE_STEM.findall(text.lower()):
        if w in _NOT_TITLE:
            continue
        w = next((same for start, same in _ROLE_SYNONYMS.items() if w.startswith(start)), w)
        out.add(w[:5] if re.search(r"[а-яё]", w) else w.rstrip("s"))
    return out


_AGENT_STEMS = frozenset(_title_words(" ".join(joined("OWNERS_AGENTS"))))


def _titles_of_others(window: list[str]) -> set[str]:
    """The agents' titles (``OWNERS_AGENTS``) among the words before a name that a preposition or, where case
    shows, a noun for a person follows: "a lawyer for X", "адвокат бизнесмена X" (not "защитник компании X")."""
    found: set[str] = set()
    for k, word in enumerate(window):
        agent = _title_words(word) & _AGENT_STEMS
        if agent and any(_links_an_owner(w) for w in window[k + 1:]):
            found |= agent
    return found


def _links_an_owner(word: str) -> bool:
    """A preposition ("for", "of"), or a Russian animate noun, whose genitive names the one an agent acts for."""
    w = word.strip(_OPENING_MARKS + ".,;:()").lower()
    if w in _PREPOSITIONS:
        return True
    return bool(re.fullmatch(r"[а-яё-]+", w)) and any(
        p.tag.POS == "NOUN" and "anim" in p.tag for p in morph().parse(w)[:1])


def outside_quotations(outside: list[Span], pos: int) -> bool:
    """``pos`` stands in the text between quotations (``outside``: those stretches, in order, apart), found by
    bisection: every rule asks it of every sentence, and a scan made that quadratic in a long article."""
    i = bisect_right(outside, pos, key=lambda o: o.start) - 1
    return i >= 0 and pos < outside[i].end


@dataclass(frozen=True, slots=True)
class Frame:
    speaker: str
    rule: str            # verb_subject, according_to, verb_left, verb_right, as_saying, anaphor, relay
    verb: Span
    at_end: bool         # the frame closes what it reports ("..., Putin said.", "..., — сказал он")
    subject: Span | None = None   # where the speaker is named, when it is
    after_assertion: bool = False  # the frame follows a comma after the assertion, however long it is
    via: tuple[str, ...] = ()      # outlets that passed the claim on, outermost first ("quoted by TASS")
    # the verb takes what was said as a clause ("said that …", "отметил, что …", "said: …"), not only an object
    # ("supported the law", "назвал поражение позорным"): only such a frame reports the sentences after it
    reports_clause: bool = False
    # the verb's object only points back to what went before ("X said this at a briefing"): the sentence names who
    # said it and where, the article's own account of the occasion, not a claim of the speaker's
    points_back: bool = False


def _fixes_a_price(text: str, end: int, own: ModuleType) -> bool:
    """«зафиксировала (розничные) цены»: a verb of recording whose object, after an adjective at most, is a price or a
    rate (``FIXED_OBJECTS``, by lemma) fixes it; it records nothing."""
    for word in re.findall(r"[^\W\d_]+", text[end:end + 60])[:2]:
        reading = morph().parse(word.lower())[0]
        if reading.normal_form in own.FIXED_OBJECTS:
            return True
        if reading.tag.POS not in ("ADJF", "PRTF"):
            return False
    return False


def verbs(text: str, span: Span, lang: str) -> list[Span]:
    """Reporting verbs in the span; a stem's match must parse as a verb ("заявил", not "заявление"); a verb that
    reports words only as a tag (``TAG_ONLY_STEMS``) must come right after what was said ("…, — заключил он"), and
    one that reports them only with its clause (``CLAUSE_ONLY_STEMS``) there or before the clause ("объявил, что"),
    one that reports them only through a statement's noun (``ISSUING_STEMS``) before its clause ("выступил с
    заявлением о том, что"; "ограничился сообщением о …" for ``REFLEXIVE_ISSUING_STEMS``), and a gerund that reports them only right before its clause (``OPENING_ONLY_STEMS``:
    "…, заметив, что"); a reflexive past, another verb for most stems ("отметился"), reports words only for
    ``REFLEXIVE_SAYING_STEMS`` as a tag or before its clause, and for ``REFLEXIVE_TAG_STEMS`` as a tag; a verb of
    recording (``RECORDING_STEMS``) reports what it recorded, not a price it fixed."""
    own = language(lang)
    pattern, stems = _verb_pattern(own.REPORTING_VERBS, own.REPORTING_STEMS, own.LETTERS)
    chunk = text[span.start:span.end]
    found = [Span(span.start + m.start(), span.start + m.end()) for m in pattern.finditer(chunk)
             if not stems or _verbal(m.group()) and not _other_verb(m.group(), own)]
    tagging = lambda at, _: _after_break(text, span.start, at)
    telling = lambda at, end: _after_break(text, span.start, at) or bool(_CLAUSE_AFTER_VERB.match(text, end)) \
        or text[at:end].lower().startswith(own.PREDICATING_STEMS) and _cast_as_something(text, end)
    issuing = lambda _, end: _issued_statement(_STATEMENT_CLAUSE[own].match(text, end))
    opening = lambda _, end: bool(OPENING_AFTER_GERUND[own].match(text, end))
    understood = lambda _, end: bool(_UNDERSTOOD_CLAUSE[own].match(text, end))
    recorded = lambda _, end: not _fixes_a_price(text, end, own)
    for only, where, reflexive in ((own.TAG_ONLY_STEMS, tagging, False), (own.CLAUSE_ONLY_STEMS, telling, False),
                                   (own.RECORDING_STEMS, recorded, False),
                                   (own.ISSUING_STEMS, issuing, False), (own.REFLEXIVE_ISSUING_STEMS, issuing, True),
                                   (own.OPENING_ONLY_STEMS, opening, False), (own.UNDERSTOOD_STEMS, understood, False),
                                   (own.REFLEXIVE_SAYING_STEMS, telling, True), (own.REFLEXIVE_TAG_STEMS, tagging, True)):
        if only:
            limited, _ = _verb_pattern((), only, own.LETTERS)
            found += [Span(span.start + m.start(), span.start + m.end()) for m in limited.finditer(chunk)
                      if _verbal(m.group()) and _other_verb(m.group(), own) == reflexive
                      and where(span.start + m.start(), span.start + m.end())]
    found.sort(key=lambda verb: verb.start)
    openings = list(_NOUN_CONTENT_CLAUSE[own].finditer(text, span.start, span.end))
    ends = [m.end() for m in openings]
    return [verb for verb in found if not _in_a_nouns_content(text, openings, ends, verb)]


PREDICATE_WORDS = 4   # words after the verb in which its object and what the object is cast as stand
# (an opening quotation mark is no mark there: «назвал выборы «фарсом»», «посчитал слова «пустыми обещаниями»»)
_WORDS_TO_MARK = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s«„“]")


def _cast_as_something(text: str, end: int) -> bool:
    """«объявило город центром вспышки», «признал выборы нелегитимными»: an object, then a noun or an adjective in
    the instrumental that says what the object is held to be, within ``PREDICATE_WORDS`` words and no mark; not
    one a preposition governs («объявил конкурс под эгидой …»)."""
    words = []
    for m in _WORDS_TO_MARK.finditer(text, end, end + 80):
        if not m.group()[0].isalpha() or len(words) == PREDICATE_WORDS:
            break
        words.append(morph().parse(m.group())[0])
    return any(p.tag.POS in ("NOUN", "ADJF") and "ablt" in p.tag and words[k - 1].tag.POS != "PREP"
               for k, p in enumerate(words) if k)


def _in_a_nouns_content(text: str, openings: list[re.Match], ends: list[int], verb: Span) -> bool:
    """"В чатах разошелся пост о том, что мэрия просит …": a verb of saying in the clause that says what a noun in
    the nominative or the accusative holds (``NOUN_CONTENT_CLAUSE``, ``openings`` in the sentence), with no break
    before it, reports what the post or the rumour says, so its subject is no speaker of the sentence."""
    before = bisect_right(ends, verb.start)
    if not before or _CLAUSE_BREAK.search(text, openings[before - 1].end(), verb.start):
        return False
    noun = openings[before - 1].group("noun")
    return any(p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs") for p in morph().parse(noun)[:1])




_NOUN_CONTENT_CLAUSE = {module: re.compile(module.NOUN_CONTENT_CLAUSE, re.I) for module in LANGUAGES.values()}
_STATEMENT_CLAUSE = {module: re.compile(module.STATEMENT_CLAUSE, re.I) for module in LANGUAGES.values()}
_UNDERSTOOD_CLAUSE = {module: re.compile(module.UNDERSTOOD_CLAUSE, re.I) for module in LANGUAGES.values()}


def _issued_statement(clause: re.Match | None) -> bool:
    """A statement's noun and what it says after it (``STATEMENT_CLAUSE``); a denial's object (its "denied" group)
    only in the genitive: «выступил с опровержением слухов», not «… с опровержением на пресс-конференции»."""
    denied = clause.groupdict().get("denied") if clause else None
    return clause is not None and (denied is None or _genitive(denied))
OPENING_AFTER_GERUND = {module: re.compile(module.OPENING_AFTER_GERUND, re.I) for module in LANGUAGES.values()}


def _other_verb(word: str, own: ModuleType) -> bool:
    return bool(own.OTHER_VERB_ENDINGS and re.search(own.OTHER_VERB_ENDINGS, word, re.I))


def unnamed_person(description: str) -> bool:
    """An unnamed speaker's head word (``unnamed_speaker``) that is one person: "official", "resident", not
    "officials" or a pronoun, which may stand for someone named."""
    return bool(_PERSON_DESCRIPTION.fullmatch(description)) or description in _CORROBORATING_WITNESSES


def unnamed_speaker(text: str, span: Span, lang: str, outside: list[Span],
                    words: tuple[Word, ...] = (), forecasters_only: bool = False) -> str | None:
    """Someone the text does not name speaks here: a verb of saying outside quotations, with a subject in the
    parse ("Defence lawyers said …", "The bill is expected to pass"), or, without one, such a verb in a form
    that names nobody ("сообщили", "сообщается"; "сказал" has a subject, one the rules did not read); or
    someone declines to speak ("He declined to give details", "отказался от комментариев"), or records bear the
    sentence out ("…, official figures showed"), or unnamed people forecast a figure as the verb's active subject
    ("Analysts had forecast a loss", ``EXPECTING_LEMMAS``; "Sales are estimated at …" names no forecaster, and the
    report goes on; with ``forecasters_only`` nor does "Exports are expected to reach …"): the report before it ends
    there; or, without a parse, an
    indefinite pronoun speaks ("— крикнул кто-то из зала"); never a verb in a relative clause
    (``_AFTER_RELATIVE_PRONOUN``). Returns the subject's head word ("lawyers"; "" without
    a parse), None when nobody speaks. Call it where ``find_frame`` found no speaker."""
    own = language(lang)
    free = lambda pos: outside_quotations(outside, pos)
    if words and own.SAYING_LEMMAS:
        for i, w in enumerate(words):
            saying = w.lemma in own.SAYING_LEMMAS or _refusal(words, i, own) or _withheld(words, i, own) \
                or _records_show(words, i, own)
            if (saying or w.lemma in own.EXPECTING_LEMMAS) \
                    and w.pos == "VERB" and w.dep != "relcl" \
                    and span.start <= w.span.start < span.end and free(w.span.start) \
                    and not _act(text[span.start:span.end], lang, words, i):
                # a forecaster speaks only as the active subject
                passive_speaks = saying and not (forecasters_only and w.lemma in own.EXPECTING_LEMMAS)
                subject = _children(words, i, "nsubj", "nsubjpass") or _unnamed_shared_subject(words, i) \
                    if passive_speaks else _children(words, i, "nsubj")
                if subject:
                    return words[subject[0]].text.lower()
        return None
    for verb in verbs(text, span, lang) if own.MARKS_CASE else ():
        title = _UNNAMED_TITLE.search(text[span.start:verb.start])
        if title and free(verb.start):
            return title.group(1).lower()   # "Министр заявил, что …": a title that refers to no one named
        people = _people_after(text, text[verb.start:verb.end], verb, span.end, own) if free(verb.start) else None
        if people:
            return text[people.start:people.end].lower()   # "…, считают адвокаты": people the text does not name
        title = _TITLE_AFTER_VERB.match(text, verb.end, span.end)
        if title and title.group(1).lower() not in _PRONOUN_GENDER and free(verb.start) \
                and _after_break(text, span.start, verb.start) and in_nominative(title.group(1)):
            return title.group(1).lower()   # «…», — сказала судья: a title no frame tied to anyone named
    refusal = _REFUSALS.get(own)
    if refusal and any(free(m.start()) for m in refusal.finditer(text, span.start, span.end)):
        return ""       # "Он отказался от комментариев": someone declines to speak
    someone = _SOMEONE.get(own)
    for verb in verbs(text, span, lang) if someone else ():
        beside = text[span.start:verb.start].split()[-1:] + text[verb.end:span.end].split()[:1]
        who = next((w for w in beside if someone.fullmatch(w.strip(",.!?:;"))), None)
        if who and free(verb.start):
            return who.strip(",.!?:;").lower()     # "— крикнул кто-то из зала": someone the text cannot name
    if not own.SAYING_STEMS:
        return None
    pattern, _ = _verb_pattern((), own.SAYING_STEMS, own.LETTERS)
    return next(("" for m in pattern.finditer(text, span.start, span.end) if free(m.start())
                 and re.search(own.IMPERSONAL_VERB_ENDINGS, m.group()) and _verbal(m.group())
                 and not _AFTER_RELATIVE_PRONOUN.search(text, max(span.start, m.start() - 20), m.start())
                 and not (forecasters_only and own.UNHELD_EXPECTATION
                          and re.fullmatch(own.UNHELD_EXPECTATION, m.group(), re.I))), None)


# "the targets the papers wrote about", «слухи, о которых писали в газетах»: a verb of saying in a relative clause
# tells what a noun is, not who says the sentence (the parse's "relcl" in English; its relative pronoun in Russian)
RELATIVE_CLAUSE_WORDS = 2   # words between a relative pronoun and its verb: «о которых так много писали»
_AFTER_RELATIVE_PRONOUN = re.compile(
    rf"(?<!\w)(?:(?:{one_of(_PREPOSITIONS)})\s+)?(?:{one_of(joined('RELATIVE_PRONOUNS'))})"
    rf"(?:\s+[^\W\d_]+){{0,{RELATIVE_CLAUSE_WORDS}}}\s+$", re.I)


TITLE_CIRCUMSTANCE_WORDS = 5   # words of a circumstance between a verb and the title after it, past its preposition
# a title right after a verb, or past a circumstance that opens with a preposition ("сообщила по итогам переговоров
# в Ереване министр")
_TITLE_AFTER_VERB = re.compile(
    rf"(?:\s+(?:{one_of(_PREPOSITIONS - frozenset(joined('CONJUNCTIONS')))})"
    rf"(?:\s+[^\s,.;:!?«»\"“”()—–]+){{1,{TITLE_CIRCUMSTANCE_WORDS}}}?)?\s+({alternation('ANAPHOR_PERSON')})(?!\w)", re.I)


def _unnamed_shared_subject(words: tuple[Word, ...], verb: int) -> list[int]:
    """"One protester, a student, expressed her anger, stating …": a participle of saying shares the subject of
    the verb it hangs from (``_shared_subject``); where no speaker was found, that subject is someone unnamed."""
    subject = _shared_subject(words, verb)
    return [subject] if subject is not None and words[subject].pos == "NOUN" else []


# a title opening its clause, at most UNNAMED_TITLE_WORDS words (its complement: "министр иностранных дел") before the
# verb: the subject of a verb of saying, read without a parse
UNNAMED_TITLE_WORDS = 3
_UNNAMED_TITLE = re.compile(rf"(?:^\W*|[,—―–]\s*)({alternation('TITLES_BEFORE_APPOSITION')})"
                            rf"(?:\s+[^\W\d_]+){{0,{UNNAMED_TITLE_WORDS}}}\s+$", re.I)


def _records_show(words: tuple[Word, ...], verb: int, own: ModuleType) -> bool:
    """"…, official data show", "Figures released on Monday showed …": records (``EVIDENCE_NOUNS``) that bear a
    sentence out (``EVIDENCE_LEMMAS``) are its source, one no frame names; no speaker's report goes on into it."""
    return words[verb].lemma in own.EVIDENCE_LEMMAS and any(
        words[j].lemma.lower() in own.EVIDENCE_NOUNS for j in _children(words, verb, "nsubj"))


def _refusal(words: tuple[Word, ...], verb: int, own: ModuleType) -> bool:
    """"X declined to comment", "X refused to give details": a verb of refusal governing one of telling."""
    return words[verb].lemma in own.REFUSAL_LEMMAS and any(
        words[j].lemma in own.SPEECH_LEMMAS | own.DISCLOSING_LEMMAS for j in _children(words, verb, "xcomp"))


def withholds(words: tuple[Word, ...], lang: str) -> bool:
    """Someone in the parsed sentence withholds what a verb of telling would tell (``_withheld``)."""
    own = language(lang)
    return any(_withheld(words, i, own) for i in range(len(words)))


def _withheld(words: tuple[Word, ...], verb: int, own: ModuleType) -> bool:
    """"She did not give any figures", "X gave no details", "She did not elaborate": a verb of telling that a
    negation keeps from telling what it names (``WITHHELD_OBJECTS``), or keeps from telling at all when it has no
    object: someone says nothing."""
    if words[verb].lemma not in own.DISCLOSING_LEMMAS:
        return False
    objects = _children(words, verb, "dobj")
    negated = bool(_children(words, verb, "neg")) or any(
        words[j].text.lower() in own.NEGATING_DETERMINERS for o in objects for j in _children(words, o, "det"))
    return negated and (not objects and words[verb].lemma in own.BARE_DISCLOSING_LEMMAS
                        or any(words[o].lemma in own.WITHHELD_OBJECTS for o in objects))


_REFUSALS = {module: re.compile(module.REFUSALS, re.I) for module in LANGUAGES.values() if module.REFUSALS}
_SOMEONE = {module: re.compile("|".join(module.INDEFINITE_SPEAKERS), re.I) for module in LANGUAGES.values()
            if module.INDEFINITE_SPEAKERS}


def _describes_a_person(description: str) -> bool:
    """A title or a noun for a person, also joined to the word that ranks it ("secretary-general")."""
    noun = description.lower()
    return bool(_PERSON_DESCRIPTION.fullmatch(description)) or noun in _PERSON_NOUNS \
        or noun.split("-")[0] in _PERSON_NOUNS


def named_later(text: str, description: str, frame: Frame, discourse: Discourse) -> bool:
    """Cataphora: "The head of the council said … Yilmaz added": a person named by the frame of a later
    sentence is the one a title in an unnamed speaker's subject described, when the title is one the text gave
    that person or the later verb goes on with what was said."""
    if discourse.types.get(frame.speaker) != "Person" or frame.subject is None or frame.rule == "anaphor" \
            or not _describes_a_person(description) or _ANAPHOR.fullmatch(text[frame.subject.start:frame.subject.end]):
        return False
    return bool(_title_words(description) & discourse.titles.get(frame.speaker, set())) \
        or text[frame.verb.start:frame.verb.end].lower() in _CONTINUING


def quoted_right_after(text: str, description: str, claim: tuple[str | None, str, Frame | None],
                       discourse: Discourse) -> bool:
    """Cataphora through a quotation: «Министр подчеркнул, что …», a title that stood for no one named before, then
    «"…", — подчеркнул X» right after it: the person whose quotation (``claim``: claimant, rule, frame) follows is
    the one the title described when the text gave that person the title, or the tag gives X nothing of their own
    («— подчеркнул Павел Жмых, житель Вельска» describes another: not the minister)."""
    speaker, rule, frame = claim
    tag = min(frame.verb.start, frame.subject.start if frame.subject else frame.verb.start) if frame else 0
    quoted = rule == "quotation" or (frame is not None and frame.at_end and (
        DASH_TAG_BEFORE.search(text, max(0, frame.verb.start - DASH_TAG_REACH), frame.verb.start)
        or _QUOTATION_CLOSED_BEFORE.search(text, max(0, tag - DASH_TAG_REACH), tag)))
    if not quoted or discourse.types.get(speaker) != "Person" or not _describes_a_person(description):
        return False
    offices = _offices(description)
    if offices & discourse.offices.get(speaker, set()) \
            or _title_words(description) & discourse.titles.get(speaker, set()):
        return True
    if discourse._other_office(speaker, offices) or frame is None or frame.subject is None:
        return False
    if frame.subject.start < frame.verb.start:   # "“…,” Jane Roe said at …": nothing between her name and the verb
        return not text[frame.subject.end:frame.verb.start].strip()
    return not text[frame.verb.end:frame.subject.start].strip() and bool(_TAG_ENDS.match(text, frame.subject.end))


DASH_TAG_REACH = 5   # characters before a tag's verb in which the dash opening it is sought: "…», — сказал"
_QUOTATION_CLOSED_BEFORE = re.compile(r"[,!?…][”\"»]\s*$")   # an English said-tag after its quotation: "…,” X said"
_TAG_ENDS = re.compile(r"\s*(?:[.!?…]|$)")   # a tag's name ends its sentence: nothing said of the person beside it


@lru_cache(maxsize=None)
def _verb_pattern(whole: tuple[str, ...], stems: tuple[str, ...], letters: str) -> tuple[re.Pattern, bool]:
    """A language's reporting verbs: whole words, or stems that take any ending of its letters."""
    if stems:
        return re.compile(rf"(?<![{letters}])(?:{'|'.join(stems)})[{letters}]*", re.I), True
    return re.compile(r"\b(?:%s)\b" % "|".join(sorted((re.escape(v) for v in whole), key=len, reverse=True)),
                      re.I), False


def _verbal(word: str) -> bool:
    return any(p.tag.POS in ("VERB", "INFN", "GRND", "ADJS", "PRTS") for p in morph().parse(word)[:2])


def find_frame(text: str, span: Span, lang: str, mentions: MentionIndex, discourse: Discourse,
               outside: list[Span], publisher: str | None = None, words: tuple[Word, ...] = ()) -> Frame | None:
    """The reporting frame of one sentence, if it has one outside quotations (``_sentence_frame``); a speaker
    named only by the kind of body it is ("Foreign Ministry", "Central Bank") is the one body of that kind the text
    named in full ("the Ruritanian Foreign Ministry said …; later the Foreign Ministry added")."""
    frame = _sentence_frame(text, span, lang, mentions, discourse, outside, publisher, words) \
        or _embedded_post(text, span, mentions, discourse)
    if frame is None:
        return None
    if frame.subject is not None and (unit := discourse.unit_going_on(
            frame.speaker, text[frame.subject.start:frame.subject.end], text[frame.verb.start:frame.verb.end])):
        return replace(frame, speaker=unit)
    if not discourse.kind_only(frame.speaker):
        return frame
    body = discourse.named_in_full(frame.speaker, [m.entity for m in mentions.within(span)]) \
        or discourse.named_in_full(frame.speaker, [m.entity for m in mentions.items], seen=False)
    return replace(frame, speaker=body) if body else frame


POST_REACH = 600     # characters from a sentence of the post to its signature
POST_SIGNER_SHARE = 0.5   # of the signer's name a mention covers to be the signer ("Jane Roe", not "Vell" of "Vell Desk")


def _embedded_post(text: str, span: Span, mentions: MentionIndex, discourse: Discourse) -> Frame | None:
    """A sentence with no frame of its own in an embedded post: its signer's, the person or body the signature
    names ("… our words. https://t.co/x — Jane Roe (@janeroe) May 3, 2031", the handle alone names no one). The
    sentence is on the signature's line, or on the line just above a signature that opens its own line."""
    m = POST_SIGNATURE.search(text, max(span.start, span.end - POST_REACH), min(len(text), span.end + POST_REACH))
    if m is None:
        return None
    gap = text[span.end:max(span.end, m.start("name"))]
    if gap.count("\n") > 1 or "\n" in gap and gap[gap.index("\n"):].strip(" \t\n—―–"):
        return None     # a line between, or a signature that does not open its line: not the post's own line
    name = Span(m.start("name"), m.end("name"))
    signers = [x for x in mentions.within(name) if discourse.types.get(x.entity) in SPEAKER_TYPES
               and x.span.end - x.span.start >= POST_SIGNER_SHARE * (name.end - name.start)]
    if signers:
        signer = max(signers, key=lambda x: x.span.end - x.span.start).entity
    else:
        label = m.group("name").strip().casefold()
        signer = next((k for k, v in discourse.labels.items()
                       if v.casefold() == label and discourse.types.get(k) in SPEAKER_TYPES), None)
    return Frame(signer, "document", Span(m.start(), m.end()), True, name) if signer else None


def _holds_a_view(frame: Frame, words: tuple[Word, ...], lang: str) -> bool:
    """The frame's verb tells a view its subject holds (``HELD_VIEW_LEMMAS``), not words it said."""
    return any(w.span == frame.verb and w.lemma in language(lang).HELD_VIEW_LEMMAS for w in words)


def _tells_an_act(frame: Frame, words: tuple[Word, ...], lang: str) -> bool:
    """The frame's verb, read from the parse, is none that reports words its subject said, which another may pass on
    (``REPORTED_SPEECH_LEMMAS``, ``REPORTED_SPEECH_ACT_LEMMAS``; a language without them tells none): "defended its
    interests" tells an act."""
    own = language(lang)
    return bool(own.REPORTED_SPEECH_LEMMAS) and any(
        w.span == frame.verb and w.lemma not in own.REPORTED_SPEECH_LEMMAS | own.REPORTED_SPEECH_ACT_LEMMAS for w in words)


def _group_expecting(frame: Frame, words: tuple[Word, ...], discourse: Discourse, lang: str) -> bool:
    """The frame's speaker is a group and its verb one of expecting (``EXPECTING_LEMMAS``): "analysts expected"
    tells what the group's members expect, not words someone speaking for themselves said."""
    return discourse.types.get(frame.speaker) == "Group" \
        and any(w.span == frame.verb and w.lemma in language(lang).EXPECTING_LEMMAS for w in words)


def _sentence_frame(text: str, span: Span, lang: str, mentions: MentionIndex, discourse: Discourse,
                    outside: list[Span], publisher: str | None = None, words: tuple[Word, ...] = ()) -> Frame | None:
    """The reporting frame of one sentence, if it has one outside quotations.

    When an outlet passes the claim on ("…, X said, quoted by TASS"; "…, пишет
    ТАСС"), the frame of the rest of the sentence names who made the claim and
    the outlet becomes a relay (``Frame.via``); with no other frame, the outlet speaks.
    """
    relay = _relay_clause(text, span, mentions, discourse, outside, lang)
    if relay is not None:
        # "…, сообщает НордНьюс со ссылкой на избирком": the source the outlet cites, with the outlet its relay;
        # "…, передает слова министра НордНьюс": whose words the outlet passes on
        whole = _Sentence(text, span, lang, mentions, discourse, outside, publisher, words, None)
        cited = _citing(whole, CITED_REACH) or _quoted_words(whole, 0)
        if cited is not None:
            discourse.relayed(cited.via)
            return cited
        clause, relays = relay
        if _CORRESPONDENT.search(text, clause.start, clause.end):
            relays = ()     # "— передает корреспондент NordNews": the outlet's own reporter, no one passing words on
        inner = _frame(text, span, lang, mentions, discourse, outside, publisher, words, skip=clause)
        if inner is not None and relays and _group_expecting(inner, words, discourse, lang):
            inner = None   # "Analysts had expected a loss, according to Northwire": the outlet compiled what they expect
        if inner is not None and inner.speaker not in relays:
            discourse.relayed(relays)
            if not text[span.start:clause.start].strip():   # "As cited by Reuters, he added …" opens its sentence
                rest = Span(clause.end, span.end)
                inner = replace(inner, at_end=inner.at_end and _ends_sentence(text, inner.verb, rest),
                                after_assertion=_after_assertion(text, inner.verb, rest))
            return replace(inner, via=relays)
        if inner is None and len(relays) > 1 and (discourse.outlets | discourse.media).isdisjoint(relays):
            return None     # "…, according to a joint statement by A and B": bodies speaking together, no one
        if inner is None and relays:   # "…, пишет ТАСС" and nobody else: the outlet's own report
            discourse.last_outlet = relays[0]
            return Frame(relays[0], "relay", clause, True)
        if inner is None:
            return None
    opener = _opening_relay(text, span, mentions, discourse, outside)
    if opener is not None:   # "Как передает NordNews, об этом заявил X": X speaks, relayed by the outlet
        clause, relays = opener
        inner = _frame(text, span, lang, mentions, discourse, outside, publisher, words, skip=clause)
        if inner is not None and (_holds_a_view(inner, words, lang) or _tells_an_act(inner, words, lang)) \
                and len(relays) == 1 and discourse.types.get(relays[0]) == "Person" \
                and _ACCORDING.match(text, span.start, clause.end):
            # "According to Mara Velsen, Tarnia considers …", "…, Tarnia can defend its interests": her account of
            # Tarnia's view or of what Tarnia does, not Tarnia's words
            return Frame(relays[0], "according_to", clause, False)
        if inner is not None and inner.speaker not in relays:
            discourse.relayed(relays)
            rest = Span(clause.end, span.end)
            return replace(inner, at_end=inner.at_end and _ends_sentence(text, inner.verb, rest),
                           after_assertion=_after_assertion(text, inner.verb, rest), via=relays + inner.via)
    frame = _frame(text, span, lang, mentions, discourse, outside, publisher, words)
    if frame is not None and not frame.via:   # "X told Northwire": the outlet X spoke to passed the words on
        frame = replace(frame, via=_outlet_spoken_to(text, span, frame, mentions, discourse, outside, lang, publisher))
    if frame is not None and frame.via:    # "X was quoted by Northwire as saying": Northwire passed words on
        discourse.relayed(frame.via)
    if frame is not None and not frame.at_end and _topic_closing(text, span, frame, lang):
        frame = replace(frame, at_end=True)
    return frame


def _topic_closing(text: str, span: Span, frame: Frame, lang: str) -> bool:
    """"… . О спорах с соседями рассказал X.": a sentence that closes its paragraph, not opening it, and names
    only the topic (``TOPIC_BACKWARD``), the verb and who spoke reports what its paragraph said before it."""
    own = language(lang)
    topic = own.TOPIC_BACKWARD
    line, end = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
    if not topic or not text[line:span.start].strip() or text[span.end:end if end >= 0 else len(text)].strip():
        return False
    before = text[span.start:frame.verb.start]
    return bool(re.match(rf"\W*(?:{topic})\s+[^,.:;!?«»“”\"]{{1,{TOPIC_REACH}}}?\s+$", before, re.I)) \
        and not _SAID_AFTER.search(text, frame.verb.end, span.end) \
        and not (own.THAT_CLAUSE and re.search(own.THAT_CLAUSE, text[frame.verb.end:span.end], re.I))


_SAID_AFTER = re.compile(r"[:«»“”\"]")     # what was said, after the speaker


_CORRESPONDENT = re.compile(rf"(?<!\w)(?:{alternation('CORRESPONDENT')})", re.I)
# "quoted by TASS", "as cited by Reuters"; "…, Reuters reported."; "…, передает ТАСС"; ", according to AFP."
_RELAY_BY = re.compile(rf"(?<!\w)(?:{alternation('RELAYED_BY')})\s+", re.I)
_RELAY_TRAILER = re.compile(
    rf"[,;]\s*(?:[—―–-]\s*)?(?:(?:{alternation('RELAY_BEFORE_SOURCE')})\s+(?P<after>[^,;]{{1,80}}?)"
    rf"|(?P<before>[^,;]{{1,60}}?)\s+(?:{alternation('RELAY_AFTER_SOURCE')}))\s*[.!]?\s*$", re.I)


def _relay_clause(text: str, span: Span, mentions: MentionIndex, discourse: Discourse,
                  outside: list[Span], lang: str = "en") -> tuple[Span, tuple[str, ...]] | None:
    """The clause by which outlets pass a claim on, and those outlets in text order; not "X was quoted by Y as
    saying", whose speaker the parse reads (``_as_saying_head``) with the outlet as its relay."""
    chunk = text[span.start:span.end]
    as_saying = _AS_SAYING.get(language(lang))

    def named(start: int, end: int) -> tuple[str, ...]:
        found = [m for m in mentions.within(Span(start, end))
                 if discourse.types.get(m.entity) in ("Organization", "Group", "Person")]
        # ", according to Norvik Capital senior analyst Y": the person a body's title goes with, not the body
        found = [m for m in found if discourse.types.get(m.entity) == "Person"
                 or not _title_after(text, m.span.end, end)
                 or not any(discourse.types.get(x.entity) == "Person" and x.span.start > m.span.end for x in found)]
        # ", Nordnews affiliate KXYZ reported": a name that only says whose the next one is, no relay of its own
        found = [m for k, m in enumerate(found) if k + 1 == len(found)
                 or not _KIND_BETWEEN_NAMES.fullmatch(text, m.span.end, found[k + 1].span.start)]
        return tuple(dict.fromkeys(m.entity for m in found))

    for m in _RELAY_BY.finditer(chunk):
        start = span.start + m.start()
        if not outside_quotations(outside, start):
            continue
        stop = re.search(r"[,.;:]", chunk[m.end():])
        end = span.start + m.end() + (stop.start() if stop else len(chunk) - m.end())
        relays = named(span.start + m.end(), end)
        if as_saying is not None and as_saying.search(text, span.start + m.end(), end):
            continue
        if relays:
            comma = chunk.rfind(",", 0, m.start())
            lead = span.start + comma if comma >= 0 and m.start() - comma < 4 else start
            return Span(lead, end), relays
    m = _RELAY_TRAILER.search(chunk)
    if m and outside_quotations(outside, span.start + m.start()):
        group = "after" if m.group("after") else "before"
        source = Span(span.start + m.start(group), span.start + m.end(group))
        relays = tuple(k for k in named(source.start, source.end)
                       if not all(_posted_on(text, source.start, x, discourse) for x in mentions.within(source)
                                  if x.entity == k))
        kind = _OUTLET_KIND.get(language(lang))
        if not relays and discourse.last_outlet and kind and kind.fullmatch(m.group(group).strip()):
            relays = (discourse.last_outlet,)    # "…, пишет агентство": the outlet that reported last
        if relays:
            return Span(span.start + m.start(), span.end), relays
    return None


# one to three words in small letters, none joining a list, between two names: "Nordnews affiliate", "X's local"
_KIND_BETWEEN_NAMES = re.compile(rf"(?:['’]s)?\s+(?:(?!(?:{_JOINER_ALT})\s)[^\W\d_A-ZА-ЯЁ][\w-]*\s+){{1,3}}")


_POSTED_ON_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('POSTED_ON_MEDIUM')})\s+$", re.I) \
    if alternation("POSTED_ON_MEDIUM") else re.compile(r"(?!)")


def _posted_on(text: str, start: int, mention: Mention, discourse: Discourse) -> bool:
    """", according to messages posted on Chirper": a body named in a source (from ``start``) only as where the
    words were posted (``POSTED_ON_MEDIUM`` right before it), and no outlet, is the medium, not the source."""
    return mention.entity not in discourse.outlets and bool(_POSTED_ON_BEFORE.search(text, start, mention.span.start))


_OUTLET_KIND = {module: re.compile(module.OUTLET_KIND_NOUNS, re.I) for module in LANGUAGES.values()
                if module.OUTLET_KIND_NOUNS}
_OUTLET_INTERVIEW = {module: re.compile(rf"(?<!\w)(?:{module.OUTLET_INTERVIEW_CUES})[«„“\"]?$",
                                         re.I) for module in LANGUAGES.values() if module.OUTLET_INTERVIEW_CUES}
_OUTLET_ADDRESSED = {module: re.compile(rf"(?:{module.OUTLET_ADDRESSED})[«„“\"]?", re.I)
                     for module in LANGUAGES.values() if module.OUTLET_ADDRESSED}
_OUTLET_ALIASES = [re.compile(module.OUTLET_ALIASES) for module in LANGUAGES.values() if module.OUTLET_ALIASES]
OUTLET_SPOKEN_TO_REACH = 60   # characters from a verb of saying, or before a body, in which an interview is sought


def media_outlets(entities: dict[str, Entity]) -> set[str]:
    """The bodies a label or an alias calls an outlet ("Northwire news agency", "агентство NordNews")."""
    return {key for key, entity in entities.items() if entity.type in ("Organization", "Group")
            and _labels_an_outlet(entity.all_labels())}


@lru_cache(maxsize=4096)   # the registry's bodies, read again for every document
def _labels_an_outlet(labels: tuple[tuple[str, str], ...]) -> bool:
    return any(p.search(text) for text, _ in labels for p in _OUTLET_ALIASES)


def _outlet_spoken_to(text: str, span: Span, frame: Frame, mentions: MentionIndex, discourse: Discourse,
                      outside: list[Span], lang: str, publisher: str | None) -> tuple[str, ...]:
    """The outlet the speaker spoke to, which passed the words on: a body after an interview's words ("in an
    interview with Northwire", "в беседе с NordNews"), or one the text or the registry calls an outlet right after
    the verb ("told the Vexa daily", "сообщил агентству NordNews"); never the article's own publisher."""
    interview, addressed = _OUTLET_INTERVIEW.get(language(lang)), _OUTLET_ADDRESSED.get(language(lang))
    if interview is None or addressed is None:
        return ()
    for m in mentions.within(span):
        if m.entity in (frame.speaker, publisher) or m.entity in discourse.hosts \
                or discourse.types.get(m.entity) not in ("Organization", "Group"):
            continue
        # the cue stands outside quotations, the name may have its own marks ("в эфире «NordTV»")
        start = max(span.start, m.span.start - OUTLET_SPOKEN_TO_REACH)
        cue = interview.search(text[start:m.span.start])
        if cue and outside_quotations(outside, start + cue.start()):
            return (m.entity,)
        if not frame.verb.end <= m.span.start <= frame.verb.start + OUTLET_SPOKEN_TO_REACH:
            continue
        told = text[frame.verb.start:m.span.start]
        if frame.subject is not None and frame.verb.end <= frame.subject.start and frame.subject.end <= m.span.start:
            # "— рассказала Ферова ТАСС": the speaker named between the verb and the outlet told
            told = text[frame.verb.start:frame.verb.end] + text[frame.subject.end:m.span.start]
        if (addressed.fullmatch(told) or _outlet_told(text, m, told, discourse, language(lang))) \
                and not re.search(r"[,.;:!?]", told) and _an_outlet(text, m, discourse, lang):
            return (m.entity,)
    return ()


def _an_outlet(text: str, mention: Mention, discourse: Discourse, lang: str) -> bool:
    """A body the registry or the text calls an outlet, or that passed words on before."""
    return mention.entity in discourse.media or mention.entity in discourse.outlets \
        or named_as_outlet(text, mention.span.start, mention.span.end) \
        or _called_an_outlet(text, mention.span.start, lang)


_RELAY_OPENER = re.compile(rf"\W*(?:{alternation('RELAY_OPENERS')})\s+", re.I)
RELAY_OPENER_REACH = 80   # characters of an outlet's opening clause: "Как передает NordNews со ссылкой на агентство"


def _opening_relay(text: str, span: Span, mentions: MentionIndex, discourse: Discourse,
                   outside: list[Span]) -> tuple[Span, tuple[str, ...]] | None:
    """An outlet's clause opening the sentence ("Как передает NordNews, …"), up to its comma, and the outlets
    it names."""
    m = _RELAY_OPENER.match(text, span.start, span.end)
    if m is None or not outside_quotations(outside, m.end()):
        return None
    comma = text.find(",", m.end(), min(span.end, m.end() + RELAY_OPENER_REACH))
    if comma < 0:
        return None
    relays = tuple(dict.fromkeys(x.entity for x in mentions.within(Span(m.end(), comma))
                                 if discourse.types.get(x.entity) in ("Organization", "Group", "Person")))
    return (Span(span.start, comma + 1), relays) if relays else None


def _frame(text: str, span: Span, lang: str, mentions: MentionIndex, discourse: Discourse,
           outside: list[Span], publisher: str | None = None, words: tuple[Word, ...] = (),
           skip: Span | None = None) -> Frame | None:
    """The frame of the sentence outside ``skip`` (a relay clause): the first that ``SENTENCE_RULES`` find."""
    sentence = _Sentence(text, span, lang, mentions, discourse, outside, publisher, words, skip)
    for rule in SENTENCE_RULES:
        frame = rule.find(sentence, rule.window)
        if frame is not None:
            return frame
    return None


# "в Telegram-канале ведомства": a name glued by a hyphen to the noun after it only says what kind that noun is
_COMPOUND_TAIL = re.compile(r"-[^\W\d_A-ZА-ЯЁ]")


@dataclass
class _Sentence:
    """A sentence whose frame is sought, and the speakers named in it (not one that only qualifies a noun)."""

    text: str
    span: Span
    lang: str
    mentions: MentionIndex
    discourse: Discourse
    outside: list[Span]         # the text outside quotations, where frames stand
    publisher: str | None
    words: tuple[Word, ...]     # its dependency parse; () when it has none
    skip: Span | None           # a relay clause, read apart

    def __post_init__(self) -> None:
        if not language(self.lang).SPEECH_LEMMAS:    # a parse is read where verbs of saying are listed as lemmas
            self.words = ()
        self.chunk = self.text[self.span.start:self.span.end]
        self.speakers = outermost([m for m in self.mentions.within(self.span)
                                   if self.discourse.types.get(m.entity) in SPEAKER_TYPES
                                   and not (self.skip and self.skip.contains(m.span))
                                   and not _COMPOUND_TAIL.match(self.text, m.span.end)
                                   and not _outlet_told_before(self.text, m, self.discourse, self.lang)])

    def free(self, pos: int) -> bool:
        return outside_quotations(self.outside, pos) \
            and not (self.skip and self.skip.start <= pos < self.skip.end)

    def source_end(self, pos: int, reach: int) -> int:
        """Where the source named after a cue phrase ends: the next comma or dash, else ``reach`` characters on."""
        comma = re.search(r"[,;:—―–]", self.text[pos:min(self.span.end, pos + reach)])
        return pos + comma.start() if comma else min(self.span.end, pos + reach)


_OUTLET_VERB = re.compile(rf"\s+(?:{alternation('RELAY_BEFORE_SOURCE')})\s+", re.I)


def _citing(s: _Sentence, reach: int) -> Frame | None:
    """"ТАСС со ссылкой на МИД", "citing the ministry": the cited speaks, named within ``reach`` characters or,
    when an outlet cites, described right after the cue ("citing the statement"); the outlet before the cue is its
    relay."""
    for m in _CITING.finditer(s.chunk):
        pos = s.span.start + m.end()
        if not s.free(s.span.start + m.start()):
            continue
        end = s.source_end(pos, reach)
        named = next((x for x in s.speakers if pos <= x.span.start < end and not _where_informants_are(s, pos, end, x)),
                     None)
        if named is not None:   # "со ссылкой на главу МЧС области Y": the person titled at the body, not the body
            named = _titled_person(s, pos, named, end) or named
        source, where = (named.entity, named.span) if named else _cited_description(s, pos, end) or (None, None)
        if source is None:
            continue
        # the outlet is the subject of the clause the cue ends ("…, NordNews informs, citing the ministry"),
        # not a name earlier in what it reports
        cue = s.span.start + m.start()
        clause = s.text.rfind(",", s.span.start, cue - 2 if s.text[cue - 2:cue].strip() == "," else cue)
        before = [x for x in s.speakers if max(clause, s.span.start) <= x.span.start and x.span.end <= cue
                  and x.entity != source]
        outlets = tuple(dict.fromkeys(x.entity for x in before))[-1:]
        if not outlets:   # "Об этом со ссылкой на МИД передает NordNews": the outlet after its verb
            after = _OUTLET_VERB.match(s.text, where.end, s.span.end)
            outlets = tuple(x.entity for x in s.speakers if after and x.span.start == after.end())[:1]
        if named is None and not any(s.discourse.types.get(x) in ("Organization", "Group") for x in outlets):
            continue    # "X said, citing the report": a description a person cites is the person's own reading of it
        # "Как передает NordNews со ссылкой на агентство, об этом заявил министр X": X speaks, both relay
        start = before[-1].span.start if before else s.span.start + m.start()
        if "," not in s.text[s.span.start:start] and not s.chunk.startswith(tuple(_CLOSING_MARKS)):
            start = s.span.start    # not the tag after a quotation's closing mark: "”, added X, citing Y"
        said = _relayed_speaker(s, Span(start, end), source, named=True)
        if said is not None:
            return replace(said, via=outlets + said.via)
        return Frame(source, "according_to", Span(s.span.start + m.start(), pos), False, where, via=outlets)
    return None


CITED_DESCRIPTION_WORDS = 2   # words before the description an outlet cites: "citing the ministry's statement"


def _cited_description(s: _Sentence, pos: int, end: int) -> tuple[str, Span] | None:
    """"citing the statement", "со ссылкой на пресс-службу министерства": a description right after the cue (the
    statement noun, a body's word) stands for the issuer or the body the text named before."""
    for last in (False, True):
        found = _anaphor_at(s.text, pos, end, s.discourse, last=last)
        if found is not None and len(s.text[pos:found[1].start].split()) <= CITED_DESCRIPTION_WORDS \
                and s.discourse.types.get(found[0]) in SPEAKER_TYPES:
            return found
    return None


_QUOTED_WORDS = {module: re.compile(module.QUOTED_WORDS, re.I) for module in LANGUAGES.values() if module.QUOTED_WORDS}
_QUOTED_WORDS_AFTER = {code: re.compile(module.QUOTED_WORDS_AFTER or r"(?!)", re.I) for code, module in LANGUAGES.items()}
_QUOTED_WORDS_TAG = {code: re.compile(module.QUOTED_WORDS_TAG or r"(?!)") for code, module in LANGUAGES.items()}


def _subject_right_before(text: str, span: Span, verb: int) -> bool:
    """"Агентство «Прайм» приводит слова …": the outlet named right before the verb, its subject, passes words on."""
    return span.end <= verb and not text[span.end:verb].strip(" »“\"")


def _named_after_title(s: _Sentence, start: int) -> Mention | None:
    """"слова директора завода Павла Громова": the speaker named at ``start``, else the person named after the title
    that opens there, in one phrase (no mark between, at most ``QUOTED_OBJECT_WORDS`` words before the name)."""
    at = next((x for x in s.speakers if x.span.start == start), None)
    if at is not None:
        return at
    return next((x for x in s.speakers if start < x.span.start and s.discourse.types.get(x.entity) == "Person"
                 and _one_phrase(s.text, start, x.span.start)
                 and _title_of_the_name(s.text, start, x.span.start, language(s.lang))), None)


def _title_of_the_name(text: str, start: int, end: int, own: ModuleType) -> bool:
    """"слова министра Ивана Сомова" but not "слова жены (адвоката бизнесмена, источника в окружении) Ивана Сомова":
    the words before a name are its own title unless one in relation to it stands there, not parted from the name by
    a noun for a thing («тренера клуба X» is X), or a second noun for a person («адвоката бизнесмена X»)."""
    others = own.OTHERS_OF_A_NAME | own.OWNERS_AGENTS | own.OTHER_PARTIES
    related, people = False, 0
    for word in re.findall(r"[^\W\d_][\w-]*", text[start:end]):
        parse = morph().parse(word.lower())[0]
        if parse.normal_form in others:
            related = True
        elif parse.tag.POS == "NOUN" and "anim" not in parse.tag:
            related = False
        people += parse.tag.POS == "NOUN" and "anim" in parse.tag and parse.normal_form not in own.TITLE_OF_A_TITLE
    return not related and people <= 1


def _one_phrase(text: str, start: int, end: int) -> bool:
    """A title before the name it goes with, in one phrase: no mark between, at most ``QUOTED_OBJECT_WORDS`` words."""
    return not re.search(r"[,.;:!?«»“”\"()—]", text[start:end]) and len(text[start:end].split()) <= QUOTED_OBJECT_WORDS


def _quoted_words(s: _Sentence, _: int) -> Frame | None:
    """"«…», — приводит агентство слова адвоката": the one whose words an outlet gives speaks, named after the
    words' noun (in the genitive) or described there ("адвоката": the person the text gave that title; "его": the
    last person of that gender; "министерства": the body named before); an outlet named before the noun is the
    relay, or one named after the speaker ("передает слова министра агентство"), or after the verb that follows the
    speaker ("— слова адвоката приводит агентство"); a bare «слова» ending the sentence right after a quotation
    names only the speaker ("«…», — слова адвоката.")."""
    pattern = _QUOTED_WORDS.get(language(s.lang))
    for m in pattern.finditer(s.text, s.span.start, s.span.end) if pattern else ():
        if not s.free(m.start()):
            continue
        named = _named_after_title(s, m.end())
        word = re.match(r"[^\W\d_]+", s.text[m.end():s.span.end])
        said_by = named.span.end if named is not None else m.end() + word.end() if word is not None else None
        if m.group("relay"):
            relayed = Span(m.start("relay"), m.end("relay"))
        elif m.group("relay") is not None:  # "передает слова министра агентство": the outlet after who said them
            relayed = Span(said_by, s.span.end) if said_by is not None else Span(m.end(), m.end())
        else:   # "слова адвоката приводит агентство": the verb and the outlet after who said the words
            told = _QUOTED_WORDS_AFTER[s.lang].match(s.text, said_by, s.span.end) if said_by is not None else None
            if told is not None:
                relayed = Span(told.end(), s.span.end)
            elif said_by is not None and _QUOTED_WORDS_TAG[s.lang].search(s.text, s.span.start, m.start()) \
                    and not re.search(r"\w", s.text[said_by:s.span.end]):
                relayed = Span(said_by, said_by)    # "«…», — слова адвоката.": the tag names only the speaker
            else:
                continue    # "слова министра вызвали споры": words talked about, not quoted
        relays = tuple(x.entity for x in s.speakers if (relayed.start <= x.span.start < relayed.end
                                                         or _subject_right_before(s.text, x.span, m.start()))
                       and s.discourse.types.get(x.entity) in ("Organization", "Group"))
        if named is not None:
            who, where = named.entity, named.span
        elif word is not None:
            pronoun = word.group().lower()
            objects = language(s.lang).OBJECT_PRONOUNS
            who = s.discourse.resolve_person(objects[pronoun]) if pronoun in objects \
                else s.discourse.fitting_person(pronoun)
            where = Span(m.end(), m.end() + word.end())
            body = _anaphor_at(s.text, m.end(), s.source_end(m.end(), ACCORDING_REACH), s.discourse, last=True) \
                if who is None else None
            if body is not None and s.discourse.types.get(body[0]) in ("Organization", "Group"):
                who, where = body     # "цитирует агентство заявление министерства": the body named before
        else:
            continue
        if who is not None and who not in relays:
            return Frame(who, "according_to", Span(m.start(), m.end()), True, where, via=relays)
    return None


def _parsed(s: _Sentence, _: int) -> Frame | None:
    """With a dependency parse, the subject of a verb of saying speaks (see ``_subject_frame``), unless the
    sentence opens with a person as its source and the verb tells a view held or an act, not words passed on:
    "According to her, Tarnia considers the deal fair" is her claim about what Tarnia thinks, "According to him,
    Tarnia can defend its interests" his about what Tarnia can do."""
    frame = _subject_frame(s, s.words) if s.words else None
    if frame is None or not (_holds_a_view(frame, s.words, s.lang) or _tells_an_act(frame, s.words, s.lang)):
        return frame
    return _opening_person_source(s) or frame


_OPENING = re.compile(r"[\s\"'“«„(—–-]*")


def _opening_person_source(s: _Sentence) -> Frame | None:
    """The person an "according to" opening the sentence names ("According to him, …")."""
    for rule in (_according_to_pronoun, _according_to):
        frame = rule(s, ACCORDING_REACH)
        if frame is not None and s.discourse.types.get(frame.speaker) == "Person" \
                and _OPENING.fullmatch(s.text, s.span.start, frame.verb.start):
            return frame
    return None


def _according_to_pronoun(s: _Sentence, _: int) -> Frame | None:
    """"according to him", "по её словам": the person of the pronoun's gender named right before it as an aside
    ("Варга, по его словам, …") or in the clause a colon closes before it, else the last person who spoke or was named; never one the sentence names after the
    pronoun ("По его словам, Варга …": whoever "его" is, not Varga)."""
    for m in _ACCORDING_PRONOUN.finditer(s.chunk):
        gender = next((_PRONOUN_GENDER[w] for w in m.group().lower().split() if w in _PRONOUN_GENDER), None)
        aside = next((x.entity for x in s.speakers if s.discourse.types.get(x.entity) == "Person"
                      and _ASIDE_OPENS.fullmatch(s.text, x.span.end, s.span.start + m.start())
                      and s.discourse.nominative(x, s.text) and s.discourse.fits(x.entity, gender)), None)
        voice = s.discourse.unnamed_voice if not aside and s.discourse.voice_going_on(gender) else None
        who = aside or voice or s.discourse.resolve_person(gender)   # «По его словам»: the body its voice spoke for
        named_after = {x.entity for x in s.speakers if x.span.start >= s.span.start + m.end()}
        if who and who not in named_after and s.free(s.span.start + m.start()):
            return Frame(who, "according_to", Span(s.span.start + m.start(), s.span.start + m.end()), False)
    return None


_ACCORDING_OWNER = {module: re.compile(module.ACCORDING_TO_OWNER, re.I) for module in LANGUAGES.values()
                    if module.ACCORDING_TO_OWNER}


def _according_to_owner(s: _Sentence, _: int) -> Frame | None:
    """"In the minister's words, …", "In Varga's view, …" opening the sentence or a clause: the owner of the words,
    a speaker named there or the one a title refers back to."""
    pattern = _ACCORDING_OWNER.get(language(s.lang))
    for m in pattern.finditer(s.chunk) if pattern else ():
        start, end = s.span.start + m.start("owner"), s.span.start + m.end("owner")
        cue = Span(s.span.start + m.start(), s.span.start + m.end())
        if not s.free(start) or not (_OPENING.fullmatch(s.text, s.span.start, cue.start)
                                     or s.text[:cue.start].rstrip().endswith(",")):
            continue
        named = [x for x in s.speakers if start <= x.span.start and x.span.end <= end]
        found = (named[-1].entity, named[-1].span) if named else _anaphor_at(s.text, start, end, s.discourse)
        if found:
            return Frame(found[0], "according_to", cue, False, found[1])
    return None


# between a name and the aside after it: "Варга, по его словам, …", or the colon closing the clause the name
# opens, which the aside explains ("Орлен не согласилась: по её словам, …")
_ASIDE_OPENS = re.compile(r"\s*,\s*|(?:\s+[^\W\d_]+){0,3}\s*:\s*")


def _outlet_joined(s: _Sentence, source: Mention, end: int) -> bool:
    """"According to Mara Velsen and the Reuters news agency", «по словам Сомова и РИА Новости»: the name joined
    right after the source is an outlet (``_an_outlet``, or a masthead's name: "The Vell Times"), which relays the
    source's words: the source speaks."""
    joined = next((m for m in s.mentions.within(Span(source.span.end, end))
                   if _joined_right_before(s.text, m, [source])), None)
    return joined is not None and (_an_outlet(s.text, joined, s.discourse, s.lang)
                                   or _MASTHEAD.search(s.discourse.labels.get(joined.entity, "")) is not None)


def _according_to(s: _Sentence, reach: int) -> Frame | None:
    """"According to the ministry", "по словам Лаврова", "как заявил X": the source named within ``reach``
    characters and ``SOURCE_WORDS`` words of the phrase (a subject in the nominative where the phrase wants
    one), else a description or a country's group there."""
    text, span, discourse = s.text, s.span, s.discourse
    for m in _ACCORDING.finditer(s.chunk):
        pos = span.start + m.end()
        if not s.free(pos - 1):
            continue
        np_end = s.source_end(pos, reach)
        wants_subject = m.group().lower().startswith(_ACCORDING_SUBJECT)
        own = language(s.lang)
        told = _addressee(text, m.group(), pos, np_end, s.speakers, discourse, own)
        if told is not None:   # "Как сообщили ТАСС в пресс-службе суда": the source follows "в"
            gap = _TOLD_THEN_IN_BODY[own].match(text[told.span.end:np_end])
            pos, wants_subject = (told.span.end + gap.end(), False) if gap else (told.span.end, wants_subject)
        elif wants_subject and own.PLURAL_VERB_ENDINGS and re.search(own.PLURAL_VERB_ENDINGS, m.group()) \
                and (inside := _TOLD_IN_BODY[own].match(text, pos, np_end)):
            # "Как сообщили в пресс-службе суда", "Как рассказали корреспонденту X в пресс-службе суда": in the body
            pos, wants_subject = inside.end(), False
        lead = _STATEMENT_LEAD.match(text, pos, np_end) \
            or WRITTEN_OUT_RANK.match(text, pos, np_end)   # the statement's words, a police rank's, count for none
        after = [x for x in s.speakers if pos <= x.span.start < np_end
                 and _source_gap_fits(text, lead.end() if lead else pos, x, discourse, own)
                 and not _posted_on(text, pos, x, discourse)
                 and not _where_informants_are(s, pos, np_end, x)
                 and not (wants_subject and (_governed(text, x, discourse) or not discourse.nominative(x, text)
                                             or _outlet_told_in_cue(s, x, m.group(), np_end)))]
        heard = _informants_after(text, pos, np_end, own)
        inside = _informants_body(text, heard, s.speakers, discourse, own) if heard else None
        if inside is not None:   # «по данным источника NordNews в МВД»: the body its informants speak for
            return Frame(inside.entity, "according_to", Span(span.start + m.start(), pos), False, inside.span)
        if after:
            cue = Span(span.start + m.start(), pos)
            after = after[after.index(_owned_by_place(s.text, after[0], after[1:], s.discourse.types)):]
            source = _titled_person(s, pos, after[0], np_end) or after[0]
            if not _outlet_joined(s, source, np_end) and (
                    any(x.span.start > source.span.end and _joined_right_before(text, x, [source]) for x in after)
                    or _NAME_BEFORE_JOINER.search(text, pos, source.span.start) is not None
                    or _name_joined_after(text, source.span.end, np_end, s.mentions, discourse.types)):
                return None     # "according to A and B", «по словам Сомова и Петрова»: together, no one alone
            holder = _title_of_last_speaker(s, pos, source)
            if holder is not None:
                return Frame(holder[0], "according_to", cue, False, holder[1])
            return _relayed_speaker(s, Span(cue.start, np_end), source.entity) \
                or Frame(_body_of_members(text, source, discourse) or source.entity, "according_to", cue, False,
                         source.span)
        source = _informants_source(text, heard, s.speakers, discourse, own) if heard else None
        if source is not None:   # "по словам собеседников агентства": the outlet they spoke to
            discourse.heard_by(source[0])
            return Frame(source[0], "according_to", Span(span.start + m.start(), pos), False, source[1])
        paged = _page_owner(text, pos, np_end, discourse)
        if paged is not None:   # "according to a statement on his website"
            return Frame(paged[0], "according_to", Span(span.start + m.start(), pos), False, paged[1])
        found = _anaphor_at(text, pos, np_end, discourse)
        owner = _owner_named(s, found[1], np_end) if found else None
        if owner:
            discourse.spoke_through(owner.entity, text[found[1].start:found[1].end], span.start)
        found = (owner.entity, owner.span) if owner else found or _demonym_group(text, pos, np_end, discourse) \
            or _statement_named_in_cue(m, span.start, discourse) or _outlet_named_by_kind(text, pos, np_end, s)
        if found:
            return Frame(found[0], "according_to", Span(span.start + m.start(), pos), False, found[1])
    return None


_ISSUED_DOCUMENT_GAP = {module: re.compile(module.ISSUED_DOCUMENT_GAP, re.I) for module in LANGUAGES.values()
                        if module.ISSUED_DOCUMENT_GAP}


def _source_gap_fits(text: str, start: int, x: Mention, discourse: Discourse, own: ModuleType) -> bool:
    """The words between "according to" and a source's name are few (``SOURCE_WORDS``), or tell the document it
    issued (``ISSUED_DOCUMENT_GAP``: "according to figures issued on Monday by the X"), or a person's title run
    ("according to the deputy head of the regional water board Y"): a title noun among its first words
    (``_TITLE_RUN_NOUNS``), no comma, within ``SOURCE_TITLE_WORDS`` words."""
    gap = text[start:x.span.start]
    words = gap.lower().split()
    issued = _ISSUED_DOCUMENT_GAP.get(own)
    if len(words) <= SOURCE_WORDS or issued is not None and issued.fullmatch(gap):
        return True
    return len(words) <= SOURCE_TITLE_WORDS and "," not in gap and discourse.types.get(x.entity) == "Person" \
        and any(w in _TITLE_RUN_NOUNS for w in words[:TITLE_RUN_OPENING])


def _owned_by_place(text: str, owner: Mention, mentions: list[Mention], types: dict[str, str]) -> Mention:
    """"according to Ruritania's National Exit Poll", "Ruritania's National Exit Poll said": a country's or a
    place's possessive right before the name of a speaker (among ``mentions``) makes that name the source or the
    issuer, not the country; any other owner is it."""
    if types.get(owner.entity) not in ("Country", "Place"):
        return owner
    return next((n for n in mentions if types.get(n.entity) in SPEAKER_TYPES and n.span.start > owner.span.end
                 and _POSSESSIVE.fullmatch(text, owner.span.end, n.span.start)), owner)


def _outlet_told_in_cue(s: _Sentence, outlet: Mention, said: str, end: int) -> bool:
    """«Как заявил в интервью NordNews депутат X» (``_outlet_told``), «Как сообщил Нординфо глава МИД X» (an
    outlet with a person in the nominative after it in its clause): in the phrase of a cue that wants a subject, the
    outlet is who was told; the person spoke."""
    return _outlet_told(s.text, outlet, said, s.discourse, language(s.lang)) \
        or (_an_outlet(s.text, outlet, s.discourse, s.lang)
            and _person_in_clause(s.text, outlet.span.end, end, s.speakers, s.discourse, verb_gender(said)))


def _where_informants_are(s: _Sentence, pos: int, end: int, mention: Mention) -> bool:
    """"со ссылкой на источник в силовых структурах Бореалии", "по словам источника в Бореалии": a country or a
    place in the phrase of unnamed informants (``OUTLET_INFORMANTS``) is where they are, not who speaks, as with
    "сообщил источник в …"."""
    return s.discourse.types.get(mention.entity) in ("Country", "Place") \
        and _informants_after(s.text, pos, end, language(s.lang)) is not None


def _outlet_named_by_kind(text: str, start: int, end: int, s: _Sentence) -> tuple[str, Span] | None:
    """"По данным издания": the source only a kind of outlet names (``OUTLET_KIND_NOUNS``) is the outlet that
    reported last."""
    kind = _OUTLET_KIND.get(language(s.lang))
    at = start + len(text[start:end]) - len(text[start:end].lstrip())
    source = kind.match(text, at, end) if kind is not None and s.discourse.last_outlet is not None else None
    if source is None:
        return None
    return s.discourse.last_outlet, Span(source.start(), source.end())


# What leads to the body a plural verb's words came from: "в" before the body, "на сайте" before the body whose page
# carried them ("сообщили на сайте газеты X")
_TO_BODY = {module: "|".join(filter(None, (module.IN_BODY, module.ON_BODY_PAGE))) for module in LANGUAGES.values()}
# That lead, after the reporter, the press or the outlet the words were told to, if any ("рассказали журналистам в")
_TOLD_IN_BODY = {module: re.compile(rf"\s+(?:(?:{module.CORRESPONDENT}|{module.PRESS_TITLES}"
                                    rf"|{module.OUTLET_KIND_NOUNS})"
                                    rf"(?:\s+(?:«[^»]{{1,60}}»|[^\s,«»]{{1,40}})){{0,3}}?\s+)?"
                                    rf"(?:{_TO_BODY[module]})\s+", re.I)
                 for module in LANGUAGES.values() if module.IN_BODY}


# --- report reach ---
def _statement_named_in_cue(cue: re.Match, start: int, discourse: Discourse) -> tuple[str, Span] | None:
    """"В заявлении также указано, что …": a cue that itself names a statement (``ANAPHOR_DOCUMENT``), no issuer
    after it, means the statement whose issuer the text named before (``Discourse.saw_statement``), or, where the
    text named none, who "the statement" refers back to («Согласно сообщению, …» as "According to the statement")."""
    named = _DOCUMENT.search(cue.group())
    if named is None or discourse.statement_unowned:
        return None
    author = discourse.statement_author or discourse.resolve(named.group())
    return (author, Span(start + cue.start(), start + cue.end())) if author else None


TITLED_PERSON_WORDS = 5   # words of a title between a body and the person it titles: "X's chief hydrologist, Y"
# Kinds of area (lemmas) whose word right after a body's name goes on with it: «МЧС области», its branch there
_AREA_KINDS = frozenset(kind for key, kinds in merged("AREA_ANAPHORS").items() for kind in (key, *kinds))
_NEXT_LOWER_WORD = re.compile(r"\s+([^\W\d_A-ZА-ЯЁ][^\W\d_]*)")
_POSSESSIVE = re.compile(r"['’]s?\s")
_CLOSES_SOURCE = re.compile(r"\s*(?:[,.;:)—―–]|$)")


def _titled_person(s: _Sentence, start: int, body: Mention, end: int) -> Mention | None:
    """"according to the X Organization's director-general, Y", "according to the head of X, Y, …", "по словам посла
    Бореалии Y": the source is a person titled by the office they hold at a body or a country, named right after it (past other names of
    the title: "главы МИД Бореалии Y"; past the word of the body's area: «главы МЧС области Y») and closing the source ("…, Y, the wells …"; not "according to X's
    report, Y left …"): that person speaks, not the body."""
    text = s.text
    owned = _POSSESSIVE.match(text, body.span.end)
    person = s.discourse.types.get(body.entity) == "Person"
    if person and not owned:
        return None     # "according to Jane Roe's spokesman, Y": a person's office too, whoever holds it speaks
    titled = _title_after(text, body.span.end, end)
    if not owned and not titled and not re.search(r"[^\W\d_]", text[start:body.span.start]):
        return None     # "according to the ministry, Y said …": no title of Y's before or after the body
    if text[end:end + 1] == ",":     # the person in apposition to the title: "X's director-general, Y, …"
        end = s.source_end(end + 1, ACCORDING_REACH)
    others = [x.span for x in s.speakers if body.span.end <= x.span.start]
    area = _NEXT_LOWER_WORD.match(text, body.span.end)
    name_end = area.end() if area and morph().parse(area.group(1))[0].normal_form in _AREA_KINDS else body.span.end
    for x in s.speakers:
        if not (body.span.end <= x.span.start < end) or s.discourse.types.get(x.entity) != "Person":
            continue
        gap = text[owned.end() if owned else name_end:x.span.start]
        for r in others:
            if r.end <= x.span.start:
                gap = gap.replace(text[r.start:r.end], " ")
        # the marks that close a body's name ("экономиста «X» Y") are no words of a title
        words = [w for w in gap.replace(",", " ").split() if w.strip(_CLOSING_MARKS)]
        title_before = not owned and gap.count(",") == 1 and _title_of_body_before(text, start, body)
        if len(_without_office_field(words)) <= (TITLED_PERSON_WORDS if owned or titled else 0) \
                and gap.count(",") <= (1 if owned or title_before else 0) \
                and not any(_DOCUMENT.fullmatch(w.lower()) or w.lower() in _STATEMENT_WORDS for w in words) \
                and _CLOSES_SOURCE.match(text, x.span.end) \
                and not ((title_before or person) and _another_apposition_after(text, x.span.end)):
            return x
        return None
    return None


_ANOTHER_APPOSITION = re.compile(rf"\s*,\s*(?:(?i:{'|'.join(joined('CONJUNCTIONS'))})(?!\w)|[^,.;:!?]*,)")


def _another_apposition_after(text: str, at: int) -> bool:
    """"according to the chief of X, Y, the former minister, lied …", "…, Y, and the police chief, …": after the name a
    noun phrase and a comma (another apposition) or a conjunction follow, not the reported clause's subject and verb:
    the name is no holder of the title before the body ("according to Jane Roe's lawyer, Y, her partner, was …": Y
    opens what Jane Roe's side reports)."""
    return _ANOTHER_APPOSITION.match(text, at) is not None


def _without_office_field(words: list[str]) -> list[str]:
    """The words of a title but its office's field ("Deputy Prime Minister for European Integration"): the field's
    capitalised portfolio words (``PORTFOLIO_WORDS``) and their preposition right after a title's word lengthen no
    title; a gap with a conjunction ("Deputy Minister for Foreign Affairs and Y") joins another source: all its words
    count."""
    if any(w.lower() in _GAP_CONJUNCTIONS for w in words):
        return words
    kept, i = [], 0
    while i < len(words):
        kept.append(words[i])
        if words[i].lower() in _TITLE_RUN_NOUNS and i + 1 < len(words) and words[i + 1].lower() in _OWNER_PREPOSITIONS:
            j = i + 2
            while j < len(words) and words[j] in _PORTFOLIO_WORDS:
                j += 1
            if j > i + 2:   # the field: its preposition and portfolio words, up to the first other word
                i = j
                continue
        i += 1
    return kept


_GAP_CONJUNCTIONS = frozenset(joined("CONJUNCTIONS"))


def _title_of_body_before(text: str, start: int, body: Mention) -> bool:
    """"according to the head of Ruritania's Water Agency, Y, …": a title and its preposition (``OFFICE_PREPOSITIONS``)
    right before the body (and its article): a name set off by commas after the body holds that title."""
    words = text[start:body.span.start].lower().split()
    words = words[:-1] if words and words[-1] in _DEFINITE_ARTICLES else words
    return len(words) >= 2 and words[-1] in _OWNER_PREPOSITIONS and any(w in _TITLE_RUN_NOUNS for w in words[:-1])


TITLE_TO_BODY_WORDS = 3   # words between a title and the body it serves: "представителя российского внешнеполитического"


def _title_of_last_speaker(s: _Sentence, start: int, body: Mention) -> tuple[str, Span] | None:
    """"Официальный представитель МИД X прокомментировала … По словам представителя ведомства, …": a person's
    title right before the body the source names (at most ``TITLE_TO_BODY_WORDS`` words, no mark between), or one
    that holds the body's name («главы Ростарнстроя»), held by the person who spoke last and whose titles named that
    body, is that person going on, not the body."""
    if s.discourse.types.get(body.entity) not in ("Organization", "Group"):
        return None
    gap = s.text[start:body.span.start]
    head = _HEAD_OF_BODY.fullmatch(gap)
    if head is not None:   # "according to the chairman of the Harbour Bank": the one who heads it, who spoke last
        who, labels = s.discourse.person_spoke, s.discourse.labels
        short = labels.get(body.entity, "")   # "the Harbour Bank" for the "Harbour Bank of Ruritania" named before
        if who is None or not _BODY_HEAD_WORDS & s.discourse.titles.get(who, set()) or not any(
                led == body.entity or short and labels.get(led, "").startswith(short + " ")
                for led in s.discourse.affiliations.get(who, ())):
            return None
        return who, Span(start + head.start(1), start + head.end(1))
    title = _ANAPHOR.match(s.text, start + len(gap) - len(gap.lstrip()))
    if title is None or not _PERSON.fullmatch(title.group(1)) or title.group(1).lower() in _PERSONAL_PRONOUNS:
        return None
    between = s.text[title.end(1):body.span.start]
    if re.search(r"[^\w\s-]", between) or len(between.split()) > TITLE_TO_BODY_WORDS:
        return None
    who = s.discourse.fitting_person(title.group(1))
    if who is None and title.end(1) >= body.span.end:   # «главы Ростарнстроя»: the head of the body the title holds
        who = s.discourse.person_spoke
    if who is None or who != s.discourse.person_spoke or body.entity not in s.discourse.affiliations.get(who, ()):
        return None
    return who, Span(title.start(1), title.end(1))


# a head's title and its preposition right before a body's name: "the head of the", "the chairman of"
_ARTICLE_ALT = "|".join(joined("ARTICLES")) or "(?!)"
_HEAD_OF_BODY = re.compile(rf"\s*(?:(?:{_ARTICLE_ALT})\s+)?((?:{'|'.join(joined('BODY_HEAD_TITLES')) or '(?!)'})\s+"
                           rf"(?:{'|'.join(joined('OFFICE_PREPOSITIONS')) or '(?!)'}))\s+(?:(?:{_ARTICLE_ALT})\s+)?", re.I)
_BODY_HEAD_WORDS = frozenset(_title_words(" ".join(joined("BODY_HEAD_TITLES"))))
_CLOSING_MARKS = "»”\"’"
_STATEMENT_WORDS = frozenset(joined("STATEMENT_NOUNS"))
_PERSON_NOUNS = frozenset(joined("PERSON_NOUNS"))
# the nouns that open a person's title run: "the deputy head of …", "the chief economist of …"
_TITLE_RUN_NOUNS = _PERSON_NOUNS | frozenset(joined("BODY_HEAD_TITLES"))
# the words of bodies a title may name without their owner ("the foreign ministry spokesman")
_OWNERLESS_BODY_WORDS = frozenset(w for body in joined("BODIES_AFTER_ADJECTIVE") + joined("BODY_NOUNS")
                                  for w in _title_words(body))


def _title_after(text: str, at: int, end: int) -> bool:
    """"according to Norvik Capital senior analyst Y": the words after a body, before ``end``, are a person's
    title at it (a ``PERSON_NOUNS`` noun within ``TITLED_PERSON_WORDS`` words, no comma or figure before it) and
    more words (the name) follow it."""
    words = text[at:end].split()
    for k, w in enumerate(words[:TITLED_PERSON_WORDS]):
        if "," in w or not w[:1].isalpha():
            return False
        if w.lower() in _PERSON_NOUNS:
            return k + 1 < len(words)
    return False


def _addressee(text: str, said: str, at: int, end: int, speakers: list[Mention], discourse: Discourse,
               tables: ModuleType) -> Mention | None:
    """"сообщили ТАСС в пресс-службе суда", "рассказали NordNews в МИД": a body named right after a plural verb of
    saying (or its cue, ``at`` where it ends) and before "в <body>" is who was told (an indeclinable outlet's name
    in the dative), not who spoke; the body after "в" spoke. So is one named right after any verb of saying and
    before the nominative of who speaks for a body ("сообщил ТАСС представитель МЧС", "заявил NordNews источник в
    МВД": ``BODY_VOICE_NOUNS``). The name may stand in its quotation marks, which leave its case unseen
    ("рассказали «Вечер» в мэрии")."""
    last = said.split()[-1] if said.split() else said
    plural = bool(tables.PLURAL_VERB_ENDINGS) and re.search(tables.PLURAL_VERB_ENDINGS, last) is not None
    if not plural and not tables.BODY_VOICE_NOUNS:
        return None
    told = next((m for m in speakers if m.span.start >= at and not text[at:m.span.start].strip(" \n«„“\"")
                 and discourse.types.get(m.entity) in ("Organization", "Group")), None)
    if told is None or not (plural and _TOLD_THEN_IN_BODY[tables].match(text[told.span.end:end])
                            or _told_then_voice(text[told.span.end:end], tables)):
        return None
    return told


# After the name of who was told: its closing quotation mark, if any, then "в <body>"
_TOLD_THEN_IN_BODY = {module: re.compile(rf"[{_CLOSING_MARKS}]?\s+(?:{module.IN_BODY})\s+" if module.IN_BODY
                                         else r"(?!)", re.I) for module in LANGUAGES.values()}
# ... or who speaks for a body, in the nominative: "представитель", "источник" (``_VOICE_BEFORE`` after the gap)
_TOLD_THEN_GAP = re.compile(rf"[{_CLOSING_MARKS}]?\s+")


def _told_then_voice(after: str, tables: ModuleType) -> bool:
    """Who speaks for a body (``BODY_VOICE_NOUNS``) opens ``after``, past the told name's closing mark."""
    gap, voice = _TOLD_THEN_GAP.match(after), _VOICE_BEFORE.get(tables)
    return gap is not None and voice is not None and voice.match(after, gap.end()) is not None


def _told_after_voice(v: "_Around", end: int) -> Mention | None:
    """«Представитель МЧС сообщил ТАСС, что …», «Источник в МВД сообщил NordNews:», «Иван Сомов, глава компании X,
    сообщил ТАСС, что …»: a body named right after a verb of saying and ending its clause, when who speaks for a
    body (``BODY_VOICE_NOUNS``) stands before the verb in it, or a person whose apposition runs up to the verb, is
    who was told, not who spoke."""
    if _voice_subject(v) is None and not _person_apposed_up_to_verb(v) and not _described_body_before_plural(v):
        return None
    told = next((m for m in v.speakers if m.span.start >= v.verb.end and not v.text[v.verb.end:m.span.start].strip(" \n«„“\"")
                 and v.discourse.types.get(m.entity) in ("Organization", "Group")), None)
    return told if told is not None and _CLAUSE_ENDS_AFTER_NAME.match(v.text, told.span.end, end) else None


def _described_body_before_plural(v: "_Around") -> bool:
    """«В компании сообщили ТАСС, что …»: a plural verb of saying whose clause before it is only "в" and a body's
    description (``ANAPHOR_ORG``, at most two words before its noun): unnamed people of that body spoke."""
    plural, pattern = v.tables.PLURAL_VERB_ENDINGS, _IN_DESCRIBED_BODY.get(v.tables)
    return bool(plural and pattern is not None and re.search(plural, v.said.split()[-1] if v.said.split() else "")
                and pattern.fullmatch(v.text, v.left_limit, v.verb.start))


_IN_DESCRIBED_BODY = {module: re.compile(rf"\s*(?:{module.IN_BODY})\s+(?:[^\W\d_][\w-]*\s+){{0,2}}?"
                                         rf"(?:{module.ANAPHOR_ORG})\s*", re.I)
                      for module in LANGUAGES.values() if module.IN_BODY and module.ANAPHOR_ORG}


# who speaks for a body, opening a word (before the verb, or after the outlet told); the end of a clause right after a
# name (past its quotation mark)
_VOICE_BEFORE = {module: re.compile(rf"(?<![\w-])(?:{module.BODY_VOICE_NOUNS})(?!\w)", re.I)
                 for module in LANGUAGES.values() if module.BODY_VOICE_NOUNS}
_CLAUSE_ENDS_AFTER_NAME = re.compile(rf"[{_CLOSING_MARKS}]?\s*[,:.]")
# a break between two clauses: "Представитель МЧС прибыл на место, сообщил ТАСС": the voice is not the verb's subject
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")


# an apposition between a name and the verb after it: ", глава компании «Велкор», "
_APPOSITION_UP_TO_VERB = re.compile(r"\s*,[^,.;:!?()—–]+,\s*")


def _person_apposed_up_to_verb(v: "_Around") -> bool:
    """«Иван Сомов, глава компании X, сообщил …»: a person named in the sentence with only an apposition between the
    name and the verb, which that person's comma, not a clause reported before, puts after a break."""
    return any(v.discourse.types.get(m.entity) == "Person" and m.span.end <= v.verb.start
               and _APPOSITION_UP_TO_VERB.fullmatch(v.text, m.span.end, v.verb.start) for m in v.speakers)


def _voice_subject(v: "_Around") -> re.Match | None:
    """Who speaks for a body (``BODY_VOICE_NOUNS``) as the subject of the verb, standing before it in its own
    clause: the last such word between ``left_limit`` and the verb with no clause break between it and the verb
    («Представитель МЧС сообщил ТАСС, что …»); not one in a reported clause before the verb («Представитель МЧС
    прибыл на место, сообщил ТАСС»: ТАСС speaks)."""
    voice = _VOICE_BEFORE.get(v.tables)
    before = list(voice.finditer(v.text, v.left_limit, v.verb.start)) if voice is not None else []
    if before and not _CLAUSE_BREAK.search(v.text, before[-1].end(), v.verb.start):
        return before[-1]
    return None


def _outlet_told_before(text: str, mention: Mention, discourse: Discourse, lang: str) -> bool:
    """"Об этом NordNews сообщили в оперативных службах": an outlet named right before a plural verb of saying
    that "в <body>" follows is who was told (the dative an indeclinable name does not show), as after the verb
    (``_addressee``); only an outlet, since a body there may be the owner in a subject's phrase ("Представители
    Kobra сообщили в среду")."""
    plural = _PLURAL_VERB_ENDING.get(lang)
    if plural is None or discourse.types.get(mention.entity) not in ("Organization", "Group"):
        return False
    verb = _WORD_AFTER.match(text, mention.span.end)
    return verb is not None and plural.search(verb.group(1)) is not None \
        and _IN_BODY_AFTER[lang].match(text, verb.end()) is not None and _an_outlet(text, mention, discourse, lang) \
        and bool(verbs(text, Span(verb.start(1), verb.end()), lang))


# a language's plural past or present ending ("сообщили") and the "в <body>" after such a verb ("в оперативных службах")
_PLURAL_VERB_ENDING = {code: re.compile(module.PLURAL_VERB_ENDINGS) for code, module in LANGUAGES.items()
                       if module.PLURAL_VERB_ENDINGS}
_IN_BODY_AFTER = {code: re.compile(rf"\s+(?:{module.IN_BODY})\s+", re.I) for code, module in LANGUAGES.items()
                  if module.PLURAL_VERB_ENDINGS}


def _relayed_speaker(s: _Sentence, clause: Span, source: str, named: bool = False) -> Frame | None:
    """"Как сообщает NordNews, Петров написал, что …": a source that says what someone else said, with a verb
    of saying of its own in the sentence, relays that speaker (with ``named``, only one the sentence names)."""
    if s.discourse.types.get(source) not in ("Organization", "Group") or s.skip is not None:
        return None
    rest = replace(s, skip=clause)
    said = _parsed(rest, 0) or _reporting_verb(rest, 0)
    if said is None or said.speaker == source or s.discourse.types.get(said.speaker) != "Person" \
            or named and not any(x.entity == said.speaker for x in s.speakers):
        # "Как сообщает NordNews, в заявлении МИД говорится: …": the statement the outlet passes on is its issuer's
        said = None if named else _according_to(rest, ACCORDING_REACH)
        if said is None or said.speaker == source or s.discourse.types.get(said.speaker) not in SPEAKER_TYPES \
                or not any(x.entity == said.speaker for x in s.speakers):
            return None
    s.discourse.relayed((source,))
    return replace(said, via=(source,))


def _owner_named(s: _Sentence, description: Span, end: int) -> Mention | None:
    """"the press service of the Defence Ministry": the body a description belongs to, named right after it,
    speaks, not what the description alone would refer back to."""
    joint = _OWNER_JOINT.match(s.text, description.end, end)
    return next((x for x in s.speakers if joint and x.span.start == joint.end()), None)


_OWNER_JOINT = re.compile(rf"\s+(?:{'|'.join(joined('OFFICE_PREPOSITIONS'))})\s+(?:(?:{'|'.join(joined('ARTICLES'))})\s+)?",
                          re.I)


def _reporting_verb(s: _Sentence, _: int) -> Frame | None:
    """Without a parse, a reporting verb's speaker by the first of ``VERB_RULES`` that finds one; a frame that
    closes the sentence ("Ереван призывает …, отметил X") reports what comes before it, verbs of saying and all;
    a gerund closes nothing ("…, сказал X, говоря о …": X's)."""
    if s.words:      # the parse has decided: no verb of saying has a speaker for a subject
        return None
    first = next(_verb_frames(s), None)
    if first is not None:
        first = _quoted_object(s, first)
    if first is not None and first.at_end and not DASH_TAG_BEFORE.search(s.text, s.span.start, first.verb.start):
        # "- …, как учил нас министр, — сказал X": a verb inside unmarked direct speech closes nothing; the
        # said-tag after the dash does
        tag = next((f for f in _verb_frames(s, first.verb.end) if f.at_end
                    and DASH_TAG_BEFORE.search(s.text, s.span.start, f.verb.start)), None)
        return _quoted_object(s, tag) if tag is not None else first
    if first is None or first.at_end:
        return first
    reported = _reported_in_clause(s, first)
    if reported is not None:
        return reported
    # only a verb among the sentence's last words can close it (``_ends_sentence``)
    last_words = list(re.finditer(r"\S+", s.chunk))[-CLOSING_FRAME_WORDS - 1:]
    near_end = s.span.start + last_words[0].start() if last_words else s.span.start
    return next((f for f in _verb_frames(s, max(near_end, first.verb.end))
                 if f.at_end and _after_break(s.text, s.span.start, f.verb.start)
                 and not gerund(s.text[f.verb.start:f.verb.end])), first)


DASH_TAG_BEFORE = re.compile(r"[,.!?…”\"»]\s*[—―–-]\s*$")   # Russian direct speech's said-tag: "…, — сказал"


def _quoted_object(s: _Sentence, frame: Frame) -> Frame:
    """"«…», — цитирует его ТАСС": an outlet that quotes someone passes their words on; the person quoted (a
    pronoun for the last person of its gender, or a name right after the verb; after the outlet, the last person
    its object names, "— цитирует ТАСС защитника бывшего министра Марию Вельс") made the claim."""
    own = language(s.lang)
    if not _quoting(s.text[frame.verb.start:frame.verb.end], own):
        return frame
    if frame.subject is not None and not s.text[frame.verb.end:frame.subject.start].strip(_NAME_QUOTES):
        return _quoted_after_outlet(s, frame)   # "— цитирует ТАСС …", "— цитируют «Вестник» …"
    word = re.match(r"\s+([^\W\d_]+)", s.text[frame.verb.end:s.span.end])
    if word is None:
        return frame
    pronoun = word.group(1).lower()
    named = next((x for x in s.speakers if x.span.start == frame.verb.end + word.start(1)
                  and s.discourse.types.get(x.entity) == "Person"), None)
    who = named.entity if named else \
        s.discourse.resolve_person(own.OBJECT_PRONOUNS[pronoun]) if pronoun in own.OBJECT_PRONOUNS else \
        _titled_object(s, frame)
    if who is None or who == frame.speaker:
        return frame
    return replace(frame, speaker=who, via=(frame.speaker,), rule="anaphor" if named is None else frame.rule,
                   subject=named.span if named else Span(frame.verb.end + word.start(1), frame.verb.end + word.end(1)))


def _quoting(verb: str, own: ModuleType) -> bool:
    """A verb by which an outlet quotes someone it names as the object (``QUOTING_STEMS``: "цитирует")."""
    return bool(own.QUOTING_STEMS) and verb.lower().startswith(own.QUOTING_STEMS)


_NAME_QUOTES = " «»“”\""   # the marks a name may stand in, and the space around them: "— цитирует «Вестник» …"
_NAME_IN_QUOTES = re.compile(r"«[^«»,.;:!?]{1,40}»")   # a name in quotation marks: "«Норд-Спорт»"
QUOTED_OBJECT_WORDS = 8   # words of the quoted one's phrase after the outlet: "адвоката бывшего президента X Y"


def _titled_object(s: _Sentence, frame: Frame) -> str | None:
    """"— цитирует главного тренера «Норд-Спорт»": the outlet after the words it quotes someone by; the last
    person named there ("— цитирует судью Анну Роос «Вестник»"), else a title there ("главного тренера"), which
    stands for the person the text gave it."""
    if frame.subject is None or frame.subject.start <= frame.verb.end:
        return None
    between = s.text[frame.verb.end:frame.subject.start].rstrip(" \t«“\"")   # the outlet's name may open a quote
    if len(between.split()) > QUOTED_OBJECT_WORDS or re.search(r"[,.;:!?«»“”\"]", between):
        return None
    named = [x for x in s.speakers if frame.verb.end <= x.span.start and x.span.end <= frame.subject.start
             and s.discourse.types.get(x.entity) == "Person"]
    return named[-1].entity if named else s.discourse.fitting_person(between.strip())


def _quoted_after_outlet(s: _Sentence, frame: Frame) -> Frame:
    """"— цитирует ТАСС защитника бывшего министра Марию Вельс": the outlet named right after the verb passes on the
    words of the last person its object names before the phrase ends (a comma, a stop, ``QUOTED_OBJECT_WORDS``);
    the quotation marks around the outlet's name, or a body's in the phrase, are no end."""
    after = frame.subject.end + len(s.text[frame.subject.end:s.span.end]) \
        - len(s.text[frame.subject.end:s.span.end].lstrip(_NAME_QUOTES))
    phrase = _NAME_IN_QUOTES.sub(lambda m: " " * len(m.group()), s.text[after:s.span.end])   # "пресс-секретаря «Норда»"
    end = after + re.search(r"[,.;:!?(«»“”\"]|$", phrase).start()
    words = list(islice(re.finditer(r"\S+", s.text[after:end]), QUOTED_OBJECT_WORDS))
    end = after + words[-1].end() if words else after
    quoted = [x for x in s.speakers if after <= x.span.start < end   # "Г. Н. Свирского": its stops inside
              and s.discourse.types.get(x.entity) == "Person"]
    if not quoted or quoted[-1].entity == frame.speaker:
        return frame
    return replace(frame, speaker=quoted[-1].entity, via=(frame.speaker,), subject=quoted[-1].span)


def _reported_in_clause(s: _Sentence, outer: Frame) -> Frame | None:
    """"МИД сообщил, что Петров заявил …": a person who speaks, their name opening the clause the outer verb
    reports, made the claim; the outer speaker passed it on (as the parse's ``_reported_speech``); so did a body or
    a country whose verb only reports words (``SAYING_STEMS``: «сообщил, что США заявили о …»), not one that may tell
    its act («…, что компания объявила о банкротстве»)."""
    own = language(s.lang)
    clause = _THAT_CLAUSE.get(own)
    that = clause.match(s.text, outer.verb.end, s.span.end) if clause else None
    if that is None:
        return None
    inner = next(_verb_frames(s, that.end()), None)
    if inner is None or inner.rule != "verb_left" or inner.subject is None or inner.subject.start != that.end() \
            or inner.speaker == outer.speaker:
        return None
    if s.discourse.types.get(inner.speaker) != "Person" and not (
            s.discourse.types.get(inner.speaker) in SPEAKER_TYPES
            and s.text[inner.verb.start:inner.verb.end].lower().startswith(own.SAYING_STEMS)):
        return None
    proposing = _PROPOSING.get(own)
    if proposing and proposing.match(s.text, inner.verb.start):
        return None     # "добавил, что министр предложил …": a proposal asserts nothing; the outer speaker reports it
    after, before = _TOLD_BACK.get(own, (None, None))
    told = after and (after.match(s.text, inner.verb.end) or before.search(s.text, that.end(), inner.verb.start))
    gender = verb_gender(s.text[outer.verb.start:outer.verb.end]) or s.discourse.genders.get(outer.speaker)
    if told and _told_back(own.TOLD_BACK_PRONOUNS, told.group("told"), gender):
        return None     # "заявила, что Петров говорил ей …": her own account of what she was told
    return replace(inner, via=(outer.speaker,), at_end=False)


def _told_back(pronouns: dict[str, str | None], pronoun: str, gender: str | None) -> bool:
    """The one told is the outer speaker: "me", "us", or "him"/"her" not against the speaker's gender where it is
    known («Ферова заявила, что Бренов говорил ему …», "Ms Roe said Vell had told him": someone else)."""
    want = pronouns.get(pronoun.lower(), "")
    return want is None or want != "" and gender in (None, want)


_PROPOSING = {module: re.compile(rf"(?:{'|'.join(module.PROPOSING_STEMS)})", re.I)
              for module in LANGUAGES.values() if module.PROPOSING_STEMS}
# the one told, right after the reported verb ("говорил  ей") or before it ("ей говорил")
_TOLD_BACK = {module: (re.compile(rf"\s+(?P<told>{'|'.join(module.TOLD_BACK_PRONOUNS)})(?!\w)", re.I),
                       re.compile(rf"(?<!\w)(?P<told>{'|'.join(module.TOLD_BACK_PRONOUNS)})(?!\w)", re.I))
              for module in LANGUAGES.values() if module.TOLD_BACK_PRONOUNS}


# a verb of saying right after "that" opens the clause another word takes as its object ("слышал, что говорит X")
_THAT_BEFORE_VERB = {module: re.compile(rf"(?:{module.THAT_CLAUSE})$", re.I) for module in LANGUAGES.values()}


def _verb_frames(s: _Sentence, start: int = 0) -> Iterator[Frame]:
    """The frame of each reporting verb from ``start`` on, outside quotations, that has a speaker, in text order."""
    refusal, answered = _REFUSALS.get(language(s.lang)), _QUESTIONS_ANSWERED.get(language(s.lang))
    refused = [Span(m.start(), m.end()) for m in refusal.finditer(s.text, s.span.start, s.span.end)] if refusal else []
    for verb in verbs(s.text, s.span, s.lang):
        if any(r.contains(verb) for r in refused):
            continue     # "уточнять он отказался": declined to say
        if answered and answered.search(s.text[s.span.start:verb.end]):
            continue     # "на вопросы «Газеты» ответил X": the report of an interview
        if verb.start < start or not s.free(verb.start) or _ANSWERED_QUESTIONS.match(s.text, verb.start) \
                or _FILED_APPLICATION.match(s.text, verb.start) or _RECIPROCAL.match(s.text, verb.end) or (_NEGATED.search(s.text, s.span.start, verb.start)
                                                             and not _asserting_when_negated(s.text, verb)) \
                or _under_negated_verb(s.text, verb, s.lang) or _in_circumstance_clause(s.text, s.span, verb, s.lang):
            continue     # "X не прокомментировал", "X не хотел говорить о …": no one says anything
        if _THAT_BEFORE_VERB[language(s.lang)].search(s.text, s.span.start, verb.start):
            continue     # "…, чтобы мир слышал, что говорит X": what X says is the object, X says nothing here
        around = _Around(s.text, s.span, verb, language(s.lang), s.speakers, s.mentions, s.discourse, s.publisher)
        if _listed_subject(around):
            continue     # "Бореалия и Норвия заявили …": several speakers, no one claimant
        for rule in VERB_RULES:
            found = rule.find(around, rule.window)
            if found:
                closing = _ends_sentence(s.text, verb, s.span) and not _subject_opens(s.text, found[1], verb, s.span)
                follows = closing and _clause_follows(s.text, verb, s.span, s.lang)
                pointing = _points_back_after_verb(s, verb)
                at_end = rule.name == "as_saying" or (closing and not follows) or pointing
                reports = bool(_CLAUSE_AFTER_VERB.match(s.text, verb.end, s.span.end)
                               or _DASH_FOR_COLON.match(s.text, verb.end, s.span.end)) \
                    and not (follows and not _opening_words_only(s.text, verb, s.span)) \
                    and not _UNDERSTOOD_CLAUSE[language(s.lang)].match(s.text, verb.end)   # «дал понять, что …»
                yield Frame(found[0], rule.name, verb, at_end, found[1], _after_assertion(s.text, verb, s.span),
                            reports_clause=reports, points_back=pointing)
                break


_OBJECT_POINTING_BACK = {code: re.compile(module.OBJECT_POINTING_BACK, re.I) for code, module in LANGUAGES.items()
                         if module.OBJECT_POINTING_BACK}


def _points_back_after_verb(s: _Sentence, verb: Span) -> bool:
    """«Она сказала об этом на форуме …»: the verb's object right after it points back (``OBJECT_POINTING_BACK``);
    not where a colon after it announces the words («сказала об этом журналистам: «…»»)."""
    pointing = _OBJECT_POINTING_BACK.get(s.lang)
    return pointing is not None and pointing.match(s.text, verb.end) is not None \
        and ":" not in s.text[verb.end:s.span.end]


# "Министр отметил – показатели в норме": a dash right after the verb stands for a colon before what was said
_DASH_FOR_COLON = re.compile(r"\s+[—―–]\s+(?=\w)")


CIRCUMSTANCE_REACH = 80   # characters between a circumstance clause's opening word and its verb of saying
_CIRCUMSTANCE_CLAUSE = {module: re.compile(
    rf"(?<!\w)(?:{'|'.join(module.CIRCUMSTANCE_OPENERS)})\s+[^,;:.!?«»“”\"—―–()]{{0,{CIRCUMSTANCE_REACH}}}$",
    re.I) for module in LANGUAGES.values() if module.CIRCUMSTANCE_OPENERS}


# Words that open a clause conceding a point: one after its main clause ("…, although X said …") asserts what it says
_CONCESSIVE = frozenset(joined("CONCESSIVE_MARKERS"))


def _in_circumstance_clause(text: str, sentence: Span, verb: Span, lang: str) -> bool:
    """Without a parse, as ``_circumstance`` with one: "Спор начался, когда X обвинил Y …": a verb of saying in a
    clause that tells when or why something else happened (``CIRCUMSTANCE_OPENERS``, no comma or stop between it
    and the verb) frames nothing."""
    pattern = _CIRCUMSTANCE_CLAUSE.get(language(lang))
    window = max(sentence.start, verb.start - 2 * CIRCUMSTANCE_REACH)
    found = pattern.search(text[window:verb.start]) if pattern is not None else None
    return found is not None and not (found.group().split()[0].lower() in _CONCESSIVE
                                      and text[sentence.start:window + found.start()].strip())   # "…, хотя X заявил …"


_NEGATED = re.compile(rf"(?<!\w)(?:{'|'.join(joined('NEGATIONS'))})\s+$", re.I)   # "не" right before a verb
_ASSERTING_WHEN_NEGATED = tuple(joined("ASSERTING_WHEN_NEGATED"))
_ASSERTING_ON_AN_OBJECT = tuple(joined("ASSERTING_WHEN_NEGATED_ON_AN_OBJECT"))
_DONE_WHEN_NEGATED = tuple(joined("DONE_WHEN_NEGATED"))


def _under_negated_verb(text: str, verb: Span, lang: str) -> bool:
    """"не хотел говорить о …", "не будет сообщать …", "не намерен рассказывать": a verb of saying in the
    infinitive under a negated verb is words its subject did not say, as a negated verb of saying is; not under one
    whose negation tells it was done ("не преминул отметить": ``DONE_WHEN_NEGATED``), unless a conditional particle
    says it was not ("не стеснялся бы сказать, если бы …": ``CONDITIONAL_PARTICLES``). Read by the morphology, so
    only where the language has it (a parse reads the same for the others)."""
    if not language(lang).MARKS_CASE:
        return False
    governor = _NEGATED_GOVERNOR.search(text, max(0, verb.start - GOVERNOR_REACH), verb.start)
    return governor is not None \
        and (governor.group(2) is not None or not governor.group(1).lower().startswith(_DONE_WHEN_NEGATED)) \
        and any(p.tag.POS == "INFN" for p in morph().parse(text[verb.start:verb.end].lower())[:1]) \
        and any(p.tag.POS in _GOVERNING for p in morph().parse(governor.group(1).lower())[:1])


GOVERNOR_REACH = 40   # characters of the negation, the one verb (and a particle) between it and the infinitive
_NEGATED_GOVERNOR = re.compile(rf"(?<!\w)(?:{'|'.join(joined('NEGATIONS'))})\s+(\w+)\s+"
                               rf"(?:({'|'.join(joined('CONDITIONAL_PARTICLES'))})\s+)?$", re.I)
_GOVERNING = ("VERB", "ADJS", "PRED")   # "хотел", "намерен", "готов": what governs an infinitive


def _asserting_when_negated(text: str, verb: Span) -> bool:
    """"не исключил, что …": a negated verb that still says something, with the clause it says; "не исключил
    повышения ставки": one that says it of a thing too (``ASSERTING_WHEN_NEGATED_ON_AN_OBJECT``)."""
    word = text[verb.start:verb.end].lower()
    return word.startswith(_ASSERTING_WHEN_NEGATED) and clause_after(text, verb) \
        or word.startswith(_ASSERTING_ON_AN_OBJECT)


def clause_after(text: str, verb: Span) -> bool:
    """What was said follows the verb as a clause: "said on Friday that …", "заявил: …"."""
    return _CLAUSE_AFTER_VERB.match(text, verb.end) is not None


CLAUSE_REACH = 80    # characters between a verb and the "that" of its clause: "told reporters on Friday that"
# A complement clause after a verb in its sentence: "сообщил журналистам, что …", "added: …"
_CLAUSE_AFTER_VERB = re.compile(rf"[^.;!?]{{0,{CLAUSE_REACH}}}?(?:{alternation('THAT_CLAUSE')}|:\s)", re.I)
# the "that" of the clause a verb reports, in each language
_THAT_CLAUSE = {module: re.compile(rf"[^.;!?]{{0,{CLAUSE_REACH}}}?(?:{module.THAT_CLAUSE})", re.I)
                for module in LANGUAGES.values() if module.THAT_CLAUSE}


def _pointing_back(s: _Sentence, _: int) -> Frame | None:
    """"С таким заявлением выступил министр X": a sentence that opens by pointing back to what was
    just reported (``BACKWARD_REFERENCES``) names who said it, whatever its verb: the person it names, else the
    body, in the nominative where case shows."""
    opening = _POINTING_BACK.match(s.chunk)
    if opening is None or not s.free(s.span.start + opening.end() - 1):
        return None
    own = language(s.lang)
    named = [x for x in s.speakers if x.entity != s.publisher and s.free(x.span.start) and (
        not own.MARKS_CASE or (s.discourse.nominative(x, s.text) and not _governed(s.text, x, s.discourse)))]
    people = [x for x in named if s.discourse.types.get(x.entity) == "Person"]
    # "This is said in a communiqué from X": the issuer right after the reference, not a person it is about
    issuer = [x for x in named if _ISSUER_NEXT.fullmatch(s.text, s.span.start + opening.end(), x.span.start)]
    who = (issuer or people or named or [None])[0]
    # "Об этом в понедельник сообщается на сайте МИД", "Такое заявление опубликовано на сайте компании"
    if who is None:
        carried = _carrier_issuer(s, s.span.start + opening.end())
        return Frame(carried[0], "verb_right", Span(s.span.start, s.span.start + opening.end()), True, carried[1]) \
            if carried else None
    return Frame(who.entity, "verb_right", Span(s.span.start, s.span.start + opening.end()), True, who.span)


# --- statements as carriers ---
_CARRIER = re.compile(rf"(?<!\w)(?:{alternation('STATEMENT_CARRIERS')})\s+", re.I)


def _carrier_issuer(s: _Sentence, start: int, carrier: re.Pattern = _CARRIER) -> tuple[str, Span] | None:
    """"… сообщается на сайте МИД X", "сообщила пресс-служба компании": the body right after a carrier of
    statements (``STATEMENT_CARRIERS``: a site, a channel, a press service, a release) issued them: the one named
    there (also after a word for its kind: "в релизе компании X"), else the one a description there
    ("компании", "the ministry") refers back to."""
    for m in carrier.finditer(s.text, start, s.span.end):
        if s.free(m.start()) and (found := _issuer_at(s.text, m.end(), s.span.end, s.speakers, s.discourse,
                                                      s.publisher)):
            return found
    return None


_APPOSITION_COMMA = re.compile(r",?\s*")


_ARTICLE_BEFORE_ISSUER = re.compile(rf"(?:{'|'.join(joined('DEFINITE_ARTICLES')) or '(?!)'})\s+", re.I)


def _issuer_at(text: str, at: int, end: int, speakers: list[Mention], discourse: Discourse,
               publisher: str | None) -> tuple[str, Span] | None:
    """The issuer named at ``at``, right after a carrier of its statements: a name there (also after a word for its
    kind: "компании X"), else what a description there refers back to, else the body the sentence named first
    before it ("Концерн X получил убыток, говорится в отчётности компании": the text has named no other yet)."""
    word = re.match(r"(?:the\s+)?[^\W\d_][\w\-]*\s*", text[at:end], re.I)
    # a description may take an adjective first: "в Telegram-канале чрезвычайного ведомства"
    described = re.match(r"[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*)?", text[at:end]) if word else None
    found = _anaphor_at(text, at, at + len(described.group() if described else word.group().rstrip()),
                        discourse) if word else None
    kind = word is not None and word.group()[:1].islower()
    # the name may follow its kind as an apposition: "a statement by the spokesperson, Mira Olsen, said"
    named_at = _APPOSITION_COMMA.match(text, at + word.end(), end).end() if word else at
    # or after the article alone: "a statement issued by the Ruritanian Audit Office said"
    article = _ARTICLE_BEFORE_ISSUER.match(text, at, end)
    named = next((x for x in speakers if x.entity != publisher and discourse.types.get(x.entity) in SPEAKER_TYPES
                  and (x.span.start in (at, article.end() if article else at) or kind and x.span.start == named_at)),
                 None)
    if named is not None:
        return named.entity, named.span
    if found is not None and not _DOCUMENT.fullmatch(text[found[1].start:found[1].end]):
        return found
    if found is None and kind and _KIND_ONLY.fullmatch(word.group().rstrip()):
        named = next((x for x in speakers if x.span.end <= at and x.entity != publisher
                      and x.entity not in discourse.outlets and discourse.types.get(x.entity) == "Organization"), None)
        if named is not None:   # where the description stands: the figures before it are what the body said
            return named.entity, Span(at, at + len(word.group().rstrip()))
    return None


def _statement_issuer(text: str, words: tuple[Word, ...], head: int, mentions: MentionIndex, discourse: Discourse,
                      publisher: str | None) -> tuple[str, Span] | None:
    """"a statement from the company said", "read a statement released by X": a subject that is a statement
    (its head a ``STATEMENT_CARRIERS`` noun) speaks for its issuer, named or described right after it."""
    tree = _subtree(words, head)
    end = words[tree[-1]].span.end
    m = _CARRIER.match(text, words[head].span.start, end)
    if m is None:
        # "The latest statement on her website" from its head noun, "his statement" with its possessive before it
        return _page_owner(text, words[head].span.start, end, discourse, words[tree[0]].span.start)
    return _issuer_at(text, m.end(), end, mentions.within(Span(m.end(), end)), discourse, publisher)


_OWN_PAGE = re.compile(rf"\s*(?:{alternation('STATEMENT_ON_OWN_PAGE')})", re.I)
_OWN_STATEMENT = re.compile(rf"\s*(?:{alternation('OWN_STATEMENT')})", re.I)
_OWNER_PRONOUNS = merged("OWNER_PRONOUNS")


def _page_owner(text: str, start: int, end: int, discourse: Discourse,
                owned: int | None = None) -> tuple[str, Span] | None:
    """"a statement on his own website said", "a post on its channel said": a statement carried on its issuer's own page
    (``STATEMENT_ON_OWN_PAGE``, read from ``start``), or owned by a possessive ("his statement blamed …",
    ``OWN_STATEMENT``, read from ``owned``, the noun phrase's first word), is the statement of whom the possessive
    refers back to."""
    m = _OWN_PAGE.match(text, start, end) or _OWN_STATEMENT.match(text, start if owned is None else owned, end)
    if m is None:
        return None
    pronoun = _OWNER_PRONOUNS[m.group("owner").lower()]
    who = discourse.resolve_collective(pronoun) if pronoun in _GROUP_SUBJECTS \
        else discourse.resolve(pronoun, _PRONOUN_GENDER.get(pronoun))
    return (who, Span(m.start("owner"), m.end("owner"))) if who else None


def _document_verb(words: tuple[Word, ...], verb: int, lang: str) -> int | None:
    """"“…,” read a statement from the ministry", "the report found": a verb that says only what a document says
    (``DOCUMENT_VERBS``) is one of saying when a statement is its subject (the parser may take an inverted subject
    for an object): that subject; not a passive's ("a letter was found in the office" says nothing)."""
    if words[verb].lemma not in language(lang).DOCUMENT_VERBS:
        return None
    subject = _subject(words, verb)
    if subject is None and not _children(words, verb, "auxpass"):
        subject = _object(words, verb)
    if subject is None or words[subject].text.lower() not in _DOCUMENT_NOUNS:
        return None
    return subject


_DOCUMENT_NOUNS = frozenset(joined("DOCUMENT_NOUNS"))


def _issuer_known(words: tuple[Word, ...], document: int, issuer: str, mentions: MentionIndex,
                  discourse: Discourse) -> bool:
    """"The ministry's report found", "a study by X showed": a document that finds or shows, not one that reads, has
    an issuer only where the subject names it or the text gave who issued the statement it refers back to; "the
    report found" after a report several bodies wrote about is no one's."""
    tree = _subtree(words, document)
    named = mentions.within(Span(words[tree[0]].span.start, words[tree[-1]].span.end))
    return issuer == discourse.statement_author or any(m.entity == issuer for m in named)


_MEDIUM_OPENER = re.compile(rf"\W*(?:{alternation('MEDIUM_OPENERS')})\s*,\s*", re.I)


def _circumstance_opener(words: tuple[Word, ...], subject_start: int, before: str) -> bool:
    """"On Monday, X reported a profit of …", "In March, X said …": a phrase with no verb, closed by a comma, before
    the subject tells when or where; the frame still opens the sentence (a clause before the subject, "Prices will
    rise, X said", is what was said)."""
    return before.rstrip().endswith(",") and not any(
        w.pos in ("VERB", "AUX") and w.span.start < words[subject_start].span.start for w in words) \
        and not _QUOTE_MARK_IN.search(before)


_QUOTE_MARK_IN = re.compile(r"[“”«»\"„]")


def _medium_opener(before: str) -> bool:
    """"In a statement on Monday, X said …": a phrase that only tells how the words came (``MEDIUM_OPENERS``)
    before the subject leaves the frame opening the sentence: what the verb says comes after it."""
    return bool(_MEDIUM_OPENER.fullmatch(before))


# the issuer may stand in quotation marks: "…, показал опрос «X»"
_IN_DOCUMENT = re.compile(rf"(?<!\w)(?:{alternation('ACCORDING_TO_DOCUMENT')})(?!\w)\s*[«\"„]?", re.I)


_POSTED = re.compile(rf"\s*(?:{alternation('POSTED_ON')})\s+", re.I)


def _in_document(s: _Sentence, _: int) -> Frame | None:
    """"Как говорится в сообщении МИД X, …", "…, говорится в Telegram-канале компании", "…, следует из релиза X":
    a cue that names where a statement was carried (``ACCORDING_TO_DOCUMENT``) has its issuer right after."""
    m = _IN_DOCUMENT.search(s.chunk)
    if m is None:
        return None
    cue = Span(s.span.start + m.start(), s.span.start + m.end())
    found = _carrier_issuer(s, cue.start, _IN_DOCUMENT)
    posted = _POSTED.match(s.text, cue.end, s.span.end) if found is None else None
    carrier = _CARRIER.match(s.text, posted.end(), s.span.end) if posted else None
    if carrier is not None:   # "…, говорится в заявлении, размещённом на сайте МИД X"
        found = _issuer_at(s.text, carrier.end(), s.span.end, s.speakers, s.discourse, s.publisher)
    return Frame(found[0], "according_to", cue, _ends_sentence(s.text, cue, s.span), found[1]) if found else None


_UNOWNED_RELEASE = re.compile(rf"(?<!\w)(?:{alternation('UNOWNED_RELEASE')})\W*$", re.I)


def _unowned_release(s: _Sentence, _: int) -> Frame | None:
    """"Выручка компании X выросла на 5%, говорится в отчёте.": a body's own release or report closing the sentence
    without its issuer (``UNOWNED_RELEASE``) is the body's the sentence names first, else the one whose statement
    the text gave, else the body named last; never an outlet's nor a person's."""
    m = _UNOWNED_RELEASE.search(s.chunk)
    if m is None or not s.free(s.span.start + m.start()):
        return None
    cue = Span(s.span.start + m.start(), s.span.start + m.end())
    issuers = [x for x in s.speakers if x.span.end <= cue.start and x.entity != s.publisher
               and x.entity not in s.discourse.outlets and s.discourse.types.get(x.entity) == "Organization"]
    if issuers:   # named in what the body said, not before its verb as a speaker is
        return Frame(issuers[0].entity, "according_to", cue, True)
    earlier = s.discourse.statement_author or s.discourse.last_body()
    if earlier is None or s.discourse.types.get(earlier) != "Organization":
        return None
    return Frame(earlier, "according_to", cue, True)


_ISSUER_DOCUMENT_TAG = {module: re.compile(module.ISSUER_DOCUMENT_TAG, re.I) for module in LANGUAGES.values()
                        if module.ISSUER_DOCUMENT_TAG}


def _issuer_document_tag(s: _Sentence, _: int) -> Frame | None:
    """"“…,” a Vexon statement read": a said-tag closing the sentence that names whose document it is between the
    article and the document's noun (``ISSUER_DOCUMENT_TAG``) gives the issuer, a parse of it or not."""
    pattern = _ISSUER_DOCUMENT_TAG.get(language(s.lang))
    m = pattern.search(s.chunk) if pattern else None
    if m is None or not s.free(s.span.start + m.end("issuer")):
        return None
    named = _speaker_named_as_issuer(s, m)
    return Frame(named.entity, "according_to", Span(s.span.start + m.start(), s.span.end), True, named.span) \
        if named else None


def _speaker_named_as_issuer(s: _Sentence, m: re.Match) -> Mention | None:
    """The first speaker (not the publisher) within the match's ``issuer`` group: whose document it is."""
    issuer = Span(s.span.start + m.start("issuer"), s.span.start + m.end("issuer"))
    return next((x for x in s.speakers if issuer.contains(x.span) and x.entity != s.publisher
                 and s.discourse.types.get(x.entity) in SPEAKER_TYPES), None)


_FINDINGS_OPENER = {module: re.compile(module.FINDINGS_OPENER, re.I) for module in LANGUAGES.values()
                    if module.FINDINGS_OPENER}


def _findings_opener(s: _Sentence, _: int) -> Frame | None:
    """"Доклад X показал, что …": a report or a study whose findings open the sentence (``FINDINGS_OPENER``) is
    its issuer's claim, the body or person named in the genitive between the document and the verb of showing.
    Only a name right after the document's noun issues it: one after a noun of its own or «о» is what the report is
    about («Анализ заявлений Минобороны …», «Доклад о деятельности министерства …»), the article's own account."""
    pattern = _FINDINGS_OPENER.get(language(s.lang))
    m = pattern.search(s.chunk) if pattern else None
    if m is None or not s.free(s.span.start + m.start("verb")):
        return None
    named = _speaker_named_as_issuer(s, m)
    if named is None or named.span.start != s.span.start + m.start("issuer"):
        return None
    verb = Span(s.span.start + m.start("verb"), s.span.start + m.end("verb"))
    return Frame(named.entity, "findings", verb, False, named.span)


_ISSUER_NEXT = re.compile("|".join(f"(?:{cue.format(statement=_STATEMENT_ALT)})"
                                   for cue in tables("STATEMENT_ISSUER_AFTER")), re.I)
_POINTING_BACK = re.compile(rf"\W*(?:{alternation('BACKWARD_REFERENCES')})(?!\w)", re.I)


@dataclass(frozen=True, slots=True)
class SentenceRule:
    """One way to find a sentence's frame; each names the rule its frames record."""

    find: Callable[[_Sentence, int], Frame | None]
    window: int      # characters after a cue phrase in which the source is named (0: the rule needs none)


CITED_REACH = 80     # characters after "citing", "со ссылкой на" in which the cited source is named
SOURCE_WORDS = 4     # words between "according to" and the source's name: "according to the foreign ministry's"
SOURCE_TITLE_WORDS = 9   # words of a person's title before the source's name: "the deputy head of the regional water board"
TITLE_RUN_OPENING = 3   # the first words of such a title, among which its noun stands: "the deputy head"
ACCORDING_REACH = 80  # characters after "according to", "по словам" in which the source is named
# Tried in order; the first that finds a frame decides. A cited source comes before the verb of the outlet
# that cites it; the parse before the phrasings; the phrasings of verbs only where there is no parse.
SENTENCE_RULES = (
    SentenceRule(_citing, CITED_REACH),
    SentenceRule(_parsed, 0),
    SentenceRule(_issuer_document_tag, 0),
    SentenceRule(_according_to_pronoun, 0),
    SentenceRule(_according_to_owner, 0),
    SentenceRule(_in_document, 0),
    SentenceRule(_unowned_release, 0),
    SentenceRule(_findings_opener, 0),
    SentenceRule(_according_to, ACCORDING_REACH),
    SentenceRule(_quoted_words, 0),
    SentenceRule(_reporting_verb, 0),
    SentenceRule(_pointing_back, 0),
)


@dataclass
class _Around:
    """A reporting verb in a sentence without a parse, and the clause around it that the rules read."""

    text: str
    span: Span                  # the sentence
    verb: Span
    tables: ModuleType          # the sentence's language
    speakers: list[Mention]
    mentions: MentionIndex
    discourse: Discourse
    publisher: str | None

    def __post_init__(self) -> None:
        text, span, verb = self.text, self.span, self.verb
        self.said = text[verb.start:verb.end]
        self.relative = _relative_clauses(text, span.start, verb.start)
        self.left_limit = _barrier_before(text, verb.start, span.start, self.relative)
        # "…, об этом заявил X": a reference back to the clause before the verb puts its subject after it, as a break does
        self.after_break = _after_break(text, span.start, verb.start) \
            or bool(_BREAK_AND_REFERENCE.search(text, max(span.start, verb.start - REFERENCE_REACH), verb.start))
        self.right_limit = clause_end(text, verb.end, span.end, self.after_break)
        # "…, сообщили ТАСС в МИД": who was told is no speaker
        told = _addressee(text, self.said, verb.end, span.end, self.speakers, self.discourse, self.tables) \
            or _told_after_voice(self, span.end)
        # (past the closing mark of a name in quotation marks: "рассказали «Вечер» в мэрии")
        self.told_end = told.span.end + text.startswith(tuple(_CLOSING_MARKS), told.span.end) if told else verb.end
        if told is not None:
            self.speakers = [m for m in self.speakers if m is not told]
        self.inverted = _ends_sentence(text, verb, span) or self.after_break \
            or bool(_SAYING_OPENER.fullmatch(text, self.left_limit, verb.start))
        # speakers before the verb in its clause, outside relative clauses; in the nominative where case shows
        self.left = [s for s in self.speakers if self.left_limit <= s.span.start and s.span.end <= verb.start
                     and s.entity != self.publisher and not any(r.contains(s.span) for r in self.relative)
                     and self.subject_case(s)]

    def subject_case(self, mention: Mention) -> bool:
        """In the nominative where case shows; not a name right after a preposition (or a preposition and its
        adjective: "Об этом в своём Vellgram-канале сообщил X"), which governs another case even where the name
        does not show it ("Об этом в Northwire написал X"), except the body in which unnamed people spoke ("В МИД
        Руритании заявили")."""
        if not self.tables.MARKS_CASE:
            return True
        if not re.search(self.tables.PLURAL_VERB_ENDINGS or r"(?!)", self.said):
            before = re.search(r"(\w+)\s+$", self.text[max(0, mention.span.start - 20):mention.span.start])
            if before and any(p.tag.POS == "PREP" for p in morph().parse(before.group(1))[:1]) \
                    or _after_preposition_and_adjective(self.text, mention.span.start):
                return False
        return self.discourse.nominative(mention, self.text)

    def found(self, mention: Mention | None) -> tuple[str, Span] | None:
        return (mention.entity, mention.span) if mention else None


# where a verb's clause ends: a comma or a stop, but not the stop of an initial ("— сказала Н. Петрова")
_CLAUSE_END = re.compile(rf"[,;:!?]|(?<![\s(.][{capitals()}])\.")   # not an initial's stop: "Е. С.", "Е.С."
# an aside set off by commas in a said-tag: "…», — пояснил корреспондентам, кроме того, X" (TAG_ASIDES)
TAG_ASIDE = re.compile(rf",\s*(?:{alternation('TAG_ASIDES')})\s*,", re.I)


def clause_end(text: str, start: int, end: int, tag: bool) -> int:
    """Where the clause of a verb ends: at its first comma or stop; in a said-tag after a break, past an aside set
    off by commas, whose commas hold no clause."""
    pos = start
    while (m := _CLAUSE_END.search(text, pos, end)) is not None:
        aside = TAG_ASIDE.match(text, m.start(), end) if tag else None
        if aside is None:
            return m.start()
        pos = aside.end()
    return end


def _outlet_told(text: str, mention: Mention, said: str, discourse: Discourse, tables: ModuleType) -> bool:
    """"Об этом в разговоре с корреспондентом NordNews сказал X", "в интервью изданию NordNews заявил": a body named
    right after a noun in a case no subject's phrase takes (``ADDRESSEE_CASES``: "корреспонденту", "изданию"), or
    after a preposition and its noun ("в интервью NordNews"), is the outlet told, not who spoke, though an
    indeclinable name reads as nominative, and the name's own quotation marks stand between ("в эфире «NordTV»");
    not before a plural verb ("в пресс-службе Kobra заявили"), nor after a time ("В понедельник МИД Руритании
    заявил"), which names no outlet, nor across a line's end (a headline "Спор о мосте" over "МИД Руритании
    заявил")."""
    if not tables.ADDRESSEE_CASES or discourse.types.get(mention.entity) not in ("Organization", "Group") \
            or re.search(tables.PLURAL_VERB_ENDINGS or r"(?!)", said) \
            or _TIME_BEFORE.search(text, max(0, mention.span.start - GOVERNING_REACH), mention.span.start):
        return False
    two = re.search(r"(?:(?<![\w\-])([а-яё]+)[^\S\n]+)?(?<![\w\-])([а-яё\-]+)[^\S\n]+[«„“\"]?$",
                    text[max(0, mention.span.start - 60):mention.span.start], re.I)
    if two is None:
        return False
    nouns = [p for p in morph().parse(two.group(2))[:4] if p.tag.POS == "NOUN"]
    if not nouns or any(p.normal_form.replace("ё", "е") in _OWN_DOCUMENT_NOUNS for p in nouns):
        return False    # "В письме Союз фермеров заявил": the body's own letter, no outlet told
    if any(p.normal_form in tables.MONTHS for p in nouns):
        return False    # "В декабре «Векса» сообщила": a month, no outlet told
    if all(p.tag.case in tables.ADDRESSEE_CASES for p in nouns):
        return True
    return bool(two.group(1)) and two.group(1).lower() in _PREPOSITIONS


def _as_saying(v: _Around, reach: int) -> tuple[str, Span] | None:
    """"The agency reports X as saying": X, named between the verb and "as saying" ``reach`` characters on."""
    pattern = _AS_SAYING.get(v.tables)
    m = pattern.search(v.text, v.verb.end, min(v.span.end, v.verb.end + reach)) if pattern else None
    between = [s for s in v.speakers if v.verb.end <= s.span.start < m.start()] if m else []
    return v.found(between[-1]) if between else None


def _relative_subject_before(v: _Around, words: int) -> tuple[str, Span] | None:
    """"Варга встретился с Мирой Орлен, которая заявила, что …": a verb whose clause a relative pronoun opens as its
    subject, at most ``words`` words before it, is said by the name the clause hangs on, right before its comma;
    by no one when no name stands there (a clause barrier keeps the main clause's subject from it)."""
    relative = _RELATIVE_SUBJECT.get(v.tables)
    opening = relative.search(v.text, max(v.span.start, v.verb.start - RELATIVE_SUBJECT_REACH), v.verb.start) \
        if relative else None
    if opening is None or len(v.text[opening.end("pronoun"):v.verb.start].split()) > words:
        return None
    antecedent = [s for s in v.speakers if s.span.end <= opening.start()
                  and not v.text[s.span.end:opening.start()].strip(_OPENING_MARKS + ")")]
    return v.found(antecedent[-1]) if antecedent else None


RELATIVE_SUBJECT_REACH = 80   # characters from the relative pronoun to the verb
_RELATIVE_SUBJECT = {module: re.compile(rf",\s+(?P<pronoun>{'|'.join(module.RELATIVE_SUBJECTS)})(?:\s+[^\s,.;:!?«»“”\"]+)*\s+$",
                                        re.I) for module in LANGUAGES.values() if getattr(module, "RELATIVE_SUBJECTS", ())}


# "…в колонии (весной), сообщили в пресс-службе суда": a body whose words up to the verb end in the only comma or
# dash between them ends the clause that was reported; the verb opens a tag of its own ("В Кремле, в свою очередь,
# заявили" has an aside between two commas)
_CLAUSE_BREAK_ONLY = re.compile(r"[^,—―–]*?(?:,|\s?[—―–-])\s*")


def _body_of_plural_verb(v: _Around, words: int) -> tuple[str, Span] | None:
    """"В Кремле заявили", "сообщили в компании": the body in which unnamed people spoke, at most ``words``
    words before the verb and in its clause (not past the comma that ends it: "…в колонии, сообщили в суде"; not
    in a participle's phrase between commas: "жители, оставшиеся в Вельске, попросили" are the people who asked,
    not Vellsk), else named (or described) right after it."""
    plural = v.tables.PLURAL_VERB_ENDINGS
    if not plural or not re.search(plural, v.said):
        return None
    # (the whole name, not a place or a body inside it: «в миссии ООН в Тарвинии заявили» is the mission)
    bodies = outermost([m for m in v.mentions.within(v.span)
                        if v.discourse.types.get(m.entity) in SPEAKER_TYPES | {"Place"}])
    answered = _ANSWERED_REQUEST[v.tables]
    inside = [s for s in bodies if s.span.end <= v.verb.start
              and _IN_BODY_OR_ITS_VOICE[v.tables].search(v.text, max(v.span.start, s.span.start - 40), s.span.start)
              and len(answered.sub(" ", v.text[s.span.end:v.verb.start]).split()) <= words
              and not _CLAUSE_BREAK_ONLY.fullmatch(v.text, s.span.end, v.verb.start)
              and not any(r.contains(s.span) for r in v.relative)]
    if inside:
        return v.found(inside[-1])
    # "— сообщили там", "Там отметили": the body that just spoke, or was named last
    there = _THERE_AFTER[v.tables].match(v.text, v.told_end, v.right_limit) \
        or _THERE_BEFORE[v.tables].search(v.text, v.left_limit, v.verb.start)
    if there:
        body = v.discourse.last_body()
        return (body, Span(there.start(1), there.end(1))) if body else None
    # "Об этом сообщили в компании", "заявили в МИД России", "сообщили в четверг в Минобороны", "сообщили на сайте
    # газеты X": the body named right after the verb, past a time of day or week
    after = re.match(rf"(?:\s+(?:{v.tables.EVENT_TIMES}))?\s+(?:{_TO_BODY[v.tables]})\s+",
                     v.text[v.told_end:v.right_limit], re.I)
    if not after:
        return None
    start = v.told_end + after.end()
    named = [s for s in bodies if s.span.start == start]
    if named:
        return v.found(named[0])
    # "сообщили в пресс-службе областного суда": the body the description belongs to, named right after it
    office = _ANAPHOR.match(v.text, start, v.right_limit)
    owner = [s for s in bodies if office and s.span.start > start
             and not v.text[office.end():s.span.start].strip()] if office else []
    if owner:
        return v.found(owner[0])
    phrase = re.match(rf"(?:\S+\s+){{0,{words - 1}}}\S+", v.text[start:v.right_limit])
    return _anaphor_at(v.text, start, start + phrase.end(), v.discourse, last=True) if phrase else None


def _body_of_its_voice(v: _Around, words: int) -> tuple[str, Span] | None:
    """«Представитель Минздрава Кестовы заявил», «…, сообщил ТАСС источник в МВД Руритании»: who speaks for a body
    (``BODY_VOICE_NOUNS``) as the verb's subject: before the verb with no clause break between them
    (``_voice_subject``: not «Представитель МЧС прибыл…, сообщил ТАСС») or, in the inverted shape, right after the
    verb and the outlet told in the dative («…, сообщил ТАСС представитель МЧС»; registered as ``verb_left`` but
    handles both sides), with the body named
    right after (past "в" and at most ``words`` lowercase words: «пресс-секретарь городского суда X»): that body
    speaks, not the country named after it in the genitive, and "он", "по его словам" after it go on with that body
    (``Discourse.spoke_for``); a person named in the nominative in the subject's phrase, after the title or before
    it in the clause, is left to the rules for people."""
    voice = _VOICE_BEFORE.get(v.tables)
    if voice is None:
        return None
    if subject := _voice_subject(v):
        title, end = subject, v.verb.start
    elif v.after_break and (title := voice.match(v.text, v.told_end + _spaces(v.text, v.told_end), v.right_limit)):
        end = v.right_limit
    else:
        return None
    heard = _INFORMANTS[v.tables].match(v.text, title.start()) if v.tables in _INFORMANTS else None
    if heard and (heard.group("kind") or _informants_outlet(v.text, heard, v.speakers, v.discourse)):
        return None     # «собеседник «Вестника» в …»: an outlet's informant (``_outlet_informants``), not its voice
    phrase = [m for m in v.speakers if title.end() <= m.span.start < end or v.left_limit <= m.span.start < title.start()]
    if any(v.discourse.types.get(m.entity) == "Person" and v.discourse.nominative(m, v.text) for m in phrase):
        return None     # «Ирина Белова, пресс-секретарь Водкома, сообщила»: she speaks
    body = next((m for m in phrase if v.discourse.types.get(m.entity) in ("Organization", "Group")), None)
    gap = re.fullmatch(rf"(?:\s+[^\W\d_A-ZА-ЯЁ][\w-]*){{0,{words}}}\s+[«„“\"]?", v.text[title.end():body.span.start]) \
        if body else None
    if not gap:
        return None
    holder = _voice_named_before(v, title.group(), body.entity)
    if holder is not None:
        return holder, Span(title.start(), body.span.end)
    v.discourse.spoke_for(title.group().split()[-1].lower(), body.entity, max(body.span.end, v.verb.end))   # "Он добавил": the body goes on
    return v.found(body)


_COUNTRY_VOICE = {module: re.compile(rf"(?<![\w-])(?:{module.COUNTRY_VOICE_NOUNS})(?!\w)", re.I)
                  for module in LANGUAGES.values() if module.COUNTRY_VOICE_NOUNS}


def _country_of_its_authorities(v: _Around, _: int) -> tuple[str, Span] | None:
    """«Власти Руритании заявили», «…, сообщили власти Руритании»: a country's authorities (``COUNTRY_VOICE_NOUNS``)
    with the country right after them in the genitive, as the verb's subject before it with no clause break, or
    right after a said-tag's verb: the country speaks."""
    authorities = _COUNTRY_VOICE.get(v.tables)
    if authorities is None:
        return None
    before = list(authorities.finditer(v.text, v.left_limit, v.verb.start))
    if before and not _CLAUSE_BREAK.search(v.text, before[-1].end(), v.verb.start):
        named = before[-1]
    elif not v.after_break or not (named := authorities.match(v.text, v.verb.end + _spaces(v.text, v.verb.end),
                                                               v.right_limit)):
        return None
    at = named.end() + _spaces(v.text, named.end())
    return v.found(next((m for m in v.speakers if m.span.start == at
                         and v.discourse.types.get(m.entity) == "Country"), None))


def _voice_named_before(v: _Around, title: str, body: str) -> str | None:
    """«Елена Остров, представитель МИД Тарнии, прибыла …. Представитель МИД заявила»: the person the text named
    before with that title for that very body, where the verb's gender agrees with the one the text told of them
    (a verb of the other gender is another, unnamed voice of the body)."""
    holder = v.discourse.fitting_person(title)
    gender = verb_gender(v.said)
    if holder is None or body not in v.discourse.affiliations.get(holder, ()) or gender is None:
        return None
    return holder if v.discourse.genders.get(holder) == gender else None


def _spaces(text: str, at: int) -> int:
    """How many whitespace characters (spaces, newlines) stand at ``at``."""
    return _WHITESPACE.match(text, at).end() - at


_WHITESPACE = re.compile(r"\s*")


def _apposition_before(v: _Around, reach: int) -> tuple[str, Span] | None:
    """"Lavrov's spokeswoman, Maria Zakharova, said": the person named in an apposition to a title
    that ends at most ``reach`` characters before it."""
    for r in v.relative:
        if r.end >= v.verb.start - 2 and _TITLE_BEFORE.search(v.text[max(0, r.start - reach):r.start]):
            people = [m for m in v.speakers if r.contains(m.span) and v.discourse.types.get(m.entity) == "Person"]
            if people:
                return v.found(people[0])
    return None


def _subject_before(v: _Around, words: int) -> tuple[str, Span] | None:
    """"Putin said": the last speaker before the verb in its clause, at most ``words`` words from it; not
    across the comma or dash of an inverted frame ("Руритания готова к диалогу, сказал консул …": what was
    said), unless the comma closes an apposition ("Петров, глава компании, сказал")."""
    if v.after_break and not any(r.end >= v.verb.start - 2 for r in v.relative):
        return None
    if v.left and _words_between(v.text, v.left[-1].span.end, v.verb.start, v.relative) <= words:
        subject = _outside_phrase(v, v.left[-1])
        if _of_another_gender(v, subject) and v.left.index(subject) > 0:
            # "X на встрече с министром ЕС Эвелин Тарсо заявил": an undeclined name of the other gender ends the phrase
            # it stands in; the name before that phrase speaks
            subject = _outside_phrase(v, v.left[v.left.index(subject) - 1])
        if _not_its_subject(v, subject):
            return None
        head = _head_of(v, subject)
        return (head or None) if head is not None else v.found(subject)
    return None


def _not_its_subject(v: _Around, subject: Mention) -> bool:
    """A speaker before the verb that is not its subject though it reads so: an outlet told, a person of the other
    gender."""
    return _outlet_told(v.text, subject, v.said, v.discourse, v.tables) or _of_another_gender(v, subject) \
        or _outlet_before_speaker_after(v, subject) or _outlet_of_informants_in_a_body(v, subject)


def _outlet_of_informants_in_a_body(v: _Around, subject: Mention) -> bool:
    """«Собеседник «Вестника» в правительстве края сообщил»: the outlet whose informants stand in a body (named
    after "в") only heard them; the body, if recognised, speaks (``_outlet_informants``), else no one."""
    pattern = _INFORMANTS.get(v.tables)
    if pattern is None:
        return False
    heard = next((m for m in pattern.finditer(v.text, v.left_limit, subject.span.start)
                  if _NAME_OPENING.match(v.text, m.end()).end() == subject.span.start), None)
    return heard is not None and _TOLD_THEN_IN_BODY[v.tables].match(v.text, subject.span.end) is not None


def _outlet_before_speaker_after(v: _Around, subject: Mention) -> bool:
    """"Об этом ТАСС сообщила пресс-секретарь министра X": where case shows, an outlet right before the verb with a
    person after it in the nominative, in its clause (no comma or dash between), whose gender the verb fits, is who
    was told (an indeclinable name's dative reads as nominative); that person spoke."""
    if not v.tables.MARKS_CASE or not _an_outlet(v.text, subject, v.discourse, _CODE_OF[v.tables]):
        return False
    return _person_in_clause(v.text, v.verb.end, v.right_limit, v.speakers, v.discourse, verb_gender(v.said))


def _person_in_clause(text: str, start: int, end: int, speakers: list[Mention], discourse: Discourse,
                      gender: str | None) -> bool:
    """A person from ``start`` on in the nominative, in its clause (no comma or dash between), of the verb's
    ``gender``: the subject an outlet's name before it leaves to be who was told."""
    return any(discourse.types.get(m.entity) == "Person" and start <= m.span.start < end
               and not _CLAUSE_MARK.search(text, start, m.span.start)
               and discourse.nominative(m, text) and (gender is None or discourse.fits(m.entity, gender))
               for m in speakers)


_CODE_OF = {module: code for code, module in LANGUAGES.items()}
_CLAUSE_MARK = re.compile(r"[,;:—―–]")


LISTED_SUBJECT_WORDS = 6   # words between the last name of a list and its verb at most, as ``_subject_before`` reads


def _listed_subject(v: _Around) -> bool:
    """"Бореалия и Норвия заявили …", "МИД Бореалии и МИД Норвии сообщили …": speakers side by side before a
    plural verb speak together, no one of them alone (what ``_several`` finds in a parse); the verb frames nothing
    rather than giving the words to the last name; where the verb shows the plural, a capitalised word before the
    joiner is the other name, one the finder did not take ("Сомов и Петров заявили")."""
    plural = v.tables.PLURAL_VERB_ENDINGS
    if plural and re.search(plural, v.said) and not v.left and _listed_after_verb(v):
        return True
    if v.after_break or not v.left or (plural and not re.search(plural, v.said)):
        return False
    last = v.left[-1]
    return _words_between(v.text, last.span.end, v.verb.start, v.relative) <= LISTED_SUBJECT_WORDS \
        and (last_of_a_list(v.text, last, v.left, v.discourse.types)
             or bool(plural) and _NAME_BEFORE_JOINER.search(v.text, max(0, last.span.start - LIST_REACH),
                                                             last.span.start) is not None)


def _listed_after_verb(v: _Around) -> bool:
    """«— заявили Сомов и Петров»: after a plural verb, its first speaker joined to another name (a speaker, or a
    capitalised word the finder did not take, before or after it) speaks with it, no one alone."""
    after = [x for x in v.speakers if v.told_end <= x.span.start < v.right_limit]
    return bool(after) and (_NAME_BEFORE_JOINER.search(v.text, v.told_end, after[0].span.start) is not None
                            or _name_joined_after(v.text, after[0].span.end, v.span.end, v.mentions,
                                                  v.discourse.types)
                            or len(after) > 1 and _joined_right_before(v.text, after[1], after[:1]))


def _subject_past_circumstances(v: _Around, words: int) -> tuple[str, Span] | None:
    """"Президент X во время поездки по району Y в четверг заявил": where case shows, the speaker named
    before a run of circumstances (prepositional phrases, times; no comma, pronoun or other verb in it, at most
    ``words`` words) is the verb's subject, past the ``_subject_before`` window; a verb's gender must fit."""
    if not v.tables.MARKS_CASE or not v.left or v.after_break:
        return None
    subject = _outside_phrase(v, v.left[-1])
    between = TAG_ASIDE.sub(" ", _BRACKETED_FIGURES.sub(" ", v.text[subject.span.end:v.verb.start]))
    tokens = re.findall(r"[^\W\d_]+", between)
    if len(between.split()) > words or re.search(r"[,;:—―–()]|\s-\s", between) \
            or any(t.lower() in _PERSONAL_PRONOUNS or morph().parse(t.lower())[0].tag.POS in _PREDICATES
                   for t in tokens):
        return None
    if _not_its_subject(v, subject):
        return None
    head = _head_of(v, subject)
    return (head or None) if head is not None else v.found(subject)


# "после победы над X (3:1) в матче … заявил": a score or a year in brackets is one more circumstance, no clause
_BRACKETED_FIGURES = re.compile(r"\(\s*\d[\d\s:.,–-]*+(?:[^\W\d_]{1,3}\.?)?\s*\)")   # possessive: no backtracking


def _of_another_gender(v: _Around, subject: Mention) -> bool:
    """"Поддержку Тарвикян выразил пресс-секретарь": a person of the other gender than a past verb's, where the
    verb shows it, is not its subject (an undeclined surname in another case); nor is any person a neuter past
    verb's («О приезде Озган сообщило агентство»)."""
    return v.discourse.types.get(subject.entity) == "Person" and (
        not v.discourse.fits(subject.entity, verb_gender(v.said)) or _NEUTER_PAST.search(v.said) is not None)


_NEUTER_PAST = re.compile(alternation("NEUTER_PAST_ENDING") or r"(?!)")


_PREDICATES = frozenset({"VERB", "INFN", "GRND", "PRTS"})   # a word that makes the words around it a clause of their own


def _head_of(v: _Around, body: Mention) -> tuple[str, Span] | None:
    """"Глава МИД Руритании считает": a title that holds a body's name in its own (``ANAPHOR_PERSON``) is a person
    who heads that body; the person it refers back to speaks, not the body (None where it refers to no one: the
    body speaks then)."""
    if v.discourse.types.get(body.entity) == "Person":
        return None
    for m in _ANAPHOR.finditer(v.text, v.left_limit, body.span.end):
        if m.start(1) < body.span.start < m.end(1) and _PERSON.fullmatch(m.group(1)):
            who = v.discourse.resolve(m.group(1), verb_gender(v.said), v.said.lower() in _CONTINUING)
            return (who, Span(m.start(1), m.end(1))) if who else None
        # "Министр водных ресурсов Бореалии заявил": a title whose complement in the genitive ends with the body;
        # the person it refers back to speaks, else no one named (not the body or country it governs): ()
        if v.tables.MARKS_CASE and m.end(1) <= body.span.start and _PERSON.fullmatch(m.group(1)) \
                and m.group(1).lower() not in _PERSONAL_PRONOUNS \
                and _GENITIVE_COMPLEMENT.fullmatch(v.text, m.end(1), body.span.start):
            who = v.discourse.resolve(m.group(1), verb_gender(v.said), v.said.lower() in _CONTINUING)
            return (who, Span(m.start(1), m.end(1))) if who else ()
    # "Неназванный сотрудник силовых структур Бореалии сообщил": a noun for a person or people, no title the text
    # ties to anyone nor one who speaks for the body ("представители компании"), whose complement ends with the
    # body: someone unnamed speaks, not the body
    phrase = _PHRASE_BEFORE_NAME.search(v.text, v.left_limit, body.span.start) if v.tables.MARKS_CASE else None
    if phrase and any(_animate_nominative(w) and not _BODY_VOICE.fullmatch(w) for w in phrase.group().split()):
        return ()
    return None


def _animate_nominative(word: str) -> bool:
    """A noun for a person or people in the nominative, by its likeliest reading ("сотрудник", "жители")."""
    tag = morph().parse(word.lower())[0].tag
    return tag.POS == "NOUN" and "anim" in tag and "nomn" in tag


_BODY_VOICE = re.compile(alternation("TITLES_BEFORE_BODY") or r"(?!)", re.I)


COMPLEMENT_WORDS = 3   # lowercase words of a title's complement before the body it names: "министр водных ресурсов X"
_GENITIVE_COMPLEMENT = re.compile(rf"(?:\s+[^\W\d_A-ZА-ЯЁ][\w-]*){{0,{COMPLEMENT_WORDS}}}\s+")
# a word and its lowercase complement right before a name: "сотрудник силовых структур " before "Бореалии"
_PHRASE_BEFORE_NAME = re.compile(rf"(?<![\w-])[^\W\d_][\w-]*{_GENITIVE_COMPLEMENT.pattern}$")


def _outside_phrase(v: _Around, last: Mention) -> Mention:
    """"Министр X на встрече с … Y заявил": where case shows, a name after a preposition that follows the
    name before it (at most ``PHRASE_WORDS`` words back) is inside that prepositional phrase (an indeclinable
    "ЕС" reads as nominative too); so are names side by side at its end ("с госсекретарем Бореалии Y"); the name
    before the phrase speaks."""
    if not v.tables.MARKS_CASE:
        return last
    at = v.left.index(last)
    if _named_after_title_place(v, at) or _named_after_office_field(v, at) or _only_a_nominative(v, last):
        return last
    while at > 0:
        opening = next((k for k in range(at, 0, -1) if _gap_words(v, k)), None)
        between = _gap_words(v, opening) if opening is not None else []
        if len(between) > PHRASE_WORDS or not any(morph().parse(w)[0].tag.POS == "PREP" for w in between):
            break
        at = opening - 1
    return v.left[at]


def _only_a_nominative(v: _Around, last: Mention) -> bool:
    """"… Лиги портов по координации морских перевозок Томас Варга сообщил": a person's name whose given name
    reads only as a nominative is no preposition's object, whatever preposition the words before it hold (the
    field of a body's name here); an undeclined or oblique one may be ("с министром Эвелин Тарсо")."""
    words = v.text[last.span.start:last.span.end].split()
    if v.discourse.types.get(last.entity) != "Person" or len(words) < 2 or not LEMMATISED.search(words[0]):
        return False
    parses = morph().parse(words[0])[:4]
    return all(p.is_known and p.tag.case == "nomn" for p in parses)


def _named_after_title_place(v: _Around, at: int) -> bool:
    """"Глава миссии X в Вельске Иван Сомов заявил": a person in the nominative right after a place closes the
    title of the post held there (the place ends the phrase "в Вельске"); the person speaks, not a name before it."""
    last = v.left[at]
    if at == 0 or v.discourse.types.get(last.entity) != "Person" or not v.discourse.nominative(last, v.text):
        return False
    places = v.mentions.within(Span(v.left[at - 1].span.end, last.span.start))
    return any(v.discourse.types.get(m.entity) in ("Place", "Country") and not v.text[m.span.end:last.span.start].strip()
               and not _oblique_title_before(v.text, m.span.start) for m in places)


TITLE_REACH = 60   # characters before a place in which the title it completes is sought


def _oblique_title_before(text: str, start: int) -> bool:
    """"с министром торговли Норвии Эвелин Тарсо": the last lower-case noun of a person before a place, the title the
    place completes, read first in an oblique case: the name after the place is apposed to it in that case, though
    an undeclined name reads as a nominative."""
    nouns = [w for w in re.findall(r"[^\W\d_]+", text[max(0, start - TITLE_REACH):start])
             if w.islower() and (tag := morph().parse(w)[0].tag).POS == "NOUN" and "anim" in tag]
    return bool(nouns) and "nomn" not in morph().parse(nouns[-1])[0].tag


def _named_after_office_field(v: _Around, at: int) -> bool:
    """"Вице-премьер Кестовы по вопросам интеграции Иван Сомов заявил": a person in the nominative right after the
    field of an office (``OFFICE_FIELD_OPENERS`` and lower-case words) holds it; the field's preposition opens no
    phrase the person is inside."""
    last, opener = v.left[at], v.tables.OFFICE_FIELD_OPENERS
    if at == 0 or not opener or v.discourse.types.get(last.entity) != "Person" \
            or not v.discourse.nominative(last, v.text):
        return False
    field = v.text[v.left[at - 1].span.end:last.span.start]
    return re.fullmatch(rf"\s+(?:{opener})(?:\s+[^\W\d_A-ZА-ЯЁ][^\W\d_]*){{1,4}}\s+", field) is not None


def _gap_words(v: _Around, k: int) -> list[str]:
    """The words between the names ``k - 1`` and ``k`` left of the verb."""
    return re.findall(r"[^\W\d_]+", v.text[v.left[k - 1].span.end:v.left[k].span.start])


PHRASE_WORDS = 12


def _capital_before(v: _Around, words: int) -> tuple[str, Span] | None:
    """"Baku denied", "Yerevan insists": a capital for its government, at most ``words`` words into its clause, or
    where case shows after a circumstance of time ("На минувшей неделе Баку заявил", ``_circumstance_only``)."""
    if v.left:
        return None
    place = [m for m in v.mentions.within(v.span) if v.discourse.types.get(m.entity) == "Place"
             and m.span.end <= v.verb.start and _AUXILIARY_GAP.fullmatch(v.text[m.span.end:v.verb.start])
             and v.subject_case(m)   # not «В Тарвинском крае ожидается …»: where, no one who speaks
             and (re.fullmatch(rf"\W*(?:\w+\W+){{0,{words}}}", v.text[v.left_limit:m.span.start])
                  or v.tables.MARKS_CASE and _circumstance_only(v.text[v.left_limit:m.span.start]))]
    return v.found(place[-1]) if place else None


def _body_of_unnamed_head_before(v: _Around, _: int) -> tuple[str, Span] | None:
    """«Глава Водного агентства Кестовы заявил», «Глава «Веларгаза» заявил»: a clause that is only a head's title
    (``UNNAMED_HEAD_TITLES``) and the body it serves, in quotes or not (and that body's owner), before the verb (the
    body's case is not checked: a body's name right after the title is taken to be the one it serves): the
    person the text gave that title speaks, else the unnamed head speaks for the body."""
    title = _UNNAMED_HEAD.get(v.tables)
    opening = title.match(v.text, v.left_limit, v.verb.start) if title else None
    if opening is None or v.left:
        return None
    named = v.mentions.within(Span(opening.end(), v.verb.start))
    if not named or v.discourse.types.get(named[0].entity) != "Organization" \
            or v.text[opening.end():named[0].span.start].strip(" \t\n“\"«„") \
            or not _OWNER_AFTER_BODY.fullmatch(v.text, named[0].span.end, v.verb.start):
        return None
    words = Span(opening.start(), v.verb.start)
    holder = v.discourse.fitting_person(v.text[words.start:words.end].strip())
    return (holder, words) if holder else v.found(named[0])


# a title opening its clause: «Глава », «Официальный представитель »
_UNNAMED_HEAD = {module: re.compile(rf"\W*(?i:{module.UNNAMED_HEAD_TITLES})\s+")
                 for module in LANGUAGES.values() if module.UNNAMED_HEAD_TITLES}
# what may follow a body's name before the verb: its owner's capitalised name, written or named («Кестовы»)
_OWNER_AFTER_BODY = re.compile(rf"[»”\"]?(?:\s+[{capitals()}][^\W\d_]+)?\s+")   # «Глава «Веларгаза» заявил»


def _capital_after(v: _Around, words: int) -> tuple[str, Span] | None:
    """"…, заявила Москва", "…, said Ankara": a capital for its government right after the verb of an inverted
    frame, at most ``words`` words on (in the nominative where case shows), as ``_capital_before`` reads it before."""
    if not v.after_break:
        return None
    place = [m for m in v.mentions.within(Span(v.told_end, v.right_limit))
             if v.discourse.types.get(m.entity) == "Place"
             and re.fullmatch(rf"\s*(?:\w+\s+){{0,{words}}}", v.text[v.told_end:m.span.start])
             and (not v.tables.MARKS_CASE or v.discourse.nominative(m, v.text))]
    return v.found(place[0]) if place else None


CIRCUMSTANCE_WORDS = 4   # words of a circumstance before a capital that speaks: "На минувшей неделе"


def _circumstance_only(before: str) -> bool:
    """"На минувшей неделе", "Накануне вечером": a few words that hold no subject (no noun, pronoun, pronominal
    adjective or numeral in the nominative: «один из журналистов», «некоторые эксперты», «двое свидетелей»; no verb)
    and do not end in a preposition whose phrase the name after them would be in ("в Баку")."""
    tokens = re.findall(r"[^\W\d_]+", before)
    if not tokens or len(tokens) > CIRCUMSTANCE_WORDS or re.search(r"[,;:—―–()«»\"]", before):
        return False
    parses = [morph().parse(t.lower())[0].tag for t in tokens]
    return parses[-1].POS != "PREP" and not any(
        tag.POS in _PREDICATES or "nomn" in tag and (tag.POS in ("NOUN", "NPRO", "NUMR") or "Apro" in tag)
        for tag in parses)


def _pronoun_before(v: _Around, reach: int) -> tuple[str, Span] | None:
    """"Также он поблагодарил X", "Мы призываем": a personal pronoun right before the verb, within ``reach``
    characters; "we" and "I" are the statement's issuer, else the last to speak."""
    start = max(v.left_limit, v.verb.start - reach)
    first = list(FIRST_PERSON_SUBJECT.finditer(v.text, start, v.verb.start))
    if first and _outlets_own(v, first[-1]):
        return None
    if first and len(v.text[first[-1].end():v.verb.start].split()) <= 1:
        who = v.discourse.resolve_collective(first[-1].group().lower())
        return (who, Span(first[-1].start(), first[-1].end())) if who else None
    pronoun = _anaphor_at(v.text, start, v.verb.start, v.discourse, last=True, verb=v.said)
    if pronoun and len(v.text[pronoun[1].end:v.verb.start].split()) <= 1 \
            and v.text[pronoun[1].start:pronoun[1].end].lower() in _SUBJECT_PRONOUNS:
        return pronoun
    return None


def _dropped_subject(v: _Around, _: int) -> tuple[str, Span] | None:
    """"При этом отметил, что …", "И пояснил, что …", "Кроме того, добавила, что …": a Russian past tense of saying
    that opens its clause with no subject, only circumstances before it and no one named, drops the subject it shares
    with the sentences before: the person of the verb's gender who last spoke, even past a said-tag ("«…», — сказал
    X. При этом отметил …"), which ends the reach of a paragraph's report. Not where a title stands after the verb
    as its subject («Об этом рассказал врио губернатора»): the holder, if the text never named one, is no one else."""
    gender = verb_gender(v.said)
    if not v.tables.MARKS_CASE or gender is None or v.left or _title_after_verb(v):
        return None
    before = v.text[v.left_limit:v.verb.start].strip(" ,\n")
    if before and not all(_circumstance_only(part) for part in re.split(r",\s*", before)):
        return None
    who = v.discourse.resolve_person(gender, continuing=True)
    return (who, Span(v.verb.start, v.verb.start)) if who else None


def _outlets_own(v: _Around, pronoun: re.Match) -> bool:
    """"Ранее мы сообщали, X заявил …", "Как мы писали, …": "we" with a verb by which a text says what it has
    published before (``OWN_PUBLISHING_VERBS``) is the article's own voice, no speaker's."""
    pattern = v.tables.OWN_PUBLISHING_VERBS
    return bool(pattern) and pronoun.group().lower() in v.tables.FIRST_PERSON_SUBJECTS[1:] \
        and not v.text[pronoun.end():v.verb.start].strip() and bool(re.fullmatch(pattern, v.said, re.I))


FIRST_PERSON_SUBJECT = re.compile(rf"(?<!\w)(?:{'|'.join(_FIRST_PERSON_SUBJECTS)})(?!\w)", re.I)   # "I", "we"


def _subject_after(v: _Around, words: int) -> tuple[str, Span] | None:
    """"…, said Putin", "— рассказал начальник управления … Иван Петров": a speaker after the verb, in an
    inverted frame (or, where case shows, in the nominative); a person up to ``words`` words on wins over the
    office before them, other speakers within the language's ``INVERTED_SUBJECT_WORDS``."""
    # "…, считают адвокаты": the plural noun of the subject is no one's name, whatever mention covers it
    people_noun = _people_after(v.text, v.said, v.verb, v.right_limit, v.tables)
    other_verb = _next_verb_end(v.text, v.verb.end, v.right_limit, v.tables)
    right = [s for s in v.speakers if v.verb.end <= s.span.start and s.span.end <= v.right_limit
             and s.entity != v.publisher and not (people_noun and s.span.start <= people_noun.start < s.span.end)
             and not _person_in_a_title(v, s) and not (other_verb is not None and other_verb <= s.span.start)
             and not _heard_by_outlet(v, s)
             and (not v.tables.MARKS_CASE or _quoted_right_after(v, s)
                  or (v.discourse.nominative(s, v.text) and not _governed(v.text, s, v.discourse)))]
    people = [s for s in right if v.discourse.types.get(s.entity) == "Person"
              and len(v.text[v.verb.end:s.span.start].split()) <= words]
    if people:
        right = people
    if right and len(v.text[v.verb.end:right[0].span.start].split()) <= (words if people else
                                                                       v.tables.INVERTED_SUBJECT_WORDS) \
            and (v.inverted or (v.tables.MARKS_CASE and (_quoted_right_after(v, right[0])
                                                          or v.discourse.nominative(right[0], v.text)))):
        return v.found(right[0])
    return None


def _heard_by_outlet(v: _Around, mention: Mention) -> bool:
    """"— заявил чиновник в эфире «Радио Вельска»": a body right after an interview's words heard the speaker
    (``_outlet_spoken_to`` makes it the relay); it is not the subject after the verb, which a title may be. A
    person there («— заявил в прямом эфире Иван Сомов», «… в эфире телеканала глава Минфина Иван Сомов») speaks."""
    interview = _OUTLET_INTERVIEW.get(v.tables)
    if interview is None or v.discourse.types.get(mention.entity) not in ("Organization", "Group"):
        return False
    start = max(v.verb.end, mention.span.start - OUTLET_SPOKEN_TO_REACH)
    return bool(interview.search(v.text, start, mention.span.start))


def _next_verb_end(text: str, start: int, end: int, tables: ModuleType) -> int | None:
    """Where the first finite verb after the verb of saying ends: "Суд признал его виновным и приговорил X": a name
    after such a verb is that verb's (its object or subject), not the speaker's. Read only where case shows."""
    if not tables.MARKS_CASE:
        return None
    return next((start + w.end() for w in re.finditer(r"[^\W\d_]+", text[start:end])
                 if morph().parse(w.group())[0].tag.POS == "VERB"), None)


def _person_in_a_title(v: _Around, mention: Mention) -> bool:
    """"— сказал в эфире передачи «Орлова» глава ведомства …": a person's name in quotation marks is the title of a
    programme, a paper or a prize named after them, not the speaker (a company's name in quotes may speak)."""
    return v.discourse.types.get(mention.entity) == "Person" \
        and v.text[mention.span.start - 1:mention.span.start] in TITLE_OPENING \
        and v.text[mention.span.end:mention.span.end + 1] in TITLE_CLOSING


TITLE_OPENING = frozenset("«„“\"")
TITLE_CLOSING = frozenset("»“”\"")


def _quoted_right_after(v: _Around, mention: Mention) -> bool:
    """"— цитирует Карпова агентство", "— цитирует губернатора Анну Карпову ТАСС": the person right after a verb of
    quoting, or after the title that opens its object, is that object, in whatever case (a man's genitive may read
    as a woman's nominative, which the person's known gender rules out), and the one whose words they are
    (``_quoted_object``)."""
    return _quoting(v.said, v.tables) and v.verb.end <= mention.span.start \
        and _one_phrase(v.text, v.verb.end, mention.span.start) and v.discourse.types.get(mention.entity) == "Person" \
        and _title_of_the_name(v.text, v.verb.end, mention.span.start, v.tables)


def _people_after(text: str, said: str, verb: Span, end: int, own: ModuleType) -> Span | None:
    """"…, считают адвокаты", "заявили сегодня адвокаты": a plural verb of saying whose subject, after it (at
    most ``PEOPLE_AFTER_WORDS`` words on, past circumstances), is a plural noun for people in the nominative:
    people the text does not name speak. The noun's span; None where case does not show. (A person named after
    the noun, "адвокаты X", is left to the rules: "представители X" may speak for X.)"""
    if not own.MARKS_CASE or not own.PLURAL_VERB_ENDINGS or not re.search(own.PLURAL_VERB_ENDINGS, said, re.I):
        return None
    for k, m in enumerate(re.finditer(r"[^\W\d_]+", text[verb.end:end])):
        word = m.group()
        tag = morph().parse(word.lower())[0].tag
        if k >= PEOPLE_AFTER_WORDS or not word[0].islower() or tag.POS not in _BEFORE_PEOPLE:
            return None
        if tag.POS == "NOUN" and {"anim", "plur", "nomn"} <= tag.grammemes:
            return Span(verb.end + m.start(), verb.end + m.end())
    return None


# words between a verb and the plural noun of its subject: "заявили сегодня после заседания адвокаты"; parts of
# speech they may be (no name: a capital ends the search)
PEOPLE_AFTER_WORDS = 7
_BEFORE_PEOPLE = frozenset({"ADVB", "PREP", "ADJF", "NOUN", "PRTF", "NUMR"})
_GROUP_NOUN_WORDS = frozenset(joined("GROUP_NOUNS"))   # nouns for people a group's mention holds


def _members_around(v: _Around, reach: int) -> tuple[str, Span] | None:
    """«…, отметили чиновники», «Чиновники пояснили, что …»: a bare plural noun of ``BODY_MEMBER_GROUPS``, the
    subject of a verb of saying right after it (``_people_after``) or right before it, names no one: the people of
    the body named before speak, that body. The noun before the verb within ``reach`` characters; not one of
    ``GROUP_NOUNS`` ("officials"), a group's mention that ``_body_of_members`` reads."""
    after = _people_after(v.text, v.said, v.verb, v.right_limit, v.tables)
    before = _WORD_BEFORE.search(v.text, max(v.left_limit, v.verb.start - reach), v.verb.start)
    if after is not None:
        body = _body_of_member_noun(v.text, after, v.verb.end, v.discourse)
        return (body, after) if body is not None else None
    word = before.group(1).lower() if before is not None else ""
    if word not in _BODY_MEMBER_GROUPS or word in _GROUP_NOUN_WORDS:
        return None
    noun = Span(before.start(1), before.end(1))
    body = _body_of_member_noun(v.text, noun, v.left_limit, v.discourse)
    return (body, noun) if body is not None else None


def _inverted_subject(v: _Around, words: int) -> tuple[str, Span] | None:
    """"Фридония призывает …, отметил Петров": after a comma, dash or closing quote the verb comes before its
    subject, which wins over a name further back (``_subject_after``, up to ``words`` words on). A gerund
    ("…, отметив важность диалога") has no subject of its own."""
    return _subject_after(v, words) if v.after_break and not gerund(v.said) \
        else None


def _gerund_subject(v: _Around, words: int) -> tuple[str, Span] | None:
    """"Министр Орлен оказалась сдержаннее, заявив …": a gerund after a comma has no subject of its own but shares
    its clause's, the speaker that opens the clause before it (at most ``words`` words into it, none a verb, a
    preposition or "that"), in the nominative where case shows (``_Around.left`` holds only such); a title before
    the name is that speaker's own."""
    if not v.after_break or not gerund(v.said):
        return None
    for named in reversed(v.left):
        if _opens_clause(v.text[v.left_limit:named.span.start], words, verbless=True):
            head = _head_of(v, named)
            return (head or None) if head is not None else v.found(named)
    return None


def _opens_clause(before: str, words: int, verbless: bool = False) -> bool:
    """A name after ``before`` opens its clause (the words after the last comma): at most ``words`` words before it,
    none a preposition or "that", with ``verbless`` none a verb either."""
    opening = [w.strip(_OPENING_MARKS + ".()").lower() for w in before.rsplit(",", 1)[-1].split()]
    return len(opening) <= words and not any(w in _PREPOSITIONS or w in _COMPLEMENTIZERS
                                             or verbless and morph().parse(w)[0].tag.POS in _PREDICATES
                                             for w in opening if w)


def _after_break(text: str, start: int, verb: int) -> bool:
    """The verb comes right after a comma, a dash or a closing quote: "…, отметил X", "…», — сказал X"; not
    after the mark that closes a name ("«Велтех» сообщил", "компания «Северная верфь» заявила")."""
    m = _BREAK.search(text, max(start, verb - BREAK_REACH), verb)
    return m is not None and not any(name.end() == m.start() + 1
                                     for name in _QUOTED_NAME.finditer(text, start, verb + _AFTER_NAME)) \
        and not _ASIDE_BEFORE.search(text, max(start, verb - ASIDE_REACH), verb)


# a comma, a dash or a closing quote right before a verb; a hyphen after a comma or a quote is a dash ("…", - сказала)
BREAK_REACH = 8   # characters of the mark and the spaces before the verb: "…», — сказал"
_BREAK = re.compile(r"(?:[,”\"»—―–]|(?<=[,.!?…”\"»])\s*-)\s*$")
REFERENCE_REACH = 40   # characters of the mark, the reference back and the spaces before the verb
# "Президент X на встрече с …, в частности, заявил": the comma closing an aside the words of the clause opened
# (``TAG_ASIDES``; after a word, not a quotation's close) is no break: the subject stands before it
ASIDE_REACH = 40
_ASIDE_BEFORE = re.compile(rf"(?<=\w),\s*(?:{alternation('TAG_ASIDES')})\s*,\s*$", re.I) \
    if alternation("TAG_ASIDES") else re.compile(r"(?!)")
_BREAK_AND_REFERENCE = re.compile(rf"[,—―–]\s*(?:{alternation('BACKWARD_REFERENCES')})\s+$", re.I)


def gerund(word: str) -> bool:
    """"заявив", "отметив": a Russian verb form with no subject of its own."""
    return bool(re.search(r"[а-яё]", word, re.I)) and morph().parse(word)[0].tag.POS == "GRND"


# "В Минфине заявили", "В пресс-службе Минфина заявили": the body in which unnamed people spoke, or whose voice
# (``DESCRIBED_VOICE_PATTERN``) they are, right before its name
_ANSWERED_REQUEST = {module: re.compile(module.ANSWERED_REQUEST or r"(?!)", re.I) for module in LANGUAGES.values()}
_IN_BODY_OR_ITS_VOICE = {module: re.compile(rf"(?<!\w){module.IN_BODY}\s+(?:(?:{module.DESCRIBED_VOICE_PATTERN})\s+)?[«„“\"]*$"
                                            if module.IN_BODY else r"(?!)", re.I) for module in LANGUAGES.values()}


# "там" after a plural verb of saying, or opening its clause: where the body that just spoke said it
_THERE_AFTER = {module: re.compile(rf"\s+({'|'.join(module.THERE_WORDS)})(?!\w)" if module.THERE_WORDS else r"(?!)",
                                   re.I) for module in LANGUAGES.values()}
_THERE_BEFORE = {module: re.compile(rf"(?<!\w)({'|'.join(module.THERE_WORDS)})"
                                    rf"(?:\s+(?:{'|'.join(module.THERE_ADVERBS)}))?\s+$"
                                    if module.THERE_WORDS else r"(?!)", re.I) for module in LANGUAGES.values()}


OPENING_DESCRIPTION_REACH = 40   # characters from a sentence's start in which a description of its subject opens


def described_subject(text: str, sentence: Span, discourse: Discourse) -> str | None:
    """The person a description opening the sentence stands for ("The head of state …", «Глава государства …»), no
    pronoun: the subject of a sentence that names no one."""
    end = min(sentence.end, sentence.start + OPENING_DESCRIPTION_REACH)
    found = _anaphor_at(text, sentence.start, end, discourse)
    if found is None or discourse.types.get(found[0]) != "Person" \
            or text[sentence.start:found[1].start].strip(" \"'“«„") \
            or text[found[1].start:found[1].end].lower() in _PRONOUN_GENDER:
        return None
    return found[0]


def _reference(v: _Around, reach: int) -> tuple[str, Span] | None:
    """"The ministry said", "Ruritanian officials said" (a group within ``reach`` characters of the verb),
    "…, the statement reads": what a description or a pronoun in the clause refers back to; right after a break
    ("…, — подчеркнул вице-премьер") the one after the verb, as the words before it are what was said."""
    after = v.after_break and not gerund(v.said) \
        and _anaphor_at(v.text, v.verb.end, v.right_limit, v.discourse, verb=v.said)
    if after and _named_in_what_was_said(v, after[0]):
        return None
    before = _anaphor_at(v.text, v.left_limit, v.verb.start, v.discourse, last=True, verb=v.said)
    if before and v.tables.MARKS_CASE and not in_nominative(v.text[before[1].start:before[1].end]) \
            and not _IN_BODY_BEFORE[v.tables].search(v.text, max(v.left_limit, before[1].start - 20), before[1].start):
        before = None   # "чиновнику позвонили и попросили": where case shows, one addressed is no subject; the
        # body in which people spoke is ("В ведомстве уточнили")
    if before and _speaker_named_after(v, before[1]):
        before = None   # «Партия набрала 12% голосов, сообщили в избиркоме»: the party is in what was reported
    return after or before or _title_right_after(v) \
        or _demonym_group(v.text, max(v.left_limit, v.verb.start - reach), v.verb.start, v.discourse) \
        or (v.inverted and _anaphor_at(v.text, v.verb.end, v.right_limit, v.discourse, verb=v.said)) or None


_OPENING_WORD = re.compile(r"[\s\"'“«„(—–-]*([^\W\d_]+(?:-[^\W\d_]+)*)")


def _called_before(v: _Around, words: int) -> tuple[str, Span] | None:
    """«Протоиерей Иван Вельмаров …. Протоиерей, который …, отметил»: where case shows (a language without
    articles), a noun in the nominative opening the verb's clause, at most ``words`` words before it past relative
    clauses, no speaker named between, is the person the text titled with it (``Discourse.called_so``)."""
    if not v.tables.MARKS_CASE or v.left:
        return None
    opening = _OPENING_WORD.match(v.text, v.left_limit, v.verb.start)
    if opening is None or _words_between(v.text, opening.end(), v.verb.start, v.relative) > words \
            or not _nominative_noun(opening.group(1)):
        return None
    who = v.discourse.called_so(opening.group(1), verb_gender(v.said))
    return (who, Span(opening.start(1), opening.end(1))) if who else None


def _speaker_named_after(v: _Around, reference: Span) -> bool:
    """A reference that refers back only as the speaker (``ANAPHOR_ORG_ONLY_SPEAKING``: «партия») in the clause
    reported before a break, when the sentence names another speaker after the verb: a name or "в <body>"
    («Партия набрала…, сообщили в избиркоме»; not «В партии сообщили Нордвайр»)."""
    only = _ONLY_SPEAKING.get(v.tables)
    if only is None or not v.after_break or not only.fullmatch(v.text, reference.start, reference.end):
        return False
    return any(v.verb.end <= m.span.start < v.right_limit for m in v.speakers) \
        or _IN_BODY_NEXT[v.tables].match(v.text, v.verb.end, v.right_limit) is not None


_ONLY_SPEAKING = {module: re.compile(module.ANAPHOR_ORG_ONLY_SPEAKING, re.I)
                  for module in LANGUAGES.values() if module.ANAPHOR_ORG_ONLY_SPEAKING}
_IN_BODY_NEXT = {module: re.compile(rf"\s+(?:{module.IN_BODY})\s+\w" if module.IN_BODY else r"(?!)", re.I)
                 for module in LANGUAGES.values()}


def _title_right_after(v: _Around) -> tuple[str, Span] | None:
    """«Об этом на брифинге сообщил глава ведомства»: the title put after the verb as its subject
    (``_title_after_verb``), and whom it refers back to."""
    title = _title_after_verb(v)
    return _anaphor_at(v.text, title.start(1), v.right_limit, v.discourse, verb=v.said) if title else None


def _title_after_verb(v: _Around) -> re.Match | None:
    """Where case shows, a title in the nominative right after the verb, with no subject before it: the verb's
    subject put after it (the named one ``_subject_after`` finds)."""
    title = _TITLE_AFTER_VERB.match(v.text, v.verb.end, v.right_limit) if v.tables.MARKS_CASE and not v.left else None
    return title if title is not None and in_nominative(title.group(1)) else None


_IN_BODY_BEFORE = {module: re.compile(rf"(?<!\w){module.IN_BODY}\s+$" if module.IN_BODY else r"(?!)", re.I)
                   for module in LANGUAGES.values()}


SAID_REACH = 1500   # characters back from a said-tag to the opening of the quotation it closes
_OPENING_OF = {"»": "«", "”": "“", '"': '"'}


def _named_in_what_was_said(v: _Around, key: str) -> bool:
    """«Признать X виновной», — сказала судья: one the quotation closed right before the break names by name is
    whom it is about or whom it addresses, not who says it; the title or pronoun after the verb is someone else."""
    floor = max(0, v.verb.start - SAID_REACH, v.text.rfind("\n", 0, v.verb.start) + 1)
    end = max(v.text.rfind(mark, floor, v.verb.start) for mark in _OPENING_OF)
    if end < 0 or any(v.text.rfind(mark, end, v.verb.start) >= 0 for mark in "«“"):
        return False
    opening = v.text.rfind(_OPENING_OF[v.text[end]], floor, end)
    return opening >= 0 and any(m.entity == key for m in v.mentions.within(Span(opening, end)))


@dataclass(frozen=True, slots=True)
class VerbRule:
    """One way to find who speaks through a reporting verb in a sentence the parser did not read
    (Russian, which has no parse here, and English left unparsed)."""

    name: str        # the rule a claim records; claims.CONFIDENCE holds the confidence of each name
    find: Callable[[_Around, int], tuple[str, Span] | None]
    window: int      # how far from the verb the speaker may stand, in the unit the rule's docstring gives


def _informant_pattern(module: ModuleType) -> re.Pattern | None:
    """An outlet's informants, with the noun for the outlet's kind or not ("собеседники агентства")."""
    if not module.OUTLET_INFORMANTS:
        return None
    return re.compile(rf"(?<!\w)(?P<one>{module.OUTLET_INFORMANTS})(?:\s+(?P<kind>{module.OUTLET_KIND_NOUNS}))?(?!\w)",
                      re.I)


_INFORMANTS = {module: _informant_pattern(module) for module in LANGUAGES.values()}
_INTERLOCUTOR = {module: re.compile(module.OUTLET_INTERLOCUTOR, re.I) for module in LANGUAGES.values()}
_OUTLET_KIND_BEFORE = {module: re.compile(rf"(?<!\w)(?:{module.OUTLET_KIND_NOUNS})\s+(?:the\s+)?[«„“\"]?$", re.I)
                       for module in LANGUAGES.values() if module.OUTLET_KIND_NOUNS}
OUTLET_KIND_REACH = 40   # characters before a name in which the noun for an outlet's kind is sought


def _called_an_outlet(text: str, start: int, lang: str) -> bool:
    """"изданием NordNews", "агентство «Вестник»": a name the text gives a noun for an outlet right before it."""
    kind = _OUTLET_KIND_BEFORE.get(language(lang))
    return kind is not None and kind.search(text, max(0, start - OUTLET_KIND_REACH), start) is not None


def _informants_after(text: str, pos: int, end: int, tables: ModuleType) -> re.Match | None:
    """An outlet's informants opening the source after a cue, past one word of number ("двух собеседников X")."""
    pattern = _INFORMANTS.get(tables)
    if pattern is None:
        return None
    first = re.match(r"\s*", text[pos:end]).end()
    lead = re.match(r"\s*(?:[^\W\d_]+\s+)?", text[pos:end]).end()
    return pattern.match(text, pos + first, end) or pattern.match(text, pos + lead, end)


def _informants_source(text: str, m: re.Match, speakers: list[Mention], discourse: Discourse, tables: ModuleType
                       ) -> tuple[str, Span] | None:
    """The outlet whose informants ``m`` matched: the body named right after them, else, after a noun for an
    outlet and no other name, one interlocutor (``OUTLET_INTERLOCUTOR``) is the person who spoke last if the
    last sentence naming that outlet named them too, else the outlet that reported or was called one last; none
    for informants in a body, named after "в", which the outlet only heard."""
    name = _NAME_OPENING.match(text, m.end()).end()
    named = _informants_outlet(text, m, speakers, discourse, name)
    if (named is not None or m.group("kind")) \
            and _TOLD_THEN_IN_BODY[tables].match(text, named.span.end if named else m.end()):
        return None   # «собеседник «Вестника» в правительстве»: the outlet only heard them (the body: _informants_body)
    if named is not None:
        return named.entity, named.span
    if m.group("kind") and not text[m.end():name].strip():   # no quoted name after it
        if _INTERLOCUTOR[tables].fullmatch(m.group("one")) \
                and discourse.last_speaker in discourse.named_beside.get(discourse.last_outlet, ()):
            return discourse.last_speaker, Span(m.start(), m.end())   # the one who spoke to the outlet last
        if discourse.last_outlet:
            return discourse.last_outlet, Span(m.start("kind"), m.end("kind"))
    return None


def _informants_outlet(text: str, m: re.Match, speakers: list[Mention], discourse: Discourse,
                       name: int | None = None) -> Mention | None:
    """The body named right after the informants ``m`` matched («Вестника»: the name may open a quotation), which
    starts at ``name`` when the caller found it."""
    name = _NAME_OPENING.match(text, m.end()).end() if name is None else name
    return next((x for x in speakers if x.span.start == name
                 and discourse.types.get(x.entity) in ("Organization", "Group")), None)


def _informants_body(text: str, m: re.Match, speakers: list[Mention], discourse: Discourse, tables: ModuleType
                     ) -> Mention | None:
    """«собеседник «Вестника» в Водкоме», «источника агентства в МВД»: the body named after "в" right past the
    outlet whose informants ``m`` matched (by its name or its kind), which they speak for."""
    outlet = _informants_outlet(text, m, speakers, discourse)
    if outlet is None and not m.group("kind"):
        return None
    gap = _TOLD_THEN_IN_BODY[tables].match(text, outlet.span.end if outlet else m.end())
    if gap is None:
        return None
    name = _NAME_OPENING.match(text, gap.end()).end()
    return next((x for x in speakers if x.span.start in (gap.end(), name)
                 and discourse.types.get(x.entity) in ("Organization", "Group")), None)


def _outlet_informants(v: _Around, reach: int) -> tuple[str, Span] | None:
    """"…, говорят собеседники NordNews", "Источник «Вестника» добавил", "собеседники агентства утверждают": the
    unnamed people an outlet heard (``OUTLET_INFORMANTS``) as the verb's subject, right after it (inverted) or right
    before it (within ``reach`` characters): the outlet named right after them speaks, else, after a noun for an
    outlet (``OUTLET_KIND_NOUNS``), the outlet that reported last; informants of an outlet in a body named after
    "в" («собеседник «Вестника» в Водкоме») speak for that body; informants of no outlet ("источник в МИД") are
    left to the other rules."""
    pattern = _INFORMANTS.get(v.tables)
    if pattern is None:
        return None
    after = re.match(r"\s+", v.text[v.told_end:v.right_limit]) if v.inverted else None
    found = [pattern.match(v.text, v.told_end + after.end(), v.right_limit)] if after else []
    found += [m for m in pattern.finditer(v.text, max(v.left_limit, v.verb.start - reach), v.verb.start)]
    adverbs = "|".join(v.tables.THERE_ADVERBS) or "(?!)"
    for m in filter(None, found):
        inside = _informants_body(v.text, m, v.speakers, v.discourse, v.tables)
        if inside is not None:   # «собеседник «Вестника» в Водкоме»: the body they speak for; the outlet heard them
            return v.found(inside)
        source = _informants_source(v.text, m, v.speakers, v.discourse, v.tables)
        if source is None:
            continue
        if m.start() < v.verb.start and re.sub(rf"(?<!\w)(?:{adverbs})(?!\w)", "",
                                               v.text[source[1].end:v.verb.start]).strip(" »“\"\n"):
            continue     # before the verb, the subject's phrase ends right before it ("собеседники X также заявили")
        if m.start() > v.verb.start and source[1].end == m.end("kind") \
                and re.match(r"\s*[^\W\d_]", v.text[m.end():v.right_limit]):
            continue     # "сообщили собеседники агентства Y": a name the text did not link is another outlet
        v.discourse.heard_by(source[0])
        return source
    return None


_NAME_OPENING = re.compile(r"\s*[«„“\"]?")


# Tried in order for each reporting verb; the first that finds a speaker decides.
VERB_RULES = (
    VerbRule("as_saying", _as_saying, 80),
    VerbRule("verb_right", _outlet_informants, 60),
    VerbRule("verb_left", _body_of_its_voice, 3),   # also the inverted shape: «…, сообщил ТАСС представитель X»
    VerbRule("verb_left", _country_of_its_authorities, 0),   # both shapes too: «…, сообщили власти Руритании»
    VerbRule("verb_left", _relative_subject_before, 4),
    VerbRule("verb_right", _inverted_subject, 12),
    VerbRule("verb_left", _gerund_subject, TOPIC_WORDS),
    VerbRule("verb_left", _body_of_plural_verb, 3),
    VerbRule("verb_left", _apposition_before, 40),
    VerbRule("verb_left", _subject_before, 6),
    VerbRule("verb_left", _subject_past_circumstances, 16),
    VerbRule("verb_left", _capital_before, 1),
    VerbRule("verb_right", _capital_after, 1),
    VerbRule("anaphor", _pronoun_before, 24),
    VerbRule("verb_right", _subject_after, 8),
    VerbRule("verb_left", _members_around, 40),
    VerbRule("anaphor", _reference, 40),
    VerbRule("anaphor", _called_before, 3),
    VerbRule("verb_left", _body_of_unnamed_head_before, 0),
    VerbRule("anaphor", _dropped_subject, 0),
)




def _subject_frame(s: _Sentence, words: tuple[Word, ...]) -> Frame | None:
    """The subject (or the passive's agent) of a verb of saying or a speech act, read from the parse.

    The speaker is the name the subject's head is part of, else a person named in
    apposition to it ("the head of the council, Ahmet Yilmaz, said"), else what a
    pronoun or a description ("the company", "the spokesman") refers back to,
    else a speaker named inside the subject ("officials at the ministry"). A verb in what another verb of
    saying reports ("Ruritania believes that …, Varga said") leaves the frame to that verb, where it has one.
    """
    label_end = _leading_label_end(s)
    for i in range(len(words)):
        if _in_document_content(words, i, s.lang) or words[i].span.start < label_end:
            continue
        frame = _verb_subject_frame(s, words, i)
        if frame is None:
            continue
        # what a verb of saying reports goes to its frame, where it has one; so does a verb without a subject of its
        # own in that clause ("Ruritania will act to respond to X, the minister stressed"), not one with its own
        # ("A said B, while C said D": C's)
        outer, relayed_by_unnamed, told_by_another = i, False, False
        while words[outer].head != outer:
            inner, outer = outer, words[outer].head
            if words[inner].dep not in ("ccomp", "parataxis"):
                if _subject(words, inner) is not None:
                    break
                continue
            reporting = _verb_subject_frame(s, words, outer)
            if reporting is not None:
                frame = reporting
            elif _unnamed_reporter(words, outer, inner, s.lang):
                relayed_by_unnamed = True
            elif _subject(words, outer) is not None:
                told_by_another = True
        if relayed_by_unnamed and frame.verb == words[i].span:
            continue
        if told_by_another and frame.verb == words[i].span and _voice_of_own_verb(words, i):
            continue    # "Company executives denied it, a lawyer for the family said": the lawyer's, no company's
        return frame
    return None


_OWN_VERB_VOICE_TITLES = frozenset(joined("OWN_VERB_VOICE_TITLES"))


def _voice_of_own_verb(words: tuple[Word, ...], verb: int) -> bool:
    """The subject of the verb is headed by a title that speaks for a body only as the subject of the verb that
    covers the claim (``OWN_VERB_VOICE_TITLES``: "company executives"), not under a tag naming another speaker."""
    subject = _subject(words, verb)
    return subject is not None and words[subject].text.lower() in _OWN_VERB_VOICE_TITLES


def _unnamed_reporter(words: tuple[Word, ...], outer: int, inner: int, lang: str) -> bool:
    """"A spokesman said Varga had revealed his shares": a verb of saying whose subject names no one, reporting a
    verb that is neither another's words (``_reported_speech``) nor carries a clause of its own or through a verb
    joined to it ("Varga warned that …", "Varga had resigned and warned that …"): that act is the unnamed speaker's
    report, not a claim of the one who acted."""
    return words[outer].lemma in language(lang).SPEECH_LEMMAS and _subject(words, outer) is not None \
        and _reported_speech(words, outer, lang) != inner \
        and not any(_children(words, verb, "ccomp") for verb in (inner, *_children(words, inner, "conj")))


LABEL_WORDS = 6   # words of a label before a colon that opens a sentence: "What they're saying:"


def _leading_label_end(s: _Sentence) -> int:
    """Where a label that opens the sentence ends ("What they're saying: Mayor X said …", "Why it matters: …"): a
    question word (``LABEL_OPENERS``) and a few words before a colon, the sentence going on after it. Its verb says
    nothing: the speaker is the sentence's. 0 when there is none."""
    openers = language(s.lang).LABEL_OPENERS
    m = re.match(rf"\s*(?:{'|'.join(openers)})\b[^:.!?\n]{{0,80}}:\s+(?=\S)", s.text[s.span.start:s.span.end], re.I) \
        if openers else None
    return s.span.start + m.end() if m and len(m.group().split()) <= LABEL_WORDS else 0


def _in_document_content(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"… attributed the move to a tabloid report that said Varga had told friends he may leave": a verb of saying
    inside what a clause on a noun for a text (``REPORT_NOUNS``) says tells what that text says; whoever speaks in it
    is no speaker of the sentence (the clause's own verb is: "the letter where he called X a danger")."""
    nouns, seen, j = language(lang).REPORT_NOUNS, set(), verb
    while words[j].head != j and j not in seen:
        seen.add(j)
        if j != verb and words[j].dep in ("relcl", "acl") and words[words[j].head].lemma.lower() in nouns:
            return True
        j = words[j].head
    return False


def _verb_subject_frame(s: _Sentence, words: tuple[Word, ...], i: int) -> Frame | None:
    """The frame of the ``i``-th word of the parse, if it is a verb of saying whose speaker is found."""
    text, span, mentions, discourse, publisher = s.text, s.span, s.mentions, s.discourse, s.publisher
    lemmas = language(s.lang).SPEECH_LEMMAS
    verb = words[i]
    if verb.lemma in _RELAY_LEMMAS:
        return _quoting_frame(s, words, i)
    if verb.pos not in ("VERB", "AUX") or not (span.start <= verb.span.start < span.end):
        return None     # before the tests below, which read the subject: every word of the parse comes here
    document = _document_verb(words, i, s.lang)
    tag = verb.lemma not in lemmas and (_tags_quotation(s, words, i) or _continuing_aside(s, words, i))
    if not (verb.lemma in lemmas or _speech_act_noun(words, i, s.lang) or _estimate(words, i, s.lang)
            or _asserting_complement(words, i, s.lang) or document is not None or tag) \
            or not s.free(verb.span.start) \
            or _ANSWERED_QUESTIONS.match(text, verb.span.start) or _circumstance(words, i, s.lang) \
            or _purpose_saying_nothing(words, i) \
            or _RECIPROCAL.match(text, verb.span.end) or _children(words, i, "neg") and not (
                verb.lemma in _ASSERTING_WHEN_NEGATED and _children(words, i, "ccomp", "xcomp")
                or verb.lemma in _ASSERTING_ON_AN_OBJECT and _children(words, i, "dobj", "ccomp")):
        return None     # "X did not comment": no one says anything; "X does not believe that …" does
    rule, subject, relay = "verb_subject", _subject(words, i) if document is None else document, None
    reports = any(_as_saying_head(words, j, lemmas, s.lang) == i for j, w in enumerate(words)
                  if j != i and w.lemma in lemmas and _subject(words, j) is None)
    if reports and _object(words, i) is not None:   # "Northwire reports X as saying": X speaks, Northwire relays
        rule, subject, relay = "as_saying", _object(words, i), subject
    elif subject is None and _as_saying_head(words, i, lemmas, s.lang) is not None:   # "Northwire quoted X as saying"
        head = _as_saying_head(words, i, lemmas, s.lang)
        rule, subject, relay = "as_saying", _object(words, head), _subject(words, head)
    if subject is None:
        subject = _shared_subject(words, i)
    if subject is None:
        subject = _tag_taken_for_modifier(s, words, i)
    if subject is None:
        subject = _issuer_of_words(words, i, s.lang)
    if subject is None:
        subject = _name_hung_before_apposition(words, i)
    if subject is not None:
        subject = _name_after_title_place(words, _name_after_portfolios(words, subject, mentions, discourse.types),
                                          mentions, discourse)
        subject = _name_after_office_field(words, subject, mentions, discourse)
        subject = _name_closing_a_title_run(words, subject, mentions, discourse)
        subject = _holder_closing_a_body_subject(words, subject, mentions, discourse)
        subject = _person_of_the_subjects_body(words, subject, mentions, discourse)
    if subject is None or _several(words, i, subject, mentions) or _relative_clause(text, words, i, subject, lemmas) \
            or _joined_to_person_before(text, words, subject, mentions, discourse.types) \
            or _act(s.chunk, s.lang, words, i) or _contemplating(words, i, s.lang) or _asked(words, i, s.lang):
        return None
    found = _speaker_of(text, words, subject, mentions, discourse, publisher)
    if found is None or document is not None and verb.lemma not in lemmas \
            and not _issuer_known(words, subject, found[0], mentions, discourse):
        return None
    speaker, where = found
    if tag and discourse.types.get(speaker) != "Person":
        return None     # "“…,” the crowd roared": a said-tag of any verb names a person
    if discourse.types.get(speaker) == "Place" and _figure_object(words, i):
        return None     # "Greater Ruritania reported $3 billion in revenue": a region in the figures, not a government
    inner = _reported_speech(words, i, s.lang, discourse.genders.get(speaker)) if rule == "verb_subject" else None
    if inner is not None and not s.free(words[inner].span.start):
        inner = None    # "“We said so from the start,” X said": the words X quotes are X's own, "we" and all
    if inner is not None and _voice_of_own_verb(words, inner):
        inner = None    # "Company executives denied it, X said": X's, no company's relayed
    said = _speaker_of(text, words, _subject(words, inner), mentions, discourse, publisher) \
        if inner is not None else None
    speaking = i
    if said is not None and said[0] != speaker:   # "Northwire reported that X had said …": X, relayed
        (speaker, where), relay, verb, speaking = said, subject, words[inner], inner
    relayed = _speaker_of(text, words, relay, mentions, discourse, publisher) if relay is not None else None
    via = (relayed[0],) if relayed and relayed[0] != speaker else ()
    first_of_subject = _subtree(words, subject)[0]
    before_subject = text[span.start:words[first_of_subject].span.start]
    opens = not before_subject.strip(_OPENING_MARKS) or _medium_opener(before_subject) \
        or _circumstance_opener(words, first_of_subject, before_subject)
    # "Its chief executive, Jane Roe, said …": a subject opening the sentence opens the frame, commas or not
    # a verdict holds only its own sentence ("The judges found her guilty of …"), not the report after it
    clause = inner is not None \
        or bool(_children(words, i, "ccomp", "parataxis")) and not _asserting_complement(words, i, s.lang)
    if not clause and _joined_clause(before_subject, s.lang) and not _children(words, i, "dobj") \
            and document is None and not _SAID_AFTER.search(text, verb.span.end, span.end):
        return None     # "…, and X added a third": a clause of X's own that says nothing
    closing = _ends_sentence(text, verb.span, span) and not opens
    follows = closing and _clause_follows(text, verb.span, span, s.lang, _reports_after(words, speaking, s.lang))
    points_back = _says_what_went_before(words, speaking, s.lang)
    # "“…,” X was quoted as saying." closes what it reports; "X was quoted as saying the port would hire 300" opens it
    at_end = rule == "as_saying" and not clause or (closing and not follows) or points_back
    clause = clause and not (follows and not _opening_words_only(text, verb.span, span))
    return Frame(speaker, rule, verb.span, at_end, where, _after_assertion(text, verb.span, span), via, clause,
                 points_back)


def _joined_clause(before_subject: str, lang: str) -> bool:
    """"…, and X added …": a subject after a comma and a word that joins clauses (``CLAUSE_LEADS``) opens a
    clause of its own; what went before is not what it says, as after the comma of a said-tag ("…, X added")."""
    leads = language(lang).CLAUSE_LEADS
    return bool(re.search(rf",\s+(?:{'|'.join(leads)})\s+$", before_subject, re.I))


QUOTATION_TAG_REACH = 6   # characters between the comma that closes a quotation and the subject of its tag
_CLOSED_BEFORE_TAG = re.compile(r"[,!?…]\s*[“”\"»]\s*$")
_OPENING_QUOTE_MARKS = "“\"«„"


def _tags_quotation(s: _Sentence, words: tuple[Word, ...], verb: int) -> bool:
    """"“The ferry is late,” Orlen nodded.", "“…!” he growled.": a subject right after the comma (or
    "!", "?") and mark that close a quotation, and a verb whose clause is that quotation, make a said-tag whatever
    the verb; the quotation opens the sentence, or the sentence starts inside it (not "In “Northern Lights,” X
    played …", a title)."""
    subject = _subject(words, verb)
    if subject is None or subject > verb or not any(j < subject for j in _children(words, verb, "ccomp")):
        return False
    start = words[_subtree(words, subject)[0]].span.start
    if not s.span.start <= start - QUOTATION_TAG_REACH or \
            not _CLOSED_BEFORE_TAG.search(s.text, start - QUOTATION_TAG_REACH, start):
        return False
    marks = _QUOTE_MARKS.findall(s.text, s.span.start, start)
    opens = s.text[s.span.start:start].lstrip()[:1] in _OPENING_QUOTE_MARKS
    return len(marks) == 1 or (len(marks) == 2 and opens)


_ASIDE_CLOSE = re.compile(r"(?:\s+on)?\s*,")
_BEFORE_QUOTATION = re.compile(r"(?:\s+on)?\s*[,:]\s*(?=[“\"«])")


def _continuing_aside(s: _Sentence, words: tuple[Word, ...], verb: int) -> bool:
    """"Firstly, she continued, the levy is …": a verb of going on (``CONTINUING_VERBS``) set between commas right
    after its subject tags the sentence around it as "he added" would, and so does one that opens the sentence
    before a quotation ("She continued, “…”"); not "the talks continued", a clause of its own, nor "X continued
    to …"."""
    subject = _subject(words, verb)
    if subject is None or subject > verb:
        return False
    start, said = words[_subtree(words, subject)[0]].span.start, words[verb].span
    before = s.text[s.span.start:start].rstrip()
    close = _ASIDE_CLOSE.match(s.text, said.end) if before.endswith(",") else \
        _BEFORE_QUOTATION.match(s.text, said.end) if not before.strip(_OPENING_MARKS) else None
    return close is not None and s.text[said.start:close.end()].rstrip(" ,:").lower() in _CONTINUING \
        and not s.text[words[_subtree(words, subject)[-1]].span.end:said.start].strip()


def _quoting_frame(s: _Sentence, words: tuple[Word, ...], i: int) -> Frame | None:
    """"“…,” Northwire quotes teacher Jana Roe.": after what was said, a verb of quoting (``RELAY_LEMMAS``) with a
    person for its object, and no "as saying" of its own: the person quoted said it, the subject passed it on."""
    text, span, verb = s.text, s.span, words[i]
    if verb.pos != "VERB" or not (span.start <= verb.span.start < span.end) or not s.free(verb.span.start) \
            or not _QUOTE_MARKS.search(text, span.start, verb.span.start) or _children(words, i, "neg") \
            or any(words[j].lemma in language(s.lang).SPEECH_LEMMAS for j in _subtree(words, i) if j > i):
        return None
    quoted = _object(words, i)
    found = _speaker_of(text, words, quoted, s.mentions, s.discourse, s.publisher) if quoted is not None else None
    if found is None or s.discourse.types.get(found[0]) != "Person" or found[1].start < verb.span.end:
        return None
    source = _subject(words, i)
    relayed = _speaker_of(text, words, source, s.mentions, s.discourse, s.publisher) if source is not None else None
    via = (relayed[0],) if relayed and relayed[0] != found[0] else ()
    return Frame(found[0], "as_saying", verb.span, True, found[1], _after_assertion(text, verb.span, span), via)


def _reports_after(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"On Monday, X said the talks had failed", "During the visit, X drew attention to …": a short opener before
    the subject looks like the end of an assertion ("…, X said"), but the verb's clause, or its act of speech, comes
    after it, so the frame opens its sentence and closes nothing before it."""
    own = language(lang)
    return any(j > verb for j in _children(words, verb, "ccomp")) or any(
        j > verb and words[j].lemma in own.SPEECH_ACT_NOUNS for j in _children(words, verb, "dobj"))


def _says_what_went_before(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"X said this at a briefing on Monday(, Northwire reports)", "X highlighted these developments": the verb's
    object points back (``BACK_POINTING_OBJECTS``, or a noun ``BACK_POINTING_DETERMINERS`` open) and no clause of
    its says what, so what was said is what went before, as after "…, X said"; not when another verb of saying goes
    on with a clause of its own ("…, noting that …", "… and added that …"): that says something new; nor when a
    gerund after a preposition says it ("X accused it of damaging …": "it" is who is accused), nor when the verb
    says what its object is (``CHARACTERISING_LEMMAS``: "X described those cuts as insurance"; not "X confirmed this
    as chairman")."""
    own = language(lang)
    pointing = lambda j: words[j].text.lower() in own.BACK_POINTING_OBJECTS \
        or any(words[k].text.lower() in own.BACK_POINTING_DETERMINERS for k in _children(words, j, "det"))
    return any(pointing(j) and not _children(words, j, "acl", "relcl")
               for j in _children(words, verb, "dobj")) \
        and not any(_children(words, p, "pcomp") for p in _children(words, verb, "prep")) \
        and not (words[verb].lemma in own.CHARACTERISING_LEMMAS and _calls_its_object(words, verb)) \
        and all(words[j].lemma in own.SPEECH_LEMMAS for j in _children(words, verb, "ccomp", "parataxis")) \
        and not any(words[j].lemma in own.SPEECH_LEMMAS and _children(words, j, "ccomp", "parataxis")
                    for j in _children(words, verb, "advcl", "conj", "xcomp"))


def described_bodies(doc: Document, sentences: list[Span], mentions: list[Mention], entities: dict[str, Entity],
                     parse_of: Callable[[Span], tuple[Word, ...]]) -> tuple[list[Entity], list[Mention]]:
    """"The electoral commission said …", "the court ruled …", "according to the weather office": a body the text
    names only by a definite description (a head in ``DESCRIBED_BODY_HEADS``) as the subject of a verb of saying
    or the source after "according to".

    A description whose words other than its head ("weather", "presidential") all stand in the label of a body
    named before it ("the weather service" after "the National Weather Service") means that body; one whose
    words are among those of an earlier description of the same head ("the agency", "the disaster agency") means
    that one ("the government's disaster agency"). Else, one body, and only one, that the text names later with all
    of its words and its head means that body (cataphora). Else, when no body named before has the head in its
    label (and, for a head of ``DESCRIBED_BARE_HEADS`` with no other words, no body was named before at all: "the
    agency" after "AFAD" is AFAD; with other words, no body named before spoke: "the aid agency" after "UNICEF
    said" is UNICEF), the description speaks as a body of its own: one entity per description and document
    (another text's "the government" is another government), labelled as the text calls it."""
    own = language(doc.lang)
    if own.DESCRIBED_VOICE_PATTERN:
        registered = _registered_in_lower_case(doc.text, mentions, entities, own)
        made, voiced = _voiced_bodies(doc, sentences, mentions + registered, entities, own)
        return made, sorted({*voiced, *registered}, key=lambda m: (m.span.start, m.span.end))
    if not own.DESCRIBED_BODY_HEADS:
        return [], []
    bodies = [(m.span.start, " | ".join([e.label, *(label for label, _ in e.pref_labels + e.alt_labels)]).lower(),
               m.entity) for m in mentions if m.entity in entities
              for e in [entities[m.entity]] if e.type in ("Organization", "Group")]
    labelled = {key: labels for _, labels, key in bodies}
    made: dict[str, Entity] = {}
    described: list[tuple[int, str, set[str], str]] = []   # where each description was made, its head, words, entity
    out: list[Mention] = []
    spoke: list[tuple[int, str]] = []    # bodies named as the subject of a verb of saying, and where
    overlapping = _overlapping(mentions)
    for sentence in sentences:
        words = parse_of(sentence)
        spoke += [(m.span.start, m.entity) for i, w in enumerate(words) if w.lemma in own.SPEECH_LEMMAS
                  for subject in [_subject(words, i)] if subject is not None
                  for m in overlapping(Span(words[subject].span.start, words[subject].span.start + 1))
                  if m.entity in entities and entities[m.entity].type in ("Organization", "Group")]
        for span, head, modifiers in _descriptions(doc.text, sentence, words, own):
            noun = span.end - len(re.search(r"\S+$", doc.text[span.start:span.end]).group())
            inside = overlapping(span)
            before = [(labels, key) for start, labels, key in bodies if start < span.start]
            if any(not (span.start <= m.span.start and m.span.end <= noun and m.entity in entities
                        and entities[m.entity].type in _PLACE_MODIFIERS) for m in inside):
                member = _member_body(doc.text, span, noun, modifiers, inside, before, entities)
                if member is not None:   # "the UN health agency": the World Health Organization named before
                    out.append(Mention(member, span, "description"))
                continue    # a body's name in the description names the body; a place's says where it sits
            fitting = [key for labels, key in before if modifiers and all(_in_label(w, labels) for w in modifiers)]
            if fitting:     # "the weather service": the National Weather Service named before
                out.append(Mention(fitting[-1], span, "description"))
                continue
            forces = _of_kind(head, before) if doc.text[span.start:span.end].lower() in own.ARTICLELESS_BODY_HEADS \
                else []
            acting = _acting_force(doc.text, sentences, span, {key for _, key in forces}, mentions, entities, spoke,
                                   own) if forces else None
            if acting:      # "Police said" after "the Vell Police Department said": the force of that kind named last
                out.append(Mention(acting, span, "description"))
                continue
            if any(_in_label(head, labels) for labels, _ in before):
                continue    # "the ministry" after "the Ministry of X": a reference (``Discourse.resolve``)
            earlier = [key for start, h, words_of, key in described if h == head and start < span.start
                       and {w.lower() for w in modifiers} <= words_of]
            if earlier:   # "the agency", "the disaster agency" after "the government's disaster agency"
                out.append(Mention(earlier[-1], span, "description"))
                continue
            later = {key for start, labels, key in bodies if start >= span.end and _in_label(head, labels)
                     and all(_in_label(w, labels) for w in modifiers)}
            if len(later) == 1:   # "the electoral commission said" before "the Independent Electoral Commission"
                out.append(Mention(later.pop(), span, "description"))
                continue
            if head in own.DESCRIBED_BARE_HEADS and not modifiers and _of_kind(head, before):
                continue
            kind = Discourse._body_kind(head)
            if kind and not modifiers and any(public_label(entities[key].label) == (kind == "public")
                                              for _, key in before):
                continue    # "the regulator" after "the National Bank of X": a reference (``Discourse.resolve``)
            speakers = [key for start, key in spoke if start < span.start and not _named_by_kind(entities[key])
                        and _of_kind(head, [(labelled.get(key, ""), key)])]
            if head in own.DESCRIBED_BARE_HEADS and speakers and not inside:   # "UNICEF said …. The aid agency said": UNICEF
                out.append(Mention(speakers[-1], span, "description"))
                continue
            phrase = doc.text[span.start:span.end]
            label = phrase[:1].lower() + phrase[1:]     # the article that opened a sentence
            key = f"{slug(label)}-{digest(label.lower(), doc.name, size=6)}"
            # and as other texts may write it: with no article, with no possessor ("monetary policy committee")
            bare = " ".join([*modifiers, doc.text[span.end - len(head):span.end]]) \
                if doc.text[span.end - len(head):span.end].lower() == head else ""
            others = tuple(dict.fromkeys((form, doc.lang) for form in (_LEADING_ARTICLE.sub("", label), bare)
                                         if form and form != label))
            made.setdefault(key, Entity(key=key, label=label, type="Organization", pref_labels=((label, doc.lang),),
                                        alt_labels=others))
            described.append((span.start, head, {w.lower() for w in modifiers}, key))
            out.append(Mention(key, span, "description"))
    return list(made.values()), sorted(set(out), key=lambda m: (m.span.start, m.span.end))   # verbs sharing a subject


# a preposition, with an article or a possessive after it, right before a body's mention: the body is an object there
# ("a spokeswoman for the Vell Police", "near its Vell Police"), no actor
_AFTER_PREPOSITION = {module: re.compile(
    rf"(?<!\w)(?:{one_of((*module.PREPOSITIONS, *module.BESIDE_PREPOSITIONS, *module.PLACE_PREPOSITIONS))})\s+"
    rf"(?:(?:{one_of((*module.DEFINITE_ARTICLES, *module.POSSESSIVE_DETERMINERS))})\s+)?$", re.IGNORECASE)
    for module in LANGUAGES.values()}


def _acting_force(text: str, sentences: list[Span], span: Span, keys: set[str], mentions: list[Mention],
                  entities: dict[str, Entity], spoke: list[tuple[int, str]], own: ModuleType) -> str | None:
    """The force of a kind that bare "Police said" (``ARTICLELESS_BODY_HEADS``) goes on with: of those named before
    (``keys``), the last that spoke, or the last named in the three sentences before as an actor (no object of a
    preposition: "a spokeswoman for the Vell Police", "near the Vell Police"); none where a place not in the force's
    name stands between ("The Vell Police trained officers in Borealia. In Borealia, a bomb exploded. Police said").
    """
    starts = [s.start for s in sentences]
    here = bisect_right(starts, span.start) - 1
    said = {key for start, key in spoke if start < span.start}
    after_preposition = _AFTER_PREPOSITION[own]
    found = None
    for m in mentions:
        if m.entity not in keys or m.span.start >= span.start:
            continue
        if m.entity in said or here - bisect_right(starts, m.span.start) + 1 <= 3 \
                and not after_preposition.search(text[max(0, m.span.start - 40):m.span.start]):
            found = m
    if found is None:
        return None
    labels = " | ".join([entities[found.entity].label, *(label for label, _ in entities[found.entity].pref_labels
                                                          + entities[found.entity].alt_labels)]).lower()
    if any(found.span.end <= m.span.start < span.start and m.entity in entities
           and entities[m.entity].type in ("Country", "Place") and entities[m.entity].label.lower() not in labels
           for m in mentions):
        return None
    return found.entity


def _named_by_kind(entity: Entity) -> bool:
    """"analysts", "Ruritanian officials": people a text names by what they are (``GROUP_NOUNS``), no office or
    agency that a description ("the state's emergency office") may refer back to."""
    return _group_by_kind(entity.type, entity.label)


_ENDS_ON_GROUP_NOUN = re.compile(rf"(?<!\S)(?:{one_of(joined('GROUP_NOUNS'))})(?:\s+\S+)?$")


def _group_by_kind(type_: str | None, label: str) -> bool:
    """A group whose label ends on a noun for people of a kind (``GROUP_NOUNS``), or on that noun and the genitive
    of what they are of: "residents", "local officials", «организаторы акции»."""
    return type_ == "Group" and bool(_ENDS_ON_GROUP_NOUN.search(label.lower()))


def _overlapping(mentions: list[Mention]) -> Callable[[Span], list[Mention]]:
    """The mentions that overlap a span, in the list's own order, found by bisection on their starts (no mention
    overlapping a span starts further before it than the longest mention is long): asked for every sentence."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].span.start)
    starts = [mentions[i].span.start for i in order]
    longest = max((len(m.span) for m in mentions), default=0)

    def overlapping(span: Span) -> list[Mention]:
        near = order[bisect_left(starts, span.start - longest):bisect_left(starts, span.end)]
        return [mentions[i] for i in sorted(near) if mentions[i].span.end > span.start]
    return overlapping


def _member_body(text: str, span: Span, noun: int, modifiers: list[str], inside: list[Mention],
                 before: list[tuple[str, str]], entities: dict[str, Entity]) -> str | None:
    """"The UN health agency said": a description whose words hold the name of a body it belongs to (only bodies,
    each before the head) means the one body named before, not that one, whose label holds each of its other
    words ("World Health Organization"); none where no such body, or more than one, was named."""
    if not all(span.start <= m.span.start and m.span.end <= noun and m.entity in entities
               and entities[m.entity].type in ("Organization", "Group") for m in inside):
        return None
    names = " ".join(text[m.span.start:m.span.end] for m in inside).split()
    rest = [w for w in modifiers if w not in names]
    owners = {m.entity for m in inside}
    fitting = {key for labels, key in before if key not in owners and all(_in_label(w, labels) for w in rest)}
    return fitting.pop() if rest and len(fitting) == 1 else None


def _of_kind(head: str, bodies: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of the bodies named (their labels, their keys), those a description with this head may refer back to: for
    a head of a kind of body (``ANAPHOR_KIND_HEADS``: "the army", "the police"), only bodies of that kind ("the
    police" after a court named is no court); for another head, every one."""
    kind = next((pattern for cue, pattern in _KIND_HEADS.items() if head.startswith(cue)), None)
    return [b for b in bodies if re.search(kind, b[0])] if kind else bodies


# Names in a description that say where its body sits, not which body it is: "the Dorvik weather office" (a name the
# text knows nothing else of may be taken for a person's)
_PLACE_MODIFIERS = ("Country", "Place", "Person")


def _descriptions(text: str, sentence: Span, words: tuple[Word, ...], own: ModuleType
                  ) -> Iterator[tuple[Span, str, list[str]]]:
    """The definite descriptions of a body in a sentence that speak: subjects of verbs of saying and sources after
    "according to" in the parse (``_described_body``), with their heads and other words; in a paragraph left
    unparsed (it has no verb of saying), "according to the (disaster relief) agency" as written."""
    for i, verb in enumerate(words):
        subject = _subject(words, i) if verb.lemma in own.SPEECH_LEMMAS and verb.pos == "VERB" else None
        subject = _body_of_voice(words, subject) if subject is not None else None
        saying = subject
        if subject is None:
            subject = _according_source(words, i, own)
        found = _described_body(words, subject, own, i if saying is not None else None) \
            if subject is not None else None
        if found is not None:
            yield found[0], words[subject].lemma.lower(), found[1]
    if words:
        return
    for m in _ACCORDING_DESCRIPTION.finditer(text, sentence.start, sentence.end):
        modifiers = (m.group("words") or "").split()
        # "according to the head of government": a phrase's head stands before its "of", the person's title here
        if not any(w in own.DESCRIBED_VOICE_WORDS or w in _OWNER_PREPOSITIONS for w in modifiers):
            yield Span(m.start("body"), m.end("body")), (m.group("head") or m.group("bare")).lower(), modifiers


def _body_of_voice(words: tuple[Word, ...], subject: int) -> int:
    """"A spokesman for the education department said": a subject headed by the title of one who speaks for a body
    (``BODY_VOICE_TITLES``) gives the word to the body its preposition (``OFFICE_PREPOSITIONS``) names."""
    if words[subject].text.lower() not in _BODY_VOICE_TITLES:
        return subject
    office = next((j for j in _children(words, subject, "prep") if words[j].text.lower() in _OWNER_PREPOSITIONS), None)
    return next(iter(_children(words, office, "pobj")), subject) if office is not None else subject


# "according to the disaster relief agency," as written: the article, lowercase words, a head, the clause's end; or
# a head the language writes with no article ("according to police.", ``ARTICLELESS_BODY_HEADS``)
DESCRIPTION_WORDS = 3    # words of a description before its head
_ACCORDING_DESCRIPTION = re.compile(
    rf"(?<!\w)(?i:{alternation('ACCORDING_TO')})\s+(?P<body>(?:{'|'.join(joined('DEFINITE_ARTICLES'))})\s+"
    rf"(?P<words>(?:[a-z][a-z-]*\s+){{0,{DESCRIPTION_WORDS}}}?)(?P<head>{'|'.join(sorted(joined('DESCRIBED_BODY_HEADS')))})"
    rf"|(?P<bare>(?i:{'|'.join(sorted(joined('ARTICLELESS_BODY_HEADS'))) or '(?!)'})))(?=\s*[,.;])")


def _voiced_bodies(doc: Document, sentences: list[Span], mentions: list[Mention], entities: dict[str, Entity],
                   own: ModuleType) -> tuple[list[Entity], list[Mention]]:
    """"Сообщили в пресс-службе областной прокуратуры", "пресс-служба правительства области заявила": where
    a language without a parse names a body only by a description after the word of its voice
    (``DESCRIBED_VOICE_PATTERN``): lowercase words in the genitive up to a head of ``DESCRIBED_OWNER_HEADS``, and
    the lowercase genitive nouns after it, with no name after them (that would name the body: "прокуратуры
    Ромской области"). The voice and the description stand for a body of its own, labelled by the description
    in the nominative ("областная прокуратура"), one per description and document; a bare head ("пресс-служба
    компании") refers back to a body named before (``Discourse.resolve``) and makes one only where none was, and
    a description that closes the name of exactly one body named before ("областной суд" after "Ромский
    областной суд") is that body."""
    named = sorted(mentions, key=lambda m: m.span.start)
    made: dict[str, Entity] = {}
    out: list[Mention] = []
    voice = re.compile(rf"(?<![\w-])(?:{own.DESCRIBED_VOICE_PATTERN})")
    for sentence in sentences:
        for m in voice.finditer(doc.text, sentence.start, sentence.end):
            following = list(re.finditer(r"[^\W\d_][\w-]*|[^\w\s]", doc.text[m.end():sentence.end]))[:OWNER_WORDS + 1]
            words = []
            for w in following:
                if not re.fullmatch(r"[а-яё][а-яё-]*", w.group()) or not _genitive(w.group()):
                    break
                words.append(w)
            head = next((i for i, w in enumerate(words) if _genitive_lemma(w.group()) in own.DESCRIBED_OWNER_HEADS), None)
            if head is None:
                continue
            last = head
            while last + 1 < len(words) and _genitive_lemma(words[last + 1].group()):
                last += 1    # "правительства области": the head's complement
            owner = [w.group() for w in words[:last + 1]]
            start, end = m.start(), m.end() + words[last].end()
            after = re.match(r"\s*", doc.text[end:end + 3]).end()
            if any(x.span.start < end and start < x.span.end or x.span.start == end + after for x in named):
                continue    # the body is named: "пресс-служба МВД", "прокуратуры Ромской области"
            bare = all(_genitive_lemma(w) in own.COLLECTIVE_OWNER_NOUNS for w in owner[:-1])
            if bare and any(entities[x.entity].type in ("Organization", "Group") for x in named
                            if x.span.start < start and x.entity in entities):
                continue    # "пресс-служба компании", "пресс-служба группы компаний": the company named before
            label = " ".join(_nominative_phrase(owner, head))
            bodies = {x.entity for x in named if x.span.start < start and x.entity in entities
                      and entities[x.entity].type == "Organization"
                      and any(cut_at_the_front(label, name) or _serves_the_area_described(label, owner, name, own)
                              for name, _ in entities[x.entity].all_labels())}
            if len(bodies) == 1:   # "областной суд" after "Ромский областной суд": that court
                out.append(Mention(bodies.pop(), Span(start, end), "description"))
                continue
            key = f"{slug(label)}-{digest(label.lower(), doc.name, size=6)}"
            entity = made.get(key) or Entity(key=key, label=label, type="Organization", pref_labels=((label, doc.lang),))
            made[key] = replace(entity, alt_labels=tuple(dict.fromkeys(
                [*entity.alt_labels, (doc.text[start:end], doc.lang), (" ".join(owner), doc.lang)])))
            out.append(Mention(key, Span(start, end), "description"))
    return list(made.values()), out


def _serves_the_area_described(label: str, owner: list[str], name: str, own: ModuleType) -> bool:
    """"областное правительство" after "правительство Ромской области": a body's noun after the one adjective of
    the kind of area it serves (``AREA_ADJECTIVES``) names the body of the same noun whose name ends in an area
    of that kind, even where that area was named only inside the body's name."""
    if len(owner) != 2:
        return False
    kind = next((own.AREA_ADJECTIVES[p.normal_form] for p in morph().parse(owner[0])[:3]
                 if p.tag.POS == "ADJF" and p.normal_form in own.AREA_ADJECTIVES), None)
    words = name.lower().split()
    return kind is not None and len(words) > 2 and words[0] == label.split()[-1].lower() \
        and any(p.tag.POS == "NOUN" and p.normal_form in own.AREA_ANAPHORS[kind] for p in morph().parse(words[-1])[:3])


OWNER_WORDS = 3   # lowercase words of a voice's owner: "пресс-службы (городской администрации)"


def _registered_in_lower_case(text: str, mentions: list[Mention], entities: dict[str, Entity], own: ModuleType
                              ) -> list[Mention]:
    """"сообщает пресс-служба министерства обороны Руритании", "в министерстве иностранных дел Руритании": a body
    the registry knows by a label opening with its common noun ("Министерство обороны Руритании"), written in
    lower case in running text, in any case: the lower-case words right before a country's name, from a head of
    ``DESCRIBED_OWNER_HEADS`` (adjectives before it too) with its genitive complement, put in the nominative, with
    the name as written, is that body's label but for the capital."""
    out: list[Mention] = []
    index: dict[str, set[str]] | None = None
    owners = sorted((m for m in mentions if m.entity in entities and entities[m.entity].type in ("Country", "Place")),
                    key=lambda m: m.span.start)
    for owner in owners:
        before = list(re.finditer(r"[а-яё]+", text[max(0, owner.span.start - 80):owner.span.start]))[-OWNER_WORDS - 2:]
        shift = max(0, owner.span.start - 80)
        words = [(shift + w.start(), shift + w.end(), w.group()) for w in before]
        while words and not re.fullmatch(r"\s+", text[words[-1][1]:owner.span.start]):
            words = []    # the words must run up to the name, one space apart
        for k in range(len(words) - 1, 0, -1):
            if not re.fullmatch(r"\s+", text[words[k - 1][1]:words[k][0]]):
                words = words[k:]
                break
        for first in range(len(words)):
            label = _lower_case_label(words[first:], own)
            if label is None:
                continue
            if index is None:
                index = {}
                for e in entities.values():
                    if e.type == "Organization":
                        for form, lang in e.pref_labels + e.alt_labels:
                            if lang == "ru":
                                index.setdefault(form.lower().replace("ё", "е"), set()).add(e.key)
            found = index.get(f"{label} {text[owner.span.start:owner.span.end]}".lower().replace("ё", "е"), set())
            if len(found) == 1:
                out.append(Mention(next(iter(found)), Span(words[first][0], owner.span.end), "description"))
                break
    return out


def _lower_case_label(words: list[tuple[int, int, str]], own: ModuleType) -> str | None:
    """"оборонного ведомства", "министерстве иностранных дел": adjectives, a head of ``DESCRIBED_OWNER_HEADS`` and its
    genitive complement, as the label would write them (the head and its adjectives in the nominative singular);
    None where the words are not so."""
    parses = [morph().parse(w)[:3] for _, _, w in words]
    head = next((i for i, options in enumerate(parses) if any(p.tag.POS == "NOUN" and p.normal_form
                                                             in own.DESCRIBED_OWNER_HEADS for p in options)), None)
    if head is None or any(not any(p.tag.POS in ("ADJF", "PRTF") for p in options) for options in parses[:head]) \
            or any(not any("gent" in p.tag for p in options) for options in parses[head + 1:]):
        return None
    noun = next(p for p in parses[head] if p.tag.POS == "NOUN" and p.normal_form in own.DESCRIBED_OWNER_HEADS)
    nominative = noun.inflect({"nomn", "sing"})
    out = []
    for options in parses[:head]:
        adjective = next(p for p in options if p.tag.POS in ("ADJF", "PRTF"))
        form = adjective.inflect({"nomn", "sing", noun.tag.gender} if noun.tag.gender else {"nomn", "sing"})
        if form is None:
            return None
        out.append(form.word)
    return " ".join([*out, nominative.word if nominative else noun.word, *(w for _, _, w in words[head + 1:])])


def _genitive(word: str) -> bool:
    """A word that reads in the genitive, not as an abbreviation: "по" is no genitive of "ПО"."""
    return any("gent" in p.tag and "Abbr" not in p.tag for p in morph().parse(word)[:3])


def _genitive_lemma(word: str) -> str:
    parse = next((p for p in morph().parse(word)[:3] if "gent" in p.tag and p.tag.POS == "NOUN"
                  and "Abbr" not in p.tag), None)
    return parse.normal_form if parse else ""


def _nominative_phrase(words: list[str], head: int) -> list[str]:
    """"областной прокуратуры" → "областная прокуратура": the head noun and the adjectives before it in the
    nominative; the genitive complement after the head stays ("правительства области" → "правительство области")."""
    noun = next(p for p in morph().parse(words[head])[:3] if "gent" in p.tag and p.tag.POS == "NOUN")
    number = {"sing"} if "sing" in noun.tag else {"plur"}
    out = []
    for w in words[:head]:
        adjective = next((p for p in morph().parse(w)[:3] if "gent" in p.tag and p.tag.POS in ("ADJF", "PRTF")), None)
        form = adjective.inflect({"nomn"} | number | ({noun.tag.gender} if noun.tag.gender and "sing" in number
                                                       else set())) if adjective else None
        out.append(form.word if form else w)
    nominative = noun.inflect({"nomn"} | number)
    return [*out, nominative.word if nominative else words[head], *words[head + 1:]]


def _in_label(word: str, labels: str) -> bool:
    """A word of a description stands in one of a body's labels, as a word or a word's start ("weather" in
    "Weather Service", "health" in "World Health Organization")."""
    return re.search(rf"(?<!\w){re.escape(word.lower())}", labels) is not None


def _according_source(words: tuple[Word, ...], i: int, own: ModuleType) -> int | None:
    """"According to the office, …": the source after the language's ``ACCORDING_TO`` preposition."""
    w = words[i]
    if w.dep != "pobj" or words[w.head].dep != "prep" or w.head == words[w.head].head:
        return None
    opener = words[words[w.head].head]
    phrase = f"{opener.text} {words[w.head].text}".lower()
    return i if _ACCORDING.fullmatch(phrase) else None


_OWNER_PREPOSITIONS = frozenset(joined("OFFICE_PREPOSITIONS"))   # "the service of X", "the agency for Y"


def _described_body(words: tuple[Word, ...], subject: int, own: ModuleType, verb: int | None = None
                    ) -> tuple[Span, list[str]] | None:
    """Where a subject is a definite description of one body, and its words besides the head: "the
    (independent electoral) commission", "the (country's) forestry agency" (a possessor that is a common noun
    takes the article)."""
    head = words[subject]
    capital = _capitalised_body_noun(words, subject, own)
    if head.pos not in ("NOUN", "PROPN") or not (head.text.islower() or capital) \
            or head.text.lower() not in own.DESCRIBED_BODY_HEADS:
        return None     # a common noun (the tagger may call it proper), in the singular: "the courts" are several
    if capital or head.text.lower() in own.ARTICLELESS_BODY_HEADS and not _children(words, subject, "det", "poss", "amod",
                                                                             "compound", "nmod"):
        return _body_noun_alone(words, subject, own, verb)
    article = next((j for j in _children(words, subject, "det") if words[j].text.lower() in own.DEFINITE_ARTICLES), None)
    first = article + 1 if article is not None else None
    if article is None:     # "the government's disaster agency", "the southern state's agency": a possessor's article
        owner = next((j for j in _children(words, subject, "poss") if words[j].pos == "NOUN" and words[j].text.islower()
                      and j < subject), None)
        article = next((j for j in _children(words, owner, "det") if words[j].text.lower() in own.DEFINITE_ARTICLES
                        and all(words[k].dep in ("amod", "compound") for k in range(j + 1, owner))), None) \
            if owner is not None else None
        first = next((j + 1 for j in _children(words, owner, "case")), owner + 1) if article is not None else None
    if article is None:     # "…, state disaster relief department said": lowercase words before the head, no article
        first = _subtree(words, subject)[0]     # (the sentence's first word has its capital: "Health ministry said")
        if first == subject or any(not (words[j].text.islower() or j == 0 and words[j].text.istitle())
                                   for j in range(first, subject)):
            return None
    if any(words[j].dep not in ("amod", "compound", "nmod") or words[j].pos not in ("ADJ", "NOUN", "PROPN")
           or words[j].text.lower() in own.DESCRIBED_VOICE_WORDS for j in range(first, subject)) \
            or _children(words, subject, "acl", "relcl", "appos") \
            or set(_children(words, subject, "conj")) - _witnesses_beside(words, subject) \
            or any(words[j].text.lower() in _OWNER_PREPOSITIONS for j in _children(words, subject, "prep")):
        return None     # "the press office" speaks for a body; "the service of X", "the agency that …" name theirs;
    #                     "the police and the army" are two (a witness beside one is none). A name among the words
    #                     is a place's ("the Dorvik weather office"): ``described_bodies`` keeps the description only
    #                     where it is
    start = words[article].span.start if article is not None else words[first].span.start
    return Span(start, head.span.end), [words[j].text for j in range(first, subject)]


def _capitalised_body_noun(words: tuple[Word, ...], subject: int, own: ModuleType) -> bool:
    """"The Judiciary said", "the Police have said", "Police said": a body's common noun (``DESCRIBED_BODY_HEADS``)
    written with a capital as the body's whole name, with no words of its own but the article (not "the Foreign
    Ministry": a name's words; not "the Police Act": the noun is no head there)."""
    text = words[subject].text
    return len(text) > 1 and text[0].isupper() and text[1:].islower() and text.lower() in own.DESCRIBED_BODY_HEADS \
        and all(words[j].text.lower() in own.DEFINITE_ARTICLES for j in _children(words, subject, "det", "poss", "amod",
                                                                                  "compound", "nmod", "prep"))


def _body_noun_alone(words: tuple[Word, ...], subject: int, own: ModuleType, verb: int | None
                     ) -> tuple[Span, list[str]] | None:
    """A body named by its noun alone, capitalised as a name ("the Judiciary") or with no article at all where the
    language writes it so ("police said", ``ARTICLELESS_BODY_HEADS``): the noun and its article, no other words;
    none where the noun stands in a longer name or phrase ("Police Act", "police in Northtown"; a participle after
    it only says which officers: "Police investigating the fire said"), nor where its verb
    acts on someone and says nothing ("Police questioned X about …": no clause of what was said) or describes
    another noun ("the buildings where police believe …": the sentence is not what they say)."""
    if _children(words, subject, "relcl", "appos", "prep", "compound", "amod", "nmod", "poss") \
            or set(_children(words, subject, "conj")) - _witnesses_beside(words, subject) \
            or words[subject].dep == "compound":
        return None
    if verb is not None and (_children(words, verb, "dobj") and not _children(words, verb, "ccomp", "parataxis")
                             or words[verb].dep == "relcl"):
        return None     # nor in a clause on another noun: "buildings where police believe X" names no speaker
    article = next((j for j in _children(words, subject, "det") if words[j].text.lower() in own.DEFINITE_ARTICLES), None)
    start = words[article].span.start if article is not None else words[subject].span.start
    return Span(start, words[subject].span.end), []


def _speech_act_noun(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"Velmar gave a different account", "X issued a warning": a light verb whose object is an act of speech."""
    own = language(lang)
    return words[verb].lemma in own.LIGHT_SPEECH_VERBS and any(
        words[j].lemma in own.SPEECH_ACT_NOUNS for j in _children(words, verb, "dobj"))


def _estimate(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"The statement put the toll at 40": a verb that sets a figure (its object) at a value gives an estimate,
    which its subject asserts as a verb of saying does. The parser may hang the value on a clause inside the object
    ("put the tally of farms that reopened at 90")."""
    own = language(lang)
    if words[verb].lemma not in own.ESTIMATING_VERBS:
        return False
    figures = [j for j in _children(words, verb, "dobj") if words[j].lemma in own.ESTIMATED_NOUNS]
    around = [*_children(words, verb, "prep"), *(k for j in figures for k in _subtree(words, j))]
    return bool(figures) and any(words[k].dep == "prep" and words[k].lemma in own.ESTIMATE_PREPOSITIONS
                                 for k in around)


def _asserting_complement(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"The judges found her guilty of …", "found the firm liable", "X made it clear that …": a verb with a
    complement that makes it an assertion (``ASSERTING_COMPLEMENTS``) holds what its subject asserts, as a verb of
    saying does; one of ``CLAUSE_ONLY_COMPLEMENTS`` only with a clause of what is held on it."""
    own = language(lang)
    asserting = own.ASSERTING_COMPLEMENTS.get(words[verb].lemma, ())
    complements = _children(words, verb, "ccomp", "oprd", "xcomp", "acomp")
    return any(words[j].lemma in asserting and (words[j].lemma not in own.CLAUSE_ONLY_COMPLEMENTS
                                                or _children(words, j, "advcl", "csubj", "ccomp")
                                                or any(k != j for k in _children(words, verb, "ccomp")))
               for j in complements)


_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")   # "its plans for 2031": a year, no figure made known
_CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "appos", "conj", "parataxis"})


def _phrase(words: tuple[Word, ...], head: int) -> list[int]:
    """The words of the noun phrase ``head`` heads, without the clauses hung on it: "a truce [meant to halt a war
    that has cost 2,600 lives]" holds no figure of its own."""
    out, todo = [], [head]
    while todo:
        j = todo.pop()
        out.append(j)
        todo.extend(k for k in _by_head(words).get(j, ()) if words[k].dep not in _CLAUSE_DEPS)
    return sorted(out)


def _act(chunk: str, lang: str, words: tuple[Word, ...], verb: int) -> bool:
    """"Northwire announced its plans", "the board declared a dividend", "the council rejected the offer": a verb
    with a reading of an act besides one of speech (``ACT_READING_LEMMAS``), with a thing for its object and no
    clause or quotation, tells what was done, not what was said. An object that carries what it says ("rejected
    claims that the tax would rise") is words, and rejecting them says the contrary; so is a count ("the ministry
    announced nine new cases"), or, after a verb that makes a figure known (``FIGURE_ANNOUNCING_LEMMAS``), an object
    that holds one ("announced a 20 percent rise in sales"; not "rejected an offer of $5 million"): what was
    announced is how many or how much there is; so is an object that is itself asserted
    (``ASSERTED_OBJECTS``: "claimed responsibility"), and one with an infinitive that says what is meant ("announced
    its plans to build a plant", "a decision to close"): the intention is what the speaker made known; so is one the
    verb calls something (``CHARACTERISING_PREPOSITIONS``: "rejected the charge as politically motivated"); a verb
    with a particle is another verb ("ruled out a deal": words, "ruled the country": an act). A verb that
    tells an opinion only with a clause (``CLAUSE_READING_LEMMAS``: "felt the tremor", "felt sick") tells none
    without one; one that tells words only with their topic (``TOPIC_READING_LEMMAS``: "spoke of a breakthrough")
    tells none without it or a clause ("spoke at the forum")."""
    own, objects = language(lang), _children(words, verb, "dobj")
    if _prepositional_act(words, verb, own):
        return True
    if words[verb].lemma in own.CLAUSE_READING_LEMMAS:
        return not _children(words, verb, "ccomp")
    if words[verb].lemma in own.TOPIC_READING_LEMMAS:   # "spoke at the forum", not "spoke of a breakthrough"
        return not _children(words, verb, "ccomp", "parataxis") \
            and not any(words[j].text.lower() in own.TOPIC_READING_LEMMAS[words[verb].lemma]
                        for j in _children(words, verb, "prep"))
    return words[verb].lemma in own.ACT_READING_LEMMAS and bool(objects) and not _children(words, verb, "prt") \
        and not any(words[j].lemma.lower() in own.ASSERTED_OBJECTS for j in objects) \
        and not any(_children(words, j, "nummod") for j in objects) \
        and not (words[verb].lemma in own.FIGURE_ANNOUNCING_LEMMAS
                 and any(words[k].pos == "NUM" and not _YEAR_WORD.fullmatch(words[k].text)
                         for j in objects for k in _phrase(words, j))) \
        and not _children(words, verb, "ccomp", "xcomp", "parataxis") and not _QUOTE_MARKS.search(chunk) \
        and not _called_something(words, verb, own) \
        and not any(_content_clause(words, clause, lang) or _children(words, clause, "aux")
                    for j in objects for clause in _children(words, j, "acl")) \
        and not (words[verb].lemma in own.BARE_OBJECT_ACT_LEMMAS and any(_complemented(words, j, own) for j in objects))


def _called_something(words: tuple[Word, ...], verb: int, own: ModuleType) -> bool:
    """"rejected the charge as politically motivated": a quality the verb gives its object after one of
    ``CHARACTERISING_PREPOSITIONS``, which the parser hangs either on that word ("as" → "motivated") or the word on
    the quality ("motivated" → "as"); or right after the object, which the parser hangs on it ("ruled the evidence
    inadmissible", "declared the vote invalid"; not "declared a dividend of 5 cents, payable in May")."""
    marks = own.CHARACTERISING_PREPOSITIONS
    return any(words[k].pos == "ADJ" and k > j and not _children(words, k, "prep")
               and not any(words[x].text == "," for x in range(j + 1, k)) for j in _children(words, verb, "dobj")
               for k in _children(words, j, "amod", "acl")) \
        or any(words[j].text.lower() in marks and _children(words, j, "amod", "acomp")
               for j in _children(words, verb, "prep")) \
        or any(words[j].pos == "ADJ"
               and any(words[k].text.lower() in marks for k in _children(words, j, "advmod", "prep"))
               for j in _children(words, verb, "advcl", "acomp", "oprd"))


def _complemented(words: tuple[Word, ...], noun: int, own: ModuleType) -> bool:
    """"the finding that the lake was poisoned", "the idea of a truce", "calls for an inquiry": an object with a
    clause of what it holds (one opened by a complementiser) or a complement of what it is of, for or to
    (``OBJECT_COMPLEMENT_PREPOSITIONS``), no bare thing (``BARE_OBJECT_ACT_LEMMAS``); nor one with a clause that
    says what someone said of it ("the levy, which she said would pay for wells"): the backing goes with the words."""
    return any(words[j].text.lower() in own.OBJECT_COMPLEMENT_PREPOSITIONS for j in _children(words, noun, "prep")) \
        or any(_children(words, clause, "mark")
               or any(words[k].lemma in own.SPEECH_LEMMAS and words[k].pos == "VERB" for k in _subtree(words, clause))
               for clause in _children(words, noun, "relcl", "acl"))


def _prepositional_act(words: tuple[Word, ...], verb: int, own: ModuleType) -> bool:
    """"X called on the governor at his residence", "as X responds to the strikes": a verb of speech with the
    preposition of an act (``ACT_PREPOSITIONS``) and no clause, infinitive or thing called for tells what someone
    did, not what they said ("X called on the government to resign", "…, urging it to resign": the parser may
    hang the infinitive on the verb as a clause of its own). A reaction with content after it is words: a
    complementiser's clause anywhere under the verb ("responded to the charge with a statement that …"), a colon
    after it, or the verb a clause of what follows ("responded to the critics, the levy was fair, she insisted")."""
    preps = _children(words, verb, "prep")
    acting = [j for j in preps if words[j].text.lower() in own.ACT_PREPOSITIONS.get(words[verb].lemma, ())]
    return bool(acting) and not any(words[j].text.lower() in own.CALLED_FOR_PREPOSITIONS for j in preps) \
        and not _children(words, verb, "xcomp", "ccomp", "parataxis", "advcl") \
        and not any(words[k].dep in ("xcomp", "acl") for j in acting for k in _subtree(words, j)) \
        and not _content_follows(words, verb, own)


def _content_follows(words: tuple[Word, ...], verb: int, own: ModuleType) -> bool:
    """What was said comes with the verb: a complementiser's clause under it, a colon after it, or the verb itself
    a clause of a later one (the content or its tag, "…, the levy was fair, she insisted")."""
    return any(words[k].dep == "mark" and words[k].text.lower() in own.COMPLEMENTIZERS for k in _subtree(words, verb)) \
        or any(w.text == ":" for w in words[verb + 1:]) \
        or words[verb].dep in ("ccomp", "parataxis") and words[verb].head > verb


def _content_clause(words: tuple[Word, ...], clause: int, lang: str) -> bool:
    """A clause opened by a complementiser ("… that the tax would rise"), not a relative one ("… that X made")."""
    complementisers = language(lang).COMPLEMENTIZERS
    return any(words[j].text.lower() in complementisers for j in _children(words, clause, "mark"))


def _contemplating(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"X was considering leaving the company", "X is considering a bid", "Y considered resigning": a verb of
    thinking (``CONTEMPLATING_LEMMAS``) in the progressive, or with a gerund for what is weighed, tells what
    someone may do, not what they hold true; no one says anything."""
    if words[verb].lemma not in language(lang).CONTEMPLATING_LEMMAS:
        return False
    progressive = words[verb].text.lower().endswith("ing") and any(
        words[j].lemma in _COPULAS for j in _children(words, verb, "aux"))
    gerund = any(words[j].pos == "VERB" and words[j].text.lower().endswith("ing")
                 for j in _children(words, verb, "xcomp", "dobj", "ccomp", "pcomp"))
    return progressive or gerund


def _asked(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"X asked residents what they think", "Y asked Z whether she had said so": a verb of saying in the question a
    verb of asking puts (``ASKING_LEMMAS``), opened by a question word (``QUESTION_OPENERS``), is what was asked;
    no one asserts it. So is one deeper in that question ("Asked if it was correct that X had threatened to quit, the
    spokesman said …"): the complements lead up to the verb of asking."""
    own, clause, seen = language(lang), verb, set()
    while words[clause].dep == "ccomp" and words[clause].head != clause and clause not in seen:
        seen.add(clause)
        if words[words[clause].head].lemma in own.ASKING_LEMMAS:
            return any(words[j].text.lower() in own.QUESTION_OPENERS for j in _subtree(words, clause) if j < clause)
        clause = words[clause].head
    return False


_QUOTE_MARKS = re.compile(r"[“”«»\"„]")


def _circumstance(words: tuple[Word, ...], verb: int, lang: str) -> bool:
    """"…, two days after X said it was safe", "When X said …, few believed him": a verb of saying in a
    clause that tells when or why something else happened frames nothing; so does one joined to the verb of such a
    clause ("… on Monday, when X arrived and warned …"), a clause the parser may hang on the day as a relative one."""
    markers = language(lang).CIRCUMSTANCE_MARKERS
    while words[verb].dep == "conj" and words[verb].head != verb:
        verb = words[verb].head
    w = words[verb]
    if w.dep == "pcomp":
        return words[w.head].dep == "prep" and words[w.head].lemma.lower() in markers
    opened = [j for j in _subtree(words, verb) if j < verb and words[j].lemma.lower() in markers
              and words[j].dep in ("mark", "advmod", "prep")]
    return w.dep in ("advcl", "relcl") and bool(opened) \
        and not (w.head < verb and words[opened[0]].lemma.lower() in _CONCESSIVE)   # "…, although X said …"


def _reported_speech(words: tuple[Word, ...], verb: int, lang: str, gender: str | None = None) -> int | None:
    """A verb of saying in the complement of another, with a subject of its own: who the report quotes. Only
    the first complement is what was said: a later one is a comment on it the parser hung there ("X said it
    would pause the offensive, a step analysts say is overdue"); one that told the outer speaker (of ``gender``,
    ``_told_back``) is the speaker's own account; one of ``ACTING_WITH_OBJECT_LEMMAS`` with a thing for its object and
    no clause of its own acts ("X said the fleet would add ships": X's words, no one's "adding"), while "X said Y
    announced a tax" reports Y; one under a modal (``MODAL_VERBS``: "X said the board should announce the results
    today") is what the outer speaker says ought to or will be said, no words yet said."""
    own = language(lang)
    first = next(iter(_children(words, verb, "ccomp")), None)
    if first is not None and not _children(words, first, "dobj", "ccomp", "xcomp", "parataxis", "prep"):
        first = None    # "X said it on Friday, Northwire reports": a bare said-tag the parser hung on the verb
    subject = _subject(words, first) if first is not None else None
    return first if subject is not None and (words[first].lemma in own.REPORTED_SPEECH_LEMMAS
                                             or words[first].lemma in own.REPORTED_SPEECH_ACT_LEMMAS
                                             and words[subject].pos == "PROPN" and _reports_with(words, first, own)) \
        and not (words[first].lemma in own.ACTING_WITH_OBJECT_LEMMAS and _children(words, first, "dobj")
                 and not _children(words, first, "ccomp", "parataxis")) \
        and not any(words[j].text.lower() in own.MODAL_VERBS for j in _children(words, first, "aux")) and not any(
            _told_back(own.TOLD_BACK_PRONOUNS, words[j].text, gender)
            for j in _children(words, first, "dative", "dobj", "iobj")) \
        else None


def _reports_with(words: tuple[Word, ...], verb: int, own: ModuleType) -> bool:
    """A speech act of ``REPORTED_ONLY_WITH`` reports words only with one of its prepositions ("called on both sides
    to talk", "called for calm"; not "called off the strike", "called police"); the others always do."""
    needed = own.REPORTED_ONLY_WITH.get(words[verb].lemma)
    return needed is None or any(words[j].text.lower() in needed for j in _children(words, verb, "prep", "prt"))


_OPENING_MARKS = " \n“”«»\"„'‘’—―–-"


def _children(words: tuple[Word, ...], head: int, *deps: str) -> list[int]:
    return [j for j in _by_head(words).get(head, ()) if words[j].dep in deps]


def _by_head(words: tuple[Word, ...]) -> dict[int, list[int]]:
    """Each word's children in the parse, in order."""
    parse, by_head = _LAST_PARSE[0]
    if parse is not words:     # read once a parse: a long sentence's verbs ask for their children many times
        by_head = {}
        for j, w in enumerate(words):
            if w.head != j:
                by_head.setdefault(w.head, []).append(j)
        _LAST_PARSE[0] = (words, by_head)
    return by_head


# The last parse ``_by_head`` read and its words by their head, swapped whole (one tuple) so threads never mix two.
_LAST_PARSE: list[tuple[tuple[Word, ...], dict[int, list[int]]]] = [((), {})]


def _subject(words: tuple[Word, ...], verb: int) -> int | None:
    """The verb's subject, or its passive's agent ("was stated by the minister"); in an inverted frame closing the
    sentence, the one after the verb ("A replaces B, the chief since 2019, said the bank": B is no subject)."""
    subject = _inverted_object(words, verb)   # before the parse's own subject, which may be an apposition's
    subject = subject if subject is not None else next(iter(_named_subject(words, verb)), None)
    if subject is None:
        agent = next(iter(_children(words, verb, "agent")), None)
        subject = next(iter(_children(words, agent, "pobj")), None) if agent is not None else None
    for misparsed in _SUBJECTS_OF_MISPARSES:   # the parser's slips, each read only when those before found none
        if subject is not None:
            break
        subject = misparsed(words, verb)
    return subject


def _subject_taken_by_participle(words: tuple[Word, ...], verb: int) -> int | None:
    """"The head of the council, Jane Roe addressing reporters on Monday, said …": a parser may give the subject to
    the participle between it and the verb of saying, and leave that verb with none; the participle's own subject,
    before it, is the verb's."""
    if _children(words, verb, "nsubj", "nsubjpass", "csubj", "expl"):
        return None
    for participle in _children(words, verb, "advcl"):   # a bare participle, not "X is lying, said Y"
        if participle < verb and words[participle].text.lower().endswith("ing") \
                and not _children(words, participle, "aux", "auxpass"):
            subject = next((j for j in _children(words, participle, "nsubj") if j < participle), None)
            if subject is not None:
                return subject
    return None




def _name_before_weekday(words: tuple[Word, ...], verb: int) -> int | None:
    """"Jane Roe Friday denied …": a tagger may hang the name on the weekday right before the verb, as if it were
    the weekday's, and leave the verb with no subject; the name before a weekday that says when the verb happened
    is its subject."""
    when = verb - 1
    if when < 1 or _children(words, verb, "nsubj", "nsubjpass") or words[when].head != verb \
            or words[when].dep != "npadvmod" or words[when].text.lower() not in WEEKDAY_NAMES:
        return None
    name = when - 1
    return name if words[name].pos == "PROPN" and words[name].head == when else None


def _subject_of_absolute_phrase(words: tuple[Word, ...], verb: int) -> int | None:
    """"Prices fell, with the trade minister, Jon Vell, saying the plan worked": a tagger may hang the gerund on the
    main verb with no subject, after the comma that closes the name in apposition to the noun of an absolute phrase
    (``ABSOLUTE_PREPOSITIONS``); that name is its subject. Not a plain phrase with that preposition before the
    gerund ("X spoke with journalists, commenting on …": X comments)."""
    before = verb - 1
    while before > 0 and words[before].pos == "PUNCT":
        before -= 1
    if before < 1 or before == verb - 1 or not words[verb].text.lower().endswith("ing") \
            or _children(words, verb, "nsubj", "nsubjpass") or words[verb].dep != "advcl" \
            or words[before].dep != "appos" or words[before].pos != "PROPN":
        return None
    noun = words[before].head
    return before if words[noun].dep == "pobj" and words[words[noun].head].text.lower() in _ABSOLUTE_PREPOSITIONS \
        else None


_ABSOLUTE_PREPOSITIONS = frozenset(joined("ABSOLUTE_PREPOSITIONS"))


def _root_noun_taken_for_subject(words: tuple[Word, ...], verb: int) -> int | None:
    """"A Tarnovian harbour weekly, Northwire, reported on Monday that …": a tagger may take the subject for
    the sentence's root and the verb of saying for a clause qualifying it; a verb so hung after the root noun, with a
    clause of its own, is the sentence's verb and the noun its subject."""
    head = words[verb].head
    if words[verb].dep != "acl" or words[head].head != head or head > verb \
            or words[head].pos not in ("NOUN", "PROPN") or not _children(words, verb, "ccomp"):
        return None
    return head


def _name_after_title_taken_for_verb(words: tuple[Word, ...], verb: int) -> int | None:
    """"On the other hand Orlovia coach Jan Rell said …": a tagger may take a title that is also a verb ("coach",
    "head", a noun of ``PERSON_NOUNS``) for the sentence's verb, the name after it for its object and the verb of
    saying for its clause; the name that ends right before the verb of saying is that verb's subject."""
    title = words[verb].head
    if words[verb].dep != "ccomp" or title == verb or words[title].pos != "VERB" \
            or words[title].text.lower() not in _PERSON_NOUNS:
        return None
    return next((j for j in _children(words, title, "dobj") if j == verb - 1 and words[j].pos == "PROPN"), None)


APPOSITION_DEPTH = 6   # heads between the word before a closing verb and the apposition it ends


def _apposed_closing_subject(words: tuple[Word, ...], verb: int) -> int | None:
    """"… on positions near Norvik, the Defence Ministry of Fredonia noted.": in a frame closing what was said, a
    parser may hang the body after the comma on the name before it, in apposition, and leave the verb with no
    subject; a body or title in apposition that ends right before the verb, after a comma, with what was said as
    the verb's clause before it, is the subject. The name it hangs on is a place or a noun of what was said."""
    if verb < 3 or words[verb].dep not in ("ROOT",) or _children(words, verb, "nsubj", "nsubjpass") \
            or not any(j < verb for j in _children(words, verb, "ccomp", "parataxis")):
        return None
    apposed, j = None, verb - 1
    for _ in range(APPOSITION_DEPTH):    # up from the word before the verb: "Armenia" <- "of" <- "Ministry"
        if words[j].dep == "appos":
            apposed = j
            break
        if words[j].head == j or words[j].head >= verb:
            return None
        j = words[j].head
    if apposed is None or words[apposed].pos not in ("NOUN", "PROPN") or words[apposed].head >= apposed \
            or _subtree(words, apposed)[-1] != verb - 1:
        return None
    first = _subtree(words, apposed)[0]
    return apposed if first > 0 and words[first - 1].text == "," else None


def _subject_after_comma(words: tuple[Word, ...], verb: int) -> int | None:
    """"After a draw with Norvik in the cup, Dunmore coach Jan Roe said …", "Prices must be kept from rising further,
    the bank's governor, Jan Roe, said.": a parser may hang the subject after a comma on the noun before it (in
    apposition, or as the end of its object) and leave the verb with no subject; the noun phrase between the last
    comma and the verb, hanging back into a phrase that opens the sentence and modifies the verb, or into the clause
    the verb reports, is the subject; so where the parser joined the verb to that clause as its second verb, after
    the comma. Of "…, the head of the council, Jan Roe, told" and "…, Jan Roe, the head of the council, told" (",
    the Chairman of the Council," too), the name."""
    if verb < 3 or _children(words, verb, "nsubj", "nsubjpass", "csubj", "expl"):
        return None
    end = verb - 2 if words[verb - 1].text == "," else verb - 1
    chunks = []     # the comma-separated noun phrases before the verb, last first: (their comma, their root)
    while len(chunks) < 2:
        comma = next((j for j in range(end, max(0, end - SUBJECT_CHUNK_WORDS) - 1, -1) if words[j].text == ","), None)
        if comma is None or comma == end:
            break
        inside = range(comma + 1, end + 1)
        roots = [j for j in inside if not comma < words[j].head <= end]
        if len(roots) != 1 or words[roots[0]].pos not in ("NOUN", "PROPN") or words[roots[0]].head > comma \
                or any(words[j].pos in _CLAUSE_POS for j in inside):
            break
        chunks.append((comma, roots[0]))
        end = comma - 1
    if not chunks:
        return None
    top = chunks[-1][1]
    for _ in range(len(words)):    # up to the verb: "Roe" <- "Norvik" <- "with" <- "After"
        if words[top].head in (verb, top):
            break
        top = words[top].head
    opening = words[top].dep in _OPENING_DEPS and all(words[j].pos == "PUNCT" for j in range(_subtree(words, top)[0]))
    reported = words[top].dep in ("ccomp", "parataxis")
    second_verb = words[verb].dep == "conj" and words[verb].head == top < chunks[-1][0]   # "X has …, Jan Roe, …, said"
    if not second_verb and (words[top].head != verb or not (opening or reported)):
        return None
    last, before = chunks[0][1], chunks[-1][1] if len(chunks) > 1 else None   # a title the tagger read as a name
    return before if before is not None and words[before].pos == "PROPN" \
        and (words[last].pos == "NOUN" or words[last].text.lower() in _NAME_TITLE_WORDS) else last


SUBJECT_CHUNK_WORDS = 12   # words of a noun phrase between a comma and the verb it is the subject of
_CLAUSE_POS = ("VERB", "AUX", "PRON", "SCONJ")   # a word that makes a stretch a clause, not a noun phrase
_OPENING_DEPS = ("prep", "advcl", "npadvmod", "advmod")   # how a phrase opening a sentence hangs on its verb


def _inverted_object(words: tuple[Word, ...], verb: int) -> int | None:
    """"…, added Jane Roe.", "…, said the fund on Monday.": in an inverted frame after what was said, a parser
    may take the name or the description closing the sentence for the verb's object; after the comma, with what was
    said as its clause before it, it is the subject. So too where the parser joined the verb to that clause as a
    second verb of its own ("The dam will hold, added the minister."), left it unplaced, or hung the clause's
    modal on a past tense that takes none ("The plan will reach all ports, added the official."). A verb that takes
    whom it tells as its object has its speaker there only in the inverted informing tag, with no subject of its
    own ("…, informed Jane Roe.", ``INVERTED_INFORMING_LEMMAS``; "…, she informed Jane Roe", "…, X, told Y": the one
    told)."""
    objects = _children(words, verb, "dobj")
    if len(objects) != 1 or not _inverted_subject_head(words, objects[0]) or verb == 0 or words[verb - 1].text != "," \
            or words[verb].lemma in _ADDRESSED and (words[verb].lemma not in _INVERTED_INFORMING
                                                    or _children(words, verb, "nsubj", "nsubjpass")) \
            or words[verb].text.lower().endswith("ing") \
            or not (any(j < verb for j in _children(words, verb, "ccomp"))
                    or words[verb].dep in ("advcl", "ccomp", "parataxis", "conj", "dep") and words[verb].head < verb
                    or _modal_of_another_verb(words, verb)):
        return None     # what was said comes first: the verb's own clause, or the verb hangs from it
    after = _subtree(words, objects[0])[-1] + 1
    return objects[0] if all(w.pos == "PUNCT" for w in words[after:]) else None


def _modal_of_another_verb(words: tuple[Word, ...], verb: int) -> bool:
    """A modal before the verb's comma hung on a verb in a form no modal takes ("will … , added"): the parser took
    the verb for the clause's own; the modal belongs to what was said before it."""
    return words[verb].text.lower() != words[verb].lemma.lower() \
        and any(j < verb and words[j].lemma.lower() in _MODALS for j in _children(words, verb, "aux"))


_MODALS = frozenset(joined("MODAL_VERBS"))
_COPULAS, _INFINITIVE_MARKERS = frozenset(joined("COPULA_LEMMAS")), frozenset(joined("INFINITIVE_MARKERS"))


def _inverted_subject_head(words: tuple[Word, ...], head: int) -> bool:
    """A name, or a noun right after "the" ("the bank"): what may stand after a verb of saying as its subject."""
    return words[head].pos == "PROPN" or words[head].pos == "NOUN" and head > 0 \
        and words[head - 1].text.lower() == "the" and words[head - 1].head == head


def _named_subject(words: tuple[Word, ...], verb: int) -> list[int]:
    """The verb's subjects; "The candidate of the party, in a statement, Mr. X said", "The Minister for Ports and
    Harbours, X has said": a parser that gives the verb both the title (a common noun, or a title the tagger took
    for a name) and the name after it, comma-separated, as subjects has one speaker, the name; a parser that
    takes a dateline before its colon for a subject beside the real one ("NORDPORT: Coach X said") has the other.
    A bracket the parser takes for a subject ("Nordport [Ostland]: …") is none."""
    subjects = [j for j in _children(words, verb, "nsubj") if any(c.isalnum() for c in words[j].text)]
    if len(subjects) > 1:
        subjects = [j for j in subjects if not _piece_of_hyphenated_word(words, j)] or subjects
    named = _name_after_acronym(words, subjects, verb)
    if named is not None:
        return [named]
    if len(subjects) > 1 and _closed_by_colon(words, subjects[0]):
        subjects = subjects[1:]   # "NORDPORT, Ostland: The club's coach X said": a dateline or a label before a colon
    if len(subjects) > 1 and words[subjects[-1]].pos == "PROPN" \
            and all((words[j].pos == "NOUN" or _PERSON_DESCRIPTION.fullmatch(words[j].text))
                    and any(words[k].text == "," for k in range(j, subjects[-1]))
                    for j in subjects[:-1]):
        return subjects[-1:]
    if len(subjects) == 2 and words[subjects[0]].pos == "NOUN" and words[subjects[0]].text.islower() \
            and words[subjects[1]].pos == "PROPN" and _subtree(words, subjects[1])[0] == subjects[0] + 1:
        return subjects[-1:]   # "The television network Northwire reports": the noun right before the name is its kind
    if len(subjects) == 2 and words[subjects[0]].pos == "PROPN" and _TITLE_AFTER_NAME.fullmatch(words[subjects[1]].text) \
            and any(words[k].text == "," for k in range(subjects[0], subjects[1])):
        return subjects[:1]   # "X, the club's spokesman said": the title after the name, its closing comma left out
    if len(subjects) == 2 and (_name_after_bracketed_title(words, *subjects) or _name_after_body_title(words, *subjects)
                               or _name_after_titled_body(words, *subjects)):
        return subjects[-1:]   # "Deputy Chief (Operations) Jan Roe told …": the title's bracket closed, then the name
    if len(subjects) == 2 and subjects[1] == subjects[0] + 1 and words[subjects[0]].pos == "NOUN" \
            and words[subjects[1]].text.isupper():
        return subjects[1:]   # "The deputy PM added": one title, its acronym the head (``_speaker_of`` joins them)
    if len(subjects) == 1:
        return _titles_of_one_named(words, subjects[0]) or subjects
    return subjects


def _piece_of_hyphenated_word(words: tuple[Word, ...], j: int) -> bool:
    """"Co-founder Jane Roe said": a parser may cut a hyphenated title before a name into words and give the verb
    its first piece and the hyphen as subjects beside the name; a hyphen, or a word glued to one after it, is no
    speaker."""
    glued_hyphen = j + 1 < len(words) and words[j + 1].text == "-" and words[j].span.end == words[j + 1].span.start
    return words[j].text == "-" or glued_hyphen


def _name_after_bracketed_title(words: tuple[Word, ...], title: int, name: int) -> bool:
    """A parser may give the verb both a title that ends in a bracketed portfolio and the name right after it as
    subjects: the name's words (all names) start where the title's bracket closes."""
    title_words, name_words = _subtree(words, title), _subtree(words, name)
    return words[title_words[-1]].text == ")" and title_words[-1] + 1 == name_words[0] \
        and all(words[k].pos == "PROPN" for k in name_words)


def _name_after_body_title(words: tuple[Word, ...], title: int, name: int) -> bool:
    """"Spokesperson of the Vexa Foreign Ministry Jan Roe tweeted": a parser may give the verb both the title, with the
    body it serves after a preposition, and the name right after the body's as subjects; one person speaks."""
    title_words, name_words = _subtree(words, title), _subtree(words, name)
    return _title_over_body(words, title, title_words[-1]) and title_words[-1] + 1 == name_words[0] \
        and all(words[k].pos == "PROPN" for k in name_words)


def _name_after_titled_body(words: tuple[Word, ...], title: int, name: int) -> bool:
    """"Vell County Sheriff's Office Lt. Jan Roe said": a parser may give the verb both a body's name headed by the
    title after it (written short or whole) and the name right after the title as subjects; one person speaks.
    What is checked is only that the first subject is a title's word (short, ``TITLE_ABBREVIATIONS``, or a word of
    any title, ``_NAME_TITLE_WORDS``) whose words end right before the second's, all of whose words are names: not
    that the title's words hold a body's name, so "Captain Jan Roe" split into two subjects is one person too."""
    title_words, name_words = _subtree(words, title), _subtree(words, name)
    return (words[title].text in _TITLE_ABBREVIATIONS or words[title].text.lower() in _NAME_TITLE_WORDS) \
        and title_words[-1] + 1 == name_words[0] and all(words[k].pos == "PROPN" for k in name_words)


def _title_over_body(words: tuple[Word, ...], title: int, last: int) -> bool:
    """A title whose words run, through prepositions only, down to the word ``last`` ending a body's name
    ("Head of the press office of the Vexa Ministry"): not another's relatives or lawyers, who only refer to the
    title's holder ("Lawyers for the spokesperson of …")."""
    text = words[title].text
    if not (_PERSON_DESCRIPTION.fullmatch(text) or text.lower() in _NAME_TITLE_WORDS):
        return False
    k = last
    while words[k].dep == "compound" and words[k].head != k:
        k = words[k].head
    while k != title:
        if words[k].dep not in ("prep", "pobj") or words[k].head == k:
            return False
        k = words[k].head
    return True


_TITLE_AFTER_NAME = re.compile(rf"(?:{alternation('TITLES_AFTER_BODY')})", re.I) if alternation("TITLES_AFTER_BODY") \
    else re.compile(r"(?!)")


def _titles_of_one_named(words: tuple[Word, ...], subject: int) -> list[int]:
    """"Chair of the Board and former Minister X said": a parser heads the subject with the first title and hangs
    the name, a title of its own before it, on it as a conjunct; the titles are one person's (no article before the
    first, as "The chair and Minister X" has, which may be two), and the name speaks."""
    if words[subject].text.lower() not in _NAME_TITLE_WORDS or _children(words, subject, "det"):
        return []
    return [j for j in _children(words, subject, "conj") if words[j].pos == "PROPN"
            and any(words[k].text.lower() in _NAME_TITLE_WORDS for k in _children(words, j, "compound"))][:1]


_NAME_TITLE_WORDS = frozenset(w.lower() for title in titles_by_word() for w in title.split())
_TITLE_ABBREVIATIONS = frozenset(joined("TITLE_ABBREVIATIONS"))   # "Lt", "Capt": titles written short


def _name_after_acronym(words: tuple[Word, ...], subjects: list[int], verb: int) -> int | None:
    """"The Vell Port Authority (VPA) chief Jane Roe said": a parser heads the subject with the body and hangs the
    title and the name on it, or gives the verb the body and the name as two subjects; a title right after the
    body's bracketed acronym and a name after it, ending right before the verb, name the speaker."""
    if not subjects:
        return None
    close = next((k for k in _subtree(words, subjects[0]) if words[k].text == ")"), None)
    if close is None or close + 2 >= verb or words[close + 1].text.lower() not in _NAME_TITLE_WORDS \
            or words[verb - 1].pos != "PROPN":
        return None
    if not all(words[k].pos == "PROPN" or words[k].text.lower() in _NAME_TITLE_WORDS for k in range(close + 1, verb)):
        return None
    return verb - 1


def _subject_in_opening_participle(words: tuple[Word, ...], verb: int) -> int | None:
    """"Speaking at a forum in Lisbon, the head of the office noted …": a parser may take the opening participle
    for the verb's subject (csubj) and hang the real one in apposition to the participle's last noun; the
    apposition after the participle's comma, before the verb, is the subject."""
    for opening in _children(words, verb, "csubj", "advcl"):
        if not words[opening].text.lower().endswith("ing") or opening != _subtree(words, opening)[0]:
            continue
        apposed = [j for j in _subtree(words, opening) if words[j].dep == "appos" and j < verb
                   and words[j].pos in ("NOUN", "PROPN") and any(words[k].text == "," for k in range(opening, j))]
        if apposed:
            return apposed[-1]
    return None


# Where a verb of saying's subject is when the parse gave it none, in the order they are tried.
def _described_name_taken_for_clause(words: tuple[Word, ...], verb: int) -> int | None:
    """"Long, who has led the board since 2020, said …": a parser may take a name that a relative clause describes
    and that reads as a word ("Long") for an adverb or an adverbial clause of the verb of saying, and leave that verb
    with no subject; a capitalised word before the verb, hung on it so, its comma and relative clause right after
    it, is the verb's subject."""
    if _children(words, verb, "nsubj", "nsubjpass"):
        return None
    return next((j for j in _children(words, verb, "advcl", "advmod") if j + 1 < verb
                 and words[j].text[:1].isupper() and words[j + 1].text == ","
                 and any(_subtree(words, r)[0] == j + 2 for r in _children(words, j, "relcl"))), None)


def _name_taken_for_adverb(words: tuple[Word, ...], verb: int) -> int | None:
    """"Early said …", "…, Strong added": a parser may take a surname that reads as a word for an adverb of the verb of
    saying right after it, and leave that verb with no subject; that word, capitalised, is the verb's subject, also
    with adverbs in lower case between ("Early also said …")."""
    if verb < 1 or _children(words, verb, "nsubj", "nsubjpass", "csubj", "expl"):
        return None
    name = verb - 1
    while name > 0 and words[name].dep == "advmod" and words[name].head == verb and words[name].text.islower():
        name -= 1
    return name if words[name].head == verb and words[name].dep == "advmod" and words[name].text.istitle() else None


def _inverted_subject_taken_by_relay(words: tuple[Word, ...], verb: int) -> int | None:
    """"…, said minister Jane Roe, Northwire reports": a parser may hang the name after the verb of saying on the
    relay's verb after it, as a first subject beside the outlet's, or as its only one with the outlet taken for a
    word of the verb ("Northwire reports" as a noun's compound) or joined to the name as a second one; the phrase
    that opens right after the verb of saying, set off from the outlet by a comma, is that verb's subject."""
    if _children(words, verb, "nsubj", "nsubjpass", "csubj", "expl"):
        return None
    for clause in _children(words, verb, "ccomp", "parataxis"):
        subjects = [j for j in _children(words, clause, "nsubj") if j < clause]
        if clause < verb or not subjects or _subtree(words, subjects[0])[0] != verb + 1:
            continue
        inside = _subtree(words, subjects[0])
        last = max(j for j in inside if words[j].pos != "PUNCT")
        outlet = words[last + 1:clause]
        comma = max((j for j in inside if words[j].text == ","), default=None)
        outlet_joined = comma is not None and comma + 1 < clause and words[comma + 1].dep == "conj" \
            and all(w.pos == "PROPN" for w in words[comma + 1:clause])   # "…, Jane Roe, Northwire reports" as one
        if outlet_joined and words[comma - 1].pos == "PROPN":
            return comma - 1    # the name that ends the phrase before the outlet, not a title heading it
        if len(subjects) > 1 or len(outlet) > 1 and outlet[0].text == "," \
                and all(w.pos == "PROPN" for w in outlet[1:]):
            return subjects[0]
    return None


def _agent_hung_on_complement(words: tuple[Word, ...], verb: int) -> int | None:
    """"The plan was described as a fraud by the union": a parser may hang the passive's "by" on the noun a verb
    that says what its subject is (``CHARACTERISING_LEMMAS``) calls it (``CHARACTERISING_PREPOSITIONS``) rather than
    on the verb; that "by" names the agent."""
    if words[verb].lemma not in _CHARACTERISING_VERBS or not _children(words, verb, "auxpass") \
            or _children(words, verb, "agent"):
        return None
    for j in _children(words, verb, "prep"):
        if words[j].text.lower() not in _CHARACTERISING:
            continue
        for k in _children(words, j, "pobj"):
            for by in _children(words, k, "prep"):
                if words[by].text.lower() in _PASSIVE_AGENT_WORDS:
                    return next(iter(_children(words, by, "pobj")), None)
    return None


_PASSIVE_AGENT_WORDS = frozenset(joined("PASSIVE_AGENT_WORDS"))
_CHARACTERISING_VERBS = frozenset(joined("CHARACTERISING_LEMMAS"))
_SUBJECTS_OF_MISPARSES = (_subject_in_opening_participle, _apposed_closing_subject, _subject_after_comma,
                          _name_after_title_taken_for_verb, _root_noun_taken_for_subject, _name_before_weekday,
                          _subject_taken_by_participle, _described_name_taken_for_clause, _name_taken_for_adverb,
                          _inverted_subject_taken_by_relay, _subject_of_absolute_phrase, _agent_hung_on_complement)


def _tag_taken_for_modifier(s: _Sentence, words: tuple[Word, ...], verb: int) -> int | None:
    """"“…,” joked Commission President Jane Roe": a said-tag after a quotation's closing mark, its verb parsed as a
    modifier of the title before the name (or of the name): the name the compound ends on is the verb's subject."""
    w = words[verb]
    if w.dep != "amod" or w.head <= verb or not _CLOSED_BEFORE_TAG.search(s.text, s.span.start, w.span.start):
        return None
    name = w.head
    while words[name].dep == "compound" and words[name].head > name:
        name = words[name].head
    return name


APPOSITION_WORDS = 12   # words of an apposition between a name and its verb: ", one of the two referees at the game,"


def _name_hung_before_apposition(words: tuple[Word, ...], verb: int) -> int | None:
    """"After hearing A and B for C, Mara Velsen, one of the two referees at the game, said …": a parse that
    hangs the name on a name before it, as an apposition, leaves the verb without a subject; the proper name
    that ends right before the apposition closed by the verb's comma is it."""
    if verb < 3 or words[verb - 1].text != "," or words[verb].dep != "ROOT":
        return None
    opening = next((j for j in range(verb - 2, max(verb - 2 - APPOSITION_WORDS, 0), -1)
                    if words[j].text in (",", ";", ":", ".", "—", "–")), None)
    if opening is None or words[opening].text != "," or words[opening - 1].pos != "PROPN" \
            or words[opening - 1].dep != "appos":
        return None
    return opening - 1


def _shared_subject(words: tuple[Word, ...], verb: int) -> int | None:
    """"The Kremlin reacted, saying …", "X went on the radio to tell listeners …", "X met Y and said …", "X
    replied by saying …": a verb of saying with no subject of its own, in a participle (after "by" too), an
    infinitive of purpose or a second verb, says
    what the subject of the verb it hangs from says (the passive's subject of one that reports hearsay: "X is
    understood to have stated …", ``HEARSAY_PASSIVES``); not the infinitive a verb of will governs ("X declined
    to comment", "X plans to announce"), unless the wish is a statement's way of saying what follows ("X wishes to
    reassure the public that …": ``STATEMENT_WILL_VERBS``) or an attempt told as done ("X sought to reassure …
    that": ``_attempt_made``), nor one whose doer a causing verb makes its object ("the loss prompted investors to
    question …"); one on a word of ready saying or an occasion taken says what the subject of "be" or of the taking
    verb says ("X was quick to clarify …", "X took the opportunity to remind …")."""
    w = words[verb]
    if w.dep == "pcomp" and words[w.head].text.lower() in _MANNER_PREPOSITIONS and words[w.head].dep == "prep" \
            and words[words[w.head].head].pos in ("VERB", "AUX") and w.text.lower().endswith("ing"):
        return _subject(words, words[w.head].head)   # "X began his remarks by reiterating …", "X replied by saying …"
    if _participle_taken_for_object(words, verb):
        return _subject(words, w.head)
    taker = _readiness_word(words, verb)
    if taker is None:
        taker = _chance_taker(words, verb)
    if taker is not None:
        return _subject(words, taker)
    if w.dep not in ("advcl", "xcomp", "conj") or words[w.head].pos not in ("VERB", "AUX") or w.head == verb:
        return None
    if w.dep == "xcomp" and words[w.head].lemma in _HEARSAY_PASSIVES \
            and any(words[j].lemma == "have" for j in _children(words, verb, "aux")):
        return next(iter(_children(words, w.head, "nsubjpass")), None)   # "X is understood to have stated …"
    participle = w.text.lower().endswith("ing")
    # a causing verb only with the one it makes act, its object or the infinitive's own subject: "X moved to assure
    # voters that …" is X's
    caused = words[w.head].lemma in _CAUSING_VERBS and bool(_children(words, w.head, "dobj")
                                                            or _subject(words, verb) is not None)
    will_or_cause = caused or (
        words[w.head].lemma in _WILL_VERBS and not (words[w.head].lemma in _STATEMENT_WILL_VERBS
                                                    and _said_in_wishing(words, verb) or _attempt_made(words, verb)))
    if w.dep != "conj" and not participle and not (_children(words, verb, "aux") and not will_or_cause
                                                   and not _going_to(words, w.head)):
        return None
    head = w.head
    # "The judge found that X had no role, saying …": a participle after the comma that closes a that-clause
    # goes on from the verb the clause reports to (a parser hangs it on the clause's own verb)
    while participle and words[head].dep == "ccomp" and words[head].head != head \
            and _children(words, head, "mark") and verb > 0 and words[verb - 1].text == ",":
        head = words[head].head
    # "X met crowds of dockers waiting at the gate, calling for …": nor on a past participle that
    # describes the object, which a parser may give a subject of its own
    while participle and words[head].dep in ("advcl", "acl") and words[head].text.lower().endswith("ed") \
            and words[head].head != head and verb > 0 and words[verb - 1].text == ",":
        head = words[head].head
    subject = _subject(words, head)
    if subject is None and (w.dep == "conj" or participle) and words[head].dep in ("advcl", "conj"):
        # "X raised rates, citing A and adding B": the second is X's too; "X referred to A and to cutting B,
        # saying …", a parser taking "cutting" for a second verb of X's: the participle goes on from X
        return _shared_subject(words, head)
    return subject


def _readiness_word(words: tuple[Word, ...], verb: int) -> int | None:
    """"X was quick to clarify that …", "X was at pains to stress …", "X was the first to admit …": the "be" whose
    adjective or noun of ready saying (``SAYING_READINESS_WORDS``) an infinitive of saying hangs on; its subject
    says what the infinitive says (a parser hangs the infinitive on the word, which has no subject, at times as a
    relative clause)."""
    w = words[verb]
    if w.dep not in ("xcomp", "acl", "relcl") or not _to_infinitive(words, verb):
        return None
    word = words[w.head]
    if word.text.lower() not in _SAYING_READINESS_WORDS or word.head == w.head:
        return None
    be = word.head
    if word.dep == "pobj" and words[be].dep == "prep":     # "at pains to stress"
        be = words[be].head
    elif word.dep not in ("acomp", "attr"):
        return None
    return be if words[be].lemma in _COPULAS and _told_as_done(words, be) else None


def _chance_taker(words: tuple[Word, ...], verb: int) -> int | None:
    """"X took the opportunity to remind voters that …", "X used the occasion to announce …": the verb whose object,
    a noun of an occasion to speak (``CHANCE_NOUNS``), an infinitive of saying hangs on; its subject says what the
    infinitive says. Not an occasion given to another ("X gave Y the chance to explain"), nor one missed or only had
    ("X missed the chance to …": ``CHANCE_TAKING_VERBS``), nor one still to take ("X will take the opportunity …")."""
    w = words[verb]
    if w.dep != "acl" or not _to_infinitive(words, verb):
        return None
    noun = words[w.head]
    if noun.lemma not in _CHANCE_NOUNS or noun.dep != "dobj" or noun.head == w.head \
            or _children(words, noun.head, "dative") or words[noun.head].lemma not in _CHANCE_TAKING_VERBS:
        return None
    return noun.head if _told_as_done(words, noun.head) else None


def _purpose_saying_nothing(words: tuple[Word, ...], verb: int) -> bool:
    """"The council held a meeting to assess the truce", "X flew to Vell to discuss trade": a verb of saying in an
    infinitive of purpose, with no clause of what is said, tells why something was done, not what anyone said ("X
    called a news conference to announce that …" does, and so does "X took to social media to describe the vote as a
    fraud": what its object is called is said)."""
    return words[verb].dep == "advcl" and _to_infinitive(words, verb) \
        and not _children(words, verb, "ccomp", "parataxis") and not _calls_its_object(words, verb)


_CHARACTERISING = frozenset(joined("CHARACTERISING_PREPOSITIONS"))


def _calls_its_object(words: tuple[Word, ...], verb: int) -> bool:
    """"describe the vote as a fraud", "brand the move as provocative": the verb has an object and says what it is,
    after one of ``CHARACTERISING_PREPOSITIONS``."""
    return bool(_children(words, verb, "dobj")) and any(
        words[j].text.lower() in _CHARACTERISING and _children(words, j, "pobj", "amod", "acomp")
        for j in _children(words, verb, "prep"))


def _to_infinitive(words: tuple[Word, ...], verb: int) -> bool:
    """An infinitive with "to" ("to clarify"): the form a word of ready saying or an occasion governs."""
    return any(words[j].lemma in _INFINITIVE_MARKERS for j in _children(words, verb, "aux"))


def _told_as_done(words: tuple[Word, ...], verb: int) -> bool:
    """"X was quick to say …", "X took the chance to …", "X tries to explain …": the verb a saying is read from tells
    it as done, not negated and with no modal, future or infinitive's "to" ("X would be happy to explain …", "X was
    not quick to admit …", "X will take the opportunity to …" say nothing yet)."""
    return not _children(words, verb, "neg") and not any(
        words[j].lemma.lower() in _MODALS or words[j].lemma in _INFINITIVE_MARKERS
        for j in _children(words, verb, "aux", "auxpass"))


def _participle_taken_for_object(words: tuple[Word, ...], verb: int) -> bool:
    """"X gave him a shout-out commenting, “…”": a participle right before a comma (or colon) and a quotation,
    which a parser took for the object of the verb before it, opens the quotation as ", saying" would (the callers
    pass only a verb of saying or one that tags a quotation; the lemma is theirs to check)."""
    w = words[verb]
    return w.dep == "dobj" and w.text.lower().endswith("ing") and words[w.head].pos == "VERB" \
        and verb + 2 < len(words) and words[verb + 1].text in (",", ":") \
        and words[verb + 2].text[:1] in _OPENING_QUOTE_MARKS


def _issuer_of_words(words: tuple[Word, ...], verb: int, lang: str) -> int | None:
    """"X issued a statement saying …", "Y posted a message saying: …": a participle of saying that describes a
    text (``ISSUED_TEXT_NOUNS``) which the verb it is the object of puts out (``ISSUING_LEMMAS``) says what the
    subject of that verb says; not a text someone received or quoted ("X received a letter saying …")."""
    own, w = language(lang), words[verb]
    if w.dep != "acl" or not w.text.lower().endswith("ing") or words[w.head].lemma.lower() not in own.ISSUED_TEXT_NOUNS:
        return None
    text = words[w.head]
    if text.dep != "dobj" or text.head == w.head or words[text.head].lemma.lower() not in own.ISSUING_LEMMAS:
        return None
    return _subject(words, text.head)


_WILL_VERBS = frozenset(joined("WILL_VERBS"))
_SAYING_READINESS_WORDS = frozenset(joined("SAYING_READINESS_WORDS"))
_CHANCE_NOUNS = frozenset(joined("CHANCE_NOUNS"))
_CHANCE_TAKING_VERBS = frozenset(joined("CHANCE_TAKING_VERBS"))
_STATEMENT_WILL_VERBS = frozenset(joined("STATEMENT_WILL_VERBS"))
_STATEMENT_WILL_INFINITIVES = frozenset(joined("STATEMENT_WILL_INFINITIVES"))
_QUESTION_OPENERS = frozenset(joined("QUESTION_OPENERS"))
_ATTEMPT_VERBS = frozenset(joined("ATTEMPT_VERBS"))


def _said_in_wishing(words: tuple[Word, ...], verb: int) -> bool:
    """"X wishes to stress that …", "X would like to point out that …": an infinitive that says its that-clause in
    the act of speaking (``STATEMENT_WILL_INFINITIVES``, with its particle or adjective); "X wants to announce that
    …" only plans to, "X did not want to stress that …" did not, "X wanted to make clear whether …" asks."""
    clauses = _children(words, verb, "ccomp")
    if not clauses or _children(words, words[verb].head, "neg"):
        return False
    after = words[verb + 1].text.lower() if verb + 1 < len(words) else ""
    phrase = f"{words[verb].lemma} {after}" in _STATEMENT_WILL_INFINITIVES
    last = verb + 1 if phrase else verb
    # the clause opens on the first word past the phrase ("make clear whether": a parser may take "clear" for it)
    opener = min((j for c in clauses for j in _subtree(words, c) if j > last), default=verb)
    return (words[verb].lemma in _STATEMENT_WILL_INFINITIVES or phrase) \
        and words[opener].text.lower() not in _QUESTION_OPENERS


def _attempt_made(words: tuple[Word, ...], verb: int) -> bool:
    """"X attempted to explain that …", "they try to explain that …": an attempt reported as made (a verb of
    ``ATTEMPT_VERBS`` told as done, past or present) says the that-clause of its infinitive of saying (a parser may
    hang the clause on the one told); "X will try to explain …", "X will have attempted to …" only plan to."""
    head = words[verb].head
    told_that = any(_children(words, j, "mark") for told in _children(words, verb, "dobj")
                    for j in _children(words, told, "acl"))
    return words[head].lemma in _ATTEMPT_VERBS and _told_as_done(words, head) \
        and (bool(_children(words, verb, "ccomp")) or told_that)


_CAUSING_VERBS = frozenset(joined("CAUSING_VERBS"))
_HEARSAY_PASSIVES = frozenset(joined("HEARSAY_PASSIVES"))
_FUTURE_PROGRESSIVES = frozenset(joined("FUTURE_PROGRESSIVE_LEMMAS"))


def _going_to(words: tuple[Word, ...], verb: int) -> bool:
    """"X is going to announce …": a verb of motion in the progressive (``FUTURE_PROGRESSIVE_LEMMAS``) before an
    infinitive tells what X will do, as a verb of will does; nothing is said yet."""
    return words[verb].lemma in _FUTURE_PROGRESSIVES and words[verb].text.lower().endswith("ing") \
        and any(words[j].lemma in _COPULAS for j in _children(words, verb, "aux"))
_MANNER_PREPOSITIONS = frozenset(joined("MANNER_PREPOSITIONS"))
_ADDRESSED = frozenset(joined("ADDRESSED_LEMMAS"))
_INVERTED_INFORMING = frozenset(joined("INVERTED_INFORMING_LEMMAS"))


def _several(words: tuple[Word, ...], verb: int, subject: int, mentions: MentionIndex | None = None) -> bool:
    """"The council, the company and the union welcomed …": speakers side by side are no one claimant (the
    parser joins them to the first, or gives the verb a subject for each); not the words of one name joined by
    "&" or "and" ("Kobra & Sons said"), nor unnamed witnesses after the source they bear out ("the army and a
    resident said")."""
    def one_name(j: int) -> bool:
        joined = Span(words[subject].span.start, words[j].span.end)
        return mentions is not None and any(m.span.contains(joined) for m in mentions.before(joined.start + 1))

    joined, todo = [], _children(words, subject, "conj")
    while todo:     # "Kobra & Sons and Gamma": the parser hangs the second speaker on the name's last word
        j = todo.pop()
        joined.append(j)
        if one_name(j):
            todo.extend(_children(words, j, "conj"))
    witnesses = _witnesses_beside(words, subject) | _titles_before_apposed_name(words, subject) \
        | _titles_apposed_after_name(words, subject) | _outlets_closing_the_tag(words, joined)
    return any(words[j].pos in ("PROPN", "NOUN") and not one_name(j) and j not in witnesses for j in joined) \
        or len(_named_subject(words, verb)) > 1 or _listed_as_apposition(words, subject)


_TAG_VERB_WORDS = frozenset(v.lower() for v in joined("REPORTING_VERBS") if " " not in v)


def _outlets_closing_the_tag(words: tuple[Word, ...], joined: list[int]) -> set[int]:
    """"…, said Jane Roe, Northwire reports": the parser may join the outlet to the speaker's name; a name after a
    comma right before the outlet's verb (``REPORTING_VERBS``: "reports", "wrote") is the relay, no second speaker."""
    return {j for j in joined if j > 0 and words[j - 1].text == "," and j + 1 < len(words)
            and words[j + 1].text.lower() in _TAG_VERB_WORDS and words[j + 1].pos == "VERB"}


def _listed_as_apposition(words: tuple[Word, ...], subject: int) -> bool:
    """"Mara Velsen, Tomas Varga and the union said": the parser makes the second name the first's apposition and
    joins the third to it; a name so apposed with a conjunct of its own is a list, not a title
    (``_NAME_TITLE_WORDS``: "Mara Velsen, President and CEO")."""
    return any(words[a].pos == "PROPN" and words[a].text.lower() not in _NAME_TITLE_WORDS
               and _children(words, a, "conj") and _children(words, a, "cc")
               for a in _children(words, subject, "appos"))


def _joined_to_person_before(text: str, words: tuple[Word, ...], subject: int, mentions: MentionIndex,
                             types: dict[str, str]) -> bool:
    """"Mara Velsen and Finance Minister Jon Arvid said": the parser hangs the first name on the subject as its
    modifier, not as a second subject; a person's name so hung, joined right before the subject's title and name
    (``_joined_right_before``), speaks with it, no one alone ("Mara Velsen, and Reuters reported" is two clauses)."""
    own = next((m for m in mentions.before(words[subject].span.end) if m.span.contains(words[subject].span)), None)
    hung = [words[j].span for j in _subtree(words, subject)]
    people = [m for m in mentions.before(own.span.start) if types.get(m.entity) == "Person"
              and any(m.span.contains(w) for w in hung)] if own else []
    return bool(people) and _joined_right_before(text, own, people)


def _titles_before_apposed_name(words: tuple[Word, ...], subject: int) -> set[int]:
    """"said the agency's spokeswoman and field commander, Dr Jane Roe": common nouns joined by "and" under
    one determiner, with a name in apposition after the last of them, are the titles of the one person it names
    (a conjunct with a determiner of its own, "the minister and his deputy, X", is a second person)."""
    joined = _children(words, subject, "conj")
    nouns = [subject, *joined]
    named = [j for j in _children(words, subject, "appos") + (_children(words, joined[-1], "appos") if joined else [])
             if words[j].pos == "PROPN" and j > max(nouns)]
    if not joined or not named or any(words[j].pos != "NOUN" or not words[j].text.islower()
                                      or _children(words, j, "conj") and j != subject for j in nouns) \
            or any(_children(words, j, "det", "poss") for j in joined):
        return set()
    return set(joined)


def _titles_apposed_after_name(words: tuple[Word, ...], subject: int) -> set[int]:
    """"said Mara T. Velsen, Chair and Chief Executive Officer of Vexon": a title right after the comma after
    the name, which the parser joined to it as a second subject, is hers (``_NAME_TITLE_WORDS``)."""
    return {j for j in _children(words, subject, "conj")
            if words[j - 1].text == "," and words[j].text.lower() in _NAME_TITLE_WORDS}


def _witnesses_beside(words: tuple[Word, ...], subject: int) -> set[int]:
    """"the army and a resident said", "X and two witnesses said": the words of the one conjunct of a subject that
    names unnamed witnesses (``CORROBORATING_WITNESS_LEMMAS``), when the subject is none itself, and the "and"
    before it: they only bear out the subject's account."""
    if words[subject].lemma.lower() in _CORROBORATING_WITNESSES:
        return set()
    joined = _children(words, subject, "conj")
    if len(joined) != 1 or words[joined[0]].lemma.lower() not in _CORROBORATING_WITNESSES \
            or _children(words, joined[0], "conj"):
        return set()
    return set(_subtree(words, joined[0])) | set(_children(words, subject, "cc"))


_CORROBORATING_WITNESSES = frozenset(joined("CORROBORATING_WITNESS_LEMMAS"))


def _name_after_portfolios(words: tuple[Word, ...], subject: int, mentions: MentionIndex, types: dict[str, str]
                           ) -> int:
    """"Health, Labour and Social Affairs Minister X said": the parser makes the first portfolio of one office
    the subject and joins the name its title comes before to it; when capitalised words, commas and "and" run up
    to an office (``OFFICES``) right before the name that ends the subject, that name is the subject; an office's
    own preposition may stand in that run ("Vice Premier and Minister for Trade X said"); a person named in that
    run is another speaker ("Mara Velsen and President X said"), not a portfolio."""
    joined = _children(words, subject, "conj")
    if not joined:
        return subject
    start = words[min([subject, *_children(words, subject, "compound")])].span.start   # "Mara Velsen": all its name
    end = words[joined[-1]].span.end
    named = mentions.within(Span(start, end))
    if not named or named[-1].span.end != end or any(types.get(m.entity) == "Person" for m in named[:-1]):
        return subject
    title = [w.text for w in words[subject:joined[-1] + 1] if w.span.end <= named[-1].span.start]
    joints = _TITLE_RUN_STOPS | _OWNER_PREPOSITIONS
    portfolios = all(t == "," or t.lower() in joints or t[:1].isupper() for t in title)
    return joined[-1] if portfolios and any(_titles_before(" ".join(title))) else subject


_PORTFOLIO_WORDS = frozenset(joined("PORTFOLIO_WORDS"))


def _person_of_the_subjects_body(words: tuple[Word, ...], subject: int, mentions: MentionIndex,
                                 discourse: Discourse) -> int:
    """"Jane Roe of market analysis group Vexon said": the parser makes the body the subject and hangs the person
    on it; a person's name before the body, right before the "of" that ties her to it (``OWNER_PREPOSITIONS``),
    is the subject."""
    for j in _children(words, subject, "nmod", "compound", "npadvmod"):
        after = j + 1
        if j >= subject or after >= subject or words[after].text.lower() not in _OWNER_PREPOSITIONS:
            continue
        named = next((m for m in mentions.before(words[j].span.end) if m.span.contains(words[j].span)), None)
        if named is not None and discourse.types.get(named.entity) == "Person" and named.span.end == words[j].span.end:
            return j
    return subject


def _name_after_office_field(words: tuple[Word, ...], subject: int, mentions: MentionIndex, discourse: Discourse
                             ) -> int:
    """"Borealia's Deputy Minister for European Integration X said": the parser makes the name the object of the
    office's preposition; a person named right after the office's field, every word of it a portfolio's
    (``PORTFOLIO_WORDS``), is the subject ("a spokesman for President X" names the one he speaks for)."""
    if words[subject].text.lower() not in _TITLE_RUN_NOUNS:
        return subject
    for prep in _children(words, subject, "prep"):
        objects = _children(words, prep, "pobj")
        if words[prep].text.lower() not in _OWNER_PREPOSITIONS or not objects:
            continue
        end = words[objects[0]].span.end
        named = mentions.within(Span(words[prep].span.end, end))
        if not named or named[-1].span.end != end or discourse.types.get(named[-1].entity) != "Person":
            continue
        field = [w.text for w in words[prep + 1:objects[0]] if w.span.end <= named[-1].span.start]
        if field and all(t in _PORTFOLIO_WORDS or t in (",", "and") for t in field) and field[-1] in _PORTFOLIO_WORDS:
            return objects[0]
    return subject


def _name_closing_a_title_run(words: tuple[Word, ...], subject: int, mentions: MentionIndex, discourse: Discourse
                              ) -> int:
    """"Borealia's Vice-Premier, Chair of the Commission on the Border Tomas Varga described …": the parser
    hangs the name on the last capitalised word of the body's name before it; the one person named in a subject
    headed by a title, ending it right after such a word (no title of his own: "the spokesman of President X"
    names the one spoken for), is the subject."""
    head = " ".join(w.text for w in words[min([subject, *_children(words, subject, "compound")]):subject + 1])
    ending = _person_ending_subject(words, subject, mentions, discourse) \
        if words[subject].text.lower() in _TITLE_RUN_NOUNS or any(_titles_before(head)) else None
    if ending is None:
        return subject
    named, last = ending
    if sum(discourse.types.get(m.entity) == "Person" for m in named) != 1:
        return subject
    before = [w for w in words if words[subject].span.end <= w.span.start and w.span.end <= named[-1].span.start]
    if not before or not before[-1].text[:1].isupper() or any(_titles_before(before[-1].text)) \
            or any(m.span.end == before[-1].span.end for m in named):
        return subject
    return last


def _holder_closing_a_body_subject(words: tuple[Word, ...], subject: int, mentions: MentionIndex,
                                   discourse: Discourse) -> int:
    """"The Agency for Rural Farms Chairman Orkan Velli said": the parser heads the subject with the body and hangs
    its holder on the body's complement; the one person named right after a title's word outside the body's name,
    ending a subject whose head word is in that name, is the subject."""
    ending = _person_ending_subject(words, subject, mentions, discourse)
    if ending is None:
        return subject
    named, last = ending
    start, head = words[min(_subtree(words, subject))].span.start, words[subject].span
    body = next((m for m in mentions.within(Span(start, words[last].span.end))
                 if m.span.contains(head) and discourse.types.get(m.entity) == "Organization"), None)
    people = [m for m in named if discourse.types.get(m.entity) == "Person"]
    title = [w for w in words if w.span.end <= people[-1].span.start][-1:] if len(people) == 1 else []
    return last if body is not None and title and title[0].span.start >= body.span.end \
        and title[0].text.lower() in _NAME_TITLE_WORDS else subject


def _person_ending_subject(words: tuple[Word, ...], subject: int, mentions: MentionIndex, discourse: Discourse
                           ) -> tuple[list[Mention], int] | None:
    """The names in the subject after its head word when a person's ends it, and the parse's word that ends it (a
    comma the parser hung on the name is no word of it)."""
    inside = [j for j in _subtree(words, subject) if words[j].pos != "PUNCT"]
    end = words[inside[-1]].span.end
    named = mentions.within(Span(words[subject].span.end, end))
    if not named or named[-1].span.end != end or discourse.types.get(named[-1].entity) != "Person":
        return None
    return named, next(j for j in inside if words[j].span.end == end)


def _name_after_title_place(words: tuple[Word, ...], subject: int, mentions: MentionIndex, discourse: Discourse) -> int:
    """"The head of the X office in Yerevan Ilya Varn said": the parser joins the name to the place that closes the
    title; a person named right after that place, ending a subject headed by a title (``_TITLE_RUN_NOUNS``), is the
    subject."""
    ending = _person_ending_subject(words, subject, mentions, discourse) \
        if words[subject].text.lower() in _TITLE_RUN_NOUNS else None
    if ending is None or len(ending[0]) < 2:
        return subject
    (*_, place, person), last = ending
    if discourse.types.get(place.entity) not in ("Place", "Country") \
            or any(place.span.end <= w.span.start and w.span.end <= person.span.start for w in words):
        return subject
    return last


def _relative_clause(text: str, words: tuple[Word, ...], verb: int, subject: int, lemmas: frozenset[str]) -> bool:
    """"…, which had been anticipating fraud", "a vote that Varga claimed was rigged", "a note that Varga later
    called misleading", "the ministers proposed by Varga" (a clause on a noun with a subject or an agent of its own,
    which the parser may tag either way): a verb of saying there describes the word the clause hangs on; it frames
    nothing of the sentence (the clause, cut off as a claim of its own, is its subject's: see claims). Not when a
    personal pronoun says it ("Baku rejected the text, which it says …"): the pronoun refers back to whoever the
    sentence is about (``_governing_subject``), unless the clause tells the occasion of an earlier saying
    (``_occasion_of_saying``). Not a clause the parser hangs on a label before a colon ("World news: the spokesperson
    stated …"): that is the sentence's own frame. Nor an infinitive on a word of ready saying, which the parser may
    hang as a relative clause ("X was the first to admit …": ``_readiness_word``)."""
    dep = words[verb].dep
    if dep != "relcl" and not (dep == "acl" and _children(words, verb, "nsubj", "agent")) \
            and not _object_left_out(words, verb) or _readiness_word(words, verb) is not None:
        return False
    head, first = words[words[verb].head], words[_subtree(words, verb)[0]]
    if head.span.end <= first.span.start and _LABEL_BREAK.search(text, head.span.end, first.span.start):
        return False
    return words[subject].pos != "PRON" or words[subject].text.lower() in _RELATIVE_PRONOUNS \
        or _occasion_of_saying(words, verb, lemmas)


def _occasion_of_saying(words: tuple[Word, ...], verb: int, lemmas: frozenset[str]) -> bool:
    """"X faced questions over a statement in which he denounced …", "X drew criticism after a speech in which he
    claimed …": a clause opened by a preposition and a relative pronoun, on a noun of saying
    (``SAYING_OCCASION_NOUNS``) governed by a preposition of a verb not of saying, tells an earlier saying; the
    sentence narrates what came of it, in the article's voice (unlike "X issued a statement in which he said …",
    whose noun is the verb's own object, or "X spoke at a rally at which he said …", whose noun is no saying). The
    parser may hang the clause on a later noun of the phrase ("a speech she gave in May in which …"):
    the noun of saying is looked for on the way up to the sentence's verb."""
    opened = any(words[k].text.lower() in _RELATIVE_PRONOUNS for p in _children(words, verb, "prep")
                 for k in _children(words, p, "pobj"))
    return opened and any(words[j].dep == "pobj" and words[j].lemma.lower() in _SAYING_OCCASION_NOUNS
                          and words[words[words[j].head].head].lemma not in lemmas for j in _heads_above(words, verb))


def _heads_above(words: tuple[Word, ...], j: int) -> list[int]:
    """The words a word hangs from, nearest first, up to the root of its sentence."""
    above: list[int] = []
    while words[j].head != j and len(above) < len(words):
        j = words[j].head
        above.append(j)
    return above


_SAYING_OCCASION_NOUNS = frozenset(joined("SAYING_OCCASION_NOUNS"))


_RELATIVE_PRONOUNS = frozenset(joined("RELATIVE_PRONOUNS")) | {"that"}
_LABEL_BREAK = re.compile(r"[:—―–]")


def _object_left_out(words: tuple[Word, ...], verb: int) -> bool:
    """"a clash officials were calling accidental": a verb that says what its object is, with no object, right after a
    noun, is a clause on that noun whose "that" was left out, whatever the parser tagged it (a clause of the
    sentence's verb, as it may)."""
    if not _children(words, verb, "oprd") or _children(words, verb, "dobj"):
        return False
    first = _subtree(words, verb)[0]
    return first > 0 and words[first - 1].pos in ("NOUN", "PROPN")


def _as_saying_head(words: tuple[Word, ...], verb: int, lemmas: frozenset[str], lang: str) -> int | None:
    """"The agency reports X as saying", "X was quoted as saying": the reporting verb a verb of saying
    hangs from by "as"; its object (or passive subject) is who spoke. Not a participle without "as"
    ("X accused Y of …, calling it …": X speaks), but after a verb of quoting (``RELAY_LEMMAS``: "the agency
    quoted X saying")."""
    pattern = _AS_SAYING.get(language(lang))
    if pattern is None or verb == 0:
        return None
    said_as = pattern.fullmatch(f"{words[verb - 1].text} {words[verb].text}")
    quoted = _QUOTED_SAYING.get(language(lang))
    if not said_as and not (quoted and quoted.fullmatch(words[verb].text)):
        return None
    up = words[verb].head
    if words[verb].dep == "pcomp" and words[up].dep == "prep":
        up = words[up].head
    elif words[verb].dep not in ("advcl", "xcomp"):
        return None
    return up if up != verb and words[up].lemma in (lemmas | _RELAY_LEMMAS if said_as else _RELAY_LEMMAS) else None


def _figure_object(words: tuple[Word, ...], verb: int) -> bool:
    """The verb's direct object holds a number: "reported $3 billion in revenue", "recorded 40 cases"."""
    return any(words[j].pos == "NUM" for k in _children(words, verb, "dobj") for j in _subtree(words, k))


def _object(words: tuple[Word, ...], verb: int) -> int | None:
    return next(iter(_children(words, verb, "dobj", "nsubjpass")), None)


def _closed_by_colon(words: tuple[Word, ...], j: int) -> bool:
    """The phrase under ``j`` ends at a colon, maybe past a closing bracket ("NORDPORT:", "Nordport, Ostland:",
    "Nordport [Ostland]:")."""
    k = _subtree(words, j)[-1]
    while k + 1 < len(words) and words[k + 1].text in (")", "]"):
        k += 1
    return words[k].text.endswith(":") or k + 1 < len(words) and words[k + 1].text == ":"


def _subtree(words: tuple[Word, ...], root: int) -> list[int]:
    """``root`` and every word under it, down the parse's children (one visit a word, not a pass of the whole
    parse a level)."""
    inside, todo, by_head = {root}, [root], _by_head(words)
    while todo:
        for j in by_head.get(todo.pop(), ()):
            if j not in inside:
                inside.add(j)
                todo.append(j)
    return sorted(inside)


_UNNAMED_CLAUSE = re.compile(rf"(?<!\w)(?:{alternation('UNNAMED_CLAUSE')})(?!\w)", re.I)


_SELF_NAMING = frozenset(joined("SELF_NAMING_OBJECTS"))


def _self_named(words: tuple[Word, ...], tree: list[int], head: int, mentions: MentionIndex,
                discourse: Discourse) -> Mention | None:
    """"the group, which calls itself X, said": the speaker a relative clause on the subject names it by, with an
    object that is the subject itself (``SELF_NAMING_OBJECTS``)."""
    for j in tree:
        if words[j].head != head or words[j].dep != "relcl" \
                or not any(words[k].text.lower() in _SELF_NAMING for k in _children(words, j, "dobj")):
            continue
        clause = _subtree(words, j)
        named = [m for m in mentions.within(Span(words[clause[0]].span.start, words[clause[-1]].span.end))
                 if discourse.types.get(m.entity) in SPEAKER_TYPES]
        return named[0] if named else None
    return None


def _object_apposed_by_comma(words: tuple[Word, ...], j: int) -> bool:
    """"the prime minister of Veltra, Anselm Korr, said": the parser may take the name apposed after the title's
    complement for a second object of its preposition; set apart by a comma with no conjunction, it is an apposition."""
    if words[j].dep != "pobj":
        return False
    first = next((k for k in _children(words, words[j].head, "pobj") if k < j), None)
    start = _subtree(words, j)[0]
    return first is not None and start >= 1 and words[start - 1].text == "," \
        and not _children(words, words[j].head, "cc")


def _speaker_of(text: str, words: tuple[Word, ...], head: int, mentions: MentionIndex, discourse: Discourse,
                publisher: str | None) -> tuple[str, Span] | None:
    witnesses = _witnesses_beside(words, head)
    tree = [j for j in _subtree(words, head) if j not in witnesses]
    if head and words[head - 1].dep == words[head].dep == "nsubj" and words[head - 1].head == words[head].head \
            and words[head - 1].pos == "NOUN" and words[head].text.isupper():
        tree = _subtree(words, head - 1) + tree   # "The deputy PM said", parsed as two subjects: one title
    first = tree[0]
    while first >= 2 and words[first - 1].text == "-" and words[first - 2].span.end == words[first - 1].span.start \
            and words[first - 1].span.end == words[first].span.start:
        first -= 2   # "The vice-president said", split by the parser into subjects at the hyphen: one title
    if first < tree[0] and not is_plural_noun(words[head].text):   # "The Co-Chairs": several people, left as before
        tree = sorted({*_subtree(words, first), *range(first, tree[0]), *tree})
    area = Span(words[tree[0]].span.start, words[tree[-1]].span.end)
    # "analysts polled by Northwire", "a fund run by X", "a complaint lodged in X", "lawyers representing X": no name
    # in a participle's clause that describes the subject is the subject
    # and "X, whose brands include Y and Z, said": no name in a relative clause on the subject is the subject
    agents = [Span(words[sub[0]].span.start, words[sub[-1]].span.end) for j in tree
              if words[j].head in tree and j != head and words[j].dep in ("acl", "relcl")
              for sub in [_subtree(words, j)]]
    named = [m for m in mentions.within(area) if discourse.types.get(m.entity) in SPEAKER_TYPES
             and m.entity != publisher and not any(a.contains(m.span) for a in agents)
             and not _names_other_parties(words, tree, m)]
    token = words[head].span
    self_named = _self_named(words, tree, head, mentions, discourse)
    if self_named is not None:
        return self_named.entity, self_named.span
    issued = _statement_issuer(text, words, head, mentions, discourse, publisher)
    if issued is not None:
        return issued
    spoken_for = _body_spoken_for(text, words, head, area, discourse) if not named else None
    if spoken_for is not None:
        return spoken_for
    on_head = [m for m in named if m.span.start <= token.start and token.end <= m.span.end]
    if on_head and not (discourse.types.get(on_head[0].entity) in ("Country", "Place")
                        and _titled_apposition(words, head)):
        return _body_of_members(text, on_head[0], discourse) or on_head[0].entity, on_head[0].span
    if on_head:
        return None     # "…, particularly Ruritania, a senior diplomat said": no country is a diplomat
    if any(_UNNAMED_CLAUSE.search(text, a.start, a.end) for a in agents):
        return None     # "the bank, which asked not to be named, said": no one the text named
    capital = [m for m in mentions.within(area) if discourse.types.get(m.entity) == "Place"
               and m.span.start <= token.start and token.end <= m.span.end]
    if capital:   # a capital for its government: "Baku denied", "Yerevan insists"
        return capital[0].entity, capital[0].span
    # parsers attach it to the title or its complement; a name apposed to the title itself is who holds it, whatever
    # kind the models took it for ("the head of the board, K.L. Dorrin Halsey, said": no one named before)
    apposed = [j for j in tree if words[j].dep == "appos" or _object_apposed_by_comma(words, j)]
    for j in apposed:
        people = [m for m in named if (discourse.types.get(m.entity) == "Person" or words[j].head == head)
                  and m.span.start <= words[j].span.start < m.span.end]
        if people:
            return people[0].entity, people[0].span
    holder = _holder_after_body(text, words, head, named, discourse)
    if holder is not None:
        return holder.entity, holder.span
    if words[head].pos == "PRON":
        pronoun = words[head].text.lower()
        if pronoun not in _PERSONAL_PRONOUNS:
            return None     # "some said", "everyone agreed", an acronym the tagger took for "who": no one named before
        governing = _governing_subject(text, words, head, mentions, discourse, publisher)
        if governing is not None:
            return governing[0], token
        if _people_who_report(words, head):
            return None     # "Three analysts told X they expected …": "they" are the analysts, no one named
        if pronoun in _FIRST_PERSON_SUBJECTS + _GROUP_SUBJECTS:
            who = discourse.resolve_collective(pronoun)
        else:
            verb = words[words[head].head].text.lower()   # "he added" goes on with the last speaker's words
            # "Northwire quoted him as saying": the object's form refers back as the subject's ("he") does
            anaphor = words[head].lemma.lower() if pronoun in _PRONOUN_GENDER else pronoun
            who = discourse.resolve(anaphor, _PRONOUN_GENDER.get(pronoun), verb in _CONTINUING)
        if who is None:
            own = _own_report(text, words, head, mentions, discourse, publisher)
            who = own[0] if own else None
        return (who, token) if who else None
    owner = _owner_of_voice(text, area, discourse) if not named else None
    if owner is not None:
        return owner, token
    holder = _holder_of_office(words, head, named, discourse)
    if holder is not None:
        return holder.entity, holder.span
    # a description or a title that no name covers ("the company", "the Harbour Council Chairman") refers back
    if not named or words[head].pos in ("NOUN", "PROPN"):
        found = _anaphor_at(text, area.start, area.end, discourse, covering=token) \
            or _anaphor_at(text, area.start, token.end, discourse, last=True)
        holder = _holder_of_owned_title(text, words, head, found[1], found[0], discourse) if found else None
        if holder is not None:
            return holder, token
        if found and not _covering(found[1], token) and _not_the_subject(words, head, found[1]):
            if _others_of(words, head):
                return None     # "the president's supporters in Northtown said": neither the president nor the town
            found = None
        if found:
            return found
    title = _whole_word(text, words[head].span).lower()   # "secretary-general", which the parser splits
    if named and (words[head].text.lower() in _PERSON_NOUNS or not _PERSON_NOUNS.isdisjoint(title.split("-"))) \
            and all(discourse.types.get(m.entity) != "Person" for m in named):
        # "Borealia's Foreign Ministry spokesman said": a title whose owner is named, held by a person the text
        # gave that title before, and no words around that person's name the subject lacks ("Norvian spokesman X"
        # is no spokesman of Borealia's)
        # (the words of that person's own titles only, not a dateline before the name; and not those of a body
        # named without its owner: "Foreign Ministry Spokesman X" may be Borealia's)
        fitting = discourse.fitting_person(title)
        own_name = _title_words(" ".join([discourse.labels.get(fitting or "", ""),
                                          *discourse.base_forms.get(fitting or "", ())]))
        if fitting and discourse.own_titles.get(fitting, set()) - own_name - _OWNERLESS_BODY_WORDS \
                <= _title_words(text[area.start:area.end]) and _holds_all_of(words, head, fitting, discourse):
            return fitting, token
        holder = next((who for m in named for who in [_holder_of_owned_title(text, words, head, m, m.entity, discourse)]
                       if who), None)
        if holder is not None:
            return holder, token
    led = _body_head(words, head, named, discourse) or _owners_body_before(text, words, head, named, mentions,
                                                                             discourse)
    if led is not None:
        return led
    placed = _body_where_placed(words, head, named, discourse)
    if placed is not None:
        return placed
    if named:   # the name nearest the subject's head: "(Agency) - Chipmaker Brightwater Corp said"; of names one
        # in another ("Ruritania" in "Ruritania's antitrust regulator"), the longer, whose word the other is
        outer = [m for m in named if not any(o.span != m.span and o.span.contains(m.span) for o in named)]
        nearest = min(outer, key=lambda m: min(abs(m.span.start - token.start), abs(m.span.end - token.end)))
        if _other_party(words, head, nearest) or _only_beside(words, head, nearest):
            return None
        _named_body_voice(words, head, named, nearest.entity, discourse)
        return nearest.entity, nearest.span
    called = _called_so(text, words, head, area, discourse)
    return (called, token) if called else None


def _holder_of_owned_title(text: str, words: tuple[Word, ...], head: int, owner: Mention | Span | None,
                           owner_entity: str | None, discourse: Discourse) -> str | None:
    """"Jane Roe, the Vell Bank's chief executive, … The bank's chief executive said": a person's title
    (``PERSON_NOUNS``) owned by a body (its possessive, by name or described) is held by the person the text gave
    that title and named with that body, whatever else her first title said ("chief executive of the Vell Bank since
    2019"), unless the subject's words make it another office (``_holds_all_of``)."""
    title = _whole_word(text, words[head].span).lower()
    if owner is None or not (words[head].text.lower() in _PERSON_NOUNS or not _PERSON_NOUNS.isdisjoint(title.split("-"))):
        return None
    at = owner.span if isinstance(owner, Mention) else owner
    owners = [Span(words[sub[0]].span.start, words[sub[-1]].span.end) for sub in _possessives(words, head)]
    if not any(o.contains(at) or at.contains(o) for o in owners):
        return None
    fitting = discourse.fitting_person(title)
    return fitting if fitting and owner_entity in discourse.affiliations.get(fitting, set()) \
        and _holds_all_of(words, head, fitting, discourse) else None


def _holds_all_of(words: tuple[Word, ...], head: int, who: str, discourse: Discourse) -> bool:
    """Whether each word before the subject's title that makes it another office (``TITLE_CHANGING_WORDS``: "the
    bank's deputy chief executive", "its former chief executive") is among the titles the text gave ``who``; words
    that only describe ("the government's youngest minister") or belong to the owner change nothing."""
    owned = {k for sub in _possessives(words, head) for k in sub}   # "the new government's …"
    changing = [words[j].text.lower() for j in _subtree(words, head) if j < head and j not in owned
                and words[j].text.lower() in _TITLE_CHANGING_WORDS]
    held = discourse.own_titles.get(who, set()) | discourse.titles.get(who, set())
    return all(_title_words(w) and _title_words(w) <= held for w in changing)


_TITLE_CHANGING_WORDS = frozenset(joined("TITLE_CHANGING_WORDS"))


def _possessives(words: tuple[Word, ...], head: int) -> list[list[int]]:
    """The words of each possessive owner of ``head`` ("the Vell Bank's" in "the Vell Bank's chief executive")."""
    return [_subtree(words, j) for j in _children(words, head, "poss")]


def _called_so(text: str, words: tuple[Word, ...], head: int, area: Span, discourse: Discourse) -> str | None:
    """"Rector Jane Roe opened the year. … The rector said": the subject's noun after a definite article (not "a
    rector"), no table's reference (``_ANAPHOR``), is the person the text titled with it (``Discourse.called_so``)."""
    if words[head].pos != "NOUN" or _ANAPHOR.search(text, area.start, area.end) or not any(
            words[j].text.lower() in _DEFINITE_ARTICLES for j in _children(words, head, "det")):
        return None
    office = [words[k].text for j in _children(words, head, "prep") if words[j].text.lower() in _OWNER_PREPOSITIONS
              for k in _children(words, j, "pobj") if words[k].pos == "NOUN" and words[k].text.islower()]
    who = discourse.called_so(" ".join([words[head].text, *office]))   # "the head of the province": both words
    if who is None and office:   # "Rector Jane Roe … The rector of the academy said": titled by the noun alone,
        who = discourse.called_so(words[head].text)   # and of no other body than the office names
        bodies = [discourse.labels.get(b, "") for b in discourse.affiliations.get(who or "", ())]
        who = who if who and discourse.called.get(who, set()) <= _title_words(words[head].text) \
            and (not bodies or any(_title_words(" ".join(office)) <= _title_words(b) for b in bodies)) else None
    return who


_OWNED_BODY_NOUNS = frozenset(joined("OWNED_BODY_NOUNS"))


def _owners_body_before(text: str, words: tuple[Word, ...], head: int, named: list[Mention],
                        mentions: MentionIndex, discourse: Discourse) -> tuple[str, Span] | None:
    """"The NC Water Board met on Monday. The NC's most powerful body said …": one of an owner's bodies
    (``OWNED_BODY_NOUNS``), owned by a name, is the last body named before whose name opens with the owner's as
    the text wrote it."""
    if words[head].lemma.lower() not in _OWNED_BODY_NOUNS:
        return None
    owners = _children(words, head, "poss")
    owner = next((m for m in named if any(m.span.start <= words[j].span.start < m.span.end for j in owners)), None)
    if owner is None:
        return None
    written = re.sub(r"[’']s$", "", text[owner.span.start:owner.span.end])
    bodies = [m for m in mentions.before(owner.span.start) if m.entity != owner.entity
              and discourse.types.get(m.entity) == "Organization"
              and text[m.span.start:m.span.end].startswith(written + " ")]
    return (bodies[-1].entity, owner.span) if bodies else None


def _owner_of_voice(text: str, area: Span, discourse: Discourse) -> str | None:
    """"…, his spokeswoman said": one who speaks for another (``VOICE_AGENTS``), owned by a possessive pronoun,
    speaks for the one the pronoun stands for (``Discourse.possessive_owner``), as "Varga's spokeswoman" speaks for
    Varga."""
    owned = next((m for m in (p.fullmatch(text, area.start, area.end) for p in _VOICE_AGENTS.values()) if m), None)
    if owned is None or not owned.group("pronoun"):
        return None
    return discourse.possessive_owner(owned.group("pronoun"), area.start, text)


_HOLDERS_OFFICE_HEADS = frozenset(joined("HOLDERS_OFFICE_HEADS"))


def _holder_of_office(words: tuple[Word, ...], head: int, named: list[Mention], discourse: Discourse
                      ) -> Mention | None:
    """"The office of President Jane Roe announced": an office that works for one person (``HOLDERS_OFFICE_HEADS``)
    speaks for the person its "of" phrase names, not for a body the noun alone would refer back to."""
    if words[head].text.lower() not in _HOLDERS_OFFICE_HEADS:
        return None
    owners = [j for j in _children(words, head, "prep") if words[j].text.lower() == "of"]
    reach = [Span(words[sub[0]].span.start, words[sub[-1]].span.end) for j in owners for sub in [_subtree(words, j)]]
    return next((m for m in named if discourse.types.get(m.entity) == "Person"
                 and any(r.contains(m.span) for r in reach)), None)


def _named_body_voice(words: tuple[Word, ...], head: int, named: list[Mention], body: str, discourse: Discourse
                      ) -> None:
    """"A senior Vexa Ministry official said": an unnamed holder of a title of one who speaks for a body
    (``BODY_VOICE_TITLES``) whose subject names only that body speaks for it, as "a ministry spokeswoman" does
    (``Discourse.spoke_for``): "the official" and "he" after it go on with the body."""
    title = words[head].text.lower()
    if title in _BODY_VOICE_TITLES and discourse.fitting_person(title) is None \
            and discourse.types.get(body) in ("Organization", "Group") \
            and all(discourse.types.get(m.entity) in ("Organization", "Group") for m in named):
        discourse.spoke_for(title, body)


def _holder_after_body(text: str, words: tuple[Word, ...], head: int, named: list[Mention], discourse: Discourse
                       ) -> Mention | None:
    """"Spokesperson for the Vexa Foreign Ministry Jane Roe said", "Head of the press office of the X Ministry Jane
    Roe said": a title (``_title_over_body``) whose words end in a body's name and, right after it, a person's: the
    person holds the title and speaks, not the body nearest the title (a title opening a sentence may be tagged a
    name)."""
    if words[head].pos not in ("NOUN", "PROPN"):
        return None
    for body, person in zip(named, named[1:]):
        if discourse.types.get(person.entity) == "Person" \
                and discourse.types.get(body.entity) in ("Organization", "Group", "Country") \
                and not text[body.span.end:person.span.start].strip() and words[head].span.end <= body.span.start \
                and _title_runs_to(words, head, person.span):
            return person
    return _holder_closing_a_title_phrase(text, words, head, named, discourse)


def _holder_closing_a_title_phrase(text: str, words: tuple[Word, ...], head: int, named: list[Mention],
                                   discourse: Discourse) -> Mention | None:
    """"The chief of Velcom's battery business Anna Kovar told journalists": a person's name, no comma before it, that
    ends a title's phrase running through prepositions (``_title_over_body``) past words in lower case or a body's
    possessive: the person holds the title and speaks (not one a title there stands for: "the head of the
    department of the President")."""
    person = named[-1] if named else None
    if person is None or discourse.types.get(person.entity) != "Person" or person.via == "role" \
            or words[head].span.end > person.span.start \
            or any(discourse.types.get(m.entity) == "Person" for m in named[:-1]) \
            or re.search(r"[,;:()\u2013\u2014]", text[words[head].span.end:person.span.start]):
        return None
    return person if _title_runs_to(words, head, person.span) else None


def _title_runs_to(words: tuple[Word, ...], title: int, name: Span) -> bool:
    """The title's words run through prepositions down to the word ending ``name`` (``_title_over_body``)."""
    end = next((k for k, w in enumerate(words) if w.span.end >= name.end), None)
    return end is not None and _title_over_body(words, title, end)


_BODY_HEAD_TITLES = frozenset(joined("BODY_HEAD_TITLES"))
_LEADER_STEMS = frozenset(_title_words(" ".join(joined("BODY_LEADER_TITLES"))))
_DEPUTY_STEMS = frozenset(_title_words(" ".join(joined("DEPUTY_TITLES"))))


def _body_head(words: tuple[Word, ...], head: int, named: list[Mention], discourse: Discourse
               ) -> tuple[str, Span] | None:
    """"…, said the head of the Vell Bank": a subject headed by the title of one who leads a body (``BODY_HEAD_TITLES``)
    and naming only bodies is the person the text titled as leading the last of them ("The governor of the X Bank,
    Jane Roe, …"), not the body; none such, no answer here."""
    if words[head].text.lower() not in _BODY_HEAD_TITLES or not named \
            or any(discourse.types.get(m.entity) not in ("Organization", "Group") for m in named):
        return None
    leader = discourse.leader_of(named[-1].entity, _LEADER_STEMS, _DEPUTY_STEMS)
    return (leader, words[head].span) if leader else None


_BODY_VOICE_TITLES = frozenset(joined("BODY_VOICE_TITLES"))
_ORGAN_HEAD_TITLES = frozenset(joined("ORGAN_HEAD_TITLES"))
_BODY_DESCRIPTION = re.compile(rf"(?<!\w)(?:{alternation('ANAPHOR_ORG')})(?!\w)", re.I)
MODIFIER_REACH = 40   # characters before a title in which the body's word is sought: "a ministry spokeswoman"
_MODIFIER_BEFORE = re.compile(r"(?<!\w)([^\W\d_][\w-]*)(?:['’]s)?\s+$")


def _body_spoken_for(text: str, words: tuple[Word, ...], head: int, area: Span, discourse: Discourse
                     ) -> tuple[str, Span] | None:
    """"A spokesman for the ministry said", "a ministry spokeswoman said", "the chief of the ministry's media office
    said": a subject headed by the title of one who speaks for a body (``BODY_VOICE_TITLES``; the head of a part of
    it, ``ORGAN_HEAD_TITLES``, only before the body's possessive), held by no person the text gave it, with a
    description of a body the text named after the title or as the word right before it: that body speaks
    (``Discourse.spoke_for``); after a word of rank or level only ("senior officials", "county officials"), the
    governing body that led their sentence or the one before (``_governing_body_of``)."""
    title = words[head].text.lower()
    organ_head = title in _ORGAN_HEAD_TITLES
    if not (title in _BODY_VOICE_TITLES or organ_head) or discourse.fitting_person(title) is not None:
        return None
    token = words[head].span
    after = _BODY_DESCRIPTION.search(text, token.end, area.end)
    if organ_head and (after is None or not POSSESSIVE_AFTER.match(text, after.end())):
        return None
    before = _MODIFIER_BEFORE.search(text, max(area.start, token.start - MODIFIER_REACH), token.start) \
        if after is None else None
    if after is not None:
        description, where = after.group(), Span(after.start(), after.end())
    elif before is not None and _KIND_ONLY.fullmatch(f"the {before.group(1).lower()}"):
        description, where = f"the {before.group(1).lower()}", Span(before.start(1), before.end(1))
    else:
        body = _named_by_its_word(before.group(1), discourse, text, token.end) if before is not None else None
        if body is None and before is not None:
            body = _governing_body_of(before.group(1).lower(), title, token.start, text, discourse)
        if body is None:
            return None
        discourse.spoke_for(title, body)
        return body, Span(before.start(1), before.end(1))
    body = discourse.resolve(description, at=where.start)
    if body is None or discourse.types.get(body) not in ("Organization", "Group") \
            or not _fits_description(description, body, discourse):
        return None
    discourse.spoke_for(title, body)
    return body, where


_BODY_MEMBER_GROUPS = merged("BODY_MEMBER_GROUPS")
_RANKS_BEFORE_MEMBERS = frozenset(joined("RANKS_BEFORE_MEMBERS"))
_LEVELS_BEFORE_MEMBERS = frozenset(joined("LEVELS_BEFORE_MEMBERS"))
_GOVERNING_BODY_NOUNS = one_of(joined("GOVERNING_BODY_NOUNS"))
_RANKED_MEMBER_TITLES = frozenset(joined("RANKED_MEMBER_TITLES"))
_NEAR_MEMBER_GROUPS = frozenset(joined("NEAR_MEMBER_GROUPS"))
# the words that may stand right before such a noun in the same clause, naming no one else ("according to
# officials", "the officials"): any other ("U.S. officials", "foreign officials") says whose people they are
_FREE_BEFORE_MEMBERS = frozenset(joined("FREE_BEFORE_MEMBER_GROUPS"))
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.’'-]+)[ \t]+$")


def _body_of_members(text: str, group: Mention, discourse: Discourse) -> str | None:
    """"Officials said" after "the Ruritanian Foreign Ministry summoned …", "Investigators said" after "the Vell
    Police Department is investigating": people named by a bare noun of ``BODY_MEMBER_GROUPS`` are of the body the
    text named before (an organisation, no outlet, whose label holds a noun of a kind of body, ``ANAPHOR_ORG``, and
    a word the table's pattern finds: for "officials", a public body's), the last such body: it speaks. A noun of
    ``NEAR_MEMBER_GROUPS`` ("officials") only of a body that led (was the subject or the speaker of) their sentence
    or the sentence before, counted from where they stand (a quotation they close has one speaker, however early
    its first sentence asks; "Vexa Corp sued the ministry. Officials said": no one's), with no word right before
    them but one of ``FREE_BEFORE_MEMBER_GROUPS`` ("U.S. officials": no one's)."""
    if discourse.types.get(group.entity) != "Group":
        return None
    start = discourse.sentence.start if discourse.sentence is not None else 0
    return _body_of_member_noun(text, group.span, start, discourse)


def _body_of_member_noun(text: str, noun: Span, opening: int, discourse: Discourse) -> str | None:
    """The body whose people a bare noun of ``BODY_MEMBER_GROUPS`` at ``noun`` are (``_body_of_members``), its own
    words read from ``opening`` on: a word there other than one of ``FREE_BEFORE_MEMBER_GROUPS`` says whose they
    are."""
    word = text[noun.start:noun.end].lower()
    kinds = _BODY_MEMBER_GROUPS.get(word)
    if kinds is None:
        return None
    near = word in _NEAR_MEMBER_GROUPS
    if near:
        before = _WORD_BEFORE.search(text, max(opening, noun.start - 40), noun.start)
        if before is not None and before.group(1).lower() not in _FREE_BEFORE_MEMBERS:
            return None
    return _members_body(text, noun.start, kinds, near, discourse)


def _governing_body_of(word: str, title: str, where: int, text: str, discourse: Discourse) -> str | None:
    """"Senior officials said", "a senior official said", "county officials said" after "the Vell County Board
    voted": officials (``RANKED_MEMBER_TITLES``) of a rank (``RANKS_BEFORE_MEMBERS``) or a level
    (``LEVELS_BEFORE_MEMBERS``, a word of the body's label) are the people of the governing body
    (``GOVERNING_BODY_NOUNS``) that led their sentence or the one before; none such, no one's (a company, a body
    criticised, nor one of many countries, ``INTERNATIONAL_BODY_WORDS``); officials of a place written with them,
    only that place's body's (``_place_of_officials``)."""
    if title not in _RANKED_MEMBER_TITLES or not (word in _RANKS_BEFORE_MEMBERS or word in _LEVELS_BEFORE_MEMBERS):
        return None
    level = rf"^(?=.*\b{re.escape(word)}\b).*" if word in _LEVELS_BEFORE_MEMBERS else ""
    body = _members_body(text, where, rf"{level}\b(?:{_GOVERNING_BODY_NOUNS})\b", True, discourse)
    label = discourse.labels.get(body, "") if body is not None else ""
    if body is None or _INTERNATIONAL_BODY.search(label) or _named_as_agent(text, where, label):
        return None
    place = _place_of_officials(text, where, where + len(title))
    return body if place is None or _holds_place(label, place) else None


_INTERNATIONAL_BODY = re.compile(rf"(?<!\w)(?:{one_of(joined('INTERNATIONAL_BODY_WORDS')) or '(?!)'})(?!\w)")
_AGENT_BEFORE = re.compile(rf"(?<!\w)(?:{one_of(joined('AGENT_PREPOSITIONS')) or '(?!)'})\s+"
                           rf"(?:(?:{one_of(joined('ARTICLES'))})\s+)?$", re.I)


def _named_as_agent(text: str, where: int, label: str) -> bool:
    """"The Norvish ministry was criticised by the Ruritanian government": a body last written before ``where`` as
    the doer of a passive verb did not lead its sentence; its critic's officials are not the ones who speak next."""
    at = text.rfind(label, 0, where) if label else -1
    return at >= 0 and _AGENT_BEFORE.search(text, max(0, at - MODIFIER_REACH), at) is not None


_WORD_BEFORE_RANK = re.compile(rf"(?<![\w.])([{capitals()}][\w’'-]*)\s+[\w-]+\s+$")
_ARTICLE_WORDS = frozenset(joined("ARTICLES"))
PLACE_STEM = 4   # letters a place's name and its body's label share at least: "Norvia", "the Norvish ministry"


def _place_of_officials(text: str, start: int, end: int) -> str | None:
    """"Vell County officials", "Ohio state officials", "senior officials in Norvia": the place written before the
    word of rank or level, or after the officials, whose people they are; none, ``None``."""
    after = _PLACE_AFTER_MEMBERS.match(text, end)
    if after is not None:
        return after.group(1)
    before = _WORD_BEFORE_RANK.search(text, max(0, start - MODIFIER_REACH), start)
    word = before.group(1).lower() if before is not None else ""
    return before.group(1) if word and word not in _FREE_BEFORE_MEMBERS and word not in _ARTICLE_WORDS else None


def _holds_place(label: str, place: str) -> bool:
    """A body's label names the place its officials were written with ("Texas State Board", "Norvish ministry" for
    "Norvia"): their own body; "Ohio state officials" are not the Texas board's."""
    stem = place[:PLACE_STEM].lower()
    return any(w.lower().startswith(stem) for w in re.findall(r"[^\W\d_][\w.’'-]*", label))


def _members_body(text: str, where: int, kinds: str, near: bool, discourse: Discourse) -> str | None:
    """The body whose people unnamed members standing at ``where`` are (``_body_of_members``): the last organisation
    named before, no outlet, whose label ``kinds`` fits; ``near``, only one that led their sentence or the one
    before."""
    here = {m.entity: m.span.start for m in discourse.here if m.span.end <= where} if near else {}
    at = bisect_right(discourse.sentence_starts, where)   # where "officials" stand, however late asked
    whole = discourse.sentence.start if discourse.sentence is not None else 0

    def fits(k: str) -> bool:
        led = discourse.led.get(k)
        return (not near or k in here and _leads(text, whole, here[k])
                or led is not None and bisect_right(discourse.sentence_starts, led) >= at - 1) \
            and discourse.types.get(k) == "Organization" and k not in discourse.outlets \
            and _members_label(kinds, discourse.labels.get(k, ""))

    fitting = [k for k in discourse.recency if k not in here and fits(k)]
    named_here = [k for k in here if fits(k)]
    if named_here:
        return named_here[-1]
    return max(fitting, key=lambda k: discourse.recency[k]) if fitting else None


_BODY_KIND_WORDS = frozenset(joined("BODY_KIND_WORDS"))
_PLACE_BODY_NOUNS = frozenset(joined("PLACE_BODY_NOUNS"))
_PLACE_AFTER_MEMBERS = re.compile(rf"\s+(?:{alternation('PLACE_AFTER_MEMBERS')})\s+"
                                  rf"(?:(?:{one_of(joined('DEFINITE_ARTICLES'))})\s+)?([{capitals()}][\w-]*)") \
    if alternation("PLACE_AFTER_MEMBERS") else re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _members_label(kinds: str, label: str) -> bool:
    """A body's label whose people a noun of ``BODY_MEMBER_GROUPS`` may be: a word its pattern ``kinds`` finds and a
    noun of a kind of body (``ANAPHOR_ORG``, after an article where the language writes one: "the ministry",
    «министерство»); once per label and pattern, as every mention of the noun asks."""
    label = label.lower()
    return bool(re.search(kinds, label)) and any(_KIND_ONLY.fullmatch(f"the {w}") or _KIND_ONLY.fullmatch(w)
                                                 for w in label.split())


@lru_cache(maxsize=None)
def _label_words(label: str) -> frozenset[str]:
    """The words of a body's label, lower case, a possessive "'s" dropped: "Sheriff's Office": sheriff, office."""
    return frozenset(re.findall(r"\w+", label.lower()))


def _named_by_its_word(word: str, discourse: Discourse, text: str = "", end: int = 0) -> str | None:
    """"Fire officials said" after "the Calloway Fire Department", "sheriff's officials" after "the Dunmore County
    Sheriff's Office", "defence officials" after a foreign and a defence ministry: a word before the title that
    names a kind of body (``BODY_KIND_WORDS``; no level or origin: "federal", "state", "foreign") and is a whole
    word of the label of a body named before (an organisation, no outlet, or a place that is also a body by a noun
    of ``PLACE_BODY_NOUNS``: "Kovno International Airport") in the paragraph or the one before says
    which body they speak for: of those, the body named last; none when a place after the title (``end``) is not a
    word of that body's label ("health officials in Borealia")."""
    if word.lower() not in _BODY_KIND_WORDS or not (word.islower() or word.istitle()):
        return None
    word = word.lower()
    sentence = discourse.sentence
    paragraph = discourse.paragraphs_read + (sentence is not None and _broken_before(text, discourse.last_sentence_end,
                                                                                      sentence.start))
    here = {m.entity for m in discourse.here if m.span.end <= end}
    fitting = [k for k in discourse.recency if (k in here or discourse.paragraph_named.get(k, 0) >= paragraph - 1)
               and (discourse.types.get(k) == "Organization" or discourse.types.get(k) == "Place"
                    and _label_words(discourse.labels.get(k, "")) & _PLACE_BODY_NOUNS)
               and k not in discourse.outlets and word in _label_words(discourse.labels.get(k, ""))]
    body = max(fitting, key=lambda k: discourse.recency[k]) if fitting else None
    place = _PLACE_AFTER_MEMBERS.match(text, end) if body is not None and text else None
    if place is not None and place.group(1).lower() not in discourse.labels.get(body, "").lower().split():
        return None   # "election officials in Borealia": of another body than one named before
    return body


def _fits_description(description: str, body: str, discourse: Discourse) -> bool:
    """The body's label says it is what the description's noun names ("the ministry": "Defence Ministry"; "the army":
    "Northern Command Armed Forces", ``ANAPHOR_KIND_HEADS``), or the noun is a company's and the body no public one:
    not merely the body talked about most."""
    noun = description.split()[-1].lower()
    label = discourse.labels.get(body, "").lower()
    kind = next((pattern for cue, pattern in _KIND_HEADS.items() if noun.startswith(cue)), None)
    if re.search(kind or rf"(?<!\w){re.escape(noun[:5])}", label):
        return True
    return Discourse._body_kind(noun) == "company" and not discourse._public(body)


def _body_where_placed(words: tuple[Word, ...], head: int, named: list[Mention], discourse: Discourse
                       ) -> tuple[str, Span] | None:
    """"The Ruritanian airline reported", "the Tarvik, Ostra-based company said", "the ferry group said": a body's
    description (``ANAPHOR_ORG``) whose only names, before its noun, are places says where the body sits, and
    one with no name, only a definite article and words of what it does (``_described_by_trade``), says what the
    body is; neither says who speaks: it is the body named before that it fits (one whose label holds the noun:
    "Vexa Airlines"; for a company's noun, a company), as ``described_bodies`` leaves such a description to
    ``Discourse.resolve``; none fitting, no answer here."""
    noun, token = words[head].text.lower(), words[head].span
    if words[head].pos != "NOUN" or not words[head].text.islower() or not _KIND_ONLY.fullmatch(f"the {noun}") \
            or not (named or _described_by_trade(words, head)) \
            or any(discourse.types.get(m.entity) not in ("Country", "Place") or m.span.end > token.start
                   for m in named):
        return None
    who = discourse.resolve(f"the {noun}", at=token.start)
    fits = who is not None and (_in_label(noun, discourse.labels.get(who, "").lower())
                                or Discourse._body_kind(noun) == "company" and not discourse._public(who))
    if not fits:
        who = _named_by_its_trade(words, head, discourse)
    return (who, token) if fits or who is not None else None


def _named_by_its_trade(words: tuple[Word, ...], head: int, discourse: Discourse) -> str | None:
    """"The rights group said" after "Lumen Rights Watch", "the health agency" after "Vell Health Organisation": the
    nouns that say what a body does, before a description's head, each a word of the label of a body named before:
    of those, the body named last, though the label lacks the head."""
    trade = [w.text.lower() for w in words[:head] if w.head == head and w.dep == "compound" and w.pos == "NOUN"
             and w.text.islower()]
    if not trade:
        return None
    fitting = [k for k in discourse.recency if discourse.types.get(k) in ("Organization", "Group")
               and all(_in_label(w, discourse.labels.get(k, "").lower()) for w in trade)]
    return max(fitting, key=lambda k: discourse.recency[k]) if fitting else None


def _described_by_trade(words: tuple[Word, ...], head: int) -> bool:
    """"The ferry group", "the Norvish carmaker", "the Ostra-based rights group": a definite article, then only words
    that modify the head (what the body does, where it is from or sits, ``SEAT_COMPOUNDS``), at least one: a
    description of one body; not "the rival carmaker", another (``OTHER_BODY_WORDS``), nor a kind of body the words
    tell apart from others of its kind ("the opposition party", "the appeals court": ``ANAPHOR_KIND_HEADS``)."""
    if any(words[head].text.lower().startswith(cue) for cue in _KIND_HEADS):
        return False
    article = next((j for j in _children(words, head, "det") if words[j].lemma.lower() in _DEFINITE_ARTICLES), None)
    between = range(article + 1, head) if article is not None else range(0)
    seat = {k for j in between if words[j].head == head and words[j].text.lower() in _SEAT_WORDS
            for k in _subtree(words, j)}
    seat |= _place_words_before(words, seat, between)
    return bool(between) and all(j in seat or words[j].dep in ("amod", "compound", "nmod")
                                 and words[j].pos in ("ADJ", "NOUN")
                                 and j < words[j].head <= head and words[j].text.lower() not in _OTHER_BODY_WORDS
                                 for j in between)


def _place_words_before(words: tuple[Word, ...], seat: set[int], between: range) -> set[int]:
    """"The New Tarnby-based company": the proper nouns right before a seat's words are the first words of the
    place's name, whatever the parser hung them on (the head's noun, as if they named the body)."""
    first = min(seat, default=None)
    if first is None:
        return set()
    before = set()
    while first - 1 in between and words[first - 1].pos == "PROPN":
        first -= 1
        before.add(first)
    return before


_SEAT_WORDS = frozenset(joined("SEAT_COMPOUNDS"))


_OTHER_BODY_WORDS = frozenset(joined("OTHER_BODY_WORDS"))
_DEFINITE_ARTICLES = frozenset(joined("DEFINITE_ARTICLES"))


def _names_other_parties(words: tuple[Word, ...], tree: list[int], mention: Mention) -> bool:
    """"Kobra shareholders said", "one Kobra shareholder and two analysts told …": a name that modifies a noun for
    people in relation to it (``OTHER_PARTIES``: shareholders, customers, rivals) names whom they stand in relation
    to, not who speaks."""
    return any(words[j].lemma.lower() in _OTHER_PARTIES and words[k].dep in ("compound", "poss")
               and mention.span.start <= words[k].span.start < mention.span.end
               for j in tree for k in _children(words, j, "compound", "poss"))


def _people_who_report(words: tuple[Word, ...], pronoun: int) -> bool:
    """"Analysts told Northwire they expected …": "they", the subject of what a verb reports, stands for that
    verb's subject when it is a plural noun (its form not its lemma: people the text does not name); so does the
    subject of a clause set on such a verb ("the divers kept searching as they said they saw lights") or on a noun
    of its clause ("residents complained of fumes that they blame on the mill")."""
    w = words[pronoun]
    if w.text.lower() not in _PLURAL_GROUP_SUBJECTS or words[w.head].dep not in ("ccomp", "advcl", "relcl") \
            or words[w.head].head == w.head:
        return False
    up = _verb_above(words, w.head)
    subject = _subject(words, up) if up is not None else None
    return subject is not None and words[subject].pos == "NOUN" and words[subject].text.lower() != words[subject].lemma


def _verb_above(words: tuple[Word, ...], clause: int) -> int | None:
    """The verb of the clause that ``clause`` hangs from, up through the nouns and prepositions between."""
    up, seen = words[clause].head, {clause}
    while words[up].pos not in ("VERB", "AUX") and up not in seen:
        seen.add(up)
        up = words[up].head
    return None if up in seen else up


def _covering(reference: Span, token: Span) -> bool:
    return reference.start <= token.start < reference.end


def _whole_word(text: str, span: Span) -> str:
    """The word a token stands in, across the hyphens the parser splits at ("secretary-general")."""
    start, end = span.start, span.end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-" and text[start - 2:start - 1].isalnum()):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-" and text[end + 1:end + 2].isalnum()):
        end += 1
    return text[start:end]


def _not_the_subject(words: tuple[Word, ...], head: int, reference: Span) -> bool:
    """A reference inside the subject, before its head, that does not stand for the speaker: an adjective
    ("the official news agency said": no official), or the owner of people in relation to it ("the
    president's supporters", ``OTHER_PARTIES``)."""
    inside = [j for j, w in enumerate(words) if reference.start <= w.span.start < reference.end]
    content = [j for j in inside if words[j].pos != "DET"]
    if content and all(words[j].pos == "ADJ" or words[j].dep == "amod" for j in content):
        return True
    return _others_of(words, head) and any(any(k in inside for k in _subtree(words, j))
                                           for j in _children(words, head, "poss"))


def _others_of(words: tuple[Word, ...], head: int) -> bool:
    """"the president's supporters", "Ruritania's partners": the head names people in relation to its owner."""
    return words[head].lemma.lower() in _OTHER_PARTIES and bool(_children(words, head, "poss"))


def _titled_apposition(words: tuple[Word, ...], head: int) -> bool:
    """A title in apposition to the head ("Ruritania, a senior diplomat"): a parser that took what was said for
    the subject hangs the speaker's description on it."""
    return any(words[j].pos == "NOUN" and _PERSON_DESCRIPTION.fullmatch(words[j].text.lower())
               for j in _children(words, head, "appos"))


def _grammatical_subject(words: tuple[Word, ...], verb: int) -> int | None:
    """"X is frustrated by the results, which he says …": of a passive, the subject the clause is about, not its
    agent (``_subject`` gives the agent, who speaks where the passive's verb is one of saying)."""
    passive = _children(words, verb, "nsubjpass")
    return passive[0] if passive else _subject(words, verb)


def _governing_subject(text: str, words: tuple[Word, ...], pronoun: int, mentions: MentionIndex,
                       discourse: Discourse, publisher: str | None) -> tuple[str, Span] | None:
    """"Baku rejected the text, which it says …", "Varga left early, because he said …": a pronoun that is the
    subject of a relative or adverbial clause stands for the named subject of the clause it hangs from (through
    an infinitive: "X declined to withdraw a letter where he …"), when that one fits it (a person for "he"/"she"
    of their gender, a body or a country for "it"/"they")."""
    said, word = words[pronoun].head, words[pronoun].text.lower()
    if not (words[said].dep in ("relcl", "advcl") or _free_relative(words, said)) or word in _FIRST_PERSON_SUBJECTS:
        return None
    up = _verb_above(words, said)
    if up is None:
        return None
    subject, seen = _grammatical_subject(words, up), {said}
    # "X declined to withdraw a letter where he …": an infinitive has the subject of the verb it completes
    while subject is None and up not in seen and words[up].dep == "xcomp" and words[up].head != up:
        seen.add(up)
        up = words[up].head
        subject = _grammatical_subject(words, up) if words[up].pos in ("VERB", "AUX") else None
    return _named_for(text, words, subject, word, mentions, discourse, publisher)


_FREE_RELATIVES = frozenset(joined("FREE_RELATIVE_PRONOUNS"))


def _free_relative(words: tuple[Word, ...], clause: int) -> bool:
    """"X was forced to rebut what it described as rumours": a clause whose object is a free relative pronoun
    (``FREE_RELATIVE_PRONOUNS``) names a thing for the verb it hangs from, as a relative clause does."""
    return words[clause].dep == "ccomp" and any(words[j].lemma.lower() in _FREE_RELATIVES
                                                 for j in _children(words, clause, "dobj"))


def _own_report(text: str, words: tuple[Word, ...], pronoun: int, mentions: MentionIndex, discourse: Discourse,
                publisher: str | None) -> tuple[str, Span] | None:
    """"Varga met regulators last week, he said": where no one named before fits the pronoun of a said-tag, the
    named subject of the active clause it closes tells of what it did itself (not "Varga was arrested, she said")."""
    said = words[pronoun].head
    reported = [j for j in _children(words, said, "ccomp") if j < pronoun]
    subject = next(iter(_children(words, reported[0], "nsubj")), None) if reported else None
    return _named_for(text, words, subject, words[pronoun].text.lower(), mentions, discourse, publisher)


def _named_for(text: str, words: tuple[Word, ...], subject: int | None, pronoun: str, mentions: MentionIndex,
               discourse: Discourse, publisher: str | None) -> tuple[str, Span] | None:
    """The speaker a named ``subject`` stands for, where it fits the ``pronoun`` that refers to it (a person for
    "he"/"she" of their gender, a body or a country for "it"/"they")."""
    if subject is None or words[subject].pos == "PRON":
        return None
    found = _speaker_of(text, words, subject, mentions, discourse, publisher)
    kind = discourse.types.get(found[0]) if found else None
    person = pronoun in _PRONOUN_GENDER
    fits = kind == "Person" and discourse.fits(found[0], _PRONOUN_GENDER.get(pronoun)) if person \
        else kind in ("Organization", "Group", "Country") or (pronoun == "it" and kind == "Place")
    return found if fits else None


_OTHER_PARTIES = frozenset(joined("OTHER_PARTIES"))
_OTHER_PARTY_PREPOSITIONS = frozenset(joined("OTHER_PARTY_PREPOSITIONS"))
_BESIDE_PREPOSITIONS = frozenset(joined("BESIDE_PREPOSITIONS"))
_OWNERS_AGENTS = frozenset(joined("OWNERS_AGENTS"))
_PERSONAL_PRONOUNS = frozenset(_PRONOUN_GENDER) | frozenset(_SUBJECT_PRONOUNS + _FIRST_PERSON_SUBJECTS + _GROUP_SUBJECTS)


def _other_party(words: tuple[Word, ...], head: int, mention: Mention) -> bool:
    """"Ruritania's partners said", "supporters of X said": the head names others in relation to the name that
    possesses it; "the lawyer for X said", "X's coach said", "attorneys for plaintiff X said": the head names
    someone who acts for that name (``OWNERS_AGENTS``) and speaks in their own voice; and so does an apposition in
    the subject ("the speaker of parliament, a close ally of X, said": not X)."""
    apposed = [j for j in _subtree(words, head) if words[j].dep == "appos"]
    return any(_in_relation_to(words, noun, mention) for noun in (head, *apposed))


def _in_relation_to(words: tuple[Word, ...], noun: int, mention: Mention) -> bool:
    """Whether ``noun`` names one in relation to the name ``mention`` (``OTHER_PARTIES``, ``OWNERS_AGENTS``)."""
    lemma = words[noun].lemma.lower()
    owners = _children(words, noun, "poss")
    if lemma in _OWNERS_AGENTS:
        owners += [k for j in _children(words, noun, "poss", "compound", "prep") for k in _subtree(words, j)]
    elif lemma in _OTHER_PARTIES:   # "followers of X said", as "X's followers"
        owners += [k for j in _children(words, noun, "prep") if words[j].text.lower() in _OTHER_PARTY_PREPOSITIONS
                   for k in _subtree(words, j)]
    else:
        return False
    return any(mention.span.start <= words[j].span.start < mention.span.end for j in owners)


def _only_beside(words: tuple[Word, ...], head: int, mention: Mention) -> bool:
    """"Protesters outside X's office said", "dozens of residents near the X plant said": a name inside a phrase of
    the subject that says only where its people stood (``BESIDE_PREPOSITIONS``) is a place they stood at, not whom they speak
    for ("officials at X" are X's)."""
    beside = [k for j in _subtree(words, head) if words[j].dep == "prep" and words[j].text.lower() in _BESIDE_PREPOSITIONS
              for k in _subtree(words, j)]
    return any(mention.span.start <= words[j].span.start < mention.span.end for j in beside)


_UNNAMED_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('UNNAMED_BEFORE_TITLE')})\s+(?:[^\W\d_][\w-]*\s+){{0,2}}$", re.I)
UNNAMED_REACH = 60   # characters before a title in which a word says its holder goes unnamed


def _unnamed_holder(text: str, at: int) -> bool:
    """"Неназванный федеральный чиновник заявил": a title whose holder a word before it leaves unnamed
    (``UNNAMED_BEFORE_TITLE``) refers back to no one."""
    return bool(_UNNAMED_BEFORE.search(text, max(0, at - UNNAMED_REACH), at))


def _anaphor_at(text: str, start: int, end: int, discourse: Discourse, last: bool = False,
                verb: str = "", covering: Span | None = None) -> tuple[str, Span] | None:
    """The entity a pronoun or generic noun in the range stands for, and where it stands;
    with ``covering``, only a reference that holds that word ("the head of government" for "head")."""
    found = [m for m in _ANAPHOR.finditer(text, start, end)
             if (covering is None or m.start(1) <= covering.start < m.end(1)) and not _unnamed_holder(text, m.start(1))]
    if not found:
        return None
    m = found[-1] if last else found[0]
    if last and len(found) > 1 and _governs(text, found[-2], m):
        m = found[-2]   # "пресс-секретарь президента": the title that governs the one after it is the subject
    topic = next((t for shape in _TOPICS_BEFORE if (t := shape.search(text, max(0, m.start(1) - TOPIC_REACH),
                                                                       m.start(1)))), None) \
        if m.group(1).lower() in _PRONOUN_GENDER else None
    if topic is not None:   # «Что касается Коваль, то она …»: a person named as the topic
        named = next((x for x in discourse.here if x.span.start == topic.start("topic")
                      and discourse.types.get(x.entity) == "Person"), None)
        if named is not None:
            return named.entity, named.span
        head = morph().parse(topic.group("topic").split()[0])[0].tag
        if head.gender == _PRONOUN_GENDER[m.group(1).lower()] and "anim" not in head:
            return None     # «Что касается позиции X, то она …»: the pronoun stands for the position
    owner = _body_after_voice(text, m, discourse)
    if owner is not None:
        return owner
    office = _office_after_voice(text, m)
    if office is not None:   # "в пресс-службе губернатора": the governor the text named, else no one it named
        holder = _holder_named_after(text, office.end(), discourse)
        if holder is not None:   # «в пресс-службе губернатора Ивана Сомова»: the one named right after the title
            return holder.entity, Span(m.start(1), holder.span.end)
        who = discourse.fitting_person(office.group())
        return (who, Span(m.start(1), office.end())) if who else None
    who = discourse.resolve(m.group(1), verb_gender(verb), verb.lower() in _CONTINUING, m.start(1))
    if who is not None and _placed_elsewhere(text, m.end(1), who, discourse):
        return None   # "The authorities in Vellgrad urged …" after another country's government spoke: not that one
    governed = _body_governed(text, m, discourse)
    if governed is not None:
        who = discourse.holder_at(governed, who)
    spoken_for = _BODY_AFTER_TITLE.match(text, m.start(1), end)
    if spoken_for and not (who and discourse.titles.get(who, set()) & _SPOKESPERSON_STEMS):
        # "по словам представителя компании": the body speaks, not a person named before who speaks for none
        who = discourse.resolve(spoken_for.group("body"), verb_gender(verb), verb.lower() in _CONTINUING,
                                spoken_for.start("body"))
        return (who, Span(spoken_for.start("body"), spoken_for.end("body"))) if who else None
    named = _NAME_AFTER_TITLE.match(text, m.start(1), end)
    if named and not _titled_for(discourse, who, named):
        return None   # "citing a spokesman of Velmora Port" in Russian: one who speaks for the name after
    body = (_BODY_BEFORE_TITLE.match(text, m.start(1), m.end(1))
            or _BODY_DESCRIPTION.search(text, m.start(1) + 1, m.end(1))) if who is None else None
    if body:   # "the foreign ministry spokesman", "главы компании" of no person the text named: the body speaks
        who = discourse.resolve(body.group(), verb_gender(verb), verb.lower() in _CONTINUING, body.start())
        return (who, Span(body.start(), body.end())) if who else None
    return (who, Span(m.start(1), m.end(1))) if who else None


def _placed_elsewhere(text: str, end: int, who: str, discourse: Discourse) -> bool:
    """A body's description followed by the place it is in or of ("the authorities in Vellgrad", "the council of
    Orsk"; ``PLACE_AFTER_MEMBERS``), a place the text names there (not "the maker of Vexa-Cola") that the label
    of the body ``who`` does not hold (``_holds_place``): another body than ``who``."""
    at = _PLACE_AFTER_MEMBERS.match(text, end)
    return at is not None and discourse.types.get(who) != "Person" \
        and any(x.span.start == at.start(1) and discourse.types.get(x.entity) in ("Place", "Country")
                for x in discourse.here) \
        and not _holds_place(discourse.labels.get(who, ""), at.group(1))


TOPIC_REACH = 120   # characters of a topic put before its clause ("As for the minister's wife, she"), and of one
#                    between "О(б)" and the verb that closes its paragraph (``_topic_closing``)
_TOPICS_BEFORE = [re.compile(rf"(?<![\w-])(?:{module.TOPIC_PHRASE})$", re.I) for module in LANGUAGES.values()
                  if module.TOPIC_PHRASE]


def _body_governed(text: str, reference: re.Match, discourse: Discourse) -> str | None:
    """"— сказал директор АМН": where case shows, a body the text named before, written right after a person's
    title (in the genitive), is the body the title is held at; None if none stands there."""
    if not _CASED_PERSON.fullmatch(reference.group(1)) or reference.group(1).lower() in _PERSONAL_PRONOUNS:
        return None
    start = _SPACE_AND_MARK.match(text, reference.end(1)).end()
    if start == reference.end(1):
        return None
    # the longest form that ends where a word does, not inside a longer name ("АМН" in "АМН-Фарм")
    ends = [m.start() for m in _FORM_END.finditer(text, start, min(len(text), start + discourse.body_reach + 1))]
    return next((discourse.body_forms[text[start:end]] for end in reversed(ends)
                 if text[start:end] in discourse.body_forms), None)


_FORM_END = re.compile(r"(?<=\S)(?![\w-])")


def _body_after_voice(text: str, reference: re.Match, discourse: Discourse) -> tuple[str, Span] | None:
    """"Пресс-служба Верховного совета Бореалии сообщила": the word of a body's voice right before a body's name
    (in the genitive, so no subject of its own) is that body's, not the body named before it; after a possessive
    pronoun ("его пресс-служба"), the office of the one the pronoun stands for (``Discourse.possessive_owner``),
    as one who speaks for that one (``SPOKESPERSON_TITLES``: "его пресс-секретарь") is that one's voice."""
    owner = _OWNER_BEFORE_VOICE.search(text, max(0, reference.start(1) - OWNER_REACH), reference.start(1))
    if not (_VOICE_WORD.fullmatch(reference.group(1))
            or owner and _title_words(reference.group(1)) and _title_words(reference.group(1)) <= _SPOKESPERSON_STEMS):
        return None
    if owner:   # "его пресс-служба": the office of the one the possessive stands for
        who = discourse.possessive_owner(owner.group(1), owner.start(1), text)
        return (who, Span(owner.start(1), reference.end(1))) if who else None
    start = _SPACE_AND_MARK.match(text, reference.end(1)).end()
    return next(((x.entity, Span(reference.start(1), x.span.end)) for x in discourse.here if x.span.start == start
                 and discourse.types.get(x.entity) in ("Organization", "Group")), None)


_SPACE_AND_MARK = re.compile(r"\s*[«„“\"]?")   # between a voice's word and the body's name: "пресс-служба «…»"


def _holder_named_after(text: str, end: int, discourse: Discourse) -> Mention | None:
    """The person the sentence names right after an office's title, a space between: its holder."""
    start = _WHITESPACE.match(text, end).end()
    return next((x for x in discourse.here if x.span.start == start and discourse.types.get(x.entity) == "Person"),
                None)


def _office_after_voice(text: str, reference: re.Match) -> re.Match | None:
    """"пресс-служба губернатора", "пресс-служба главы региона": the title of an office (``OFFICES``) right after
    the word of a body's voice, whose holder's voice it is."""
    if not _VOICE_WORD.fullmatch(reference.group(1)):
        return None
    start = _SPACE_AND_MARK.match(text, reference.end(1)).end()
    return next((m for office in _OFFICES if (m := office.match(text, start))), None)
_OWNER_GENDERS = merged("AGENT_OWNER_GENDERS")
# characters of the longest possessive pronoun and its space before a voice's word: "его "
OWNER_REACH = max(map(len, _OWNER_GENDERS), default=0) + 1
_OWNER_BEFORE_VOICE = re.compile(rf"(?<!\w)({'|'.join(_OWNER_GENDERS)})\s+$", re.I) if _OWNER_GENDERS \
    else re.compile(r"(?!)")
_VOICE_WORD = re.compile("|".join(rf"(?:{module.DESCRIBED_VOICE_PATTERN})" for module in LANGUAGES.values()
                                  if module.DESCRIBED_VOICE_PATTERN) or r"(?!)", re.I)


# a person's title in a language whose case shows (``MARKS_CASE``): of two titles in a row, the first is the head
_CASED_PERSON = re.compile("|".join(rf"(?:{module.ANAPHOR_PERSON})" for module in LANGUAGES.values()
                                    if module.MARKS_CASE and module.ANAPHOR_PERSON) or r"(?!)", re.I)


def _governs(text: str, title: re.Match, then: re.Match) -> bool:
    """"Пресс-секретарь президента", "помощника министра": where case shows, a person's title right before another
    (nothing but a space between) governs it, the second in the genitive: the first is the phrase's head."""
    return bool(_CASED_PERSON.fullmatch(title.group(1)) and _PERSON.fullmatch(then.group(1))
                and not text[title.end(1):then.start(1)].strip() and title.end(1) < then.start(1))


# a title of one who speaks for a body, before the body's description in the genitive ("представитель компании")
_BODY_AFTER_TITLE = re.compile(rf"(?:{alternation('TITLES_BEFORE_BODY')})\s+(?P<body>(?:{alternation('ANAPHOR_ORG')}))"
                               rf"(?!\w)", re.I) if alternation("TITLES_BEFORE_BODY") else re.compile(r"(?!)")
_SPOKESPERSON_STEMS = frozenset(_title_words(" ".join(joined("SPOKESPERSON_TITLES"))))
# the same title before a name ("представителя Белого дома"), where case shows the name is the body spoken for
_NAME_AFTER_TITLE = re.compile(rf"(?i:{alternation('TITLES_BEFORE_BODY')})\s+[«„\"]?(?P<name>[A-ZА-ЯЁ][\w-]*)") \
    if alternation("TITLES_BEFORE_BODY") else re.compile(r"(?!)")


def _titled_for(discourse: Discourse, who: str | None, titled: re.Match) -> bool:
    """Whether the person a spokesperson's title refers back to was titled with the name after it: its word among
    the words the text said of the person, or the title and the name one of the person's registry titles."""
    return bool(who) and (_title_words(titled.group("name")) <= discourse.titles.get(who, set())
                          or titled.group().lower() in discourse.roles.get(who, ()))


_BODY_BEFORE_TITLE = re.compile(rf"(?:{alternation('ANAPHOR_ORG')})(?=\s+(?:{alternation('TITLES_AFTER_BODY')})(?!\w))",
                                re.I) if alternation("TITLES_AFTER_BODY") else re.compile(r"(?!)")


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


def _barrier_before(text: str, pos: int, floor: int, skip: list[Span] = ()) -> int:
    """Where the verb's clause starts: after the last quotation mark, semicolon, colon or clause cue before it;
    marks around a name ("тренер «Полярника»", "the \"Northwire\" plant") close no quotation."""
    cut = floor
    skip = [*skip, *(Span(m.start(), m.end()) for m in _QUOTED_NAME.finditer(text, floor, pos + _AFTER_NAME))]
    for m in _BARRIER.finditer(text, floor, pos):
        if not any(r.start <= m.start() < r.end for r in skip):
            cut = m.end()
    return cut


# a name in quotation marks after a word of the sentence or opening it: a capital, at most QUOTED_NAME_WORDS words, then a word
# (or the comma of a phrase inserted before the verb: "X во время протестов союза «Y», организованных …, сказал")
QUOTED_NAME_WORDS = 4
_AFTER_NAME = 3     # characters after a quoted name that show it goes on: ", w" (the search reads up to them)
_QUOTED_NAME_WORDS = (rf"(?:(?<=\w )|(?<=[.!?…] )|(?<=\n)|^)[«„“\"][{capitals()}][\w.&'’-]*"
                      rf"(?:\s+[\w.&'’-]+){{0,{QUOTED_NAME_WORDS - 1}}}[»“”\"]")
_QUOTED_NAME = re.compile(rf"{_QUOTED_NAME_WORDS}(?=,? [\w/(])")
# the same name ending the words a dash's said-tag closes: "… и катер «Сокол», — рассказали в X"
_QUOTED_NAME_BEFORE_DASH_TAG = re.compile(rf"{_QUOTED_NAME_WORDS}(?=,?\s*[—―–-]\s)")


def quoted_name_inside(text: str, region: Span) -> bool:
    """"Новый паром «Сокол» выйдет …", "the ferry "Falcon" sails", "… и паром «Сокол», — сообщили в X": marks around
    a short name after a word of the sentence, which goes on after it, set off a name, not words anyone said."""
    opening = region.start - 1
    return opening >= 2 and text[opening - 2].isalnum() and any(
        name.match(text, opening) is not None for name in (_QUOTED_NAME, _QUOTED_NAME_BEFORE_DASH_TAG)) \
        and not _scare_quote(text, region)


def _scare_quote(text: str, region: Span) -> bool:
    """A single capitalised word in quotation marks that is a word of the language, not a name: a common noun in an
    oblique case («назвала бюджет «Грабежом»»: a name stands in the nominative after the noun it names, «паром
    «Сокол»»), or a common noun after a verb of naming (``NAMING_VERBS``: 'called the budget "Theft"', not 'the
    ferry "Falcon"'): someone's word for the thing, quoted."""
    word = text[region.start:region.end].strip()
    if not re.fullmatch(r"[^\W\d_]+", word):
        return False
    parses = [p for p in morph().parse(word.lower())[:2] if p.is_known]
    if parses and all(p.tag.POS == "NOUN" and p.tag.case not in ("nomn", None) for p in parses):
        return True
    return is_common_noun(word) and _NAMING_VERB.search(text, max(0, region.start - NAMING_REACH), region.start) \
        is not None


NAMING_REACH = 40   # characters before a quoted word in which a verb of naming it is looked for
_NAMING_VERB = re.compile(rf"(?<!\w)(?:{'|'.join(joined('NAMING_VERBS')) or '(?!)'})\s+(?:[\w'’-]+\s+){{0,3}}\W$",
                          re.I)


_RELATIVE = re.compile(rf",\s+(?:{'|'.join(joined('RELATIVE_PRONOUNS'))})\b[^,]*,", re.I)


def _relative_clauses(text: str, start: int, end: int) -> list[Span]:
    """", who met X on Monday," or an apposition ", Armenia's ally in the CSTO," or " — адвокат Y — " before a
    verb."""
    spans = [Span(m.start(), m.end()) for m in _RELATIVE.finditer(text, start, end)]
    apposition = re.search(r",\s[^,]{1,90},\s*$", text[start:end])
    if apposition and apposition.start() > 0:
        spans.append(Span(start + apposition.start(), end))
    near = max(start, end - APPOSITION_REACH)
    dashed = _DASHED_APPOSITION.search(text, near, end)
    if dashed and dashed.start() > start:
        spans.append(Span(dashed.start(), end))
    return spans


APPOSITION_REACH = 120   # characters before a verb in which an apposition between dashes is looked for
_DASHED_APPOSITION = re.compile(r"\s[—―–-]\s(?:(?!\s[—―–-]\s)[^,.!?«»\"“”]){1,90}\s[—―–-]\s*$")


_PERSON_DESCRIPTION = re.compile(rf"(?:{alternation('TITLES_BEFORE_APPOSITION')})", re.I)
_CONTINUING = frozenset(joined("CONTINUING_VERBS"))
_TITLE_BEFORE = re.compile(rf"\b(?:{alternation('TITLES_BEFORE_APPOSITION')})\s*$", re.I)
_AUXILIARY_GAP = re.compile(rf"\s+(?:(?:{'|'.join(joined('AUXILIARIES'))}) )?")


def _words_between(text: str, start: int, end: int, skip: list[Span]) -> int:
    words, pos = 0, start
    for r in sorted(skip, key=lambda r: r.start):
        if r.start >= pos and r.end <= end:
            words += len(text[pos:r.start].split())
            pos = r.end
    return words + len(text[pos:end].split())


def _governed(text: str, mention: Mention, discourse: Discourse) -> bool:
    """"помощник Алиева", "корреспонденту РИА Новости": a name right after a common noun depends on it.

    A person's name in the nominative after a title ("политолог Тарас Велмаров") is an
    apposition instead: the lemmatiser says so, or the name stands as its nominative label writes it
    (a foreign name the lemmatiser does not know: "министр энергетики Торвальд Бергссон");
    "пресс-служба Минобороны" and "представители Минобороны" speak for the ministry.
    """
    span = mention.span
    window = text[max(0, span.start - GOVERNING_REACH):span.start]
    before = _word_before_adjectives(window)
    if _after_preposition_and_adjective(text, span.start):
        return True     # "сообщило в своём Telegram-канале", "в новом Центре": a preposition's object
    if not before or before.group(1).startswith(_NOT_GOVERNING) \
            or _TIME_BEFORE.search(text, max(0, span.start - GOVERNING_REACH), span.start):
        return False    # "сообщил в четверг Следственный комитет": a time governs no name
    if not any(p.tag.POS == "NOUN" for p in morph().parse(before.group(1))[:2]):
        return False
    if _BODY_VOICE.fullmatch(before.group(1)) and discourse.types.get(mention.entity) != "Person":
        return False    # "сообщили представители Минобороны": one who speaks for the body, which speaks
    if discourse.types.get(mention.entity) == "Person" and _title_of_name(window):
        return False    # "заявил глава МИД страны Петреску": the name is the title's, the genitive its body's
    surface = text[span.start:span.end].lower().replace("ё", "е")
    if discourse.types.get(mention.entity) == "Person" and " " in surface \
            and surface in discourse.base_forms.get(mention.entity, ()):
        return False
    first = re.match(r"[^\W\d_]+", text[span.start:span.end])
    top = morph().parse(first.group())[0].tag if first else None
    apposition = top is not None and ("Name" in top or "Surn" in top) and "nomn" in top
    return not apposition


GOVERNING_REACH = 40   # characters before a name where the noun or title it may depend on stands
GOVERNED_ADJECTIVES = 2   # adjectives in the genitive between a noun and the name it governs ("глава тарнийского МИД")


def _word_before_adjectives(window: str) -> re.Match | None:
    """The word before a name that may govern it, past at most ``GOVERNED_ADJECTIVES`` adjectives in the genitive
    that agree with the name ("глава тарнийского МИД": the head's body, not the speaker)."""
    before = _LAST_WORD.search(window)
    for _ in range(GOVERNED_ADJECTIVES):
        if before is None or not any(p.tag.POS == "ADJF" and p.tag.case == "gent"
                                     for p in morph().parse(before.group(1))[:1]):
            break
        earlier = _LAST_WORD.search(window, 0, before.start())
        if earlier is None:
            break   # the adjective opens the window: it is the word before the name
        before = earlier
    return before


_LAST_WORD = re.compile(r"([а-яё\-]+)\s+$")


def _title_of_name(window: str) -> bool:
    """"глава МИД страны Петреску": the title nearest the name is in the nominative, only its body in the genitive
    between, and no noun before governs the title itself; not "пресс-секретарь губернатора Петреску" (the nearest
    title is the genitive's) nor "советник министра транспорта Петреску" (an adviser's minister)."""
    nearest = max((m for _, m in _titles_before(window)), key=lambda m: m.end(), default=None)
    if nearest is None or not in_nominative(nearest.group().split()[0]) \
            or any(office.search(window, nearest.end()) for office in _OFFICES):
        return False
    governor = re.search(r"([а-яё\-]+)\s+$", window[:nearest.start()], re.I)
    return governor is None or not any(p.tag.POS == "NOUN" for p in morph().parse(governor.group(1).lower())[:2])


def _after_preposition_and_adjective(text: str, start: int) -> bool:
    """A name after a preposition and an adjective in the case it governs ("в своём X", "о новом X"); not after a
    demonstrative that stands alone ("Об этом X сообщил")."""
    two = re.search(r"(?<![\w\-])([а-яё]+)\s+([а-яё\-]+)\s+$", text[max(0, start - 60):start].lower())
    return bool(two) and two.group(1) in _PREPOSITIONS \
        and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case not in ("nomn", None) and p.normal_form not in _DEMONSTRATIVES
                for p in morph().parse(two.group(2))[:2])


_DEMONSTRATIVES = frozenset(joined("DEMONSTRATIVES"))


_NOT_GOVERNING = joined("NOT_GOVERNING")
_TIME_BEFORE = re.compile(rf"(?<!\w)(?:{alternation('EVENT_TIMES')})\s+$", re.I)


def _nominative_noun(word: str) -> bool:
    """A noun in the nominative by its first reading: «протоиерей», not «транспорту» or «Транспортные»."""
    first = morph().parse(word)[0]
    return first.tag.POS == "NOUN" and "nomn" in first.tag


def in_nominative(name: str, gender: str | None = None) -> bool:
    """A Russian subject is in the nominative: "Лавров сказал", not "с Лавровым"; an initial ("Н. Петрова") shows no
    case, the word after it does, and so does an acronym the lemmatiser cannot read at all ("ГУ МЧС …"). A man's
    name in the genitive reads as a woman's in the nominative ("Вячеслава", "Лаврова"): of a person whose ``gender``
    is known, a word with readings of that gender counts by those alone. A hyphenated word is read whole: the case
    of "премьер-министра" shows in its last part; a name's particle ("Ле Вельмар", "де Тарвен") shows none."""
    word = next((w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name)
                 if len(w) > 1 and not all("UNKN" in p.tag for p in morph().parse(w))
                 and not all(p.tag.POS == "PRCL" for p in morph().parse(w))), None)
    if word is None or not re.search(r"[а-яё]", word, re.I):
        return True
    readings = morph().parse(word)
    own = [p for p in readings if gender is not None and p.tag.gender == gender]
    return any("nomn" in p.tag for p in own or readings)


def _after_assertion(text: str, verb: Span, span: Span) -> bool:
    before = text[span.start:verb.start]
    return len(before.split()) >= 4 and bool(re.search(r"[,”\"»]\s*[—―–-]?\s*(?:\S+\s+){0,6}$", before))


def _ends_sentence(text: str, verb: Span, span: Span) -> bool:
    """A frame after the assertion: "…, Putin said." / "…, — сказал он, посетовав …"."""
    before = text[span.start:verb.start]
    if len(before.split()) < 3:
        return False
    if re.search(r"[,.!?…”\"»]\s*[—―–-]\s*$", before):
        return True                                    # Russian direct speech: "…, — сказал"
    return bool(re.search(r"[,”\"»]\s*[—―–-]?\s*(?:\S+\s+){0,6}$", before)) and \
        len(text[verb.end:span.end].split()) <= CLOSING_FRAME_WORDS


def _clause_follows(text: str, verb: Span, span: Span, lang: str, parsed: bool = False) -> bool:
    """"Кроме того, X заявил, что …", "Separately, X said that …", "Ранее, 2 мая, X заявил: …": a verb after a
    comma, with what was said right after it (a that-clause or a colon, past at most ``FOLLOWING_CLAUSE_REACH``
    characters with no comma: "заявил журналистам, что"; ``parsed``: the parse found a clause or an act of
    speech after the verb, ``_reports_after``: "Separately, X said prices would rise"), says what follows it, and closes nothing before it; not "…, отметил X,
    добавив, что …", which does."""
    pattern = _FOLLOWING_CLAUSE.get(language(lang))
    return parsed or bool(pattern and pattern.match(text, verb.end, span.end))


def _opening_words_only(text: str, verb: Span, span: Span) -> bool:
    """Before such a frame only an opening word or two and their comma ("Кроме того,", "Separately,": at most
    ``OPENING_WORDS``): the sentences after it go on with its report; after a longer circumstance ("В интервью,
    опубликованном в среду, X назвал …, что …") they are the article's again."""
    before = text[span.start:verb.start]
    return before.count(",") == 1 and len(before.split(",")[0].split()) <= OPENING_WORDS


def _subject_opens(text: str, subject: Span | None, verb: Span, span: Span) -> bool:
    """"Глава ведомства, в частности, в интервью NordNews заявил, что …": a subject before its verb that opens the
    sentence (past at most ``SUBJECT_OPENING_WORDS`` words of its own phrase, no comma or dash before it) opens the
    frame, commas or not, as the parse's subject does in English; it closes nothing before it."""
    if subject is None or subject.end > verb.start:
        return False
    before = text[span.start:subject.start].strip(_OPENING_MARKS)
    return not re.search(r"[,;:—―–]", before) and len(before.split()) <= SUBJECT_OPENING_WORDS


SUBJECT_OPENING_WORDS = 3   # words of the subject's own phrase before its name: "Глава азербайджанского … ведомства"
FOLLOWING_CLAUSE_REACH = 40
OPENING_WORDS = 3   # words before the one comma ahead of the subject: "Кроме того,", "Separately,", "In addition,"
_FOLLOWING_CLAUSE = {module: re.compile(rf"[^,.;:!?«»“”\"]{{0,{FOLLOWING_CLAUSE_REACH}}}?(?:{module.THAT_CLAUSE}|:\s)",
                                        re.I) for module in LANGUAGES.values() if module.THAT_CLAUSE}


CLOSING_FRAME_WORDS = 12   # a frame that closes its sentence has at most this many words after its verb
