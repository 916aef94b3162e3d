"""Mentions of registry entities, in English and Russian, inflections included.

Text and aliases are cut into the same word tokens; a Russian token also
stands for its lemmas (pymorphy3), so "Лачинского коридора" matches the alias
"Лачинский коридор". The longest match wins. An alias word written with a
capital needs a capital in the text, and a short all-capitals alias ("EU",
"РФ") needs capitals, so common words do not become names.
"""
from __future__ import annotations

import re
import unicodedata
from os.path import commonprefix
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple

from .lang import alternation, capitals, joined, language, merged, ru, titles_by_word
from .model import Document, Entity, Mention, Span

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_NAME_AFTER = re.compile(rf"\s+([{capitals()}][\w\-]+)\s+[{capitals()}][\w\-]+")
# a title's holder named by two capitalised words that end the name: not a title-cased headline's run of capitals
# ("Prime Minister Vows New Harbour Tax")
_HOLDER_NAMED_AFTER = re.compile(rf"{_NAME_AFTER.pattern}(?![\w\-])(?!\s+[{capitals()}])")
_DEPUTY = frozenset(w.lower() for w in joined("DEPUTY_TITLES"))   # "Deputy Prime Minister X" holds no bare title
_GAP = re.compile(r"^[\s\-‐‑–—.'’«»\"“”„]*$")   # between an alias's words: "РИА «Новости»", «Лело — за Грузию»
_COMMA_GAP = re.compile(r"^\s*,\s*$")   # where the name itself has a comma
LEMMATISED = re.compile(f"[{ru.LETTERS}]", re.I)   # the letters of the words the lemmatiser (pymorphy3) reads
_DEFINITE = {a.lower() for a in joined("DEFINITE_ARTICLES")}
_INDEFINITE = frozenset(joined("INDEFINITE_DETERMINERS"))
_COMPLEMENTS = frozenset(joined("ORG_COMPLEMENT_WORDS"))   # "of" in "Council of the EU"
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)?) +$")
# a word, then "and" or "or" right before a name: "the Ruritanian and Borean sides"
_SHARED_HEAD_BEFORE = re.compile(rf"(?<!\w)(?P<word>[^\W\d_]+)\s+(?:{'|'.join(joined('CONJUNCTIONS'))})\s+$", re.I)
_TITLE_JOINERS = _DEFINITE | set(joined("OFFICE_PREPOSITIONS"))   # "secretary-general of the …"
_NAME_TITLE_WORDS = {w.lower() for t in titles_by_word() + joined("HONORIFICS") for w in t.split()}
_SENTENCE_OPENERS = ".!?:;\"“«(—―–-\n"   # the characters a sentence or a heading's phrase starts after
# "former" right before a title: the person named after it no longer holds it ("ex-", «бывший»)
_PAST_TITLE_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation('PAST_TITLE_WORDS')})[\s-]+$", re.I)
TITLE_BEFORE_NAME = 80   # characters before a person's name, in its line, where a title given to them may start
# Between a registry title and the name it gives: nothing, or the title's own further capitalised words and an
# apposition's comma ("the Northern Council Secretary General for Harbours and Locks, Mara Velsen, said")
_TITLE_GOES_ON_TO_NAME = re.compile(
    rf"(?:\s+(?:(?:{'|'.join(joined('TITLE_INNER_WORDS'))})\s+)*[{capitals()}][\w\-]*)*\s*,?\s*")
# "стать президентом", "the post of prime minister": a title that names an office, not who holds it
_OFFICE_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation('OFFICE_NOT_HOLDER_BEFORE')})\s+$", re.I)
OFFICE_WORDS_REACH = 40   # characters before a title where the words that make it an office stand


# a sum, then an opening bracket: "$10.2-billion (", "£3 million ("
_SUM_BEFORE_BRACKET = re.compile(rf"\d(?:[-\s](?:{'|'.join(sorted(merged('SCALE_WORDS'), key=len, reverse=True))}))?\s*\($",
                                 re.I)
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+) +$")
_TEAM_NOUNS = set(joined("TEAM_NOUNS"))
_LOWER_BODY_HEADS = (frozenset(joined("BODY_NOUNS")) | frozenset(joined("DESCRIBED_OWNER_HEADS"))
                     | frozenset(joined("FORCES_NOUNS")))   # lemmas
_CAPITALISED_BEFORE = re.compile(rf"(?<![\w-])([{capitals()}][\w]+) +$")   # the capitalised word right before
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])((?:[{capitals()}]\.[ \t]?){{1,2}})$")   # "Т. " of "Т. ПОПОВА", "J.R." of "J.R.Vell"


# whose a body is: "of (the) Ostravia" or "МЧС Марговии" after its name, "the Ostravian", "Ostravia's" or
# "марговийского" before it
_OF_AFTER = re.compile(rf"[ \t]+(?P<joiner>(?:(?:{'|'.join(joined('COUNTRY_AFTER_NAME'))})[ \t]+)+)?(?P<word>[^\W\d_][\w\-]*)",
                       re.I)
_WORD_BEFORE_BODY = re.compile(r"(?<![\w-])(?P<word>[^\W\d_][\w\-]*?)(?P<owner>['’]s)?[ \t]+$")
_PLACE_ADJECTIVE = re.compile(rf"(?:{alternation('PLACE_ADJECTIVE_STEM')})$", re.I)
_DEMONYMS = merged("DEMONYMS")
_DEMONYM_ENDINGS = tuple(joined("DEMONYM_ENDINGS"))
_POLITY_NOUNS = frozenset(joined("POLITY_NOUNS"))
_COMPASS_WORDS = frozenset(joined("COMPASS_WORDS"))
_NAME_HEADS_AFTER_PLACES = frozenset(joined("NAME_HEADS_AFTER_PLACES"))
_STREET_NOUNS = frozenset(noun.lower() for noun in joined("STREET_NOUNS"))   # "Vardel Road": a street's name
_EVENT_HEADS_AFTER_PLACES = frozenset(joined("EVENT_HEADS_AFTER_PLACES"))   # "the Tarnia Open": an event's word
_EVENT_HEADS_BEFORE_PLACES = frozenset(joined("EVENT_HEADS_BEFORE_PLACES"))   # «Кубок Руритании»
_LAW_HEADS_AFTER_PLACES = frozenset(head.lower() for head in joined("LAW_HEADS"))   # "the Veltor Accord": a treaty's
_PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


# the states of a federation ("Georgia, Kentucky and Ohio"), and how far around a name to look for them
_STATE_NAMES = frozenset(joined("FEDERAL_STATE_NAMES"))
_STATE_NAME = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % ("|".join(sorted(map(re.escape, _STATE_NAMES), key=lambda name: (-len(name), name)))
                                                          or "(?!)"))
STATE_WINDOW = 120   # characters each side


_MODIFIER_AFTER = re.compile(r"-[^\W\d_A-ZА-ЯЁ]+(?![\w-])")   # "-based", "-led"
_HYPHENATED_ON = re.compile(r"-[^\W\d_]+")   # a word a hyphen glues on: "премьер" in "премьер-лиги"
_MODIFIER_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(joined('MODIFIER_PREFIXES'))})-$", re.I)   # "pro-", "anti-"


def _lower_start(word: str, written: str) -> bool:
    """Whether the text writes a name's capitalised first word in lower case."""
    return word[0].isupper() and not written[0].isupper()


def _indefinite(text: str, start: int) -> bool:
    """Right after "a", "any", "любой": some thing of that kind, not a known one."""
    before = _DETERMINER_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not _INDEFINITE.isdisjoint(token_keys(before.group(1)) | {before.group(1).lower()})


_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}


def _closing_quote(text: str, start: int, end: int) -> int:
    """The end of a name whose words an opening quote split ("РИА «Новости»"), past the quote that closes it."""
    inner = text[start:end]
    for opening, closing in _QUOTES.items():
        opened = inner.count(opening) - (inner.count(closing) if closing != opening else 0)
        if (opened % 2 if closing == opening else opened) > 0 and text[end:end + 1] == closing:
            return end + 1
    return end


# words inside a name its acronym leaves out: "of", "and", "the"
_JOINING_WORDS = frozenset((*joined("PREPOSITIONS"), *joined("CONJUNCTIONS"), *joined("ARTICLES"), "&"))


def credit(text: str, span: Span) -> bool:
    """"… he had access to [Agency]", "… the winner for Vexon (AP)": a name alone in square brackets closing a
    line, or in round ones after a word whose capitals it does not spell ("the Vell Party (VP)" defines it),
    credits a picture or a report; the text does not speak of it. So does any name in brackets of agencies' and
    editors' codes set apart by slashes closing a line ("(ed/dpa/afp)")."""
    bracket = text.rfind("(", max(0, span.start - 40), span.start)
    closing = _SLASHED_CREDIT_END.match(text, span.end) if bracket >= 0 else None
    if closing and _SLASHED_CREDIT.fullmatch(text, bracket + 1, span.start) and "/" in text[bracket:closing.end()]:
        return True
    opening = text[span.start - 1:span.start]
    if opening not in ("[", "(") or not re.match(rf"\{')' if opening == '(' else ']'}[ \t]*(?:\n|$)",
                                                  text[span.end:span.end + 10]):
        return False
    if opening == "[":
        return True
    initials = []
    for word in reversed(text[max(0, span.start - 80):span.start - 1].split()):
        if not word[:1].isupper() and word not in _JOINING_WORDS:
            break
        initials.insert(0, word[0] if word[:1].isupper() else "")
    return "".join(c for c in text[span.start:span.end] if c.isupper()) not in "".join(initials)


# the codes before a name inside such brackets, and what may close them after it
_SLASHED_CREDIT = re.compile(r"(?:[\w.-]{1,12}/)*")
_SLASHED_CREDIT_END = re.compile(r"(?:/[\w.-]{1,12})*\)[ \t]*(?:\n|$)")


def after_an_event_head(text: str, start: int) -> bool:
    """A place's name right after a contest's head noun written with a capital before it («в Кубке Руритании»):
    a word of the contest's name, the place itself is not spoken of."""
    before = _WORD_BEFORE.search(text, max(0, start - EVENT_HEAD_REACH), start)
    return before is not None and before.group(1)[:1].isupper() and before.group(1).lower() in _EVENT_HEADS_BEFORE_PLACES


EVENT_HEAD_REACH = 40   # characters before a place's name where a contest's head noun may end


_COUNTRY_ADJECTIVES = frozenset(a for adjectives in merged("COUNTRY_ADJECTIVES").values() for a in adjectives)
_JOINED_BEFORE = re.compile(rf"(?<![\w\-])(?P<word>[\w\-]+)(?:\s*,\s*|\s+(?:{'|'.join(joined('CONJUNCTIONS'))})\s+)$",
                            re.I)


def adjective_joined_before(text: str, start: int, is_countrys: Callable[[str], bool]) -> bool:
    """«Российский и иранский МИД», «российско-иранский», «российский, иранский»: the adjective at ``start`` joined to
    another country's before it (by a hyphen, a comma or one of ``CONJUNCTIONS``; ``is_countrys`` tells a country's
    adjective by its lemma): the noun after them is several countries' bodies or one of both, none of them named."""
    before = text[max(0, start - 60):start]
    if re.search(r"\w-$", before):
        return True
    word = _JOINED_BEFORE.search(before)
    return word is not None and any(p.tag.POS == "ADJF" and is_countrys(p.normal_form)
                                    for p in morph().parse(word.group("word").lower())[:3])


def place_in_a_modifier(text: str, span: Span) -> bool:
    """Whether the name at ``span`` opens a compound with a lower-case word ("Borealia-based") or closes one
    after a prefix ("pro-Tarvik"): a word describing something else, not a mention of the name."""
    return bool(_MODIFIER_AFTER.match(text, span.end) or _MODIFIER_BEFORE.search(text, max(0, span.start - 8), span.start))


@lru_cache(maxsize=1)
def morph():
    """The Russian lemmatiser, which never fails on a word: pymorphy3 looks up the Unicode name of each character of
    a word it does not know, and characters of some scripts have none in Python's tables (Tangut, for one)."""
    import pymorphy3

    class Lemmatiser(pymorphy3.MorphAnalyzer):
        def parse(self, word):
            """pymorphy3's parses of ``word``, the characters it cannot name read as a replacement character; a
            fresh list of readings looked up once a word, as the rules ask about the same words again and again."""
            return list(self._readings(word))

        @lru_cache(maxsize=10_000)   # about 1.3 kB a word: 13 MB at most
        def _readings(self, word):
            try:
                return tuple(super().parse(word))
            except ValueError:
                return tuple(super().parse("".join(c if unicodedata.name(c, "") else "\ufffd" for c in word)))

    return Lemmatiser()


def inflect(parse, grammemes: set[str]):
    """``parse`` in the form ``grammemes`` asks for, the one of its word's own stem: the lemmatiser files a
    superlative with its suppletive twins ("высший", "высочайший", "наивысший"), and its own choice may be
    another word ("Высшего совета" → "Высочайший совет"). None where it has no such form."""
    form = parse.inflect(grammemes)
    if form is None:
        return None
    same = [f for f in parse.lexeme if f.tag == form.tag]
    return max(same, key=lambda f: len(commonprefix([f.word, parse.word])), default=form)


@lru_cache(maxsize=200_000)
def token_keys(word: str) -> frozenset[str]:
    """The forms a word can match under: itself lowercased, and its Russian lemmas."""
    low = word.lower().replace("ё", "е")
    keys = {low}
    if LEMMATISED.search(low):
        keys.update(p.normal_form.replace("ё", "е") for p in morph().parse(low)[:3])
    return frozenset(keys)


def cut_at_the_front(short: str, full: str) -> bool:
    """``short`` ("Premier Cup", "районный суд") is the body's name ``full`` ("the Vell Premier Cup", "Вельский
    районный суд") without its first words, a sponsor's or a place's: two words or more closing a longer name,
    after a capitalised word. After a lower-case one ("the Audit Board of the Water Agency") the longer name is
    another body's, one of the shorter."""
    short_words, full_words = short.split(), full.split()
    return 1 < len(short_words) < len(full_words) and not full_words[-len(short_words) - 1].islower() \
        and [w.lower() for w in full_words[-len(short_words):]] == [w.lower() for w in short_words]


@lru_cache(maxsize=200_000)
def name_keys(word: str) -> frozenset[str]:
    """The forms a one-word name of the registry matches under: itself, and the lemmas of its readings, but not a
    known word's oblique form. A name is written in its base form; "Домах", a town, is also the
    prepositional plural of "дом", and must not meet "Дома" through that; a name the dictionary does not know
    keeps the lemmas guessed for it, which its forms in a text share."""
    low = word.lower().replace("ё", "е")
    keys = {low}
    if LEMMATISED.search(low):
        keys.update(p.normal_form.replace("ё", "е") for p in morph().parse(low)[:3]
                    if p.tag.case in (None, "nomn") or not p.is_known)
    return frozenset(keys)


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    """The forms of the titles a person holds alone ("премьер-министр"), to tell one from another compound."""
    return frozenset(k for t in joined("TITLES_ALONE") + titles_by_word() for k in token_keys(t))


_LATIN_WORD = re.compile(r"[A-Z][a-z]+")
_NOT_GIVEN_NAMES = _NAME_TITLE_WORDS | {w.lower() for w in joined("TITLE_ABBREVIATIONS")}


PLURAL_STEM_LETTERS = 4   # the shortest stem read under a plural's ending: not "in" of "Ines"


@lru_cache(maxsize=20_000)
def latin_given_name(word: str) -> bool:
    """A capitalised word in Latin letters that English does not know as a word (no noun, verb, adjective or
    adverb of the lemmatiser's, no stop word) and no title: a given name ("Dana" in "Dana Kovar"), not "President"
    or "When" before a surname."""
    if not _LATIN_WORD.fullmatch(word) or word.lower() in _NOT_GIVEN_NAMES:
        return False
    from .nlp import english

    nlp = english()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    low = word.lower()
    # a plural's or a verb's -s form is a word too ("Journalists Jane Roe and …"): its stem is in the index
    forms = {low, *(stem for end, base in (("ies", "y"), ("es", ""), ("s", ""))
                    if low.endswith(end) and len(stem := low[:-len(end)] + base) >= PLURAL_STEM_LETTERS)}
    return low not in nlp.Defaults.stop_words and not any(f in index[pos] for f in forms
                                                           for pos in ("noun", "verb", "adj", "adv"))


def _own_given_name(word: str, own_words: set[str]) -> bool:
    """A given name the registry's person bears, in another spelling ("Sergei" for "Sergey", "Dmitri" for
    "Dmitry"): the same first four letters, accents aside."""
    def plain(w: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", w.lower()) if not unicodedata.combining(c))
    word, own = plain(word), {plain(w) for w in own_words}
    return word in own or (len(word) >= 4 and any(w[:4] == word[:4] for w in own))


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text`` as a word of its own."""
    found, at = [], text.find(word)
    while at >= 0:
        if not (text[at - 1:at].isalnum() or text[at + len(word):at + len(word) + 1].isalnum()):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _given_name_before(text: str, start: int) -> str | None:
    """The given name written right before ``start``, if a capitalised word there is one."""
    given = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    return given.group(1) if given and _has_grammeme(given.group(1), "Name") else None


def _has_grammeme(word: str, grammeme: str) -> bool:
    return any(grammeme in p.tag for p in morph().parse(word)[:4])


@lru_cache(maxsize=20_000)
def _person_gender(entity: Entity) -> str | None:
    """A person's gender as the registry gives it, else by the given name in a Russian label ("Мария Сомова":
    femn); None when unknown."""
    if entity.gender:
        return entity.gender
    for label, _ in entity.all_labels():
        words = label.split()
        if len(words) > 1 and LEMMATISED.search(words[0]):
            genders = {p.tag.gender for p in morph().parse(words[0])[:4] if "Name" in p.tag and p.tag.gender}
            if len(genders) == 1:
                return genders.pop()
    return None


def _in_the_other_genders_form(entity: Entity, word: str) -> bool:
    """"Захаров" for a woman, "Зеленской" for a man: every reading of the word as a surname (which may come after
    its readings as an adjective) is of the other gender than the person's."""
    gender = _person_gender(entity)
    surnames = [p for p in morph().parse(word) if "Surn" in p.tag]
    return bool(gender and surnames and all(p.tag.gender not in (None, gender) for p in surnames))


def _subject_of_the_other_genders_verb(entity: Entity, text: str, span: Span) -> bool:
    """"— сообщила Зорина", "Зорина назвала …": a surname that reads as a man's genitive and as a woman's nominative
    is, as the subject of a past verb of the other gender than the person's, someone else's, here and wherever the
    text writes it so; the verb right after it where it opens a clause, or right before it after a quotation's dash
    or a comma (a tag: "…, — сообщила Зорина")."""
    gender = _person_gender(entity)
    word = text[span.start:span.end]
    genders = {p.tag.gender for p in morph().parse(word) if {"Surn", "nomn"} <= p.tag.grammemes} - {gender, None}
    if gender is None or not genders:
        return False
    opens = _CLAUSE_OPENS_BEFORE.search(text, max(0, span.start - 40), span.start)
    after = _VERB_AFTER_SUBJECT.match(text, span.end) if opens else None
    before = _TAG_VERB_BEFORE.search(text, max(0, span.start - 40), span.start)
    verb = (before or after).group(1) if before or after else None
    tag = morph().parse(verb)[0].tag if verb else None
    return tag is not None and {"VERB", "past"} <= tag.grammemes and tag.gender in genders


_VERB_AFTER_SUBJECT = re.compile(r"[ \t]+([а-яё]+)\b")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:\A|[.!?\n,—–]\s*)\Z")
_TAG_VERB_BEFORE = re.compile(r"[,—–]\s*([а-яё]+)[ \t]+\Z")


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")   # the lemmatiser's (OpenCorpora) case grammemes


@lru_cache(maxsize=20_000)
def case_forms(phrase: str) -> tuple[str, ...]:
    """A lowercased Russian phrase in every case: its words up to the head noun inflect, the rest stay.

    The registry lists titles in their base form ("министр иностранных дел");
    a text says "министра" or "министру иностранных дел".
    """
    low = phrase.lower()
    words = low.split()
    parses = [morph().parse(w)[0] if LEMMATISED.search(w) else None for w in words]
    head = next((i for i, p in enumerate(parses) if p is not None and p.tag.POS == "NOUN"), None)
    if head is None:
        return (low,)
    forms = {low}
    for case in _CASES:
        for number in ("sing", "plur"):
            inflected = [inflect(p, {case, number}) if i <= head and p is not None and p.is_known else None
                         for i, p in enumerate(parses)]
            forms.add(" ".join((f.word if f else w) for w, f in zip(words, inflected)))
    return tuple(sorted(forms))


class Token(NamedTuple):
    """A word of a text and where it stands (a tuple, made twice as fast as a frozen dataclass: 100,000 a build)."""
    start: int
    end: int
    text: str


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``, found in place: no copy of the passage; a list of the caller's own."""
    return list(_tokens_of(text, start, len(text) if end is None else end))


@lru_cache(maxsize=1024)
def _tokens_of(text: str, start: int, end: int) -> tuple[Token, ...]:
    """Found once a passage: a dozen rules read the words of each paragraph (mentions, titles, surnames, bodies)."""
    return tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end))


def _possessive_forms(entity: Entity) -> list[str]:
    """"Ruritanian Defence Ministry" is also "Ruritania's defence ministry", as wires write it."""
    if entity.type not in ("Organization", "Group"):
        return []
    out = []
    for text, lang in entity.all_labels():
        words = text.split()
        tables = language(lang)
        if len(words) >= 2 and words[0] in tables.DEMONYMS:
            out.append(tables.POSSESSIVE_FORM.format(owner=tables.DEMONYMS[words[0]], owned=" ".join(words[1:]).lower()))
    return out


def _without_inner_article(words: tuple[str, ...]) -> tuple[str, ...]:
    """"Republic of the Tarn" is often written "Republic of Tarn": a name's words without the definite article
    its complement takes (``ORG_COMPLEMENT_WORDS``: "of the"), or () when it has none."""
    kept = tuple(w for i, w in enumerate(words)
                 if not (0 < i < len(words) - 1 and w.lower() in _DEFINITE and words[i - 1].lower() in _COMPLEMENTS))
    return kept if len(kept) < len(words) else ()


@dataclass(frozen=True, slots=True)
class _Alias:
    entity: str
    words: tuple[str, ...]
    via: str
    commas: frozenset[int] = frozenset()   # the words a comma comes before in the name ("… of War, Hostages …")


class Linker:
    """Finds registry mentions; build once, use for every document."""

    def __init__(self, entities: list[Entity]):
        self.entities = {e.key: e for e in entities}
        # bodies and armed groups may be named in lower case: "министерство обороны …", "вооружённых сил …"
        self._bodies = frozenset(e.key for e in entities if e.type in ("Organization", "Group"))
        self._index: dict[str, list[_Alias]] = {}
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for e in entities:
            forms = [(t, "label") for t, _ in e.all_labels()] + [(t, "role") for t, _ in e.roles]
            forms += [(t, "context") for t, _ in e.context_labels]
            forms += [(t, "label") for t in _possessive_forms(e)]
            for text, via in forms:
                toks = tokens(text)
                words = tuple(t.text for t in toks)
                # a body's official name may hold a comma ("… of War, Hostages and …"); another name's comma (an
                # agreement's date, "of November 9, 2020", the countries it lists) keeps it from matching, as before:
                # the countries' own mentions stay
                commas = frozenset(j for j in range(1, len(toks)) if "," in text[toks[j - 1].end:toks[j].start]) \
                    if e.type in ("Organization", "Group") else frozenset()
                if words and words[0].lower() in _DEFINITE and len(words) > 1:
                    words, commas = words[1:], frozenset(j - 1 for j in commas if j > 1)
                for variant, at in ((words, commas), (_without_inner_article(words), frozenset())):
                    self._add_alias(e.key, variant, via, seen, at)
        # whose each body is: the one country its own names name ("МЧС России" for "МЧС"), and the words of
        # those names and of the country's (in their lemmas), which do not make it another country's
        self._home: dict[str, str] = {}
        self._home_words: dict[str, frozenset[str]] = {}
        for e in entities:
            if e.type not in ("Organization", "Group"):
                continue
            countries = {inner.entity for text, _ in e.all_labels() for inner in self._match(text, tokens(text),
                                                                                               skip=Span(0, len(text)))
                         if inner.entity != e.key and self.entities.get(inner.entity) is not None
                         and self.entities[inner.entity].type == "Country"}
            if len(countries) == 1:
                home = countries.pop()
                self._home[e.key] = home
                self._home_words[e.key] = frozenset(
                    k for entity in (e, self.entities[home]) for text, _ in entity.all_labels()
                    for t in tokens(text) for k in token_keys(t.text))
        for key, home in self._home.items():
            for words in self._with_home_adjective(self.entities[key], self.entities[home]):
                self._add_alias(key, words, "label", seen)
        self._namesakes = self._bodies_of_one_name()
        for candidates in self._index.values():
            candidates.sort(key=lambda a: (-len(a.words), a.entity))
        # "the Secretary-General": a role's title without its body ("secretary-general of the Northern Council",
        # "Northern Council secretary-general"), and who holds it in which body
        self._bare_titles: dict[str, dict[tuple[str, ...], set[tuple[str, str]]]] = {}
        for e in entities:
            for text, _ in e.roles if e.type == "Person" else ():
                toks = tokens(text)
                for body in self._match(text, toks, skip=Span(toks[0].start, toks[-1].end)) if toks else ():
                    if self.entities.get(body.entity) is None or self.entities[body.entity].type == "Person":
                        continue
                    before = [t.text.lower() for t in toks if t.end <= body.span.start]
                    after = [t.text.lower() for t in toks if t.start >= body.span.end]
                    while before and before[-1] in _TITLE_JOINERS:
                        before.pop()
                    title = tuple(before or after) if not (before and after) else ()
                    if title and text[body.span.end:body.span.end + 1] not in ("'", "’"):   # not "X's president"
                        self._bare_titles.setdefault(title[0], {}).setdefault(title, set()).add((e.key, body.entity))

    def _add_alias(self, entity: str, words: tuple[str, ...], via: str,
                   seen: set[tuple[str, tuple[str, ...]]], commas: frozenset[int] = frozenset()) -> None:
        """Index ``words`` under their first word's forms, once for each entity."""
        if not words or (entity, words) in seen:
            return
        seen.add((entity, words))
        alias = _Alias(entity, words, via, commas)
        for key in (name_keys if len(words) == 1 else token_keys)(words[0]):
            self._index.setdefault(key, []).append(alias)

    def _with_home_adjective(self, body: Entity, home: Entity) -> list[tuple[str, ...]]:
        """"ВС Марговии" is also written "марговские ВС": a body's name that ends with its country's, in a language
        that puts the country's adjective before a body's name (``COUNTRY_ADJECTIVES``), has that adjective first
        instead; the adjective's case forms match through its lemma."""
        out = []
        for text, lang in body.all_labels():
            table = language(lang).COUNTRY_ADJECTIVES
            adjectives = next((table[name] for name, name_lang in home.all_labels()
                               if name_lang == lang and name in table), ())
            toks = tokens(text)
            if not adjectives or len(toks) < 2:
                continue
            country = [m for m in self._match(text, toks, skip=Span(0, len(text)))
                       if m.entity == home.key and m.span.end == len(text)]
            kept = [t.text for t in toks if country and t.end <= country[0].span.start]
            if kept:   # the name's capitalised first word is lowered after the adjective: "марговские вооружённые силы"
                out += [(adjective, kept[0].lower() if kept[0].istitle() else kept[0], *kept[1:])
                        for adjective in adjectives]
        return out

    def _of_joined_countries(self, text: str, mention: Mention) -> bool:
        """«Турецкий, иранский МИД», «турецко-иранский МИД»: a body named by its country's adjective
        (``_with_home_adjective``) that is joined to another country's is no body of either."""
        first = _TOKEN.match(text, mention.span.start)
        return mention.entity in self._home and first is not None \
            and any(p.normal_form in _COUNTRY_ADJECTIVES for p in morph().parse(first.group().lower())[:3]) \
            and adjective_joined_before(text, mention.span.start, _COUNTRY_ADJECTIVES.__contains__)

    def _bodies_of_one_name(self) -> dict[str, frozenset[str]]:
        """For each body the registry gives a name of no country ("СК", "МВД"), the other countries' bodies it
        lists by that name and their country ("СК Армении", "МВД Грузии"): in a text that names one of those, that
        name alone is theirs (``_namesakes_named``)."""
        generic: dict[tuple[frozenset[str], ...], set[str]] = {}
        for key in self._home:
            for text, _ in self.entities[key].all_labels():
                toks = tokens(text)
                if toks and not any(self.entities[m.entity].type == "Country"
                                    for m in self._match(text, toks, skip=Span(0, len(text)))
                                    if m.entity in self.entities):
                    generic.setdefault(tuple(token_keys(t.text) for t in toks), set()).add(key)
        out: dict[str, set[str]] = {}
        for key, home in self._home.items():
            for text, _ in self.entities[key].all_labels():
                toks = tokens(text)
                country = [m for m in self._match(text, toks, skip=Span(0, len(text))) if m.entity == home]
                if not country or country[-1].span.end != len(text.rstrip()):
                    continue
                head = tuple(token_keys(t.text) for t in toks if t.end <= country[-1].span.start)
                for other in generic.get(head, ()):
                    if self._home[other] != home:
                        out.setdefault(other, set()).add(key)
        return {key: frozenset(namesakes) for key, namesakes in out.items()}

    def _namesakes_named(self, text: str, found: list[Mention]) -> list[Mention]:
        """"СК Армении возбудил дело … В СК отметили": a body's name of no country, in a text that names another
        country's body of that name with its country (``_bodies_of_one_name``) and never names the registry's
        body with its own, is that body's: the one named last before it, else first after it."""
        named = {m.entity for m in found}
        named_at_home = {m.entity for m in found if m.entity in self._namesakes and self._names_a_country(text, m)}
        out = []
        for m in found:
            namesakes = sorted(self._namesakes.get(m.entity, frozenset()) & named)
            if namesakes and m.via == "label" and m.entity not in named_at_home:
                spoken = [n for n in found if n.entity in namesakes]
                before = [n for n in spoken if n.span.end <= m.span.start]
                m = Mention((before[-1] if before else spoken[0]).entity, m.span, m.via)
            out.append(m)
        return out

    def mentions(self, doc: Document, spans: tuple[Span, ...] | None = None) -> list[Mention]:
        """Mentions in the given spans (default: the article body), in text order."""
        found: list[Mention] = []
        for span in spans if spans is not None else doc.body:
            found.extend(m for m in self._match(doc.text, tokens(doc.text, span.start, span.end))
                         if not self._someone_elses_surname(doc.text, m) and not self._teams_country(doc.text, m)
                         and not self._currency_country(doc.text, m) and not self._place_in_a_modifier(doc.text, m)
                         and not credit(doc.text, m.span) and not self._of_joined_countries(doc.text, m)
                         and not doc.text.startswith("+", m.span.end))   # "OPEC+": a wider group of that name
        found = self._without_federal_states(doc.text, found, spans if spans is not None else doc.body)
        found = [m for m in found if not self._title_in_another_name(doc.text, m, found)
                 and not self._in_a_longer_name(doc.text, m)]
        found = self._namesakes_named(doc.text, self._without_anothers_bodies(doc.text, found))
        found = self._in_context(doc.text, found)
        found += self._surnames(doc, found, spans if spans is not None else doc.body)
        found += self._shared_heads(doc.text, found)
        others = [m for m in found if self._titles_someone_else(doc.text, m, found) or self._plural_role(doc.text, m)
                  or self._office_only(doc.text, m)]
        found = [m for m in found if m not in others]
        found += self._bodies_in_roles(doc.text, found, ("Organization", "Country", "Group"))
        found += self._bodies_in_roles(doc.text, others, None)   # the role is not theirs; its words still name
        found += self._bodies_in_titled_names(doc.text, found)
        found += self._bare_title_holders(doc.text, found, spans if spans is not None else doc.body)
        return sorted(found, key=lambda m: (m.span.start, m.span.end, m.entity))

    def title_holders(self, doc: Document, mentions: list[Mention], people: list[Mention]) -> list[Mention]:
        """Who a registry title alone names in this text. "Northern Council Secretary General Ilse Varga … the
        Secretary General said": where the text gives one of a registry person's titles to someone else
        (``people``: the mentions of persons) named right after it, it is, in this text, the one it named, not
        the registry's holder (of another year): that holder's role mentions become theirs; not where the title
        is a former one, or the text gives it to two people (the registry's holder one of them). Else, in an
        article dated outside the holder's terms (``cg:roleTerm``), the title is someone the registry does not
        know by it: no mention."""
        roles_of = {m.entity for m in mentions if m.via == "role"}
        if not roles_of:
            return mentions
        text = doc.text
        given: dict[str, set[str]] = {}
        for m in people:
            if m.via == "role":
                continue
            start = max(m.span.start - TITLE_BEFORE_NAME, text.rfind("\n", 0, m.span.start) + 1)
            for role in self._match(text, tokens(text, start, m.span.start)):
                if role.via == "role" and role.entity in roles_of \
                        and _TITLE_GOES_ON_TO_NAME.fullmatch(text, role.span.end, m.span.start) \
                        and not _PAST_TITLE_BEFORE.search(text, start, role.span.start):
                    given.setdefault(role.entity, set()).add(m.entity)
        holders = {title: who.pop() for title, who in given.items() if len(who) == 1 and title not in who}
        return [Mention(holders[m.entity], m.span, m.via) if m.via == "role" and m.entity in holders else m
                for m in mentions
                if m.via != "role" or m.entity in holders or self.entities[m.entity].holds_roles_on(doc.date)]

    def _in_context(self, text: str, found: list[Mention]) -> list[Mention]:
        """A common name ("the peace treaty") is the registry's entity only where the text also names one of
        that entity's context entities (the treaty's parties), and not after "a" or "any": elsewhere it is some
        other treaty."""
        named = {m.entity for m in found if m.via != "context"}
        return [m for m in found if m.via != "context" or (not named.isdisjoint(self.entities[m.entity].context)
                                                          and not _indefinite(text, m.span.start))]

    def _shared_heads(self, text: str, found: list[Mention]) -> list[Mention]:
        """A word joined by "and" to a name's first word shares the rest of the name: "руританской" in
        "с руританской и бореанской сторонами" is "руританская сторона", as the registry may name a country."""
        covered = bytearray(len(text))
        for m in found:
            covered[m.span.start:m.span.end] = b"\x01" * len(m.span)
        out = []
        for m in found:
            if m.via != "label":
                continue
            words = tokens(text, m.span.start, m.span.end)
            before = _SHARED_HEAD_BEFORE.search(text, max(0, m.span.start - 60), m.span.start)
            if len(words) < 2 or before is None or covered[before.start("word")]:
                continue
            phrase = before.group("word") + text[words[0].end:m.span.end]
            whole = [n for n in self._match(phrase, tokens(phrase)) if n.span == Span(0, len(phrase))]
            if whole and whole[0].entity != m.entity and whole[0].via == "label":
                out.append(Mention(whole[0].entity, Span(before.start("word"), before.end("word")), "label"))
        return out

    def _bare_title_holders(self, text: str, found: list[Mention], spans) -> list[Mention]:
        """"The Secretary-General said" in a text that names the Northern Council: a title written with capitals
        after the definite article, without its body, is the one person holding it in a body the text names;
        not where the text gives that title to someone else by name ("Ruritanian Prime Minister Ivo Marsk …
        the Prime Minister added"): there it is that person, whom attribution finds by the title."""
        named = {m.entity for m in found}
        covered = bytearray(len(text))
        for m in found:
            covered[m.span.start:m.span.end] = b"\x01" * len(m.span)
        entity_at = {m.span.start: m.entity for m in found}
        bare: list[tuple[tuple[str, ...], Mention]] = []
        given_to_others: set[tuple[str, ...]] = set()
        for span in spans:
            toks = tokens(text, span.start, span.end)
            for i in range(len(toks)):
                if not toks[i].text[:1].isupper() or covered[toks[i].start]:
                    continue
                for title, holders in self._bare_titles.get(toks[i].text.lower(), {}).items():
                    end = i + len(title)
                    if end > len(toks) or any(t.text.lower() != w or not t.text[:1].isupper()
                                              for t, w in zip(toks[i:end], title)):
                        continue
                    if not _GAP.match(text[toks[i].end:toks[end - 1].start].replace(" ", "")):
                        continue
                    if _NAME_AFTER.match(text, toks[end - 1].end, toks[end - 1].end + 80):
                        # "the Secretary-General Jane Roe": a named title, whose is it?
                        name = _HOLDER_NAMED_AFTER.match(text, toks[end - 1].end, toks[end - 1].end + 80)
                        if name and entity_at.get(name.start(1)) not in {person for person, _ in holders} \
                                and not (i and toks[i - 1].text.lower() in _DEPUTY) \
                                and not _PAST_TITLE_BEFORE.search(text, max(toks[i].start - TITLE_BEFORE_NAME, 0),
                                                                  toks[i].start):
                            given_to_others.add(title)
                        continue
                    if i == 0 or toks[i - 1].text.lower() not in _DEFINITE \
                            or (end < len(toks) and toks[end].text.lower() in _TITLE_JOINERS):
                        continue    # "the Secretary-General of …"
                    people = {person for person, body in holders if body in named}
                    if len(people) == 1:
                        bare.append((title, Mention(people.pop(), Span(toks[i].start, toks[end - 1].end), "role")))
        return [m for title, m in bare if title not in given_to_others]

    def _bodies_in_roles(self, text: str, roles: list[Mention], kinds: tuple[str, ...] | None) -> list[Mention]:
        """"the President of the Ruritanian Council", "представитель Кремля": a role names the person, and the
        body or country it holds the role in (of ``kinds``; any when None) is mentioned too, also where a shorter
        role stands inside the role ("представитель Кремля" in "официальный представитель Кремля", "президента
        Руритании" in "пресс-секретарь президента Руритании")."""
        out = []
        for m in roles:
            if m.via != "role":
                continue
            for inner in self._inside(text, m.span, lambda inner: inner.via == "role"):
                entity = self.entities.get(inner.entity)
                if inner.via == "label" and entity is not None and (kinds is None or entity.type in kinds):
                    out.append(inner)
        return out

    def _inside(self, text: str, span: Span, holds_more: Callable[[Mention], bool]) -> Iterator[Mention]:
        """The registry's mentions inside ``span`` (not one of all of it), and, in place of those ``holds_more``
        says hold shorter ones (a role inside a role, a person's shorter alias), the mentions inside those."""
        spans = [span]
        while spans:
            outer = spans.pop()
            for inner in self._match(text, tokens(text, outer.start, outer.end), skip=outer):
                if holds_more(inner):
                    spans.append(inner.span)
                else:
                    yield inner

    def _bodies_in_titled_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """"премьер-министр Руритании Иван Петров", "Northern Council President Ilse Varga": a person's name with
        its title (a role, written as one label) mentions the country or body of the role too, as the role alone
        does (``_bodies_in_roles``)."""
        out = []
        for m in found:
            entity = self.entities.get(m.entity)
            if m.via != "label" or entity is None or entity.type != "Person":
                continue
            # the person's shorter aliases inside ("премьер-министр Руритании"), then the country
            for inner in self._inside(text, m.span, lambda inner: inner.entity == m.entity):
                other = self.entities.get(inner.entity)
                if inner.via == "label" and other is not None and other.type in ("Organization", "Country", "Group"):
                    out.append(inner)
        return out

    def _without_anothers_bodies(self, text: str, found: list[Mention]) -> list[Mention]:
        """``found`` without the bodies another country's name qualifies (``_anothers_body``), nor the same words
        later in the text ("the Duma of Ostravia … The Duma voted"), unless the text also names the registry's body
        with its own country ("МЧС России")."""
        whose = {m: self._whose_body(text, m, found) for m in found if m.entity in self._home and m.via == "label"}
        foreign = [m for m, owner in whose.items() if owner == "another"]
        if not foreign:
            return found
        named_home = {m.entity for m, owner in whose.items() if owner == "own"}
        words = {(m.entity, self._words_key(text, m)) for m in foreign if m.entity not in named_home}
        first = min(m.span.start for m in foreign)
        return [m for m in found if m not in foreign
                and not (m.span.start > first and (m.entity, self._words_key(text, m)) in words)]

    def _names_a_country(self, text: str, mention: Mention) -> bool:
        inner = self._match(text, tokens(text, mention.span.start, mention.span.end), skip=mention.span)
        return any(self.entities[m.entity].type == "Country" for m in inner if m.entity in self.entities)

    @staticmethod
    def _words_key(text: str, mention: Mention) -> tuple[frozenset[str], ...]:
        return tuple(token_keys(t.text) for t in tokens(text, mention.span.start, mention.span.end))

    def _whose_body(self, text: str, mention: Mention, found: list[Mention]) -> str | None:
        """"own" for a registry body named with its country ("МЧС России", "МЧС" before "России"), "another" for
        its name qualified by another's (``_anothers_body``), else None."""
        if self._names_a_country(text, mention):
            return "own"
        after = _OF_AFTER.match(text, mention.span.end, min(len(text), mention.span.end + 60))
        if after is not None and any(m.span.start == after.start("word") and m.entity == self._home[mention.entity]
                                     for m in found):
            return "own"
        return "another" if self._anothers_body(text, mention, found) else None

    def _anothers_body(self, text: str, mention: Mention, found: list[Mention]) -> bool:
        """"сообщили в МЧС Марговии", "the Duma of Ostravia", "the Ostravian Duma", "казахстанского МЧС": a body's name
        that does not name its country itself ("МЧС", not "МЧС России") is another country's body of that name when
        another country, an unknown name or a polity noun ("МЧС республики") qualifies it."""
        home = self._home[mention.entity]
        at = {m.span.start: m for m in found}
        own = self._home_words[mention.entity]
        after = _OF_AFTER.match(text, mention.span.end, min(len(text), mention.span.end + 60))
        if after is not None:
            word, start = after.group("word"), after.start("word")
            latin = not LEMMATISED.search(word)
            if start in at:
                other = self.entities.get(at[start].entity)
                if other is not None and other.type == "Country" and at[start].entity != home \
                        and (after.group("joiner") or not latin):
                    return True
            elif latin and after.group("joiner") and after.group("joiner").split()[0].lower() == "of":
                if word[:1].isupper() and not token_keys(word) & own or word.lower() in _POLITY_NOUNS:
                    return True
            elif not latin and not after.group("joiner") and not token_keys(word) & own:
                parses = morph().parse(word)[:4]
                genitive = any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses)
                person = any((p.is_known or k == 0) and _PERSON_GRAMMEMES & set(p.tag.grammemes)
                             for k, p in enumerate(parses))   # "главы МЧС Гварамидзе": an official, not a country
                if genitive and not person and (word[:1].isupper() or token_keys(word) & _POLITY_NOUNS):
                    return True
        before = _WORD_BEFORE_BODY.search(text, max(0, mention.span.start - 40), mention.span.start)
        if before is None:
            return False
        word = before.group("word")
        owner = next((m for m in found if m.span.start <= before.start("word") < m.span.end), None)
        if owner is not None:
            other = self.entities.get(owner.entity)
            return other is not None and other.type == "Country" and owner.entity != home
        if token_keys(word) & own:
            return False
        if LEMMATISED.search(word):
            return bool(_PLACE_ADJECTIVE.search(word)) and any("ADJF" in p.tag for p in morph().parse(word)[:3])
        if word in _DEMONYMS:
            return not token_keys(_DEMONYMS[word]) & own
        return not before.group("owner") and word[:1].isupper() and word.lower().endswith(_DEMONYM_ENDINGS) \
            and word.lower() not in _DEFINITE

    def _in_a_longer_name(self, text: str, mention: Mention) -> bool:
        """"North America", "Западный Азербайджан", "the Velmora Times", "the Port Velmora Herald": a country's or a
        place's one-word name after a compass word written with a capital, or its name of any length before an
        outlet's, an event's or a treaty's head noun ("the Tarnia Open", "the Tarnia Accord") or a street's ("Tarnia
        Road"), or after an event's head noun written before it («Кубок Тарнии»), is words of another name."""
        entity = self.entities.get(mention.entity)
        if entity is None or entity.type not in ("Country", "Place") or mention.via != "label":
            return False
        before = _WORD_BEFORE.search(text, max(0, mention.span.start - 40), mention.span.start)
        if before is not None and before.group(1)[:1].isupper() and token_keys(before.group(1)) & _COMPASS_WORDS \
                and len(tokens(text, mention.span.start, mention.span.end)) == 1:
            return True
        if after_an_event_head(text, mention.span.start):
            return True
        after = re.match(r"[ \t]+([^\W\d_]+)", text[mention.span.end:mention.span.end + 40])
        return after is not None and after.group(1)[:1].isupper() \
            and after.group(1).lower() in _NAME_HEADS_AFTER_PLACES | _EVENT_HEADS_AFTER_PLACES | _STREET_NOUNS \
            | _LAW_HEADS_AFTER_PLACES

    def _someone_elses_surname(self, text: str, mention: Mention) -> bool:
        """"Андрей Сомов" is not "Мария Сомова": a person's one-word alias right after another given name,
        or in a form of the other gender (``_in_the_other_genders_form``), or after an initial none of the person's
        given names opens, names someone else with that surname; in Latin letters, after a word English does not know that is none of the person's own names ("Dana Kovar"
        is not "Ivo Kovar")."""
        entity = self.entities.get(mention.entity)
        word = text[mention.span.start:mention.span.end]
        if entity is None or entity.type != "Person" or mention.via != "label" or " " in word:
            return False
        initials = _INITIALS_BEFORE.search(text, max(0, mention.span.start - 8), mention.span.start)
        if initials:   # "Т. ПОПОВА" is not "Igor Popov": an initial none of the person's given names opens
            names = [entity.label, *(label for label, _ in entity.all_labels())]
            return initials.group(1)[0] not in {name[0] for name in names if " " in name}
        if not LEMMATISED.search(word):
            given = _CAPITALISED_BEFORE.search(text, max(0, mention.span.start - 40), mention.span.start)
            own_words = {w.lower() for label, _ in entity.all_labels() for w in label.split()}
            return bool(given) and latin_given_name(given.group(1)) and not _own_given_name(given.group(1), own_words)
        own_words = {w.lower() for label, _ in entity.all_labels() for w in label.split()}
        given = _given_name_before(text, mention.span.start)
        if given and given.lower() not in own_words:
            return True
        own_keys = {k for w in own_words for k in token_keys(w)}
        if any((given := _given_name_before(text, at)) and not token_keys(given) & own_keys
               for at in _occurrences(text, word) if at != mention.span.start):
            return True   # "Мария Сомова …, — сказала Сомова": the one the text names in full, not "Андрей Сомов"
        return _in_the_other_genders_form(entity, word) or any(
            _subject_of_the_other_genders_verb(entity, text, Span(at, at + len(word))) for at in _occurrences(text, word))

    def _teams_country(self, text: str, mention: Mention) -> bool:
        """"сборной Руритании": the country after a team noun (TEAM_NOUNS) names the team, which names.py finds."""
        entity = self.entities.get(mention.entity)
        if entity is None or entity.type not in ("Country", "Place") or mention.via != "label":
            return False
        before = _WORD_BEFORE.search(text, max(0, mention.span.start - 40), mention.span.start)
        return before is not None and bool(token_keys(before.group(1)) & _TEAM_NOUNS)

    def _place_in_a_modifier(self, text: str, mention: Mention) -> bool:
        """"a Borealia-based group", "a pro-Tarvik channel": a place inside a compound word that describes
        something else says where it is based or whom it backs; the text does not speak of the place."""
        entity = self.entities.get(mention.entity)
        return entity is not None and entity.type in ("Country", "Place") and place_in_a_modifier(text, mention.span)

    def _without_federal_states(self, text: str, found: list[Mention], spans) -> list[Mention]:
        """"gales crossed Georgia, Kentucky and Ohio": a country's name written as a federation's
        state's (FEDERAL_STATE_NAMES) is that state's, in the whole text, when another of those states is named
        near it in its paragraph or two others anywhere in the text; the models' names find it as a place."""
        shared = [m for m in found if text[m.span.start:m.span.end] in _STATE_NAMES and m.entity in self.entities
                  and self.entities[m.entity].type == "Country"]
        if not shared:
            return found
        named = {m.group() for span in spans for m in _STATE_NAME.finditer(text, span.start, span.end)}
        states = set()
        for m in shared:
            written = text[m.span.start:m.span.end]
            para = next((s for s in spans if s.start <= m.span.start and m.span.end <= s.end), m.span)
            near = _STATE_NAME.finditer(text, max(para.start, m.span.start - STATE_WINDOW),
                                        min(para.end, m.span.end + STATE_WINDOW))
            if len(named - {written}) >= 2 or any(x.group() != written for x in near):
                states.add((m.entity, written))
        return [m for m in found if (m.entity, text[m.span.start:m.span.end]) not in states]

    def _currency_country(self, text: str, mention: Mention) -> bool:
        """"$10.2-billion (U.S.)": a country in brackets right after a sum says whose dollars, it names nothing."""
        entity = self.entities.get(mention.entity)
        if entity is None or entity.type != "Country" or text[mention.span.end:mention.span.end + 2].lstrip(".")[:1] != ")":
            return False
        return bool(_SUM_BEFORE_BRACKET.search(text, max(0, mention.span.start - 40), mention.span.start))

    @staticmethod
    def _title_in_another_name(text: str, mention: Mention, found: list[Mention]) -> bool:
        """"the Harbour Board Chairman": a capitalised title right after a capitalised word inside a
        sentence, no registry name, ends a longer name and is the title in that body, not the registry's."""
        if mention.via != "role" or not text[mention.span.start:mention.span.start + 1].isupper():
            return False
        before = _CAPITALISED_BEFORE.search(text, max(0, mention.span.start - 40), mention.span.start)
        if before is None or before.group(1).lower() in _DEFINITE | _NAME_TITLE_WORDS:
            return False
        opening = text[:before.start(1)].rstrip()
        if not opening or opening[-1] in _SENTENCE_OPENERS:
            return False
        return not any(m.span.start <= before.start(1) < m.span.end for m in found)

    @staticmethod
    def _plural_role(text: str, mention: Mention) -> bool:
        """"встреча министров иностранных дел": a role in the plural is several people, none of them one person."""
        if mention.via != "role":
            return False
        for tok in tokens(text, mention.span.start, mention.span.end):   # its head: the first noun
            if not LEMMATISED.search(tok.text):
                return False
            nouns = [p for p in morph().parse(tok.text)[:3] if p.tag.POS == "NOUN"]
            if nouns:
                return all(p.tag.number == "plur" for p in nouns)
        return False

    @staticmethod
    def _office_only(text: str, mention: Mention) -> bool:
        """"Кто может стать президентом Руритании", "elected Ruritanian president", "the post of prime minister": a
        role after words that make it an office (``OFFICE_NOT_HOLDER_BEFORE``) names no one holding it."""
        return mention.via == "role" and _OFFICE_BEFORE.search(
            text, max(0, mention.span.start - OFFICE_WORDS_REACH), mention.span.start) is not None

    @staticmethod
    def _titles_someone_else(text: str, mention: Mention, found: list[Mention]) -> bool:
        """"NATO chief Mark Rutte": a role right before another person's name is that person's title."""
        if mention.via != "role":
            return False
        after = _NAME_AFTER.match(text[mention.span.end:mention.span.end + 80])
        if not after:
            return False
        name_start = mention.span.end + after.start(1)
        return not any(m.entity == mention.entity and m.span.start == name_start for m in found)

    def _surnames(self, doc: Document, found: list[Mention], spans) -> list[Mention]:
        """After "Arno Velikyan", a bare "Velikyan" (or "Великяна") is the same person.

        Only surnames of people the text has named in full, and only when one
        such person has that surname and the word is not in the other gender's form.
        """
        owners: dict[str, set[str]] = {}
        first_seen: dict[str, int] = {}
        for m in found:
            first_seen[m.entity] = min(first_seen.get(m.entity, m.span.start), m.span.start)
            entity = self.entities.get(m.entity)
            words = tokens(doc.text, m.span.start, m.span.end)
            if entity is None or entity.type != "Person" or len(words) < 2 or m.via != "label":
                continue
            for key in token_keys(words[-1].text):
                owners.setdefault(key, set()).add(m.entity)
        covered = bytearray(len(doc.text))
        for m in found:
            covered[m.span.start:m.span.end] = b"\x01" * len(m.span)
        extra = []
        for span in spans:
            for tok in tokens(doc.text, span.start, span.end):
                if not tok.text[0].isupper() or covered[tok.start]:
                    continue
                who = set().union(*(owners.get(k, set()) for k in token_keys(tok.text)))
                if len(who) != 1 or _in_the_other_genders_form(self.entities[next(iter(who))], tok.text):
                    continue
                first = first_seen.get(next(iter(who)), len(doc.text))
                if len(who) == 1 and tok.start > first:
                    extra.append(Mention(next(iter(who)), Span(tok.start, tok.end), "surname"))
        return extra

    def _match(self, text: str, toks: list[Token], skip: Span | None = None) -> list[Mention]:
        """The longest registry aliases among ``toks``, none overlapping; none spanning exactly ``skip``."""
        matches: list[tuple[int, int, int, _Alias]] = []
        for i, tok in enumerate(toks):
            seen: set[int] = set()
            # the next word's forms: most names of several words tried fail on their second (55,000 of 71,000
            # tries a build), which this tells before ``_fits`` reads the rest
            after = token_keys(toks[i + 1].text) if i + 1 < len(toks) else frozenset()
            for key in token_keys(tok.text):
                for alias in self._index.get(key, ()):
                    if id(alias) in seen:
                        continue
                    seen.add(id(alias))
                    n = len(alias.words)
                    if i + n <= len(toks) and (n == 1 or not token_keys(alias.words[1]).isdisjoint(after)) \
                            and self._fits(text, toks, i, alias, alias.entity in self._bodies) \
                            and Span(toks[i].start, toks[i + n - 1].end) != skip:
                        matches.append((toks[i].start, toks[i + n - 1].end, i, alias))
        matches = [(start, _closing_quote(text, start, end), i, alias) for start, end, i, alias in matches]
        matches.sort(key=lambda m: (-(m[1] - m[0]), m[0], m[3].via != "label", m[3].entity))
        out: list[Mention] = []
        for start, end, _, alias in matches:
            overlapping = [k for k, m in enumerate(out) if start < m.span.end and m.span.start < end]
            if not overlapping:
                out.append(Mention(alias.entity, Span(start, end), alias.via))
            elif len(overlapping) == 1 and out[overlapping[0]].entity == alias.entity:
                # "the Northern Council Group" over "Council Group co-chairs": two of one entity's aliases, one mention
                m = out[overlapping[0]]
                out[overlapping[0]] = Mention(m.entity, Span(min(start, m.span.start), max(end, m.span.end)), m.via)
        return out

    @staticmethod
    def _fits(text: str, toks: list[Token], i: int, alias: _Alias, body: bool = False) -> bool:
        """Whether ``alias`` is written at ``toks[i]``. A body's name of several words may open in lower case
        ("министерство обороны Марговии", "the foreign ministry of Ostravia") when its words from the first one
        written with a capital on are as the name has them, and that one is not its first: the common words
        lowered, its own name kept."""
        lowered = False   # the text lowered a capitalised word of the name, still in its opening common words
        headed = False    # one of those is a body's noun ("министерство", "ministry"): not "новости Марговии"
        for j, word in enumerate(alias.words):
            tok = toks[i + j]
            if j and not (_GAP if j not in alias.commas else _COMMA_GAP).match(text[toks[i + j - 1].end:tok.start]):
                return False
            if (name_keys if len(alias.words) == 1 else token_keys)(word).isdisjoint(token_keys(tok.text)):
                return False   # isdisjoint: no set made for the answer
            if word[0].isupper() and not tok.text[0].isupper():
                if not (body and len(alias.words) > 1 and word.istitle() and (j == 0 or lowered)
                        and tok.text.islower()):
                    return False
                lowered = True
                headed = headed or not _LOWER_BODY_HEADS.isdisjoint(token_keys(tok.text))
            elif tok.text[0].isupper():
                if lowered and not word[0].isupper():
                    return False
                if word[0].isupper():
                    lowered = False
            elif lowered:   # a common word of the name after the lowered one: "вооружённых сил" of «Вооружённые силы»
                headed = headed or not _LOWER_BODY_HEADS.isdisjoint(token_keys(tok.text))
            if word.isupper() and len(word) <= 4 and len(alias.words) == 1 and not tok.text.isupper():
                return False
        last = toks[i + len(alias.words) - 1]
        glued = _HYPHENATED_ON.match(text, last.end) if alias.via == "role" else None
        if glued and not token_keys(text[last.start:glued.end()]) & _title_keys():
            return False    # "Ruritanian premier" in "the Ruritanian Premier-League": the compound is no title
        return not lowered and (headed or not _lower_start(alias.words[0], toks[i].text))

    def publisher_key(self, doc: Document) -> str | None:
        """The registry entity of the agency the dateline names, if known."""
        if not doc.publisher:
            return None
        found = self._match(doc.publisher, tokens(doc.publisher))
        return found[0].entity if found and len(found[0].span) == len(doc.publisher) else None
