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

import itertools
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from types import ModuleType
from typing import NamedTuple

from .ids import new_entity_key, normalise_name
from .ingest import NAME_PARTICLES, agency_span, dateline_place_span, dateline_place_spans, entry_stamps
from .lang import (CURRENCIES, INSTRUMENT_CODE, LANGUAGES, TICKER, alternation, capitals, joined, language, merged, one_of, tables,
                   phrase_title_openers, titles_by_word)
from .link import (LEMMATISED, Token, adjective_joined_before, after_an_event_head, credit, cut_at_the_front, inflect,
                   morph, place_in_a_modifier, latin_given_name, token_keys, tokens)
from .model import Document, Entity, Mention, Span
from .nlp import (BRACKETED_GIVEN_NAME, NATIONALITY, NamedSpan, english, is_adjective, is_common_noun,
                  is_describing_word, is_function_word, is_plural_noun, is_verb_form)
from .segment import ROOM_NOTE, quote_regions

_MONTHS, _DEMONYMS = merged("MONTHS"), merged("DEMONYMS")

_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"   # Latin letters with diacritics: "Zuzana Hložková"
# "O'Brien" and "Novo-Lindholm" are one name; "Ruritania's" is a name and its possessive
_CAP = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+|'(?!s\b)[{_UPPER}]?[{_LOWER}]+)?"
_CAP_OR_INITIALS = rf"(?:{_CAP}|(?:[{_UPPER}]\.){{2,3}})"   # "Vell", "U.S."
_CAPITALS_SURNAME = rf"[{_UPPER}]{{4,}}(?:-[{_UPPER}]{{2,}})?(?![\w'’-])"   # "HOLMVIK" of "Grete HOLMVIK"
_ACRONYM = r"[A-Z]{2,}s?"   # "EU", "IDPs"


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"     # what a regular expression's \w is


def word_occurrences(text: str, name: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Where ``name`` is written as a whole word or words in ``text[start:end]``, no letter, digit or hyphen
    touching it: a plain search, not a pattern compiled for each name (hundreds of names a document would crowd
    every other pattern out of the regular-expression cache)."""
    end = len(text) if end is None else end
    found, at = [], text.find(name, start, end) if name else -1
    while at >= 0:
        after = at + len(name)
        if not (at > 0 and (_word_char(text[at - 1]) or text[at - 1] == "-")) \
                and not (after < len(text) and (_word_char(text[after]) or text[after] == "-")):
            found.append(Span(at, after))
            at = text.find(name, after, end)
        else:
            at = text.find(name, at + 1, end)
    return found


def _without(text: str, names: list[str], filler: str) -> str:
    """``text`` with every writing of ``names`` (the longest first) replaced by ``filler``."""
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        text = text.replace(name, filler)
    return text


_NUMBERED_EVENT = re.compile(rf"[{_UPPER}{capitals()}]{{2,}}[- ]?\d{{1,4}}")   # "VTS-12", "VCC31": a series' session
# Given names cut to initials without full stops before one or two capitalised names ("J Varsk", "A B Rolan Varsk"),
# as South Asian news writes people's names; a body's name keeps its head word or a suffix (read in _retype_by_context)
_UNSTOPPED_INITIALS_NAME = re.compile(r"(?:[A-Z] ){1,3}[A-Z][a-z]+(?: [A-Z][a-z]+)?")
_NUMBERED_EVENT_BEFORE = re.compile(rf"(?<![\w'’-]){_NUMBERED_EVENT.pattern}[ \t]+$")


class _Later(NamedTuple):
    """A pattern's source, compiled when ``_Patterns``' attribute it is given to is first read."""
    pattern: str
    flags: int = 0


class _Patterns:
    """The paragraph rules' patterns and word sets, built from one language's tables (``_patterns``). Each pattern
    is compiled when a rule first reads it: a build of a few documents reads only some of a language's patterns."""

    def __init__(self, t: ModuleType):
        self.tables = t
        the = rf"(?:(?:{one_of(t.DEFINITE_ARTICLES)})\s+)?"
        particles = rf"(?:\s+(?:{one_of(NAME_PARTICLES)})){{0,2}}"   # "Ines da Mottra", "Joost van der Heyl"
        # a lookahead, so titles that overlap ("UN General Assembly President Abdulla Shahid") are all tried
        self.person_after_title = _Later(
            rf"\b(?=(?:{one_of(t.PERSON_TITLES)})\.?\s+"
            rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})\b)")
        self.title_words = {w for title in titles_by_word(t) for w in title.split()}
        self.phrase_title_openers = phrase_title_openers(t)   # "Health Canada said": a body's, no given name
        # "Chairman of the …": a title whose complement names the body its holder heads, right before the body
        self.title_of_body_before = _Later(
            rf"(?<![\w-])(?i:{one_of(t.PERSON_TITLES)})\s+(?:{one_of(t.ORG_COMPLEMENT_WORDS)})\s+{the}$") \
            if t.PERSON_TITLES else None
        self.seats_won = _Later(t.SEATS_WON)
        self.person_nouns = set().union(*(token_keys(n) for n in t.PERSON_NOUNS)) if t.PERSON_NOUNS else set()
        self.person_pronouns = _Later(rf"(?<![\w-])(?i:{one_of(t.PERSON_PRONOUNS)})(?![\w-])") \
            if t.PERSON_PRONOUNS else None
        # "Vexon said it would …", "Vexon reported its results": the verb's next word a body's pronoun
        self.body_pronoun_after_verb = _Later(
            rf"[ \t]+[^\W\d_]+[ \t]+(?:{one_of(t.BODY_PRONOUNS)})(?![\w'’-])") if t.BODY_PRONOUNS else None
        # "The Vell Herald said", "PeakLine Harbor Clinic said": a name that goes on before its last two words
        definite = one_of(a for article in t.DEFINITE_ARTICLES for a in (article, article.capitalize()))
        self.name_runs_on_before = _Later(
            rf"(?:(?<![\w-])(?:{definite or '(?!)'})|(?<![\w-])[^\W\d_]*[{_LOWER}][{_UPPER}][^\W\d_]*)[ \t]+$")
        # "the foreign minister added": a person's noun with the definite article, no one's possessive between
        self.person_referred_back = _Later(
            rf"(?<![\w-])(?i:{one_of(t.DEFINITE_ARTICLES)})\s+(?:[^\W\d_]+(?<!'s)(?<!’s)\s+){{0,2}}"
            rf"(?i:{one_of(t.PERSON_NOUNS)})(?![\w'’-])") if t.DEFINITE_ARTICLES and t.PERSON_NOUNS else None
        self.possessive_determiners = set(t.POSSESSIVE_DETERMINERS)
        # "killed in Tarnia": a name right after a preposition of place
        self.lone_place_preposition_before = _Later(
            rf"(?:^|[^\w-])(?i:{one_of(t.PLACE_PREPOSITIONS_BEFORE_LONE_NAMES)})[ \t]+$") \
            if t.PLACE_PREPOSITIONS_BEFORE_LONE_NAMES else None
        self.not_verbs = {w.lower() for w in t.PREPOSITIONS + t.CONJUNCTIONS + t.ARTICLES + t.ORG_COMPLEMENT_WORDS}
        self.complements = {w.lower() for w in t.ORG_COMPLEMENT_WORDS + t.PREPOSITIONS}   # "head coach of …"
        # a title that names its holder's office, in any case: "президента", "министру", "Minister"
        self.person_title = _Later(rf"(?:{one_of(t.PERSON_TITLES)}|{t.ANAPHOR_PERSON})", re.I)
        # "the Guild of Vell Carters' Unions": a plural's possessive inside the complement goes on with the name
        word = rf"(?:{_CAP}|{_ACRONYM})(?:(?<=s)(?:{t.POSSESSIVE_OF_PLURAL or '(?!)'})(?=\s+[{_UPPER}]))?"
        of = rf"\s+(?:{one_of(t.ORG_COMPLEMENT_WORDS)})\s+{the}{word}" \
             rf"(?:\s+(?:(?:{one_of(t.ORG_INNER_JOINERS + t.ORG_COMPLEMENT_WORDS)})\s+)?{word}){{0,4}}"
        # "the Council's Executive Board": the owner is part of the body's name
        owner = rf"(?P<owner>(?:{_CAP}|{_ACRONYM})(?:\s+(?:(?:{one_of(t.ORG_COMPLEMENT_WORDS)})\s+)?(?:{_CAP}|{_ACRONYM}))" \
                rf"{{0,4}})(?:{t.POSSESSIVE})\s+"
        self.body_by_head = _Later(
            rf"\b(?:{owner})?(?P<name>(?:(?:{_CAP}|{_ACRONYM})\s+(?:(?:{one_of(t.ORG_INNER_JOINERS)})\s+)?){{1,4}}"
            rf"(?:{one_of(t.ORG_HEADS)})(?:{of})?|(?:{one_of(t.ORG_HEADS)}){of}(?:{of})?)\b")
        # the other words of a list a body's name holds, closed by the list's joiner: ", Health and Social Affairs"
        # after "Ministry of Labour", "Paper, " before "Print and Media Union"
        list_word = rf"(?!(?:{one_of(self.title_words) or '(?!)'})(?![\w'’-])){_CAP}"   # "… Affairs | Minister Ana Ruiz"
        item = rf"{list_word}(?:[ \t]+{list_word}){{0,2}}"
        joiner = rf"(?:{one_of(t.LIST_JOINERS)}|&)"
        self.list_read_on = _Later(rf",[ \t]+(?:{item},[ \t]+){{0,4}}{item},?[ \t]+{joiner}[ \t]+{item}"
                                   rf"(?:,[ \t]+{joiner}[ \t]+{item})?(?![\w'’-])")
        self.list_before = _Later(rf"(?<![\w-])(?i:{one_of(t.DEFINITE_ARTICLES)})[ \t]+(?P<list>(?:{item},[ \t]+){{1,3}})$") \
            if t.DEFINITE_ARTICLES else None
        # "the Clean Water Act", "the 21st Century Schools Act", "the Treaty of Ruritania"
        law_word = rf"(?:{_CAP}|[A-Z]{{2,}}|\d+(?:{one_of(t.ORDINAL_SUFFIXES)})?)"
        self.law_by_head = _Later(
            rf"\b(?P<name>{law_word}(?:\s+(?:(?:{one_of(t.LAW_CONNECTORS)})\s+)?{law_word}){{0,6}}\s+(?:{one_of(t.LAW_HEADS)})"
            rf"|(?:{one_of(t.LAW_HEADS)})\s+(?:{one_of(t.ORG_COMPLEMENT_WORDS)})\s+{the}{_CAP}"
            rf"(?:\s+(?:(?:{one_of(t.LAW_INNER_JOINERS)})\s+(?!(?i:{one_of(t.WEEKDAYS + tuple(t.MONTHS))})\b))?{_CAP}){{0,5}})\b")
        # "the Criminal Code", "the Constitution": a standing law named by its field, no document's name
        self.standing_law = _Later(rf"(?i:(?:{one_of(t.DEFINITE_ARTICLES)})\s+)?"
                                   rf"(?i:(?:{one_of(t.STANDING_LAW_FIELDS)})\s+)*(?i:{one_of(t.STANDING_LAW_HEADS)})")
        # "Section 12", "Article 12 of the …": a numbered part of a law, alone or before the law's name
        self.law_part = _Later(rf"(?:{t.LAW_PART})(?:$|\s+(?:{one_of(t.ORG_COMPLEMENT_WORDS)})\s+"
                               rf"(?:(?:{one_of(t.DEFINITE_ARTICLES)})\s+)?)") if t.LAW_PART else None
        # "ruling Harbour Union MP Jane Roe": a party between its side in a parliament and its member's title
        self.party_by_side = _Later(
            rf"(?<![\w-])(?i:{one_of(t.PARTY_SIDES)})[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+"
            rf"(?:{one_of(t.PARTY_MEMBER_TITLES)})(?![\w-])") if t.PARTY_SIDES else None
        # "the Order and Harmony party": capitalised words joined by "and" before a lower-case noun for a body
        self.body_joined_before_noun = _Later(
            rf"(?<![\w'’-])(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?:{one_of(t.NAME_JOINERS)})[ \t]+{_CAP}"
            rf"(?:[ \t]+{_CAP}){{0,2}})[ \t]+(?:{one_of(t.JOINED_BODY_HEADS)})(?![\w-])[ \t]*(?P<next>[a-z]+)?") \
            if t.NAME_JOINERS and t.JOINED_BODY_HEADS else None
        # "the Conservatives": a party by its members
        self.party_members = _Later(rf"\b(?:{one_of(t.PARTY_MEMBERS)})\b")
        # "Ruritanian police", "the prosecutor general's office", "Jane Roe's lawyers": bodies named in lower case
        self.body_after_adjective = _Later(
            rf"\b(?P<name>(?P<owner>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)?)(?P<possessive>{t.POSSESSIVE or '(?!)'})?\s+"
            rf"(?:{one_of(t.BODIES_AFTER_ADJECTIVE)}))\b")
        # "police in Lindholm", "a court in the town of Kelby": a place's own body before "in" and the place
        self.body_in_place = _Later(
            rf"(?:\b(?P<article>(?i:{one_of(t.ARTICLES)}))\s+)?"
            rf"\b(?P<head>(?i:{one_of(t.BODIES_IN_PLACES) or '(?!)'}))\s+"
            rf"(?:{one_of(t.PREPOSITIONS_BEFORE_A_BODYS_PLACE) or '(?!)'})\s+"
            rf"(?:(?:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})\s+(?:{one_of(t.PLACE_NOUNS)})\s+"
            rf"(?:{one_of(t.PLACE_OF)})\s+)?"
            rf"(?P<place>{_CAP}(?:\s+{_CAP})?)\b")
        # "Ruritania's disaster management agency", "the RFR's health ministry", "the Ruritanian parliament",
        # "a criminal court in Lindholm", "the health ministry of (the) Ruritania"
        describing = rf"(?:[{_LOWER}][{_LOWER}\-]+\s+){{0,3}}?"
        self.body_of_owner = _Later(
            rf"(?:\b(?!(?:{one_of(t.NOT_NAMES)})\b)(?P<owner>{_CAP}(?:[\s\-]{_CAP})?|[{_UPPER}]{{2,{LONGEST_ACRONYM}}})"
            rf"(?P<possessive>{t.POSSESSIVE or '(?!)'})?\s+"
            rf"|\b(?i:{one_of(t.ARTICLES)})\s+)(?P<describing>{describing})(?P<head>{one_of(t.BODY_NOUNS) or '(?!)'})\b"
            rf"(?:\s+(?P<preposition>{one_of(t.EVENT_PLACE_PREPOSITIONS + t.PLACE_OF) or '(?!)'})\s+"
            rf"(?:(?:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})\s+)?"
            rf"(?P<place>{_CAP}(?:\s+{_CAP})?)\b)?")
        # the words before a place inside a body's name: "Election Commission of Ruritania", "court in Lindholm"
        self.place_preposition_before = _Later(
            rf"\b(?:{one_of(t.PLACE_OF + t.EVENT_PLACE_PREPOSITIONS) or '(?!)'})\s+{the}$")
        self.office_of_title = _Later(
            rf"\b(?P<name>(?:(?P<adjective>{_CAP_OR_INITIALS}(?:\s+{_CAP}){{0,2}})\s+)?"
            rf"(?i:(?:(?:{one_of(t.OFFICE_QUALIFIERS)})\s+)?"
            rf"(?:{one_of(t.OFFICE_TITLES)})(?:\s+(?:{one_of(t.OFFICE_QUALIFIERS)}))?(?:{t.POSSESSIVE})\s+"
            rf"(?:{one_of(t.OFFICE_NOUNS)})))\b")
        self.counsel = _Later(rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})(?P<counsel>{t.COUNSEL})\b")
        # "said Mara Lindqvist, a spokeswoman for …": a name in apposition to a title; with no article, a title and
        # the body it serves ("Ana Ruiz, superintendent of the …", "Ana Ruiz, owner of the …"; a body or a place
        # before a title it holds too, "Vexa Holdings, owner of the …", is kept out by _body_or_place_before_bare_title)
        persons_only = [*t.APPOSITION_TITLES, *titles_by_word(t)]
        bare_title = rf"|(?P<bare>(?i:{one_of(persons_only)}))\s+(?:{one_of(t.ORG_COMPLEMENT_WORDS)})" \
            if t.APPOSITION_TITLES else ""
        # an owner's possessive before the title serves as its article: "Ines Tarro, Vellmar's mayor, said"
        owner = rf"{_CAP}(?:\s+{_CAP})?(?:{t.POSSESSIVE})" if t.POSSESSIVE else "(?!)"
        self.person_in_apposition = _Later(
            rf"\b(?P<name>{_CAP}(?:{particles}\s+{_CAP}){{1,2}}),\s+(?:(?:{one_of(t.ARTICLES)}|(?P<owned>{owner}))\s+"
            rf"(?:[\w\-]+\s+){{0,3}}?"
            rf"(?i:{one_of(t.APPOSITION_TITLES)}){bare_title})\b")   # "Jane Roe, the Director of …" too
        # "Vellmar's mayor, Ines Tarro, said", "the council's chairwoman, Mara Velsen,", "the mayor, Ines Tarro,": a
        # name set apart by commas after a title and its owner or article, a person's whatever the owner
        self.person_after_owned_title = _Later(
            rf"(?P<owned>{owner}|\b[{_LOWER}]+(?:{t.POSSESSIVE or '(?!)'})"
            rf"|\b(?i:{one_of(t.DEFINITE_ARTICLES) or '(?!)'}))\s+"
            rf"(?:[{_LOWER}\-]+\s+){{0,2}}?"
            rf"(?:{one_of(t.APPOSITION_TITLES) or '(?!)'}),\s+(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})(?=,)")
        # "the Ambassador of Ruritania to Vellmar, Zuzana Hložková": a title, its complement, the name
        self.person_after_titled_phrase = _Later(
            rf"\b(?:{one_of(t.PERSON_TITLES)})\b[^,.;:\"“”]{{0,60}},\s+"
            rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,2}})\b(?!\s+(?:{one_of(t.AFTER_NAME_CONTINUATIONS)})\b)")
        # "the Minister of Fisheries and Coastal Affairs Jana Roe": a title, its preposition and the office's field in
        # capitalised words, then the holder's name, with no comma between them (``_person_after_office_field``)
        self.office_field_run = _Later(
            rf"(?<![\w-])(?i:{one_of(t.PERSON_TITLES)})\s+(?:{one_of(t.OFFICE_PREPOSITIONS) or '(?!)'})\s+"
            rf"(?:(?i:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})\s+)?"
            rf"(?P<run>{_CAP}(?:\s+(?:(?:{one_of(t.CONJUNCTIONS) or '(?!)'})\s+)?{_CAP}){{2,7}})")
        # "…, The Harbour Herald reported": a capitalised article inside a sentence opens a name
        articles = one_of(a.capitalize() for a in t.DEFINITE_ARTICLES) or "(?!)"
        self.titled_name_beside_verb = _Later(
            rf"(?<=[{_LOWER},;] )(?P<name>(?:{articles})\s+{_CAP}(?:\s+{_CAP}){{0,3}})\s+"
            rf"(?:{one_of(t.VERBS_AFTER_TITLED_NAMES) or '(?!)'})\b")
        # "Ilse Varga, 68, said", "said Tomas Relk": a name right beside a reporting verb; a weekday between them
        # is when, not the name's last word ("Ilse Varga Friday said")
        said = rf"(?:{'|'.join(t.VERBS_BESIDE_NAMES)})"
        weekdays = '|'.join(w.title() for w in t.WEEKDAYS) or '(?!)'
        weekday = rf"(?:\s+(?:{weekdays}))?"
        # "Corin Ashby Tull said", "said Ines da Mottra": a third word before the two (``_name_beside_verb`` keeps
        # it only as a given name), particles before the last; "T. J. Varrow said": initials before a surname;
        # "Mara Velsen, who heads the port, said": a person's relative clause between name and verb, as an age; "Mara
        # Velsen, 47, a Social Democrat, said": an age, then what the person is
        initials = rf"(?<![\w.])(?:[{_UPPER}]\.\s+){{1,3}}{_CAP}"
        in_capitals = rf"{_CAP}\s+{_CAPITALS_SURNAME}"   # "Grete HOLMVIK said"
        who = rf",\s+(?:{one_of(t.PERSON_RELATIVE_SUBJECTS) or '(?!)'})\s+[^,.;:\"“”]{{1,80}},"
        apposed = rf"(?P<apposed>\s+(?:{one_of(t.ARTICLES) or '(?!)'})\s+[^,.;:\"“”]{{1,60}},)?"
        surname = rf"(?:{one_of(t.SURNAME_PREFIXES) or '(?!)'})?{_CAP}"   # "Ewan MacRuairc", "Layla al-Marfadi"
        # the word before the rest of such a name, for ``_name_beside_verb`` to keep only as a given name: the first
        # of three ("Corin Ashby Tull", "Sheikh Mara bin Velsen"), the first of two before a glued surname ("Yesterday
        # al-Marfadi"), and a given name before a surname in capitals
        self.first_of_three = re.compile(rf"({_CAP})\s+(?={_CAP}{particles}\s+{surname}$)")
        self.before_glued_surname = re.compile(rf"({_CAP})\s+(?=(?:{one_of(t.SURNAME_PREFIXES) or '(?!)'}){_CAP}$)")
        self.prepositions = {w.lower() for w in t.PREPOSITIONS}   # "In Lviv Mara Velsen said": a place
        self.before_capitals = re.compile(rf"({_CAP})\s+(?={_CAPITALS_SURNAME}$)")
        self.person_beside_verb = _Later(
            rf"\b(?P<name>{initials}|{in_capitals}|(?:{_CAP}\s+)?{_CAP}{particles}\s+(?!(?:{weekdays})\b){surname})"
            rf"(?:,\s+\d{{1,3}},{apposed}|{who})?{weekday}\s+(?P<verb>{said})\b"
            rf"|\b(?P<verb2>{said})\s+"
            rf"(?P<name2>{in_capitals}|{_CAP}(?:\s+{_CAP})?{particles}\s+{surname})\b(?!\s+{_CAP})")
        self.act_verbs_beside_names = set(t.ACT_VERBS_BESIDE_NAMES)
        # a word right before or after such a verb (``_beside_verb``)
        self.verb_after_word = _Later(rf"\s+{said}\b" if t.VERBS_BESIDE_NAMES else "(?!)")
        self.verb_before_word = _Later(rf"\b{said}\s+$" if t.VERBS_BESIDE_NAMES else "(?!)")
        # the close of a quotation and its said-tag right before a word ("…», — сказал Релк", "…," said Relk): the
        # word is the speaker's name (``_later_surnames``)
        saying = "|".join([rf"{stem}\w*" for stem in t.REPORTING_STEMS] + [re.escape(v) for v in t.REPORTING_VERBS])
        self.said_tag_before_word = _Later(rf"[»\"”]\s*,?\s*[-–—]?\s*(?P<verb>(?i:{saying or '(?!)'}))\s+$")
        # "the village of Vardel", "near the town of Sundvik", "Orlov district", "Orlov District" (not "Orlov
        # District Court": a capitalised kind then a capitalised word is a body's name, unless a person's title and
        # name follow: "Orlov County Sheriff Jane Roe", "Orlov County Circuit Judge Jane Roe")
        titled_person = rf"(?:(?!(?:{one_of(t.ORG_HEADS)})\b){_CAP}\s+)?(?:{one_of(t.PERSON_TITLES)})\s+{_CAP}"
        self.place_by_kind = _Later(
            rf"\b(?:{'|'.join(t.PLACE_NOUNS)}|{t.PLACE_NOUN_ABBREVIATIONS or '(?!)'}) (?:{one_of(t.PLACE_OF)}) (?P<name>{_CAP}(?:[\s\-]{_CAP}){{0,2}})\b"
            rf"|(?P<seat>{_CAP}(?:[\s\-]{_CAP})??)\s+(?:{_CAP}\s+)?(?:{one_of(t.ORG_HEADS)}) "
            rf"(?P<seat_kind>{one_of(t.SEAT_KINDS) or '(?!)'})\b"
            rf"|(?P<name2>(?<![\w.])(?:(?:{t.PLACE_NAME_ABBREVIATIONS or '(?!)'})\.?[ \t])?\b{_CAP}(?:[\s\-]{_CAP})?) "
            rf"(?P<kind>{one_of(t.PLACE_NOUNS_AFTER)}"
            rf"|(?:{one_of(k.title() for k in t.PLACE_NOUNS_AFTER if k.replace(' ', '').isalpha())})(?!\s+(?!{titled_person}){_CAP}))\b")
        # "crowds in the capital, Vardel, overnight", "in the capital Vardel and in Sundvik": a place's name in
        # apposition after its kind
        self.place_in_apposition = _Later(
            rf"\b(?:{one_of(t.DEFINITE_ARTICLES) or '(?!)'}) (?:{one_of(t.PLACE_NOUNS_IN_APPOSITION) or '(?!)'})"
            rf"(?:,[ \t]+(?P<name>{_CAP}(?:[ \t]{_CAP})?)(?=[,.;])|[ \t]+(?P<bare>{_CAP}(?:[ \t]{_CAP})?)"
            rf"(?=[,.;]|[ \t]+(?:{one_of((*t.CONJUNCTIONS, *t.PREPOSITIONS)) or '(?!)'})\b))")
        # "the Ruritania-Borealia war", "the cholera epidemic": events named by the places or the disease
        self.event_between_places = _Later(
            rf"\b(?P<name>(?P<first>{_CAP}(?:\s{_CAP})?)[-–](?P<second>{_CAP}(?:\s{_CAP})?)\s+"
            rf"(?:{one_of(t.EVENTS_BETWEEN_PLACES) or '(?!)'}))\b")
        # "накануне Дня космонавтики": a day named by its capitalised noun and the lower-case words after it
        # "в финале Лиги чемпионов", "Лиги Европы": a league's name, the same way, which may be a place's
        self.holiday, self.competition = (
            _Later(rf"(?<=[\w,»\"”)] )(?P<head>{heads or '(?!)'})(?P<rest>(?: [{letters}]+){{1,2}})(?!\w)")
            for heads, letters in ((t.HOLIDAY_HEADS, t.LETTERS), (t.COMPETITION_HEADS, t.LETTERS + t.LETTERS.upper())))
        self.outbreak = _Later(rf"\b(?i:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})\s+"
                               rf"(?P<name>(?P<disease>[\w-]+)\s+(?:{one_of(t.OUTBREAK_NOUNS) or '(?!)'}))\b")
        # "the Harbour faction", "the Harbour and Forest factions": a body named by a capitalised name and its kind
        kinds = one_of(t.ORG_KINDS_AFTER) or "(?!)"
        # "the nation's vote commission (NVC)", «избирательной комиссии страны (ЦИК)»: a body described in
        # small letters, its acronym in brackets after its noun (and at most two words in small letters)
        self.acronym_of_described_body = _Later(
            rf"(?<![\w-])(?i:{one_of(t.BODY_NOUNS) or '(?!)'})[^\W\d_]*(?:\s+[a-zа-яё]+){{0,2}}"
            rf"\s+\((?P<acronym>[{capitals()}][{capitals()}&]{{1,7}})\)")
        self.body_by_kind = _Later(
            rf"\b(?P<first>{_CAP}(?:\s{_CAP}){{0,2}})(?:\s+(?:{one_of(t.NAME_JOINERS)})\s+(?P<second>{_CAP}(?:\s{_CAP}){{0,2}}))?"
            rf"\s+(?P<kind>(?:{kinds})s?)\b")
        # "a new Northwire poll", "a VellUSA survey": a pollster named by the capitalised words between an article
        # and its poll noun, written as one word in two capitals too
        self.pollster_before_poll = _Later(
            rf"\b(?i:{one_of(t.INDEFINITE_DETERMINERS + t.DEFINITE_ARTICLES) or '(?!)'})\s+"
            rf"(?:(?i:{one_of(t.POLL_FRESHNESS_WORDS) or '(?!)'})\s+)?(?P<name>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+){{0,3}})"
            rf"\s+(?:{one_of(t.POLL_NOUNS_AFTER_POLLSTERS) or '(?!)'})\b")
        # "Greater Lindholm": a region named by a word before a place's name
        self.place_with_prefix = _Later(
            rf"\b(?:{one_of(t.PLACE_PREFIXES) or '(?!)'})\s+(?P<place>{_CAP}(?:\s+{_CAP})?)\b")
        # at most ten names before the last: an unbounded list tried at every capital of a long run of
        # "Ab, Ab, …" takes time with the square of its length
        self.places_sharing_kind = _Later(
            rf"\b(?P<first>(?:{_CAP}(?: {_CAP})?, ){{0,9}}{_CAP}(?: {_CAP})?),? (?:{one_of(t.NAME_JOINERS)}) "
            rf"(?P<second>{_CAP}(?: {_CAP})?) (?P<kinds>{one_of(t.PLACE_NOUNS_AFTER_PLURAL)}"
            rf"|(?:{one_of(k.title() for k in t.PLACE_NOUNS_AFTER_PLURAL) or '(?!)'})(?!\s+{_CAP}))\b")
        self.not_names = set(t.NOT_NAMES)
        # "Hurricanes Alda and Birte", "Typhoons Alda, Birte and Corra"
        self.storms_sharing_kind = _Later(
            rf"\b(?P<kinds>{one_of(t.STORM_KINDS_PLURAL) or '(?!)'})[ \t]+(?P<first>{_CAP}(?:,[ \t]+{_CAP}){{0,5}}),?[ \t]+"
            rf"(?:{one_of(t.NAME_JOINERS) or '(?!)'})[ \t]+(?P<second>{_CAP})\b")
        self.occasion_modifiers = set(t.OCCASION_MODIFIERS)
        self.not_event_modifiers = set(t.NOT_EVENT_MODIFIERS)
        # "the first summit of the Northern Council", "the climate conference in Lindholm"
        modifier = rf"(?!(?:{one_of(t.NOT_EVENT_MODIFIERS + t.VERBS_BESIDE_NAMES)})\b)" \
                   rf"(?![{_LOWER}]+(?:{one_of(t.PARTICIPLE_ENDINGS)})\b)[{_LOWER}]+"
        self.event_by_noun = _Later(
            rf"(?<![\w'’-])(?P<name>(?:{modifier}\s+){{0,3}}(?i:{one_of(t.EVENT_NOUNS)})\s+"
            rf"(?:(?:{one_of(t.ORG_COMPLEMENT_WORDS)})\s+{the}(?:{_CAP}|{_ACRONYM})(?:\s+(?:{_CAP}|{_ACRONYM})){{0,4}}"
            rf"|(?:{one_of(t.EVENT_PLACE_PREPOSITIONS)})\s+(?P<place>{_CAP}(?:\s+{_CAP})?)))\b")
        # "the Vexa 7 smartphone", "the chipset Orn 40", "a new chipset, the Orn 40": a product's noun beside a name
        self.product_noun_after = _Later(
            rf"(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+)?(?i:{one_of(t.PRODUCT_NOUNS)})(?![\w-])")
        self.product_noun_before = _Later(
            rf"(?<![\w-])(?i:{one_of(t.PRODUCT_NOUNS)}),?[ \t]+(?:(?:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})[ \t]+)?$")
        # "the VCC31 summit": a numbered session of a recurring event, by the acronym glued to its number
        self.numbered_event = _Later(
            rf"(?<![\w'’-]){_NUMBERED_EVENT.pattern}(?![\w-])(?=[ \t]+(?i:{one_of(t.EVENT_NOUNS) or '(?!)'})(?![\w-]))")
        # "the Tarnia Marathon", "the Vell 2030 Games": capitalised words (or a year) before an event's own head
        self.event_by_capitalised_head = _Later(
            rf"(?<![\w'’-])(?P<name>(?:(?:{_CAP}|{_ACRONYM}|\d{{4}})[ \t]+){{1,4}}"
            rf"(?:{one_of(t.EVENT_NAME_HEADS) or '(?!)'}))"
            rf"(?![\w'’-])")
        # "the Kestrel Energy Summit in Lindholm": capitalised words before a capitalised event noun are its name
        self.name_before_event_noun = _Later(rf"(?<![\w'’-])(?:(?:{_CAP}|{_ACRONYM})[ \t]+){{1,4}}$")
        # "оператора Vexon", "учениях Silver Gale", "клуб ЛКС": a name in Latin letters, or an acronym in the
        # text's own, after a noun that says what it is
        self.latin_name_after_noun = _Later(
            rf"(?<![\w-])(?P<noun>[{t.LETTERS}]+)\s+«?(?P<name>[A-Z][\w&.+-]*(?:\s+[A-Z0-9][\w&.+-]*){{0,3}}"
            rf"|[{t.LETTERS.upper()}]{{2,}}(?![\w-]))")
        # "форуме «Северный путь»", "формате «2+2»", "интернет-портале «Вести»": a quoted name after a noun that
        # says what it is, capitalised where it opens a sentence («Ураган «Мирта» усилился»)
        self.quoted_name_after_noun = _Later(
            rf"(?<![\w-])(?P<noun>[{t.LETTERS.upper()}]?[{t.LETTERS}]+(?:-[{t.LETTERS}]+)?)\s+"
            rf"(?P<quoted>«(?P<name>[^«»\n]{{1,60}})»|“(?P<name2>[^“”\n]{{1,60}})”"
            rf"|\"(?P<name3>[^\"\n]{{1,60}})\")")
        # "the “Clean Rivers” law", "the 'Northern Shield' operation": a quoted name before a noun that says what it is
        self.quoted_name_before_noun = _Later(
            rf"(?P<quoted>[“\"‘'](?P<name>{_CAP}(?:\s+(?:(?:{one_of(t.NAME_CONNECTORS)})\s+)?(?:{_CAP}|{_ACRONYM}))*)[”\"’'])"
            rf"\s+(?P<noun>{one_of(t.NOUNS_AFTER_QUOTED_NAMES) or '(?!)'})\b")
        # "the rebels say", "Ruritanian analysts, on average, had expected": a group speaking
        present = {v[:-2] if v.endswith(("sses", "shes", "ches")) else v[:-1] for v in t.REPORTING_VERBS
                   if v.endswith("s") and " " not in v and not v.endswith("ss")}
        speaking = (rf"(?:,[^,.;\n]{{1,40}},)?\s+(?:(?:{one_of(t.AUXILIARIES)})\s+)?"
                    rf"(?:{one_of(set(t.REPORTING_VERBS) | present) or '(?!)'})\b")
        self.group_speaking = _Later(
            rf"\b(?P<name>(?:(?i:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})\s+)?(?:(?P<owner>{_CAP})\s+)??"
            rf"(?P<noun>(?i:{one_of(t.GROUP_NOUNS) or '(?!)'}))){speaking}")
        self.speaking_after = _Later(speaking)   # "Geologists said": a verb of saying after a subject
        # "according to investigators", «по словам экспертов»: a group cited as the source, in the case the cue takes
        self.cited_group_nouns = _cited_forms(t)
        # "according to vellnews.kz", «передает rus.vell.ee»: a source named by its site's address
        cues = "|".join(cue for cue in (t.ACCORDING_TO, one_of(t.CITING), t.RELAYED_BY, t.RELAY_BEFORE_SOURCE) if cue)
        self.site_cited = _Later(
            rf"(?<!\w)(?i:{cues or '(?!)'})\s+(?:(?i:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})\s+)?"
            rf"(?:https?://)?(?:www\.)?(?P<site>[A-Za-z0-9][A-Za-z0-9-]*(?:\.[a-z0-9-]+)*"
            rf"\.(?:{one_of(joined('SITE_ADDRESS_ENDINGS'))}))(?![\w-]|\.[A-Za-z0-9])")
        self.group_cited = _Later(
            rf"(?<!\w)(?i:{t.ACCORDING_TO or '(?!)'})\s+(?P<name>(?:(?i:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})\s+)?"
            rf"(?P<words>(?:[^\W\d_][\w-]*\s+){{0,3}}?)(?P<noun>(?i:{one_of(self.cited_group_nouns) or '(?!)'})))\b"
            rf"(?![’'])")   # "according to the Tarnian Doctors' Syndicate": a body's name the noun is a word of
        # «организаторы акции утверждают»: people named by what they are, in an inflected language, a genitive of
        # what they are of after them, speaking (the adjectives before them are read by ``_group_speaking_inflected``)
        stems = "|".join(rf"{stem}\w*" for stem in t.REPORTING_STEMS)
        self.group_speaking_inflected = _Later(
            rf"(?<![\w-])(?P<noun>(?i:{one_of(t.GROUP_NOUNS) or '(?!)'}))"
            rf"(?:\s+(?!(?i:{stems or '(?!)'})(?!\w))(?P<of>[{t.LETTERS}]+))?"   # the verb is no genitive after them
            rf"\s+(?P<verb>(?i:{stems or '(?!)'}))(?!\w)")
        # «…, сообщили тарнийские СМИ», «как сообщают местные СМИ»: a press after a verb that closes or opens the
        # report (the adjectives between are read by ``_group_speaking_inflected``)
        self.group_speaking_after_verb = _Later(
            rf"(?:,|[—–]|(?<![\w-])(?i:{one_of(t.SAYING_CLAUSE_OPENERS) or '(?!)'}))"
            rf"\s+(?P<verb>(?i:{stems or '(?!)'}))(?!\w)"
            rf"(?P<words>(?:\s+[{t.LETTERS}]+){{0,3}}?)\s+(?P<noun>(?i:{one_of(t.GROUP_NOUNS) or '(?!)'}))(?![\w-])")
        # "officials from the Vell Water Board": the body the people speak for
        self.body_of_group = _Later(rf"\s+(?:{one_of(t.GROUP_BODY_PREPOSITIONS) or '(?!)'})\s+"
                                    rf"(?P<article>(?:(?:{one_of(t.DEFINITE_ARTICLES) or '(?!)'})\s+)?)(?={_CAP})")
        # "села Варде", "через КПП «Северный Брод»", "в Озёрском районе"
        cap = rf"[{t.LETTERS.upper()}][{t.LETTERS}\-]+"
        # "в посёлке Озёрный Тарвинского района": the area after the name is no second word of it
        area = rf"{t.PLACE_ADJECTIVE_STEM}\s+{t.AREA_NOUNS}" if t.PLACE_ADJECTIVE_STEM and t.AREA_NOUNS else "(?!)"
        self.place_by_kind_inflected = _Later(
            rf"(?<![\w-])(?i:{'|'.join(t.PLACE_NOUNS)}|{t.PLACE_NOUN_ABBREVIATIONS or '(?!)'})\s+«?(?P<name>{cap}(?:\s+(?!{area}){cap})?)»?"
            rf"|(?P<adj>{t.PLACE_ADJECTIVE})\s+(?P<kind>{'|'.join(t.PLACE_NOUNS_AFTER)})")
        # «сёл Вельск, Верин Орла и Тарн»: a plural kind of place and the names it opens, each of one or two words
        item = rf"{cap}(?:\s+(?!{area}){cap})?"
        self.places_listed_after_kind = _Later(
            rf"(?<![\w-])(?i:{t.PLACES_OPENING_LISTS or '(?!)'})\s+"
            rf"(?P<names>{item}(?:(?:,\s*|\s+(?:{one_of(t.CONJUNCTIONS)})\s+){item})*)")
        self.place_list_item = _Later(item)
        # "закон Иванова", «закону Петра Сидорова»: a law named by what follows its noun
        self.law_after_noun = _Later(rf"(?<![\w-])«?(?P<noun>[{t.LETTERS}]+)\s+«?(?P<name>{cap}(?:\s+{cap})?)»?")
        self.law_nouns = set(t.LAW_NOUNS)
        # "сборной Руритании по футболу", "сборной РФ": a team noun, the country's name, the sport
        name = rf"[{t.LETTERS.upper()}][{t.LETTERS}{t.LETTERS.upper()}\-]+"
        self.team_by_country = _Later(
            rf"(?<![\w-])(?P<noun>[{t.LETTERS}{t.LETTERS.upper()}]+)\s+(?P<name>{name}(?:\s+{name})?)"
            rf"(?P<sport>\s+(?:{one_of(t.ORG_COMPLEMENT_WORDS) or '(?!)'})\s+[{t.LETTERS}]+)?")
        self.team_nouns = set(t.TEAM_NOUNS)
        # "ЧМ-2031", "чемпионате мира по хоккею-2031": a tournament of a year, abbreviated or spelled out
        self.tournaments_by_year = [(abbr, re.compile(rf"(?<![\w-])(?:{abbr}[-–\s]|(?:{spelled})[-–])(?P<year>(?:19|20)\d\d)"
                                                      rf"(?![\w-])")) for abbr, spelled in t.TOURNAMENTS_BY_YEAR.items()]
        # "Заречной области": a place named by an adjective and the kind of area, which a later mention may leave out
        self.place_adjective_stem = _Later(t.PLACE_ADJECTIVE_STEM or r"(?!)")
        self.place_with_area = _Later(rf"(?<![\w-])(?:{t.PLACE_ADJECTIVE_STEM or '(?!)'})\s+"
                                      rf"(?P<kind>{t.AREA_NOUNS or '(?!)'})\b")
        # "в Заречной, Озёрской и Лесной областях": adjectives of places' names listed before the one kind they share
        joined_adjective = (rf"(?:(?:,[ \t]*|[ \t]+(?:{one_of(t.CONJUNCTIONS)})[ \t]+)"
                            rf"(?:{t.PLACE_ADJECTIVE_STEM or '(?!)'}))")
        self.places_sharing_area = _Later(
            rf"(?<![\w-])(?P<adjectives>(?:{t.PLACE_ADJECTIVE_STEM or '(?!)'}){joined_adjective}{{1,5}})"
            rf"[ \t]+(?P<kind>{t.AREA_NOUNS or '(?!)'})")
        # "… in Lindholm", "… в Линдхольме": where a body sits, after its name
        self.seat_after = _Later(rf"\s+(?:{one_of(t.EVENT_PLACE_PREPOSITIONS) or '(?!)'})\s+(?P<place>{cap})")
        # "the government", "the opposition": bodies named for the country the text is about (``_focus_bodies``)
        self.focus_body = _Later(rf"\b(?:{one_of(t.FOCUS_BODIES) or '(?!)'})\b"
                                 rf"(?!\s+(?:{one_of(t.PLACE_OF) or '(?!)'})\s+"
                                 rf"(?:(?:{one_of(t.DEFINITE_ARTICLES)})\s+)?(?-i:[{_UPPER}]))", re.I)
        # "Управление Руритании по делам молодёжи": the field or the area a body serves goes on after its owner
        self.field_after = _Later(rf"\s+(?:{one_of(t.ORG_COMPLEMENT_WORDS)})\s")
        # "Управление … по Северной области": which area a body serves, written after its name
        self.served_area = _Later(rf"\s+(?:{one_of(t.ORG_COMPLEMENT_WORDS)})\s+"
                                  rf"(?:(?:{t.SERVED_AREA_NOUNS_BEFORE or '(?!)'})\s*(?=[{t.LETTERS.upper()}]))?"
                                  rf"(?:{cap}(?:\s+(?:[–—-]\s+)?{cap}){{0,4}}"
                                  rf"(?:\s+(?:{t.AREA_NOUNS})\b)?|(?:{t.AREA_NOUNS or '(?!)'})\b)")
        self._later = {name: value for name, value in vars(self).items() if isinstance(value, _Later)}
        for name in self._later:
            delattr(self, name)

    def __getattr__(self, name: str) -> re.Pattern:
        """A pattern read for the first time: compiled now, then an attribute like the others."""
        source = self.__dict__.get("_later", {}).pop(name, None)
        if source is None:
            raise AttributeError(name)
        compiled = self.__dict__[name] = re.compile(source.pattern, source.flags)
        return compiled


@cache
def _patterns(code: str) -> _Patterns:
    return _Patterns(language(code))


WEEKDAY_NAMES = frozenset(joined("WEEKDAYS"))   # also read by extract.attribution
_DAY_WORDS = frozenset(joined("DAY_WORDS"))   # "Yesterday, March 3, …": no dateline's place
_COMMON_ACRONYMS = frozenset(joined("COMMON_ACRONYMS"))   # "an MMR vaccination": a common noun's acronym
_COMPANY_SUFFIXES = set(joined("COMPANY_SUFFIXES"))
_NOT_BODY_HEADS = set(joined("NOT_BODY_HEADS"))
_TICKER = re.compile(TICKER)
_THE = rf"(?:(?:{one_of(joined('DEFINITE_ARTICLES'))})\s+)?"
_OWNED = re.compile(rf"(?P<owner>.+?)(?:{alternation('POSSESSIVE')})\s+(?P<name>.+)")
_NAME_WORDS_BEFORE_POSSESSIVES = frozenset(joined("NAME_WORDS_BEFORE_POSSESSIVES"))
_COMPLEMENT_AND_JOINER_WORDS = frozenset(joined("ORG_COMPLEMENT_WORDS") + joined("ORG_INNER_JOINERS"))
_PLURAL_POSSESSIVE = re.compile(alternation("POSSESSIVE_OF_PLURAL"))   # "Growers’": no "’s"
OWNED_NAME_OF_ITS_OWN = 3   # words from which an owned body's name needs no owner ("Coastal Lending Fund")


def _possessive_inside_name(owner: list[str], possessive: str) -> bool:
    """"the Vell Workers' Party", "the Guild of Vell Carters' Unions": the plural's possessive is a word of one
    body's name, not an owner and its body, when the plural is known or stands in the complement of the name's "of"."""
    return owner[-1] in _NAME_WORDS_BEFORE_POSSESSIVES or (
        any(w in _COMPLEMENT_AND_JOINER_WORDS for w in owner[1:-1]) and owner[-1].endswith("s")
        and bool(_PLURAL_POSSESSIVE.fullmatch(possessive)))
_OCCASION_NOUN_AFTER = re.compile(rf"[ \t]+(?:{one_of(joined('OCCASION_NOUNS_AFTER_NAMES')) or '(?!)'})(?![\w-])")


_NAME_BEFORE_LEGAL_FORM = re.compile(
    rf"(?<![\w-])(?P<name>{_CAP}[ \t]+{_CAP})[ \t]+(?:{one_of(joined('COMPANY_SUFFIXES') + joined('LEGAL_FORMS')) or '(?!)'})"
    rf"(?![\w-])")


# A quotation mark opened and not closed before a point: what follows is inside a quoted name.
_QUOTE_LEFT_OPEN = re.compile(r"[«“][^«»“”]*$")


SURNAME_WORDS = 2   # capitalised words of a surname after a given name: "Ruiz Varela"
TITLE_OF_BODY_REACH = 40   # characters before a body's name where its holder's title ("Chairman of the") stands


class _Finder:
    """One document's names as they are found: the entities, their mentions, the characters already taken."""

    def __init__(self, doc: Document, known: list[Mention], registry: dict[str, Entity],
                 models: tuple[NamedSpan, ...] = ()):
        self.doc, self.known, self.registry = doc, known, registry
        self.patterns = _patterns(doc.lang)
        self.taken = Coverage(doc.text, [m.span for m in known])
        self.found: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        places = [m.span for m in known if self.type_of(m.entity) in ("Country", "Place")]
        self.places = {doc.text[span.start:span.end] for span in places}
        # where the registry or a model names a place or a nationality: whose a body is, or where it sits
        self.where = Coverage(doc.text, places + [n.span for n in models if n.type in ("Place", NATIONALITY)])
        self.nationalities = [n.span for n in models if n.type == NATIONALITY]
        self.model_places = [n.span for n in models if n.type == "Place"]
        self.model_bodies = {n.span for n in models if n.type == "Organization"}
        self.model_bodies_by_end: dict[int, list[Span]] = {}   # the bodies closing where a name ends: cost per name
        for span in self.model_bodies:
            self.model_bodies_by_end.setdefault(span.end, []).append(span)
        self.model_people_spans = {n.span for n in models if n.type == "Person"}
        self.model_people_starts = {span.start for span in self.model_people_spans}
        self.model_people = {doc.text[n.span.start:n.span.end] for n in models if n.type == "Person"}
        self._parties: set[str] | None = None
        self._people: tuple[dict[str, str], dict[str, str]] | None = None
        self.title_case = [para for i, para in enumerate(doc.body) if _in_title_case(doc.text[para.start:para.end])
                           and not (i and _signs_quotation(doc.text, doc.body[i - 1], para))]
        self.areas: list | None = None
        self.common = _lower_case_words(doc)   # words the text writes in lower case somewhere

    @cached_property
    def issued(self) -> tuple[Span, int] | None:
        """The document's issuing headline and where its cue ends (issuing_headline), asked of every name of a
        title-case headline: read once a document."""
        return issuing_headline(self.doc)

    @cached_property
    def names_before_legal_forms(self) -> frozenset[str]:
        """Two capitalised words the text writes before a legal form ("Vexon Systems" of "Vexon Systems Inc"): a
        company's name without it, read once a document."""
        return frozenset(m.group("name") for m in _NAME_BEFORE_LEGAL_FORM.finditer(self.doc.text))

    @cached_property
    def owners_in_the_genitive(self) -> dict[int, Span]:
        """For ``_body_before_owner``, once per document: where the registry's names are written in a form other than
        their base forms (inflected, so the genitive after a noun), the model's places in the genitive and its bodies
        of one word in the genitive (a country it does not know: «министерства транспорта Руритании») start, with
        their spans; such a word the model took for a person's name is a country's too («представитель
        министерства финансов Руритании»)."""
        text = self.doc.text
        owners = {m.span.start: m.span for m in self.known if self.type_of(m.entity) in ("Country", "Organization")
                  and (text[m.span.start:m.span.end] not in {t for t, _ in self.registry[m.entity].all_labels()}
                       or self.type_of(m.entity) == "Organization"
                       and _CAPITALS_WORD.fullmatch(text, m.span.start, m.span.end))}   # «ООН»: no case to show
        owners.update({span.start: span for span in self.where.spans if span.start not in owners
                       and self._may_be_genitive(text[span.start:span.end].split()[0])})
        countries = "GENITIVE_ENDINGS_OF_UNKNOWN_COUNTRIES"
        owners.update({span.start: span for span in self.model_bodies | self.model_people_spans
                       if span.start not in owners
                       and _ONE_CAPITALISED_WORD.fullmatch(text, span.start, span.end)
                       and self._unknown_with_ending(text[span.start:span.end], countries)})
        return owners

    def _may_be_genitive(self, word: str) -> bool:
        """A name's first word in the genitive, or an unknown name whose ending may be its genitive
        (GENITIVE_ENDINGS_OF_UNKNOWN_NAMES), which a guessed case would otherwise keep from its body."""
        return _tagged(word, "gent") or self._unknown_with_ending(word, "GENITIVE_ENDINGS_OF_UNKNOWN_NAMES")

    def _unknown_with_ending(self, word: str, table: str) -> bool:
        """A word the lemmatiser does not know ending in one of the table's endings: a model's body of one word owns
        a body's noun only as a country would (GENITIVE_ENDINGS_OF_UNKNOWN_COUNTRIES), a company («Вельнано») none."""
        endings = getattr(self.patterns.tables, table)
        return bool(endings) and bool(re.search(f"(?:{endings})$", word)) \
            and _LEMMATISED_WORD.fullmatch(word) is not None and not any(p.is_known for p in morph().parse(word)[:4])

    @cached_property
    def country_adjectives(self) -> dict[str, str]:
        """Each registry country's adjective (COUNTRY_ADJECTIVES) and its name, read once a document."""
        table = self.patterns.tables.COUNTRY_ADJECTIVES
        return {adjective: name for entity in self.registry.values() if entity.type == "Country"
                for name, lang in entity.all_labels() if lang == self.doc.lang for adjective in table.get(name, ())}

    @cached_property
    def country_stems(self) -> list[tuple[str, str]]:
        """Each one-word registry country's stem in lower case ("руритан" of "Руритания") and its name: what its
        adjective opens with when no table lists it."""
        return [(stem, name) for entity in self.registry.values() if entity.type == "Country"
                for name, lang in entity.pref_labels if lang == self.doc.lang and " " not in name
                for stem in [_adjective_stem(name, self.patterns.tables.COUNTRY_NAME_ENDINGS)] if len(stem) >= 4]

    @cached_property
    def country_names(self) -> frozenset[str]:
        """``_country_names`` of the registry, made once for the several rules that read it."""
        return _country_names(self.registry)

    @cached_property
    def owner_names(self) -> frozenset[str]:
        """The registry's countries' and bodies' labels in lower case: who may own a body named after them ("UN
        Security Council")."""
        return self.country_names | {label.lower() for entity in self.registry.values()
                                     if entity.type == "Organization" for label, _ in entity.all_labels()}

    def add(self, start: int, end: int, label: str, type_: str, also: tuple[str, ...] = ()) -> None:
        if self.patterns.standing_law.fullmatch(label):
            return    # "the Criminal Code", "the Constitution": a country's standing law, named by its field
        part = type_ == "Agreement" and self.patterns.law_part and self.patterns.law_part.match(label)
        if part:   # "Section 12" alone names no document; "Article 12 of the Clean Water Act" names the act
            if part.end() < len(label) and label == self.doc.text[start:end]:
                self.add(start + part.end(), end, label[part.end():], type_)
            return
        if type_ == "Organization" and label == self.doc.text[start:end]:
            given = self._given_name_inside(start, end)
            body = self._body_before_person(start, end, given)
            if body is None:
                return
            if body != end:
                if given is not None and body <= given.start:   # the person's name the body's ran on into
                    self.add(given.start, given.end, self.doc.text[given.start:given.end], "Person")
                end, label, also = body, self.doc.text[start:body], ()
        span = Span(start, end)
        if not self.taken.free_or_enclosing(span):
            if type_ == "Place" and self.patterns.place_preposition_before.search(self.doc.text, max(0, start - 20), start) \
                    and any(m.span.contains(span) and m.span != span and self.type_of(m.entity) == "Organization"
                            for m in self.mentions):   # "the Election Commission of Ruritania" names the country too
                self._entity(span, label, type_, also)
                self.mentions.append(Mention(new_entity_key(label), span, "name"))
            return
        if not normalise_name(label):
            return
        if _capital_tells_nothing(self, span):
            return    # "Seats in New Parliament"
        person = _registry_person(self.doc.text[start:end].split(), *self.people()) if type_ == "Person" else None
        if person is not None:   # a registry person the text also names in another way
            self.mentions.append(Mention(person, span, "name"))
            self.taken.append(span)
            return
        self._entity(span, label, type_, also)
        self.mentions.append(Mention(new_entity_key(label), span, "name"))
        self.taken.append(span)
        self._drop_shorter(span, type_)

    def _entity(self, span: Span, label: str, type_: str, also: tuple[str, ...]) -> None:
        """The entity of ``label``, made or given the name as written at ``span`` and ``also`` as labels."""
        doc, found = self.doc, self.found
        key = new_entity_key(label)
        entity = found.setdefault(key, Entity(key=key, label=label, type=type_,
                                              pref_labels=((label, doc.lang),)))
        for other in (doc.text[span.start:span.end], *also):
            if other != label and (other, doc.lang) not in entity.alt_labels:
                entity = found[key] = replace(entity, alt_labels=entity.alt_labels + ((other, doc.lang),))

    def _body_before_person(self, start: int, end: int, given: Span | None) -> int | None:
        """Where a body's name ends that runs on into a person's name found inside it (or a full name the model read
        there), with the person's title between or not ("the Vell Port Authority Director Tarja Veld" → "Vell Port
        Authority"): ``end`` if no person is inside; None if what is left names no body (no body's head in it: "Vell
        MEC for Health Tarja Veld"). ``given``: a person's name inside found by its given name (``_given_name_inside``)."""
        person = min((m.span.start for m in [*self.known, *self.mentions] if start < m.span.start and m.span.end <= end
                      and self.type_of(m.entity) == "Person" and m.via != "role"
                      and not all(w.lower() in _PERSON_TITLE_WORDS for w in self.doc.text[m.span.start:m.span.end].split())),
                     default=None)   # a person's name, not a title ("the Department of the President")
        model = min((p.start for p in self.model_people_spans if start < p.start and p.end <= end
                     and len(self.doc.text[p.start:p.end].split()) > 1), default=None)
        if model is not None and (person is None or model < person):
            person = model    # "the Central Bank of Ruritania Jon Vell": a person's full name the model read ends it
        if given is not None and (person is None or given.start < person) \
                and _body_before_title(list(re.finditer(r"\S+", self.doc.text[start:given.start]))):
            person = given.start   # the same where no model read it: a given name and a surname after a body's
        if person is None or _QUOTE_LEFT_OPEN.search(self.doc.text, start, person):
            return end    # «Варга — за Бореалию»: a person's name in a quoted name is one of its words
        words = _body_before_title(list(re.finditer(r"\S+", self.doc.text[start:person])))
        return start + words[-1].end() if words else None

    def _given_name_inside(self, start: int, end: int) -> Span | None:
        """A person's name inside a body's that the name runs on into: a given name the morphology knows (not the
        name's first word: "Vera Rubin Observatory" is named after her) and the capitalised words after it, at most
        ``SURNAME_WORDS`` ("Reserve Bank of Tarsia Jon Varga and Finance Secretary" holds "Jon Varga"), none of them
        a body's or a place's word ("… of Ruritania Vell Group" holds no one), and only after a holder's title before
        the body ("Head of the …"; "The Trade Fund of Ruritania Vell Orma opened …" names no holder)."""
        titled = self.patterns.title_of_body_before
        if titled is None or not titled.search(self.doc.text, max(0, start - TITLE_OF_BODY_REACH), start):
            return None
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", self.doc.text[start:end]))
        for i, word in enumerate(words[1:-1], 1):
            after = list(itertools.takewhile(lambda w: w.group()[:1].isupper(), words[i + 1:i + 1 + SURNAME_WORDS]))
            if word.group()[:1].isupper() and after and given_name_gender(word.group()) is not None \
                    and not any(w.group().lower() in _NOT_PERSON_WORDS for w in [word, *after]):
                return Span(start + word.start(), start + after[-1].end())
        return None

    def _drop_shorter(self, span: Span, type_: str) -> None:
        """"Центробанк" then "Центробанк Руритании" from the model: the longer name of one kind supersedes the
        shorter one found at the same place (a person's, any inside it: "Dana Ostrova" in "Ilse Dana Ostrova"),
        and a name left with no mention goes; so does a place a kind of place names at the end of a body's name
        ("Unified School District" in "the Vell Unified School District"), unless a preposition gives it as the
        body's place ("the Administration of Orlov District")."""
        shorter = [m for m in self.mentions if span.contains(m.span) and m.span != span
                   and ((m.span.start == span.start or type_ == "Person") and self.type_of(m.entity) == type_
                        or self._place_closing_body(m, span, type_))
                   and not POSSESSIVE_AFTER.match(self.doc.text, m.span.end)]   # "the NWC's Board": its owner stays
        if not shorter:
            return
        self.mentions[:] = [m for m in self.mentions if m not in shorter]
        for key in {m.entity for m in shorter} - {m.entity for m in self.mentions}:
            self.found.pop(key, None)

    def _place_closing_body(self, inner: Mention, body: Span, type_: str) -> bool:
        """A place's name closing a body's name, found by its kind of place, with no preposition before it: the
        body's own head noun ("… Water District"), no place of its own."""
        start = inner.span.start
        return type_ == "Organization" and inner.span.end == body.end and self.type_of(inner.entity) == "Place" \
            and not self.patterns.place_preposition_before.search(self.doc.text, max(body.start, start - 20), start)

    def is_place(self, span: Span) -> bool:
        """A place, a country or a nationality written there (a word of the table of demonyms included)."""
        return self.doc.text[span.start:span.end] in _DEMONYMS or any(
            self.where.spans[k].contains(span) for k in {self.where.owner[i] for i in range(span.start, span.end)} if k >= 0)

    def place_around(self, span: Span) -> Span:
        """The whole place written where ``span`` is part of one ("Republic" in "the Republic of Tarnia")."""
        return next((self.where.spans[k] for k in {self.where.owner[i] for i in range(span.start, span.end)}
                     if k >= 0 and self.where.spans[k].contains(span)), span)

    def type_of(self, key: str) -> str | None:
        entity = self.found.get(key) or self.registry.get(key)
        return entity.type if entity is not None else None

    def owned_name(self, owner: str, name: str) -> tuple[str, tuple[str, ...]]:
        """The label and other names of an owned body: "Ruritania's Water Agency" is the "Water Agency of
        Ruritania"; "the Council's Board" the "Council Board", a board of many; "the Vell Bank's Coastal Lending
        Fund" the "Coastal Lending Fund", a name that stands on its own, as news names it again."""
        if owner in self.places and self.patterns.tables.OWNED_BY_PLACE:
            # (the country as the registry labels it: "Türkiye's Water Agency" is the "Water Agency of Turkey")
            of, written = self.patterns.tables.OWNED_BY_PLACE, self._registry_label(owner)
            return of.format(owner=written or owner, owned=name), \
                (name,) + ((of.format(owner=owner, owned=name),) if written and written != owner else ())
        if len(name.split()) >= OWNED_NAME_OF_ITS_OWN and not _generic_body_name(name):
            return name, (f"{owner} {name}",)
        return f"{owner} {name}", (name,)

    def _registry_label(self, written: str) -> str | None:
        """The registry's label of the country or place the text writes so, if it knows one."""
        text = self.doc.text
        return next((self.registry[m.entity].label for m in self.known if text[m.span.start:m.span.end] == written
                     and self.type_of(m.entity) in ("Country", "Place")), None)

    def people(self) -> tuple[dict[str, str], dict[str, str]]:
        """The words of the registry's people the text names (``_surname_owners``), and the first words of their
        names (``_registry_people_words``)."""
        if self._people is None:
            self._people = (_surname_owners(self.known, self.registry),
                            _registry_people_words(self.known, self.registry, first_only=True))
        return self._people

    def parties(self) -> set[str]:
        """Party members' words the text writes with a capital inside a sentence: a party, not a sentence's start."""
        if self._parties is None:
            doc = self.doc
            self._parties = {m.group() for para in doc.body
                             for m in self.patterns.party_members.finditer(doc.text, para.start, para.end)
                             if doc.text[para.start:m.start()].rstrip()[-1:] not in ("", *".!?:\"“")}
        return self._parties


def find_names(doc: Document, known: list[Mention], models: tuple[NamedSpan, ...] = (),
               registry: dict[str, Entity] | None = None) -> tuple[list[Entity], list[Mention]]:
    """Entities and mentions for names outside the registry's mentions.

    The rules' names come first (they know titles and place nouns; the
    language's ``NAME_RULES`` say which run), then the names the models found in
    what is left; a bare surname after a full name, or an acronym given in
    brackets after a name, is that entity again. ``known``, the registry's
    mentions, is updated in place: those that turn out to be words of a longer
    name ("Ruritania" in "Ruritania 24") leave it.
    """
    models = _titles_before_people(doc.text, _places_from_to(doc.text, _people_joined_to_people(
        doc.text, _office_complement_in_person(doc.text, _portfolio_before_person(doc.text, _name_across_particles(
            doc.text, _name_across_nickname(doc.text, _given_name_before_surname(doc.text, models))))))))
    models = _place_after_a_name(doc.text, _place_glued_to_person(doc.text, _places_listed_in_one_span(
        doc.text, _place_in_a_place(doc.text, _places_of_residents(doc.text, _person_apposed_in_one_span(
        doc.text, models))))))
    models = _company_title_in_person(doc.text, _seat_before_member(doc.text, _name_across_abbreviation(
        doc.text, _companies_joined_in_one_span(doc.text, models))))
    models = _person_without_letters(doc.text, _voice_cut_from_its_body(doc.text, _apposed_person_read_as_people(
        doc.text, _surname_after_a_bracketed_given_name(doc.text, _word_glued_after_a_person(doc.text, models)))))
    known[:] = [m for m in known if not _CURRENCY_SIGN.match(doc.text, m.span.end)]   # "US$500": a currency
    known[:] = _without_given_names_of_others(doc.text, known, models, registry or {}, doc.lang)
    known[:] = _without_places_closing_double_surnames(doc.text, known, models, registry or {})
    quoted_places = _quoted_places(doc.text, known, registry or {})
    known[:] = [m for m in known if m not in quoted_places]
    f = _Finder(doc, known, registry or {}, models)
    for m in quoted_places:   # «Москва», "Ruritania": a club, a firm or a paper named after the place
        numbered = _NUMBER_CLOSING_A_QUOTED_NAME.match(doc.text, m.span.end)
        if numbered:   # «Рустави 2»: a channel's name, the place and its number
            f.add(m.span.start, numbered.end(), doc.text[m.span.start:numbered.end()], "Organization")
            continue
        written = doc.text[m.span.start:m.span.end]
        f.add(m.span.start, m.span.end, _base_form([written], "Organization") if LEMMATISED.search(written) else written,
              "Organization")
    models = tuple(name for name in models if name.type != NATIONALITY)
    found, mentions, taken, add, type_of = f.found, f.mentions, f.taken, f.add, f.type_of
    tables = f.patterns.tables
    agency = agency_span(doc)
    if agency is not None:   # the dateline's agency, named whether or not the registry knows it
        for part in _AGENCY_PART.finditer(doc.text, agency.start, agency.end):   # "(Vell TV/Northwire)": two
            add(part.start(), part.end(), part.group(), "Organization")
    place = dateline_place_span(doc) or _bare_dateline(f)
    written = doc.text[place.start:place.end] if place is not None else ""
    if written and written.lower() not in WEEKDAY_NAMES | _DAY_WORDS | set(_MONTHS) \
            and not _verb_opening_a_sentence(doc, place.start, place.end):   # "MALDENA, Sep 29 :", not "Monday, Sep 29", "Напомним, 5 мая"
        add(place.start, place.end, written.title() if written.isupper() else written, "Place")
    for item in dateline_place_spans(doc):   # "NORDPORT, Ost. (Agency) —" opening an item further down a round-up
        written = doc.text[item.start:item.end]
        add(item.start, item.end, written.title() if written.isupper() else written, "Place")
    office = _issuing_office(f)
    if office is not None:   # "Statement attributable to the Spokesman for the Secretary-General"
        label = doc.text[office.start:office.end]
        add(office.start, office.end, label, "Person" if label.split()[0].lower() in _PERSON_TITLE_WORDS else "Organization")
    for m in [m for m in known if type_of(m.entity) == "Organization"]:
        glued = _GLUED_NAME.match(doc.text, m.span.end)
        if glued:   # "Interfax-Ruritania": a body the registry knows, and a longer name of another
            known.remove(m)
            add(m.span.start, glued.end(), doc.text[m.span.start:glued.end()], "Organization")
    for para in doc.body:
        for rule in tables.NAME_RULES:
            PARAGRAPH_RULES[rule](f, para)
    people, firsts = _surname_owners(known, f.registry), _registry_people_words(known, f.registry, first_only=True)
    common = f.common
    listings = [Span(m.start(), m.end()) for m in _TICKER.finditer(doc.text)]
    registry_names = Coverage(doc.text, [m.span for m in known])
    owners = Coverage(doc.text, [m.span for m in known])   # and the places the model found: whose body it is
    for name in models:
        if (name.type == "Place" or name.type == "Organization" and (_ACRONYM_OPENING.match(doc.text, name.span.start)
                                                                   or _written_out_with_acronym(doc.text, name.span))
                or _one_declined_word(doc.text[name.span.start:name.span.end])) \
                and owners.free(name.span):   # "Пограничная служба ГКНБ Руритании": a unit of the body after it
            owners.append(name.span)
    lone: list[tuple[int, int, str]] = []   # one-word names the model took for people's
    models = _retype_by_context(f, _person_without_places_after(doc.text, _one_name_in_two_spans(
        doc.text, models, f.patterns.tables)))
    named_alone = {doc.text[n.span.start:n.span.end] for n in models} | {doc.text[m.span.start:m.span.end] for m in known}
    products, product_words = _products(f, models)
    pathogens = _pathogens(doc.text)
    # "the Vell Prant Sabha constituency": a place named by its seat in an assembly (``_place_by_kind``)
    seats = [m.start("seat") for m in f.patterns.place_by_kind.finditer(doc.text) if m.group("seat")]
    titled_labels = _titled_capitals_labels(doc)
    inverted = _inverted_names(doc, models)
    # readings of a name as a person's that stand elsewhere than on a street ("Tomas Street said …")
    person_readings = Counter(doc.text[n.span.start:n.span.end] for n in models if n.type == "Person"
                              and not _on_a_street(doc.text, n.span.start, n.span.end,
                                                   doc.text[n.span.start:n.span.end]))
    for name in models:
        if any(name.span.start <= seat < name.span.end for seat in seats):
            continue    # the model's span runs the place into the assembly's name
        if any(m.start() <= name.span.start < m.end() for m in inverted):
            continue    # "Roe, Jane" over a transcript: one person, whom the model split in two
        if any(m.start("name") <= name.span.start < m.end("name") for m in titled_labels):
            continue    # "MR. VELL:" in a transcript: a person, whatever the model took the surname for
        if any(listing.contains(name.span) for listing in listings):
            continue    # "(NASDAQ: XYZ)": an exchange and a share's symbol, not names in the text
        if credit(doc.text, name.span) or _CREDITED.search(doc.text, max(0, name.span.start - 20), name.span.start):
            continue    # "[Agency]" closing a caption, "photo: Agency": a credit
        if (note := ROOM_NOTE.match(doc.text, max(0, name.span.start - 1))) and note.group("stop") \
                and note.start("note") == name.span.start and name.span.end <= note.end("note"):
            continue    # "(Laughter.)", "(Inaudible.)": what a transcript notes of the room, no name
        if name.type == "Person" and _ISSUE_OF_A_SERIES.search(doc.text, max(0, name.span.start - 40), name.span.start):
            continue    # "the centre's latest Atrocity Alert notes": an issue of a publication, no one's name
        if name.type == "Person" and _byline(doc, name.span):
            continue    # the author's name on a line of its own, or closing the headline after a dash
        if name.type == "Person" and _runs_into_owned_body(f, name.span):
            continue    # "Mara Velsen’s Civic Union" read whole: her name and her party's, found apart
        if _AREA_AND_SEAT.match(doc.text, name.span.end) or (
                _AREA_AND_SEAT_ANY.match(doc.text, name.span.end)
                and _THE_BEFORE.search(doc.text, max(0, name.span.start - 12), name.span.start)):
            add(name.span.start, name.span.end, doc.text[name.span.start:name.span.end], "Place")
            continue    # "the Dunmore, Ind.-based company": a town the text names with its state, whatever the
            #             model took it for
        if (name.type == "Place" and place_in_a_modifier(doc.text, name.span)) \
                or _SEAT_COMPOUND.match(doc.text, name.span.end):
            continue    # "a Borealia-based group": where it is based (a place, whatever the model took it for),
            #             the text does not speak of the place
        shorter = _headline_name_written_shorter(f, name.span) if name.type == "Person" else None
        if shorter is not None:
            name = replace(name, span=shorter)
        if _capital_tells_nothing(f, name.span):
            continue    # "Rescues Continue as …"
        if name.type == "Organization" and _field_before_body_noun(f, name.span):
            continue    # "The Public Health agency said": a body the text describes by its field, no name
        if name.type in ("Place", "Country") and after_an_event_head(doc.text, name.span.start):
            continue    # «в Кубке Руритании»: a word of the contest's name, not the country
        event = _event_after_place(doc.text, name)
        if event is not None:   # "the Tarnia Open": the event, not the place
            add(name.span.start, event, doc.text[name.span.start:event], "Event")
            continue
        if _eponym(doc.text, name.span):
            continue    # "Varden's disease": a condition named after someone
        if _names_a_pathogen(doc.text, name, pathogens):
            continue    # "a Varna patient" after "the Varna virus": the disease's agent, no body
        if _BRACKETED_BANNER.fullmatch(doc.text, name.span.start - 1, name.span.end + 1):
            continue    # "VELLPORT, Tarnia (UPDATE) --": what the dateline's brackets say of the story, no name
        if doc.text[name.span.start:name.span.end] in _RANK_ACRONYMS or name.type != "Person" and any(
                m.start() <= name.span.start and name.span.end <= m.end()
                for m in _RANK_WRITTEN_OUT.finditer(doc.text, max(0, name.span.start - 40), name.span.end + 40)):
            continue    # "led by the DPO", "Station House Officer Jane Roe": a rank, no body
        if name.type != "Person" and _RANK_BEFORE_NAME.match(doc.text, name.span.start, name.span.end):
            name = replace(name, type="Person")   # "CSP Jane Roe": her rank, then her name (the rank is cut below)
        cleaned = _clean_model_name(doc, name, people, firsts, registry_names, owners)
        if cleaned is None:
            continue
        if len(cleaned) == 2:
            key, span = cleaned
            if taken.free(span):
                mentions.append(Mention(key, span, "name"))
                taken.append(span)
            continue
        start, end, label = cleaned
        if name.type == "Organization" and _office_before_holder(f, label, end):
            continue
        if name.type == "Organization" and doc.text[start:end] == label \
                and (bodies := _two_bodies(f, start, end)) is not None:
            _first_of_two_bodies(f, start, bodies[0])
            start, label = bodies[1], doc.text[bodies[1]:end]
        if label in products or _words_of_products(label, product_words, named_alone - products):
            continue    # "the Vexa 7 smartphone", "Vexa" or "Norvik Vexa" alone: a product, no body's or person's name
        storm = _storm_kind_before(doc.text, start, label)
        if storm is not None:   # "Hurricane Alda", whatever the model took "Alda" for: the storm
            start, label, name = storm, f"{doc.text[storm:start]}{label}", replace(name, type="Event")
        if name.type == "Organization" and _contest_name(label):
            name = replace(name, type="Event")   # "the Tarnia Open", "the Northern Tour Finals": a contest
        mark = _ORG_NAME_ENDING_AFTER.match(doc.text, end)
        if mark and doc.text[start:end] == label:   # "Vardenby City FC" whose mark the model left out: the club's
            end, label = mark.end(), doc.text[start:mark.end()]   # whole name (typed by its ending below)
        article = _PUBLICATION.match(doc.text, end) and _ARTICLE_RIGHT_BEFORE.search(doc.text, max(0, start - 6), start)
        if article:   # "the Harbour Herald newspaper": a publication's article is part of its name
            label, name = f"{article.group().strip().capitalize()} {label}", replace(name, type="Organization")
        elif name.type != "Organization" and (label.split()[-1] in _ORG_NAME_ENDINGS
                                              or _club_or_party_name(label) or named_as_outlet(doc.text, start, end)
                                              or _masthead_name(doc.text, start, label)):
            name = replace(name, type="Organization")   # "Vexa television reported", "Nordport FC": an outlet, a club
        elif name.type == "Organization" and _INITIALS_AND_ONE_WORD.fullmatch(label):
            name = replace(name, type="Person")   # "as stated by J. K. Velsen": initials and a surname, a person's
        elif name.type == "Place" and _OWNERS_BODY_HEAD.search(label):
            name = replace(name, type="Organization")   # "the Vell County Sheriff's Office": an officer's body
        elif name.type != "Event" and " " in label and label.split()[-1] in _EVENT_NAME_ENDINGS:
            name = replace(name, type="Event")   # "the Vell Assembly Elections": a vote
        elif " " in label and label.split()[-1] in _WILDFIRE_NAME_ENDINGS and name.type != "Event" \
                and (name.type == "Person" or _written_as_a_surname(f, label) or _in_a_wildfire_s_context(doc.text,
                                                                                                         start, end)):
            name = replace(name, type="Organization" if name.type == "Person" or _written_as_a_surname(f, label)
                           else "Event")   # "the Vell Canyon Fire burned": the fire, not the canyon nor a body;
            #                                "Vell Fire said": a fire service, no one's name; "Crews from Vell Fire
            #                                fought it": no fire's words nor article, as the model read it
        elif name.type != "Place" and _on_a_street(doc.text, start, end, label) and not person_readings[label]:
            name = replace(name, type="Place")   # "a trap on Vell Bagh Road": a street, no one's name elsewhere
        elif name.type != "Place" and " " in label and label.split()[0] in _PLACE_NAME_OPENERS:
            name = replace(name, type="Place")   # "Barangay Vell": a village
        elif name.type == "Organization" and " " not in label and not label.isupper() \
                and (area := _PLACE_NOUN_AFTER_ONE_WORD.match(doc.text, end)) \
                and not _NOUN_AFTER_A_PLACE_NOUN.match(doc.text, area.end()):
            name = replace(name, type="Place")   # "the Vell area": a place; not "the Vexon area manager"
        elif name.type == "Organization" and " " in label and label.split()[-1] in _PLACE_NAME_ENDINGS:
            name = replace(name, type="Place")   # "the Orla Panhandle": a stretch of land
        elif name.type == "Organization" and _member_state(doc.text, label):
            name = replace(name, type="Place")   # "Vell State": a federation's province, not its government
        person = next((m.span.start for m in [*known, *mentions] if start < m.span.start < end
                       and type_of(m.entity) == "Person"), None)
        if person is not None and _QUOTE_LEFT_OPEN.search(doc.text, start, person):
            person = None   # «Варга — за Бореалию»: a person's name in a quoted name is one of its words
        if person is not None and name.type != "Person":   # "the Ruritanian Federation Jane Roe": the body ends
            words = list(re.finditer(r"\S+", doc.text[start:person]))
            while words and words[-1].group().strip(",").lower() in _PERSON_TITLE_WORDS:
                words.pop()   # "Vell County Sheriff Jane Roe": the title is hers, no word of the place's name
            end = len(doc.text[:start + words[-1].end()].rstrip(" ,")) if words else start
            label = doc.text[start:end]
            if not label.strip():
                continue
        if " " not in label and label.lower() in common and not _acronym_in_prose(doc, start, end):
            continue    # "Athletics" opening a phrase, "athletics" elsewhere: a word of the language
        if name.type == "Organization" and " " in label and label.split()[-1] not in tables.ORG_HEADS \
                and label.lower() != label and _in_lower_case_in_prose(doc.text, label.lower()):
            continue    # "the First Team management", "the first team staff" elsewhere: a phrase of the language
        if " " in label and name.type == "Organization" and doc.text[start:end] == label \
                and _field_of_a_title(doc, label.split()[-1], end):
            end -= len(label.split()[-1]) + 1   # "the VWB Corporate Secretary": the office's field closes no name
            label = doc.text[start:end].rstrip()
            end = start + len(label)
            if " " not in label and not label.isupper() and _english_noun(label):
                continue    # "the Union Agriculture minister": the level of government, a word of the language
        if " " not in label and name.type == "Organization" and _field_of_a_title(doc, label, end):
            continue    # "Interior Minister Jane Roe", "Appellate Judges …": the office's field, no body's name
        if name.type == "Organization" and _portfolio_of_a_title(doc, label, start):
            continue    # "the Director of Operations": an office's field, no body's name
        if name.type == "Organization" and WRITTEN_OUT_RANK.match(label):
            continue    # "the Additional Superintendent of Police": a police rank, no body's name
        if " " not in label and _title_again_capitalised(f, label, start):
            continue    # "the Premier said": a title written again, whose holder ``_title_again`` or attribution finds
        if " " not in label and _plural_noun_opening_a_sentence(doc, start, end):
            if f.patterns.speaking_after.match(doc.text, end):
                add(start, end, label, "Group")   # "Geologists said": people of a kind speaking as one party
            continue    # "Geologists found …": people of a kind, no one's name
        if _kind_of_thing_abbreviated(doc.text, label, end):
            continue    # "Ground Storage Tanks (GSTs)", "the GSTs": things of a kind, no name
        if label in _COMMON_ACRONYMS or label in _FIGURES_OF_SPEECH or label in _TEMPERATURE_SCALES \
                or _acronym_of_common_words(doc.text, label) \
                or _NUMBERED_STEP.fullmatch(label) or (" " not in label and _adjective_opening_a_sentence(doc, start, end)):
            continue    # "an MMR vaccination", "директора НПЗ"; "Frantic rescue efforts continue", "Category 4": no name
        if label.isupper() and " " not in label and _CLOCK_BEFORE.search(doc.text, max(0, start - 16), start):
            continue    # "09:40 GMT", "(1430 GMT)": a clock's time zone
        if (compound := _ACRONYM_LED_COMPOUND.fullmatch(label)) and compound.group("noun").islower():
            continue    # "IT-компания", "PR-campaign": a common noun an acronym qualifies, no name
        if " " not in label and len(parts := re.split(r"[-–]", label)) > 1 and all(p in named_alone for p in parts):
            continue    # "the Vexon-Norvik rumour": two names found alone elsewhere, joined
        if name.type == "Organization" and label.split()[-1] in _NOT_BODY_HEADS:
            continue    # "the Clean Air Policy": a measure, not a body
        if " " not in label and name.type == "Organization":   # "МИД" after "МИД России": that ministry again
            bodies = {m.entity for m in known if m.span.end <= start and type_of(m.entity) == "Organization"
                      and doc.text[m.span.start:m.span.end].split()[0] == label
                      and " " in doc.text[m.span.start:m.span.end]}
            if len(bodies) == 1:
                if taken.free(Span(start, end)):
                    mentions.append(Mention(bodies.pop(), Span(start, end), "name"))
                    taken.append(Span(start, end))
                continue
        company = [e.key for e in found.values() if e.type == "Organization"
                   and (_short_company_name(e.label) == label
                        or (label != e.label and " ".join(_without_endings(e.label)) == label))]
        if len(company) == 1 and taken.free(Span(start, end)):   # "Vexon", "Vardenby City", whatever the model took
            #                                                       it for
            mentions.append(Mention(company[0], Span(start, end), "name"))
            taken.append(Span(start, end))
            continue
        kinded = [e.key for e in found.values() if e.type == "Place" and _named_with_kind(e.label, label, tables)] \
            if name.type != "Place" and not f.patterns.speaking_after.match(doc.text, end) else []
        #   a place the model found alone may be the town, not its district; and "Haluria said" is no "Haluria Bay"
        if len(kinded) == 1 and taken.free(Span(start, end)):   # "the Tarvo and Orra districts … in Tarvo": that
            #                                                    district, for all the model took the name for a person
            mentions.append(Mention(kinded[0], Span(start, end), "name"))
            taken.append(Span(start, end))
            continue
        if " " not in label and (name.type == "Person"
                                 or _surname_named_before(found, mentions, label, start,
                                                          _beside_verb(f.patterns, doc.text, Span(start, end)))):
            if name.type == "Person":
                lone.append((start, end, label))
            continue   # news names a person in full first; a bare surname is linked to that below,
            # whatever type the model gave it ("… said Dana Ostrova. … Ostrova added")
        home = _COMPANY_OF_PLACE.fullmatch(label) if name.type == "Organization" and doc.text[start:end] == label \
            else None
        if home and not is_describing_word(home.group("company")) \
                and any(not Span(start, end).contains(o) for o in word_occurrences(doc.text, home.group("company"))):
            # "Vexlor of Port Ander … Vexlor said": the company, and the town it is from
            add(start, start + len(home.group("company")), home.group("company"), "Organization")
            add(start + home.start("place"), end, home.group("place"), "Place")
            continue
        owned = _OWNED.fullmatch(label) if name.type == "Organization" else None
        if owned and _possessive_inside_name(owned.group("owner").split(),
                                             label[owned.end("owner"):owned.start("name")].strip()):
            add(start, end, label, name.type)   # "the Vell People's Party": one name, no owner's
        elif owned and _OCCASION_NOUN_AFTER.match(doc.text, end):   # "the NWC's Harvest Pledge ceremony": the
            _owner_too(f, Span(start, start + len(owned.group("owner"))))    # owner's occasion, no body's name
        elif owned:   # "the Central Bank's Monetary Committee", as the rules name it
            _owner_too(f, Span(start, start + len(owned.group("owner"))))
            owned_label, also = f.owned_name(owned.group("owner"), owned.group("name"))
            add(start, end, owned_label, name.type, also)
        elif name.type == "Person" and (_POSSESSIVE.search(label) or label.split()[-1] in _COMPANY_SUFFIXES):
            add(start, end, label, "Organization")   # a firm named after its founder; "Vexon Holdings"
        elif name.type == "Place" and (label.split()[-1] in _LOWER_CASE_BODY_HEADS
                                       or label.split()[-1] in tables.INSTITUTION_HEADS):
            add(start, end, label, "Organization")   # "Тарвинский районный суд", "the Vell Hospital": a body, whatever
            #                                          the model said
        elif name.type == "Place" and label in tables.STATE_ABBREVIATIONS and doc.text.startswith(".", end):
            add(start, end, tables.STATE_ABBREVIATIONS[label], "Place")   # "Vellby, Calif.": the state
        elif name.type == "Organization" and doc.text[start:end] == label and _title_and_one_name(label) \
                and label.split()[0].lower() not in _ADJECTIVE_TITLE_WORDS:
            first = label.split()[0]   # "Inspector Steel said": a person's title and surname, whatever the model said
            add(start + len(first) + 1, end, label[len(first) + 1:], "Person")
        else:
            add(start, end, label, name.type)
            if name.type == "Organization":
                _country_as_a_word_of_a_name(f, Span(start, end), label)
    _people_of_turn_labels(f)
    _people_of_titled_labels(f, titled_labels)
    _people_of_named_capitals_labels(f)
    for m in inverted:
        f.add(m.start(), m.end(), f"{m.group('given')} {m.group('surname')}", "Person")
    _one_person_in_two_forms(doc, found, mentions)
    _one_person_with_a_shortened_given_name(found, mentions)
    _later_surnames(f, taken)
    _lone_names(f, lone)
    _word_opening_a_longer_name(f)
    _first_names_alone(f)
    _names_before_acronyms(f)
    _employers_written_as_acronyms(f)
    _acronyms(doc, found, mentions, taken)
    _acronyms_of_initials(f)
    _acronyms_written_again(f)
    _party_short_names(f)
    _first_word_of_a_body(f)
    _kind_of_a_countrys_body(f)
    _kind_before_a_quoted_name(f)
    _one_company_in_two_legal_forms(f)
    _one_body_written_apart_and_together(f)
    _one_body_in_two_word_orders(f)
    _short_forms(f)
    _company_short_names_again(f)
    _short_name_of_a_longer_body(f)
    _firm_called_by_its_first_partners(f)
    _short_head_of_a_body(f)
    _acronym_with_a_head_word(f)
    _tail_of_a_longer_body(f)
    _name_after_its_kind(f)
    _inflected_forms(found, mentions)
    _one_body_in_its_case_forms(f)
    _surname_alone_in_another_case(doc, found, mentions)
    _person_in_the_case_of_the_surname_alone(doc, found, mentions)
    for rule in tables.NAME_RULES_AFTER_MODELS:
        DOCUMENT_RULES[rule](f)
    _word_cut_at_the_end(doc, found, mentions)
    _people_in_quoted_names(f)
    return sorted(found.values(), key=lambda e: e.key), sorted(mentions, key=lambda m: m.span.start)


def _people_in_quoted_names(f: _Finder) -> None:
    """Партия «Варга — за Бореалию»: a person's name inside the quoted name of a body is a word of that name (a
    party named after its leader), no mention of the person; the registry's mention leaves ``f.known``."""
    quoted = [m.span for m in f.mentions if f.type_of(m.entity) == "Organization"]
    f.known[:] = [k for k in f.known if not (f.type_of(k.entity) == "Person" and any(
        s.contains(k.span) and _QUOTE_LEFT_OPEN.search(f.doc.text, s.start, k.span.start) for s in quoted))]


def _word_cut_at_the_end(doc: Document, found: dict[str, Entity], mentions: list[Mention]) -> None:
    """A page cut off in mid-word ("… talks with Azerba"): a name found in the last word of a text that ends on a
    letter may be a stub of a longer one ("Azerba", «Бу»), and is no name; the registry's names stay."""
    end = len(doc.text)
    if not doc.text[-1:].isalpha():
        return
    cut = [m for m in mentions if m.span.end == end and m.entity in found]
    mentions[:] = [m for m in mentions if m not in cut]
    for key in {m.entity for m in cut} - {m.entity for m in mentions}:
        found.pop(key)


# ---------------------------------------------------------------------------
# The rules a language's NAME_RULES table names, run on each paragraph in that order
# ---------------------------------------------------------------------------

_NUMBERED = re.compile(r"\w*\d\w*")   # "7", "S24", "A11": a model's number


def _field_before_body_noun(f: _Finder, span: Span) -> bool:
    """Capitalised common words before a body's noun in lower case ("the Public Health agency", "the Interior
    ministry"): the body's field, which describes it, not a name (English: Russian writes fields in lower case);
    not before a noun that follows a body's own name ("the Green Future party": BODY_NOUNS_AFTER_NAMES)."""
    t = f.patterns.tables
    after = re.match(r"\s+([a-z]+)(?!\w)", f.doc.text[span.end:span.end + BODY_NOUN_REACH])
    lead = _DETERMINER.match(f.doc.text, span.start, span.end)
    words = f.doc.text[lead.end() if lead else span.start:span.end].split()
    return f.doc.lang == "en" and after is not None and after.group(1) in t.BODY_NOUNS \
        and after.group(1) not in t.BODY_NOUNS_AFTER_NAMES and all(is_describing_word(w.lower()) for w in words)


BODY_NOUN_REACH = 30   # characters after a name within which the body's noun in lower case is read


def _products(f: _Finder, models: tuple[NamedSpan, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The names with a number, or a body's name and more words ("Norvik Vexa"), that the text writes beside a
    product's noun ("the Vexa 7 smartphone", "the chipset Orn 40", "a chipset, the Orn 40", "Norvik Vexa phones"),
    and the words of the line such a name opens ("Vexa"), unless a model also takes that word alone for a body's
    ("Vexa said"): a maker named by its product line. Not a name closing on a company's word ("Norvik Systems")."""
    text, p = f.doc.text, f.patterns
    bodies = {text[n.span.start:n.span.end] for n in models if n.type == "Organization"}
    products = set()
    for label in {text[n.span.start:n.span.end] for n in models}:
        words = label.split()
        if len(words) < 2 or not (_NUMBERED.fullmatch(words[-1]) or words[0] in bodies
                                  and words[-1] not in _COMPANY_SUFFIXES | _ORG_HEADS | _ORG_NAME_ENDINGS):
            continue
        for at in word_occurrences(text, label):
            if p.product_noun_after.match(text, at.end) or p.product_noun_before.search(text, max(0, at.start - 40),
                                                                                         at.start):
                products.add(label)
                break
    words = {w for label in products for w in label.split() if not _NUMBERED.fullmatch(w)} - bodies
    return frozenset(products), frozenset(words)


def _words_of_products(label: str, product_words: frozenset[str], names: set[str]) -> bool:
    """"Vexa", "Norvik Vexa": a product line's word, alone or after its maker's name (another name found here)."""
    words = label.split()
    return any(w in product_words for w in words) and all(w in product_words or w in names for w in words)


def _speaker_of_a_topic_line(f: _Finder, para: Span) -> None:
    """"Варга о пароме: «…»", "Varga on the ferry: '…'": a paragraph (a headline, most often) that opens with a name
    of one to three words, a word of what the words after its colon are about (``HEADLINE_TOPIC_WORDS``) and a
    quotation after the colon names a person who speaks where the models read no name there; not where a word is a
    title, no name, or one the dictionary knows as a common word ("Experts on the crisis: …"), nor a body's name
    ("Vexon Ltd on tariffs: …") or one the models or the registry read as a body's or a place's."""
    m = _TOPIC_LINE.match(f.doc.text, para.start, para.end)
    if m is None:
        return
    words, span = m.group("name").split(), Span(m.start("name"), m.end("name"))
    if set(words) & (f.patterns.not_names | f.patterns.title_words) or any(_common_word(w) for w in words) \
            or words[-1] in f.patterns.tables.ORG_HEADS or words[-1] in _COMPANY_SUFFIXES \
            or _read_as_body_or_place(f, span) \
            or not f.taken.free(span):
        return    # "Vexon Ltd on tariffs", a body or place the models or the registry read: no person's name
    f.add(span.start, span.end, m.group("name"), "Person")


def _read_as_body_or_place(f: _Finder, span: Span) -> bool:
    """Whether a model read a body's or a place's name over any of ``span``."""
    return any(b.start < span.end and span.start < b.end for b in (*f.model_bodies, *f.model_places))


def _words_of(names: set[str]) -> set[str]:
    """The token keys of every word of ``names``: a word any of them holds, however inflected."""
    return set().union(*(token_keys(w) for name in names for w in name.split()))


def _surname_before_saying(f: _Finder, para: Span) -> None:
    """«Варга также сообщил, что …»: one capitalised word opening a sentence right before a past verb of saying (an
    adverb such as «также» between, ``THERE_ADVERBS``) that the lemmatiser reads first as a surname in the
    nominative of the verb's gender names a person, where neither a model nor the registry read it, nor any name of
    a person they read holds it ("Сергей Варга … Варга сообщил": the short form links to him)."""
    people = {*f.model_people, *(f.doc.text[m.span.start:m.span.end] for m in [*f.known, *f.mentions]
                                 if f.type_of(m.entity) == "Person")}
    words = _words_of(people)
    for m in _SURNAME_BEFORE_SAYING.finditer(f.doc.text, para.start, para.end):
        if token_keys(m.group("name")) & words:
            continue
        span = Span(m.start("name"), m.end("name"))
        gender = _past_gender_of_saying([m.group("verb")])
        first = morph().parse(m.group("name"))[0]
        if gender is not None and "Surn" in first.tag and first.tag.case == "nomn" \
                and (first.tag.gender == gender or "ms-f" in first.tag) and f.taken.free(span) \
                and not _read_as_body_or_place(f, span):
            f.add(span.start, span.end, m.group("name"), "Person")


_SURNAME_BEFORE_SAYING = re.compile(
    rf"(?:(?<=^)|(?<=[.!?…]\s)|(?<=[.!?…]\s\s)|(?<=\n))(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    rf"\s+(?:(?:{one_of(language('ru').THERE_ADVERBS)})\s+)?(?P<verb>[а-яё]+л[аи]?)(?!\w)")


def _common_word(word: str) -> bool:
    """A word the dictionary of its script knows, as no one's name: "Experts", "Asked", «Эксперты»; not "Varga",
    «Кальвин»."""
    if LEMMATISED.search(word):
        parses = morph().parse(word)
        return any(p.is_known for p in parses) and not any({"Name", "Surn"} & set(p.tag.grammemes) for p in parses)
    return is_describing_word(word) or is_verb_form(word)


_TOPIC_NAME_WORD = rf"[{_UPPER}{capitals()}][^\W\d_]+(?:[-'’][^\W\d_]+)?"
_TOPIC_LINE = re.compile(rf"(?P<name>{_TOPIC_NAME_WORD}(?:[ \t]+{_TOPIC_NAME_WORD}){{0,2}})[ \t]+"
                         rf"(?i:{alternation('HEADLINE_TOPIC_WORDS')})[ \t]+[^\n:«»\"“”]{{1,120}}:[ \t]*[«„“\"']")


def _titled_name_beside_verb(f: _Finder, para: Span) -> None:
    """"…, The Harbour Herald reported": a publication's name, its article included."""
    for m in f.patterns.titled_name_beside_verb.finditer(f.doc.text, para.start, para.end):
        if f.taken.free(Span(m.start("name"), m.end("name"))):
            f.add(m.start("name"), m.end("name"), m.group("name"), "Organization")


def _law_by_head(f: _Finder, para: Span) -> None:
    """"the Clean Water Act", "the Treaty of Ruritania"; a year before the name tells when it was made, not its
    name ("the 2019 Veltor Accord" is the Veltor Accord)."""
    p, text = f.patterns, f.doc.text
    for m in p.law_by_head.finditer(text, para.start, para.end):
        words = m.group("name").split()
        while words and (words[0] in p.not_names or _YEAR.fullmatch(words[0])):
            words = words[1:]
        going_on = _WORD_GOING_ON.match(text, m.end("name"))
        if going_on and going_on.group("word").lower() not in WEEKDAY_NAMES | set(_MONTHS):
            continue    # "the Vell National Accord Society": the head is a word of a longer name, a body's
        if len(words) > 1:
            name = " ".join(words)
            f.add(m.end("name") - len(name), m.end("name"), name, "Agreement")


_YEAR = re.compile(r"1\d{3}|20\d{2}")   # a year written before a law's name: "the 2019 Veltor Accord"
_AGENCY_PART = re.compile(r"[^/\s](?:[^/\n]*[^/\s])?")   # one of the agencies a dateline joins with a slash
# A one-word company's name and the town it is from, as older news writes them: "Vexlor of Port Ander".
_COMPANY_OF_PLACE = re.compile(rf"(?P<company>[{_UPPER}][\w&-]+) of (?P<place>{_CAP}(?: {_CAP})?)")
_WORD_GOING_ON = re.compile(rf"[ \t]+(?P<word>[{_UPPER}][\w'’-]*)")   # a capitalised word right after a name


def _places_sharing_kind(f: _Finder, para: Span) -> None:
    """"the Alder and Birch rivers": the Alder River and the Birch River; "the Alder, Upper Birch and Cedar
    rivers" likewise, each name of the list."""
    p, text = f.patterns, f.doc.text
    for m in p.places_sharing_kind.finditer(text, para.start, para.end):
        kind = p.tables.PLACE_NOUNS_AFTER_PLURAL[m.group("kinds").lower()].title()
        names = [(n.start(), n.group()) for n in re.finditer(r"[^,]+", m.group("first"))]
        names = [(m.start("first") + at + len(n) - len(n.lstrip()), n.strip()) for at, n in names]
        for start, name in names:
            if name not in p.not_names:
                f.add(start, start + len(name), f"{name} {kind}", "Place")
        if m.group("second") not in p.not_names:   # the last name with the kinds' word after it, as one mention
            f.add(m.start("second"), m.end("kinds"), f"{m.group('second')} {kind}", "Place")


def _storms_sharing_kind(f: _Finder, para: Span) -> None:
    """"Hurricanes Alda and Birte": Hurricane Alda and Hurricane Birte, events; "Alda" alone later is that storm."""
    p, text = f.patterns, f.doc.text
    for m in p.storms_sharing_kind.finditer(text, para.start, para.end):
        kind = p.tables.STORM_KINDS_PLURAL[m.group("kinds")]
        names = [(m.start("first") + n.start(), n.group()) for n in re.finditer(rf"{_CAP}", m.group("first"))]
        for i, (start, name) in enumerate([*names, (m.start("second"), m.group("second"))]):
            if name not in p.not_names:   # the first with the kinds' word before it, as one mention
                f.add(m.start("kinds") if i == 0 else start, start + len(name), f"{kind} {name}", "Event", (name,))


def _place_with_prefix(f: _Finder, para: Span) -> None:
    """"Greater Lindholm" is a region, and no mention of Lindholm."""
    for m in f.patterns.place_with_prefix.finditer(f.doc.text, para.start, para.end):
        if f.is_place(Span(m.start("place"), m.end("place"))):
            f.add(m.start(), m.end(), m.group(), "Place")
            if any(n.span == Span(m.start(), m.end()) for n in f.mentions):
                f.known[:] = [k for k in f.known if not (m.start() <= k.span.start and k.span.end <= m.end())]


_PARTY_NAME_OPENERS = frozenset(joined("PARTY_NAME_OPENERS"))
# at most two words before the opener: an unbounded run is tried again from every capitalised word (quadratic)
_PARTY_BY_OPENER = re.compile(rf"(?<![\w-])(?P<name>(?:{_CAP}[ \t]+){{0,2}}(?P<opener>{one_of(_PARTY_NAME_OPENERS) or '(?!)'})"
                              rf"(?:[ \t]+{_CAP})+)(?![\w-])")


_OUTSIDE_NAMES = {w.lower() for w in joined("WEEKDAYS") + joined("ADVERBS_BEFORE_NAMES")} | set(_MONTHS) | _DAY_WORDS


def _after_outside_words(words: list[str]) -> list[str]:
    """"On Sunday Parti Rakyat Vell", "Meanwhile Partido Verde", "Vellmar's Parti Hijau": the words of a party's name
    found by its opener, from after the last date, sentence-opening adverb or owner before it."""
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.lower() in _OUTSIDE_NAMES or w.endswith(("'s", "’s"))),
              default=0)
    return words[cut:]


def _party_by_opener(f: _Finder, para: Span) -> None:
    """"the Parti Rakyat Vell secretary-general": a party's name that has the word for a party in the party's own
    language (PARTY_NAME_OPENERS) and capitalised words after it, though no model found it; the capitalised words
    before that word belong to the name ("Gabungan Parti Vell", an alliance of parties), not a date or an adverb
    before them, and a title or a person's name after the party's ("Parti Rakyat Vell President Jon Vell") ends it."""
    text = f.doc.text
    for m in _PARTY_BY_OPENER.finditer(text, para.start, para.end):
        after, end = m.end("opener"), m.end("name")
        person = f.patterns.person_after_title.search(text, after, end)
        end = min([person.start() if person else end,
                   *(start for start in f.model_people_starts if after < start < end)])
        if not text[after:end].strip():
            continue   # "Parti President Jon Vell": the word for a party alone
        words = _after_outside_words(text[m.start("name"):after].split()) + text[after:end].split()
        while words[0] in f.patterns.not_names:
            words = words[1:]
        where = _words_at(text, words, m.start("name"), end, last=True)
        if where is not None:
            f.add(where.start, where.end, text[where.start:where.end], "Organization")


def _party_by_side(f: _Finder, para: Span) -> None:
    """"ruling Harbour Union MP Jane Roe": the capitalised words between a party's side in a parliament (PARTY_SIDES)
    and its member's title (PARTY_MEMBER_TITLES) name the party, though no model found it; not a nationality or a
    place a model found there ("opposition Ruritanian MPs")."""
    for m in f.patterns.party_by_side.finditer(f.doc.text, para.start, para.end):
        if f.where.free(Span(m.start("name"), m.end("name"))):
            f.add(m.start("name"), m.end("name"), m.group("name"), "Organization")


_COUNTRY_LETTER = re.compile(r"\([A-Z]\)")   # "Vexon (M) Sdn Bhd": the country's letter before a legal form
_NAMING_LEGAL_FORMS = one_of(map(re.escape, set(joined("LEGAL_FORMS")) - set(joined("LEGAL_FORMS_NOT_CLOSING_NAMES"))))
_COMPANY_BY_LEGAL_FORM = re.compile(
    rf"(?<![\w’'-])(?P<name>[{_UPPER}][\w'’-]*(?:[ \t]+(?:[{_UPPER}][\w'’-]*|&)){{0,4}}?)"
    rf"(?:[ \t]+(?:{_COUNTRY_LETTER.pattern}[ \t]+)?(?:{_NAMING_LEGAL_FORMS or '(?!)'}))+(?![\w-])")


def _body_joined_before_noun(f: _Finder, para: Span) -> None:
    """"the Order and Harmony party": capitalised words joined by "and" before the singular head of one body's own
    name (``JOINED_BODY_HEADS``) are that body's name, not a person and a place the model may take its words for;
    not when a word is a place the registry knows ("Tarnia and Vellmar party officials"), nor before a plural noun
    the noun modifies ("Vell and Orla party leaders": each party's leaders)."""
    p, text = f.patterns, f.doc.text
    for m in p.body_joined_before_noun.finditer(text, para.start, para.end):
        if m.group("next") and _plural_noun_not_verb(m.group("next")):
            continue
        words = m.group("name").split()
        while words and words[0] in p.not_names:
            words = words[1:]
        if not words or words[0] in p.tables.NAME_JOINERS:
            continue    # "The and …": no name before the joiner
        where = _words_at(text, words, m.start("name"), m.end("name"), last=True)
        if where is None or set(words) & f.places:
            continue
        f.add(where.start, where.end, " ".join(words), "Organization")


def _plural_noun_not_verb(word: str) -> bool:
    """"leaders", "officials": a noun's plural, not a verb's present form as well ("looks", "wins")."""
    verbs = english().get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]
    return is_plural_noun(word) and not any(word.endswith(end) and word[:-len(end)] in verbs for end in ("s", "es"))


def _company_by_legal_form(f: _Finder, para: Span) -> None:
    """"involving Vexon Holdings Bhd, Norvik Resources Bhd and Orla Bhd": capitalised words and a legal form after
    them (LEGAL_FORMS) name a company, though no model found it, or a model read its first words as a country's."""
    for m in _COMPANY_BY_LEGAL_FORM.finditer(f.doc.text, para.start, para.end):
        words = m.group("name").split()
        while words and (words[0] in f.patterns.not_names or _SEAT_COMPOUND.search(words[0])
                         or _country_owning(f, words[0])):
            words = words[1:]   # "The", "Vardenby-based", "Ruritania's": no word of the name
        where = _words_at(f.doc.text, words, m.start("name"), m.end("name"), last=True) if words else None
        if _office_before_holder(f, m.group(), m.end()):
            continue
        if where is not None and words[0] not in _LEGAL_FORMS:
            f.add(where.start, m.end(), f.doc.text[where.start:m.end()], "Organization")


def _country_owning(f: _Finder, word: str) -> bool:
    """"Ruritania's" before a company's name: a country or a place the registry knows, in the possessive."""
    owner = POSSESSIVE_AFTER.sub("", word)
    return owner != word and any(f.doc.text[m.span.start:m.span.end] == owner
                                 and f.type_of(m.entity) in ("Country", "Place") for m in f.known)


_OFFICER_TITLES = (*joined("COMPANY_TITLES_AFTER_NAMES"), *joined("BODY_TITLES_AFTER_NAMES"),
                   *joined("PARTY_TITLES_AFTER_NAMES"))
# capitalised words, then an officer's title of the body they name ("Vexon CFO ", "Pellam leader ")
_BODY_BEFORE_OFFICER = re.compile(rf"(?<![\w’'-])(?P<name>[{_UPPER}][\w'’&-]*(?:[ \t]+[{_UPPER}][\w'’&-]*){{0,3}})"
                                  rf"[ \t]+(?:{one_of(_OFFICER_TITLES) or '(?!)'})[ \t]+(?=[{_UPPER}])")
# an article, capitalised words, then the title of who speaks for the body they name ("a Velta Air spokesperson")
_BODY_BEFORE_VOICE = re.compile(rf"(?<![\w’'-])(?i:{one_of(joined('ARTICLES'))})[ \t]+"
                                rf"(?P<name>[{_UPPER}][\w'’&-]*(?:[ \t]+[{_UPPER}][\w'’&-]*){{0,3}})"
                                rf"[ \t]+(?:{one_of(joined('BODY_VOICE_TITLES'))})(?![\w-])")


def _body_before_officer(f: _Finder, para: Span) -> None:
    """"Vexon CFO Jane Roe", "Pellam leader Tomas Arden": capitalised words right before an officer's title of a
    company, a party or another body, and a person's name the model found after it, name that body, though no model
    found it (the model reads an unknown firm or party beside a person's name as no name, or as a place); so do
    those between an article and the title of who speaks for a body ("a Velta Air spokesperson told reporters",
    ``BODY_VOICE_TITLES``), with no name after it; not a place, a nationality, a word the text also writes in lower
    case ("Opposition leader Jane Roe") or a trade's acronym ("HR manager Jane Roe")."""
    text = f.doc.text
    officers = [(m, True) for m in _BODY_BEFORE_OFFICER.finditer(text, para.start, para.end)]
    voices = [(m, False) for m in _BODY_BEFORE_VOICE.finditer(text, para.start, para.end)]
    for m, holder_after in [*officers, *voices]:
        if holder_after and m.end() not in f.model_people_starts:
            continue
        words = m.group("name").split()
        while words and (words[0] in f.patterns.not_names or words[0].lower() in _TENURE_WORDS):
            words = words[1:]   # "Former Vexon CEO Jane Roe": no word of the name
        possessive = f.patterns.tables.POSSESSIVE
        if words and possessive and (owner := re.sub(rf"(?:{possessive})$", "", words[-1])) != words[-1]:
            words = words[:-1] + [owner] if owner else words[:-1]   # "Velsk FC's head coach X": the club
        where = _words_at(text, words, m.start("name"), m.end("name"), last=True) if words else None
        if where is None or f.is_place(where) or (len(words) == 1 and (
                words[0].lower() in f.common or is_adjective(words[0]) or words[0].lower() in _NOT_ALONE
                or words[0] in _no_body_acronyms(f.patterns.tables))):
            continue    # "Army chief Jane Roe": a body's head alone, though a model read it as a body, names none
        if len(words) == 1 and _opens_sentence(text, where.start) and is_describing_word(words[0]) \
                and not _body_word_first(f, where.start, where.end):
            continue    # "Police chief Jane Roe said", "Team leader …": a common noun capitalised by its place,
            #             no body's name unless the model or the registry reads one there
        f.add(where.start, where.end, text[where.start:where.end], "Organization")


def _office_before_holder(f: _Finder, name: str, end: int) -> bool:
    """"Vell County AG Jane Roe": a name closing with an office's acronym (TITLE_ACRONYMS) right before a person
    the model found is the place the office serves and the office, no body's or company's name ("Vexon AG")."""
    gap = _TITLE_GAP.match(f.doc.text, end)
    return gap is not None and gap.end() in f.model_people_starts and _TITLE_ACRONYM_CLOSING.search(name) is not None


def _body_before_apposed_noun(f: _Finder, para: Span) -> None:
    """"Vexon, a cloud computing company, said …": capitalised words opening a sentence (or a report after its
    dateline) before an apposition headed by a noun for a company or another body (``BODY_NOUNS_AROUND_NAMES``) name
    that body, where a model may read no name at all in a word it has never seen."""
    patterns = _nouns_around_names(f.patterns.tables)
    if patterns is None:
        return
    text = f.doc.text
    for m in _CAPITALISED_RUN.finditer(text, para.start, para.end):
        words = m.group().split()
        if words[0] in f.patterns.not_names or not _opens_report(text, m.start()) \
                or not patterns[1].match(text, m.end(), m.end() + APPOSED_NOUN_REACH):
            continue
        f.add(m.start(), m.end(), m.group(), "Organization")


_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){_CAP}(?:[ \t]+{_CAP}){{0,2}}(?=,)")
APPOSED_NOUN_REACH = 100   # characters of an apposition after a name, to the noun that heads it


def _acronym_of_described_body(f: _Finder, para: Span) -> None:
    """"the nation's vote commission (NVC)": the acronym in brackets after a body's noun in small letters
    (BODY_NOUNS) names that body, though no model took it for a name; written again later, it is that body too
    (``_acronyms_written_again``)."""
    for m in f.patterns.acronym_of_described_body.finditer(f.doc.text, para.start, para.end):
        if f.doc.text[m.start()].islower():
            f.add(m.start("acronym"), m.end("acronym"), m.group("acronym"), "Organization")


def _body_by_kind(f: _Finder, para: Span) -> None:
    """"the Harbour faction", "the Harbour and Forest factions" (each a faction): a body named by a capitalised
    name and the kind of body after it (ORG_KINDS_AFTER), labelled "Harbour faction"; the name alone is a label."""
    p, text = f.patterns, f.doc.text
    for m in p.body_by_kind.finditer(text, para.start, para.end):
        kind = m.group("kind").rstrip("s")
        if m.group("second") is None and kind != m.group("kind"):
            continue   # "Harbour factions": one name, many bodies
        for group in ("first", "second") if m.group("second") else ("first",):
            words = m.group(group).split()
            while words and (words[0] in p.not_names or words[0] in _DEMONYMS or words[0] in p.title_words):
                words = words[1:]
            name = " ".join(words)
            span = Span(m.end(group) - len(name), m.end("kind") if group == "second" or not m.group("second")
                        else m.end(group))
            if words and name not in f.places:
                f.add(span.start, span.end, f"{name} {kind}", "Organization", (name,))


def _event_between_places(f: _Finder, para: Span) -> None:
    """"the Ruritania-Borealia war": an event named by the two places it is between, and no mention of either."""
    for m in f.patterns.event_between_places.finditer(f.doc.text, para.start, para.end):
        if all(f.is_place(Span(m.start(g), m.end(g))) for g in ("first", "second")):
            f.add(m.start("name"), m.end("name"), m.group("name"), "Event")
            if any(n.span == Span(m.start("name"), m.end("name")) for n in f.mentions):
                f.known[:] = [k for k in f.known if not (m.start() <= k.span.start and k.span.end <= m.end())]


def _outbreak(f: _Finder, para: Span) -> None:
    """"the cholera epidemic": an outbreak named by its disease (a word the lemmatiser does not know as an
    adjective: not "the global pandemic"), labelled as written."""
    for m in f.patterns.outbreak.finditer(f.doc.text, para.start, para.end):
        disease = m.group("disease").lower()
        if disease not in f.patterns.tables.NOT_EVENT_MODIFIERS and not is_adjective(disease):
            f.add(m.start("name"), m.end("name"), m.group("name"), "Event")


def _holiday(f: _Finder, para: Span) -> None:
    """"накануне Дня космонавтики": a day the language writes with a capital inside a sentence and its name in
    lower case after it (the genitive: "День космонавтики"), an event labelled with the day in its base form;
    "в финале Лиги чемпионов": a league, an organisation, the same way."""
    for pattern, kind in ((f.patterns.holiday, "Event"), (f.patterns.competition, "Organization")):
        _named_by_capitalised_head(f, para, pattern, kind)


def _named_by_capitalised_head(f: _Finder, para: Span, pattern: re.Pattern, kind: str) -> None:
    """A name of a capitalised head and the genitive after it (``_holiday``), labelled with the head in its
    base form."""
    for m in pattern.finditer(f.doc.text, para.start, para.end):
        words = [w for w in m.group("rest").split() if morph().parse(w)[0].tag.case == "gent"]
        if words and m.group("rest").split()[0] == words[0]:
            rest = words[:1] if len(words) == 1 or morph().parse(words[0])[0].tag.POS == "NOUN" else words[:2]
            end = m.start("rest") + len(" " + " ".join(rest))
            head = morph().parse(m.group("head"))[0].normal_form.capitalize()
            f.add(m.start("head"), end, f"{head} {' '.join(rest)}", kind)


_NAMED_AFTER_WORD = re.compile(r"[^\W\d_]+")


def _place_named_after_person(f: _Finder, para: Span) -> None:
    """"по маршруту Тимура": a route, a corridor, a pipeline named after a person the registry knows (the kind's
    noun of NOUNS_BEFORE_NAMES right before the name in the genitive) is that place, and no mention of the person."""
    text, kinds = f.doc.text, f.patterns.tables.NOUNS_BEFORE_NAMES
    for m in [m for m in f.known if para.contains(m.span) and f.type_of(m.entity) == "Person"]:
        before = text[max(para.start, m.span.start - 40):m.span.start]
        words = list(_NAMED_AFTER_WORD.finditer(before))
        if not words or not re.fullmatch(r"[ \t]+", before[words[-1].end():]):
            continue
        noun = words[-1]
        if len(words) > 1 and f.patterns.person_title.fullmatch(words[-2].group()):
            continue    # "директора порта Боркова": the port's director, in the genitive too
        parse = morph().parse(noun.group())[0]
        written = text[m.span.start:m.span.end]
        if kinds.get(parse.normal_form) != "Place" \
                or not all(any("gent" in p.tag for p in morph().parse(w)[:4]) for w in written.split()):
            continue    # "директор порта Тарас Релк": the port's director, named in the nominative
        start = m.span.start - len(before) + noun.start()
        f.known.remove(m)
        f.add(start, m.span.end, f"{_cased_like(parse.normal_form, noun.group())} {written}", "Place")


def _place_by_kind(f: _Finder, para: Span) -> None:
    """"the village of Vardel", "Orlov district", "the capital, Vardel,", "the capital Vardel and …"."""
    p, text = f.patterns, f.doc.text
    for m in p.place_in_apposition.finditer(text, para.start, para.end):
        group = "name" if m.group("name") else "bare"
        if m.group(group).split()[-1].lower() not in _BODY_HEAD_WORDS:   # "the city Council": a body
            f.add(m.start(group), m.end(group), m.group(group), "Place")
    for m in p.place_by_kind.finditer(text, para.start, para.end):
        if m.group("name"):
            f.add(m.start("name"), m.end("name"), m.group("name"), "Place")
            continue
        if m.group("seat"):   # "the Vell Prant Sabha constituency": the place whose seat in the assembly it is
            words = m.group("seat").split()
            while words and words[0] in p.not_names:   # "The Vell …" opening a sentence
                words = words[1:]
            if words:
                seat = " ".join(words)
                f.add(m.end("seat") - len(seat), m.end("seat"), f"{seat} {m.group('seat_kind').title()}", "Place",
                      (seat,))
            continue
        words = m.group("name2").split()
        while words and (words[0] in p.not_names or _POSSESSIVE.search(words[0])   # "Ruritania's Orlov district"
                         or len(words) > 1 and words[0].lower() in _OUTSIDE_NAMES   # "On Monday Vell County": when
                         or len(words) > 1 and _participle_opening_a_sentence(f.doc, m.start("name2"), words[0])):
            words = words[1:]
        if words and m.group("kind") in p.tables.PLACE_NOUNS_AFTER_ADJECTIVES \
                and _describes_a_kind_of_place(f, m.end("name2") - len(" ".join(words)), m.end("name2")):
            continue    # "a Druze village", "the Olympic village": what kind of village, not which
        if words and words[0] not in _DEMONYMS:   # "the Ruritanian region": whose, not which
            name = " ".join(words)
            f.add(m.end("name2") - len(name), m.end("kind"), f"{name} {m.group('kind').title()}", "Place", (name,))


def _describes_a_kind_of_place(f: _Finder, start: int, end: int) -> bool:
    """A word before a kind of place (``PLACE_NOUNS_AFTER_ADJECTIVES``) that says what kind it is: after an
    indefinite article ("a Druze village"), a word the model reads as a nationality or faith, or one the lemmatiser
    reads as an adjective or ending like one ("Alawite", "Olympic")."""
    text, word = f.doc.text, f.doc.text[start:end]
    return len(word.split()) == 1 and (
        bool(_INDEFINITE_BEFORE.search(text, max(0, start - 4), start))
        or any(n.start <= start and end <= n.end for n in f.nationalities)
        or is_adjective(word) or word.lower().endswith(_ADJECTIVE_ENDINGS))


_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?i:an?)[ \t]+$")
_ADJECTIVE_ENDINGS = tuple(joined("ADJECTIVE_ENDINGS"))


def _person_beside_verb(f: _Finder, para: Span) -> None:
    """"Ilse Varga, 68, said", "said Tomas Relk"."""
    p, text = f.patterns, f.doc.text
    for m in p.person_beside_verb.finditer(text, para.start, para.end):
        group = "name" if m.group("name") else "name2"
        span = _name_beside_verb(f, m, group)
        if span is None:
            continue
        seated = _SEAT_BEFORE_NAME.match(text, span.start, span.end)
        if seated and group == "name":   # "California-based Vexon said": where the body sits is no word of its name
            f.add(seated.end(), span.end, text[seated.end():span.end], "Organization")
            continue
        if group == "name" and span.start > m.start(group) and Span(m.start(group), span.end) in f.model_bodies \
                and _opens_sentence(text, m.start(group)) and is_describing_word(text[m.start(group):span.start].strip()):
            continue    # "New Vellport Unified said": a common word opening the sentence begins the body's name the
            #             model read whole, no person's (not "In Lviv Mara Velsen said", "Cllr Mara Velsen said")
        name = text[span.start:span.end]
        words = name.split()
        before = _NAME_GOES_ON_BEFORE.search(text, max(para.start, span.start - 60), span.start) \
            or _FIELDS_GO_ON_BEFORE.search(text, max(para.start, span.start - 60), span.start)
        if m.group("apposed") and not (name in f.model_people or not is_describing_word(words[-1])):
            continue    # "Workers at Tellmouth Port, 40, a quarter of the staff, said": only a person's name takes an
            #             age and what the person is
        if group == "name" and before:
            continue    # "the Northern Society for Water Rights said", "the Bureau of Roads and Bridge Safety said":
            #             the end of a longer name
        if group == "name" and _after_a_place_preposition(f, span.start, span.end):
            continue    # "officials in North Tarnia said": where the speakers are, not who speaks
        if group == "name" and (p.name_runs_on_before.search(text, max(para.start, span.start - 40), span.start)
                                or name in f.names_before_legal_forms
                                or (span in f.model_bodies
                                    and _body_pronoun_after_verb(p, text, m.end(group)))
                                or (all(is_describing_word(w) for w in words)
                                    and any(b.start < span.start
                                            for b in f.model_bodies_by_end.get(span.end, ())))
                                or _joined_end_of_model_body(f, span)
                                or _national_body_closing(f, span.start, span.end)):
            continue    # "The Vell Herald said", "Vexon Systems said" beside "Vexon Systems Inc", "Vexon Foods said
            #             it …" where the model read a body: a body's name, not a person's; "The VN Marine Survey
            #             said": common words closing a longer body's name the model read
        if group == "name2" and not _opens_clause(text, m.start()):
            continue    # "Orla Brin told Vexa News": whom she told, a person or not; "…,” said Tomas Relk" speaks
        if (m.group("verb") or m.group("verb2")) in p.act_verbs_beside_names \
                and (span in f.model_bodies
                     or not (name in f.model_people or latin_given_name(words[0]))) \
                and not _word_and_surname(f, words, span.start, span.end):
            continue    # "Greenline Energy confirmed the sale", "Redwood Capital predicted …": a body's name the
            #             model reads, or no given name; "Ilse Marrow vowed that …" speaks
        if not (set(words) & (p.not_names | p.title_words) - _occupation_opening(f, words)) \
                and words[-1] not in p.tables.ORG_HEADS \
                and words[-1] not in _COMPANY_SUFFIXES | _WILDFIRE_NAME_ENDINGS \
                and not _on_a_street(text, span.start, span.end, name):
            f.add(span.start, span.end, name,   # not "those on Vell Lane said": a street
                  "Organization" if words[0] in p.phrase_title_openers else "Person")
            #     "Health Canada said", "Health Borealia said": a phrase title's first word opens a body's name
        elif len(words) > 1 and words[-1] in _COMPANY_SUFFIXES and not set(words) & (p.not_names | p.title_words) \
                and not any(b.start < span.end and span.start < b.end for b in f.model_bodies):
            f.add(m.start(group), m.end(group), m.group(group), "Organization")
            #     "Vexon Holdings said" where the model read nothing: a company's last word makes it a company's name
            #     (where the model read a body, its own span, trimmed of a trade before it, stands)


def _joined_end_of_model_body(f: _Finder, span: Span) -> bool:
    """"The Committee to Protect Journalists said": words closing a body's name the model read whole, after a
    small word of the name that joins them on (``ORG_INFINITIVE_MARKERS``, ``ORG_COMPLEMENT_WORDS``)."""
    t = f.patterns.tables
    joiners = t.ORG_INFINITIVE_MARKERS + t.ORG_COMPLEMENT_WORDS + t.ORG_INNER_JOINERS
    return bool(joiners) and any(b.start < span.start for b in f.model_bodies_by_end.get(span.end, ())) \
        and re.search(rf"(?<!\S)(?:{one_of(joiners)})\s+$", f.doc.text[max(0, span.start - 12):span.start]) is not None


def _name_beside_verb(f: _Finder, m: re.Match, group: str) -> Span | None:
    """The name a reporting verb stands beside: three capitalised words, or two before a glued surname, only when
    the first is a given name ("Corin Ashby Tull said", "Ewan MacRuairc said"), not a title or a sentence's first
    word ("Commissioner Mara Velsen said", "Yesterday Mara Velsen said": the rest; "Yesterday al-Marfadi said":
    none, as the model reads the surname); after the verb, none then ("said Mara Velsen Tuesday": a name and more);
    a surname in capitals only after a given name ("Grete HOLMVIK said", not "Yesterday NATO said")."""
    p, name, start = f.patterns, m.group(group), m.start(group)
    if (before := p.before_capitals.match(name) or p.before_glued_surname.match(name)) \
            and not _given_name_at(f, start, before.group(1)):
        return None
    first = p.first_of_three.match(name)
    if first and not _given_name_at(f, start, first.group(1)):
        return Span(start + first.end(), m.end(group)) if group == "name" else None
    return Span(start, m.end(group))


def _given_name_at(f: _Finder, start: int, word: str) -> bool:
    """A word opening a name is a given name where English does not know it (``latin_given_name``), no preposition
    stands before it ("In Lviv Mara Velsen said": where she is) and no known name holds it ("Interfax Mara Velsen
    said": a place, a party or an outlet of the registry's or the model's)."""
    span = Span(start, start + len(word))
    before = _WORD_BEFORE.search(f.doc.text, max(0, start - 30), start)
    return latin_given_name(word) \
        and not (before and before.group("word").lower() in f.patterns.prepositions) \
        and f.taken.free(span) and f.where.free(span) \
        and not any(b.start <= span.start < b.end for b in f.model_bodies)


def _occupation_opening(f: _Finder, words: list[str]) -> set[str]:
    """"Swimmer Rescue said": an occupation (OCCUPATION_TITLES) before one word that is no given name, neither one
    the model read, opens a name, no title (that word alone names no one); else nothing."""
    if len(words) == 2 and words[0] in f.patterns.tables.OCCUPATION_TITLES and not latin_given_name(words[1]) \
            and words[1] not in f.model_people:
        return {words[0]}
    return set()


def _word_and_surname(f: _Finder, words: list[str], start: int, end: int) -> bool:
    """"Grace Velsen admitted", "Hope Velsen confirmed": a given name that is also an English word before a word
    English does not know (a surname's shape), where neither word is a body's head, a company's word, a title, an
    adjective or a place and the registry names nothing there: a person, whatever a model read."""
    p = f.patterns
    return len(words) == 2 and latin_given_name(words[1]) and _LATIN_CAPITALISED.fullmatch(words[0]) is not None \
        and not {*words} & (p.not_names | p.title_words | set(p.tables.ORG_HEADS) | _COMPANY_SUFFIXES) \
        and not is_adjective(words[0]) and words[0] not in p.phrase_title_openers \
        and not any(f.is_place(Span(s, s + len(w))) for w, s in ((words[0], start), (words[1], end - len(words[1])))) \
        and not any(k.span.start < end and start < k.span.end for k in f.known)


_LATIN_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_SURNAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")   # "Kessel", "Varga-Lund"


def _national_body_closing(f: _Finder, start: int, end: int) -> bool:
    """"The Borealian Red Crescent said": the words before the verb close a body's name the model read, opened (after
    an article) by one word of a nation (a demonym, a nationality, or a word ending like one, ``ADJECTIVE_ENDINGS``): the
    nation's body speaks, not a person of that name."""
    articles = f.patterns.tables.DEFINITE_ARTICLES
    for body in f.model_bodies_by_end.get(end, ()):   # only the bodies ending with the name: no walk of them all
        words = f.doc.text[body.start:start].split()
        nation = " ".join(words[1:] if words and words[0].lower() in articles else words)
        if body.end == end and body.start < start and " " not in nation and nation[:1].isupper() \
                and (nation in _DEMONYMS or nation.lower().endswith(_ADJECTIVE_ENDINGS)
                     or any(n.start <= body.start and start <= n.end + 1 for n in f.nationalities)):
            return True
    return False


def _body_pronoun_after_verb(p: _Patterns, text: str, at: int) -> bool:
    """The verb after a name is followed by a body's pronoun ("… said it would", "… posted its"): the name is
    referred back to as a body."""
    return p.body_pronoun_after_verb is not None and p.body_pronoun_after_verb.match(text, at, at + 60) is not None


def _person_by_title(f: _Finder, para: Span) -> None:
    """A title before the name, in apposition after it, or before its complement or after its owner and the name."""
    p, text = f.patterns, f.doc.text
    for m in [*p.person_after_title.finditer(text, para.start, para.end),
              *p.person_in_apposition.finditer(text, para.start, para.end),
              *p.person_after_titled_phrase.finditer(text, para.start, para.end),
              *p.person_after_owned_title.finditer(text, para.start, para.end)]:
        words = m.group("name").split()
        while len(words) > 2 and words[0] in p.title_words \
                or len(words) > 1 and words[0].rstrip(".") in _TITLE_ABBREVIATIONS:
            words = words[1:]   # "Director General Rafael Grossi"; "Lt Gen Jane Roe": ranks written short
        if words[0] in p.not_names or words[0] in p.title_words or words[-1] in p.title_words \
                or words[0].lower() in p.complements:
            continue    # "CEO Of Vexa Mobile Group": the title's complement in capitals, a body's name follows
        end = m.end("name")
        title = text[m.start():m.start("name")].split()
        if title and _firm_after_title([title[-1], *words], 0):
            continue    # "Ranger Energy Holdings said": a company's name that a title's word opens
        if m.groupdict().get("bare") and _body_or_place_before_bare_title(f, m.group("name").split(), m.span("name")):
            continue    # "South Vellmar, chair …", "Vexa Holdings, head of …": a body or a place holds the title
        if m.groupdict().get("owned") and _body_holding_an_owned_title(f, words, m.span("name")):
            continue    # "Vexa Holdings, Ruritania's market leader", "the bloc's newest member, Vexa Republic,"
        if words[-1] in _TITLE_ABBREVIATIONS and text[end:end + 1] == ".":
            continue    # "Spokesperson Police Col. Jane Roe": a second title, written short, before her name
        if _kind_of_thing_abbreviated(text, m.group("name"), end):
            continue    # "Over Head Holding Tanks (OHHTs)": a title's word opening the name of things of a kind
        if len(words) > 2 and words[-1] in _CAPTION_VERBS:   # "Senator Jane Roe Speaking at …" under a picture
            end -= len(words.pop()) + 1
        if len(words) > 1 and words[-1].lower() in WEEKDAY_NAMES:   # "Senator Jane Roe Friday said": when, not who
            end -= len(words.pop()) + 1
        name = " ".join(words)
        honours = _HONORIFIC.match(text, end - len(name), end)
        if honours:   # "Governor Tan Sri Datuk Dr Jane Roe": the honours are no part of her name
            name = text[honours.end():end]
        if name:
            f.add(end - len(name), end, name, "Person")


def _person_after_office_field(f: _Finder, para: Span) -> None:
    """"…, said the Minister of Fisheries and Coastal Affairs Jana Roe": no model finds her where the office's field
    runs on into her name; the first word of the run English does not know, after words it knows (the field's), and
    not its last word, opens her name: that word and the one after it."""
    text = f.doc.text
    for m in f.patterns.office_field_run.finditer(text, para.start, para.end):
        words = list(re.finditer(r"\S+", m.group("run")))
        first = next((i for i, w in enumerate(words) if latin_given_name(w.group())), None)
        if first is None or first == 0 or first + 1 >= len(words) \
                or not _given_name_at(f, m.start("run") + words[first].start(), words[first].group()):
            continue
        start, end = m.start("run") + words[first].start(), m.start("run") + words[first + 1].end()
        f.add(start, end, text[start:end], "Person")


def _body_or_place_before_bare_title(f: _Finder, words: list[str], where: tuple[int, int]) -> bool:
    """A name before a comma and a bare title ("X Y, head of the …") that is a body's (a body's head, a company's
    last word or a legal form in it) or a place's (a place the registry or a model knows there)."""
    if {*words} & (_ORG_HEADS | _COMPANY_SUFFIXES | _LEGAL_FORMS | _ORG_NAME_ENDINGS):
        return True
    span = Span(*where)
    return " ".join(words) in f.places or f.is_place(span) \
        or any(p.start < span.end and span.start < p.end for p in f.model_places)


def _body_holding_an_owned_title(f: _Finder, words: list[str], where: tuple[int, int]) -> bool:
    """A name set apart by commas beside a title and its owner that is a firm's, a body's or a state's (a word of a
    firm, a body or a state's form in it, or a body or a place a model or the registry reads there): it holds the
    title as a body does, "Ruritania's market leader", "the bloc's newest member"."""
    span = Span(*where)
    return bool({*words} & (_FIRM_NAME_WORDS | _ORG_NAME_ENDINGS | _STATE_FORM_WORDS)) \
        or _body_or_place_before_bare_title(f, words, where) \
        or any(b.start < span.end and span.start < b.end for b in f.model_bodies)


def _body_by_head(f: _Finder, para: Span) -> None:
    """"State Migration Service of Ruritania", "the Council's Executive Board"."""
    p, text = f.patterns, f.doc.text
    for m in p.body_by_head.finditer(text, para.start, para.end):
        words = _without_date(m.group("name").split())
        if len(words) == len(m.group("name").split()):
            words = _without_title_abbreviation(words, text, m.end("name"))
        if len(words) == len(m.group("name").split()):
            words = _without_holders_title(f, words, m.end("name"))
        while words and (words[0] in p.not_names or _MODIFIER_WORD.fullmatch(words[0])
                         or words[0].lower() in _TENURE_WORDS   # "Former Bank of Tarnia governor"
                         or _counts_after(text, words[0], m.end("name"))):
            words = words[1:]
        if len(words) < 2:
            continue
        name = " ".join(words)
        where = _words_at(text, words, m.start("name"), m.end("name"))
        if where is None:
            continue
        start, end = where.start, where.end
        infinitive = _infinitive_read_on(f, start, end)
        if infinitive is not None:
            end, name = infinitive, " ".join(text[start:infinitive].split())
        if (bodies := _two_bodies(f, start, end)) is not None:
            _first_of_two_bodies(f, start, bodies[0])
            start, name = bodies[1], text[bodies[1]:end]
        listed = _list_in_name(f, start, end, m.group("owner") is None)
        if listed is not None:   # "Ministry of Labour, Health and Social Affairs", "the Paper, Print and Media Union"
            start, end = listed
            name = " ".join(text[start:end].split())
        seat = p.place_by_kind.match(text, start)
        if seat and seat.group("seat"):
            continue    # "the Vell Prant Sabha constituency": a place, its seat in the assembly (``_place_by_kind``)
        _holder_after_place(f, start, end)
        owner = m.group("owner").split() if m.group("owner") else []
        while owner and (owner[0] in p.not_names or _MODIFIER_WORD.fullmatch(owner[0])):
            owner = owner[1:]   # "The", "Vell-based": no word of the owner's name
        owned = _words_at(text, owner, m.start("owner"), m.end("owner"), last=True) if owner else None
        if owned and _possessive_inside_name(owner, text[owned.end:m.start("name")].strip()):   # one name
            f.add(owned.start, end, text[owned.start:end], "Organization")
        elif owned and _owner_is_a_person(f, owned, name):   # "Mara Velsen's Civic Union": her party, a name of its own
            f.add(owned.start, owned.end, text[owned.start:owned.end], "Person")
            f.add(start, end, name, "Organization")
        elif owned:   # "the Council's Executive Board": the owner's name, then the board's
            _owner_too(f, owned)
            owned_label, also = f.owned_name(" ".join(owner), name)
            f.add(owned.start, end, owned_label, "Organization", also)
        else:
            f.add(start, end, name, "Organization")
            _country_as_a_word_of_a_name(f, Span(start, end), name)


def _list_in_name(f: _Finder, start: int, end: int, unowned: bool) -> tuple[int, int] | None:
    """Where a body's name starts and ends that holds a list of capitalised words: the rest of one its complement
    opens ("Ministry of Labour|, Health and Social Affairs"), or the first words of one its joiner closes before the
    head ("the |Paper, |Print and Media Union"). The list's words are common words (the lemmatiser knows them as
    nouns, adjectives or verbs' forms, "Housing", or the model reads the whole as one body) and no person's or
    place's name, so "the Bank of Tarnia, Vexon and Orla" stay three; a body's head among them makes a list of
    bodies ("the Ministry of Defence, Navy and Air Force"), unless the model reads the whole as one, and a weekday or
    a month one of dates ("at the Ministry of Finance, Monday and Tuesday")."""
    p, text = f.patterns, f.doc.text
    words = text[start:end].split()
    on = p.list_read_on.match(text, end) if p.complements & {w.lower() for w in words[1:]} else None
    before = p.list_before.search(text, max(0, start - 60), start) if p.list_before and unowned \
        and set(p.tables.LIST_JOINERS) & set(words[1:-1]) else None
    listed = Span(end, on.end()) if on else Span(before.start("list"), start) if before else None
    if listed is None:
        return None
    whole = Span(min(start, listed.start), max(end, listed.end))
    if any(listed.start < m.span.end and m.span.start < listed.end for m in f.known) \
            or any(listed.start < s.end and s.start < listed.end
                   for s in (*f.model_people_spans, *f.model_places)):
        return None
    listed_words = [w for w in re.findall(r"[^\W\d_]+", text[listed.start:listed.end]) if w not in p.tables.LIST_JOINERS]
    if any(s.start <= whole.start and whole.end <= s.end for s in f.model_bodies) \
            or all(is_describing_word(w) or is_verb_form(w) for w in listed_words) \
            and not any(w.lower() in _BODY_HEAD_WORDS or w.lower() in _OUTSIDE_NAMES for w in listed_words):
        return whole.start, whole.end
    return None


def _infinitive_read_on(f: _Finder, start: int, end: int) -> int | None:
    """Where a body's name ends that goes on with an infinitive of capitalised words ("Committee to Protect
    Journalists", ``ORG_INFINITIVE_MARKERS``): only where the model read the whole of it as one body's name."""
    markers = f.patterns.tables.ORG_INFINITIVE_MARKERS
    on = re.match(rf"\s+(?:{one_of(markers)})(?:\s+{_CAP}){{1,3}}", f.doc.text[end:]) if markers else None
    if on is None:
        return None
    for cut in range(on.end(), 0, -1):   # the longest run of the infinitive's words the model's span ends at
        if any(s.start <= start and s.end == end + cut for s in f.model_bodies):
            return end + cut
    return None


def _owner_is_a_person(f: _Finder, owner: Span, body: str) -> bool:
    """The owner before a body's possessive is a person the registry names there, or one the model reads from
    there (up to the possessive, or on over the body's name) whose words are no body's or place's, before the name
    of a party or a movement (``PERSONS_BODY_HEADS``): one led by someone is named on its own, the person beside it.
    Not a place the registry, the linker or the text's places know ("San Marino's Central Bank"), nor, in doubt, an
    owner before another body's name ("Tarn Vale's Energy Board": a place the model took for a person's name)."""
    words = f.doc.text[owner.start:owner.end].split()
    if f.is_place(owner) or any(m.span.start < owner.end and owner.start < m.span.end
                                and f.type_of(m.entity) not in (None, "Person") for m in f.known):
        return False
    if owner.start in f.model_people_starts and len(words) > 1 and not {w.lower() for w in words} & _NOT_PERSON_WORDS \
            and body.split()[-1] in _PERSONS_BODY_HEADS:
        return True
    return any(m.span == owner and f.type_of(m.entity) == "Person" for m in f.known)


_PERSONS_BODY_HEADS = frozenset(joined("PERSONS_BODY_HEADS"))


def _runs_into_owned_body(f: _Finder, span: Span) -> bool:
    """A person's name the model runs on past its possessive into the name of a body found there."""
    text = f.doc.text
    return bool(_POSSESSIVE_INSIDE.search(text, span.start, span.end)) and any(
        span.start < m.span.start and m.span.end <= span.end and f.type_of(m.entity) == "Organization"
        and _POSSESSIVE.search(text[span.start:m.span.start].rstrip()) for m in f.mentions)


def _holder_after_place(f: _Finder, start: int, end: int) -> None:
    """"Chairman of the Election Commission of Ruritania Mara Velsen": a body named after its holder's title ends
    with the place it belongs to; two or three capitalised words run on after that place, none a word of a body or
    a place, are the holder's name."""
    text, titled = f.doc.text, f.patterns.title_of_body_before
    if titled is None or not titled.search(text, max(0, start - TITLE_OF_BODY_REACH), start):
        return
    for word in re.finditer(r"\S+", text[start:end]):
        place = f.place_around(Span(start + word.start(), start + word.end()))
        holder = _NAME_AFTER_PLACE.fullmatch(text, place.end, end) if f.is_place(place) else None
        if holder and not {w.lower() for w in holder.group("name").split()} & _NOT_PERSON_WORDS:
            f.add(holder.start("name"), end, holder.group("name"), "Person")
            return


_NAME_AFTER_PLACE = re.compile(rf"[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,2}})")


def _first_of_two_bodies(f: _Finder, start: int, end: int) -> None:
    """The first of two bodies' names run into one, when more than a bare acronym or name (``_two_bodies``)."""
    if end > start:
        f.add(start, end, f.doc.text[start:end], "Organization")


def _two_bodies(f: _Finder, start: int, end: int) -> tuple[int, int] | None:
    """"VWA and Ministry of Water", "the Vell Council and Orla Agency": a joiner beside a body's head word, before
    any complement ("Ministry of Water and Power" is one body), parts two bodies' names run into one; where the
    first ends (``start`` when it is a bare acronym or name, found on its own) and where the second starts. A pair
    known to join one body's name (``BODY_NAME_PAIRS``: "Vell Bank and Trust Company") is no split."""
    words = list(re.finditer(r"\S+", f.doc.text[start:end]))
    for at in range(1, len(words) - 1):
        word = words[at].group()
        if word in f.patterns.tables.ORG_COMPLEMENT_WORDS:
            break
        first, second = words[at - 1].group(), words[at + 1].group()
        if word in f.patterns.tables.NAME_JOINERS and _BODY_HEAD_WORDS & {first.lower(), second.lower()} \
                and (second.lower() in _BODY_HEAD_WORDS or second[:1].isupper()) \
                and f"{first} {word} {second}" not in f.patterns.tables.BODY_NAME_PAIRS:
            return start + (words[at - 1].end() if at > 1 else 0), start + words[at + 1].start()
    return None


def _words_at(text: str, words: list[str], start: int, end: int, last: bool = False) -> Span | None:
    """Where ``words`` stand in ``text[start:end]`` (the first or the ``last`` time), whatever whitespace parts them:
    a name broken over a line or written with two spaces is still the same words."""
    found = [m.span() for m in re.finditer(r"\s+".join(map(re.escape, words)), text[start:end])]
    if not found:
        return None
    at, to = found[-1] if last else found[0]
    return Span(start + at, start + to)


def _owner_too(f: _Finder, owner: Span) -> None:
    """"the NWC's Executive Board": a body's owner written as an acronym is a body the text names too."""
    if re.fullmatch(_ACRONYM, f.doc.text[owner.start:owner.end]) and not f.is_place(owner) and f.taken.free(owner):
        f.add(owner.start, owner.end, f.doc.text[owner.start:owner.end], "Organization")


def _party_members(f: _Finder, para: Span) -> None:
    """"the Conservatives", written with a capital inside a sentence somewhere in the text."""
    for m in f.patterns.party_members.finditer(f.doc.text, para.start, para.end):
        if m.group() in f.parties():
            f.add(m.start(), m.end(), m.group(), "Group")


def _body_after_adjective(f: _Finder, para: Span) -> None:
    """"Ruritanian police"; "Ruritania's health ministry", where the owner is a place the text names too."""
    p = f.patterns
    for m in p.body_after_adjective.finditer(f.doc.text, para.start, para.end):
        owner = Span(m.start("owner"), m.end("owner"))
        if m.group("name").split()[0] not in p.not_names and _owner_of_a_body(f, owner):
            if m.group("possessive") and f.taken.free(owner):
                f.add(m.start("owner"), m.end("owner"), m.group("owner"), "Place")
            f.add(m.start("name"), m.end("name"), m.group("name"), "Organization")


def _owner_of_a_body(f: _Finder, owner: Span) -> bool:
    """The capitalised word before a body's noun names its place or people: a number, a quantifier, a word of a
    local tier or one the text writes in lower case does not ("Many police", "Two firefighters", "Local
    firefighters"), nor the last word of a name the registry or a model reads whole ("Cal Fire firefighters"), nor a
    compound that says who leads or backs what follows ("the Ruritanian-led military alliance")."""
    text = f.doc.text
    word = text[owner.start:owner.end].lower()
    if _MODIFIER_WORD.fullmatch(text, owner.start, owner.end):
        return False
    if any(n.start < owner.start < n.end for n in [*f.model_bodies, *(k.span for k in f.known)]) \
            or any(text[start:owner.end] in f.model_people for start in f.model_people_starts if start < owner.start):
        return False
    tables = f.patterns.tables
    return f.is_place(owner) or not (word in tables.NUMBER_WORDS or word in tables.CLAUSE_QUANTIFIERS
                                     or word in tables.SUB_NATIONAL_WORDS or word in f.common)


def _body_in_place(f: _Finder, para: Span) -> None:
    """"Police in Lindholm said": the place's own body, labelled as when written before it ("Lindholm police"), so
    that both ways of writing it are one body; a singular head names one body only after its article ("a court in
    Kelby", not "appeared in court in Kelby"). The capitalised words after "in", up to a weekday or a month, are the
    place only where the registry or a model names a town or a region there (``_town_or_region``), no word of them
    is a title and no possessive follows ("prosecutors in Jane Roe's trial", "police in Ruritania's capital")."""
    p, text = f.patterns, f.doc.text
    for m in p.body_in_place.finditer(text, para.start, para.end):
        head = m.group("head").lower()
        if not (m.group("article") or is_plural_noun(head) or head in p.tables.ARTICLELESS_BODY_HEADS):
            continue
        words = list(itertools.takewhile(lambda w: w.lower() not in _OUTSIDE_NAMES, m.group("place").split()))
        if not words or set(words) & (p.not_names | p.title_words):
            continue
        place = Span(m.start("place"), m.start("place") + len(" ".join(words)))
        end = f.place_around(place).end
        if POSSESSIVE_AFTER.match(text, end) or not _town_or_region(f, place):
            continue
        f.add(m.start("head"), end, f"{text[place.start:end]} {head}", "Organization", (text[m.start("head"):end],))


def _town_or_region(f: _Finder, place: Span) -> bool:
    """A place the registry or a model names, or a rule typed a place, that is no country: "police in Ruritania"
    are the country's own, which the country itself stands for, and an event, a person or a body is no place
    ("police in Operation Haldane", "police in Blue Lantern protests")."""
    if any(m.span.start < place.end and place.start < m.span.end and f.type_of(m.entity) == "Country" for m in f.known):
        return False
    return f.is_place(place) or any(n.span.contains(place) and f.type_of(n.entity) == "Place" for n in f.mentions)


def _body_of_owner(f: _Finder, para: Span) -> None:
    """A body written in lower case after a country, a place or a nationality ("Ruritania's disaster management
    agency", "the Ruritanian parliament"), or before the place it sits in or belongs to ("a criminal court in
    Lindholm", "the health ministry of the Republic of Tarnia", up to the place's last word), labelled as written;
    a head noun alone after an article, or after a word that is no place, is no name, unless it heads a country's
    state body before "of" and the country (``_state_body_of_a_country``: "the parliament of Ruritania")."""
    text = f.doc.text
    at = para.start
    while (m := f.patterns.body_of_owner.search(text, at, para.end)) is not None:
        at = m.end()
        if not all(is_describing_word(w) for w in m.group("describing").split()):
            at = m.start() + 1   # "Ruritania said the council …": a verb between, no body; "Officials of the
            continue             # council of Ruritania": the body starts after the word that was no owner
        owner = m.group("owner") and f.is_place(Span(m.start("owner"), m.end("owner")))
        place = m.group("place") and f.is_place(Span(m.start("place"), m.end("place")))
        if not (owner or place):
            continue
        start = m.start("owner") if owner else m.start("describing") if m.group("describing") else m.start("head")
        end = f.place_around(Span(m.start("place"), m.end("place"))).end if place else m.end("head")
        if re.match(rf"(?:{f.patterns.tables.POSSESSIVE})?\s+[{_UPPER}]", text[end:end + 4]) and not place:
            continue    # "the Ruritanian agency Vexa": the kind of body before its name
        if start < end and (owner or m.group("describing") or (place and _state_body_of_a_country(f, m, end))):
            f.add(start, end, text[start:end], "Organization")
            if any(n.span == Span(start, end) for n in f.mentions):   # "the Ruritanian military base": the
                # registry's "Ruritanian military" describes the base here, it is no mention of the armed forces
                f.known[:] = [k for k in f.known if not (start <= k.span.start and k.span.end <= m.start("head")
                                                         and f.type_of(k.entity) not in ("Country", "Place"))]


def _state_body_of_a_country(f: _Finder, m: re.Match, end: int) -> bool:
    """"the parliament of Ruritania": a body's noun alone is a name when it heads a country's own state body
    (STATE_BODY_NOUNS) and the place after "of", which ends at ``end``, is a country the registry knows, not
    where the body only sits ("the embassy in Lindholm" could be any country's), not a department or a service
    ("a department of Ruritania"), and not the owner of what follows ("the government of Ruritania's neighbour")."""
    tables = f.patterns.tables
    return m.group("preposition") in tables.PLACE_OF and m.group("head").lower() in tables.STATE_BODY_NOUNS \
        and not POSSESSIVE_AFTER.match(f.doc.text, end) \
        and any(f.type_of(k.entity) == "Country" and k.span.contains(Span(m.start("place"), m.end("place")))
                for k in f.known)


def _office_of_title(f: _Finder, para: Span) -> None:
    """"the prosecutor general's office", labelled "Prosecutor General's Office"; the place before the title is
    the office's ("the Vellmore County sheriff's office"), a capitalised word opening the sentence ("The"), a weekday,
    a month or an adverb opening it ("Earlier", "Meanwhile") is not."""
    p, text = f.patterns, f.doc.text
    for m in p.office_of_title.finditer(text, para.start, para.end):
        start = m.start("name")
        for word in (m.group("adjective") or "").split():
            if word not in p.not_names and word.lower() not in _OUTSIDE_NAMES:
                break   # "On Monday Vell County sheriff's office", "Later Vell County …": when, not whose
            start = text.index(word, start) + len(word)
        while text[start].isspace():
            start += 1
        label = " ".join(w[:1].upper() + w[1:] for w in text[start:m.end("name")].split())
        f.add(start, m.end("name"), label, "Organization")


def _event_by_noun(f: _Finder, para: Span) -> None:
    """"the first summit of the Northern Council", "December's climate conference in Lindholm": an event
    named by its noun and whose or where it is, labelled as written without the article; the place is named too."""
    for m in f.patterns.event_by_noun.finditer(f.doc.text, para.start, para.end):
        name = m.group("name")
        if any(w.lower() in WEEKDAY_NAMES or w.lower() in _MONTHS for w in name.split()):
            continue    # "the conference on Tuesday": when, not which
        if set(name.lower().split()) & f.patterns.occasion_modifiers:
            continue    # "a news conference in Lindholm": an occasion, not a named event
        # "the conference in Lindholm" after "the climate conference in Lindholm": that event again
        fuller = [e.label for e in f.found.values() if e.type == "Event" and e.label.endswith(" " + name)]
        if m.group("place"):   # where it was is a place the text names
            f.add(m.start("place"), m.end("place"), m.group("place"), "Place")
        if _NUMBERED_EVENT_BEFORE.search(f.doc.text, max(0, m.start() - 20), m.start()):
            continue    # "the VCC31 conference in Lindholm": the numbered session is the event's name
        named = _capitalised_event_name(f, m)
        if named is not None:
            f.add(*named, f.doc.text[named[0]:named[1]], "Event")
            continue
        f.add(m.start("name"), m.end("name"), fuller[0] if len(fuller) == 1 else name, "Event")


def _numbered_event(f: _Finder, para: Span) -> None:
    """"The VCC31 summit agreed a deal", then "the VCC31 president": a recurring event's numbered session is an
    event wherever the text names it, whatever a model takes it for (a place, a body)."""
    for m in f.patterns.numbered_event.finditer(f.doc.text, para.start, para.end):
        f.add(m.start(), m.end(), m.group(), "Event")


def _event_by_capitalised_head(f: _Finder, para: Span) -> None:
    """"The Tarnia Marathon was cancelled", "the Vell 2030 Games": capitalised words before an event's own head
    (EVENT_NAME_HEADS) name the event, though no model found it; the article, a weekday, an adverb or another word
    opening the sentence (NOT_NAMES: "When") is no word of it, and a head alone names nothing, nor one inside
    another name (``_in_another_name``)."""
    openers = f.patterns.not_event_modifiers | _OUTSIDE_NAMES | {w.lower() for w in f.patterns.not_names}
    for m in f.patterns.event_by_capitalised_head.finditer(f.doc.text, para.start, para.end):
        words = list(re.finditer(r"\S+", m.group("name")))
        while words and words[0].group().lower() in openers:
            words = words[1:]
        if len(words) < 2 or not words[0].group()[:1].isupper():
            continue
        start, end = m.start("name") + words[0].start(), m.end("name")
        if f.taken.free(Span(start, end)) and not _in_another_name(f, start, end):
            f.add(start, end, f.doc.text[start:end], "Event")


def _in_another_name(f: _Finder, start: int, end: int) -> bool:
    """A run of capitalised words a model found part of a body's name ("Mara Velsen of Vell Games", "Vexa Cup
    Ltd"), or that goes on with another capitalised word ("the Vell Festival Fringe"): no event's name alone."""
    return any(s.start < end and start < s.end for s in f.model_bodies) \
        or bool(re.match(r"[ \t]+[A-Z]", f.doc.text[end:end + 2]))


def _capitalised_event_name(f: _Finder, m: re.Match) -> tuple[int, int] | None:
    """"the Kestrel Energy Summit in Lindholm": a capitalised event noun after capitalised words ends the event's
    own name, which the place after it is not part of; None when the noun opens the match in lower case or alone."""
    noun_start = m.start("name")
    if not f.doc.text[noun_start].isupper():
        return None
    before = f.patterns.name_before_event_noun.search(f.doc.text, max(0, noun_start - 80), noun_start)
    if before is None:
        return None
    words = list(re.finditer(r"\S+", before.group()))
    while words and words[0].group().lower() in f.patterns.not_event_modifiers:
        words = words[1:]   # "The Kestrel Summit": the article opening the sentence is no word of the name
    if not words:
        return None
    noun_end = noun_start + len(re.match(r"\S+", f.doc.text[noun_start:]).group())
    return before.start() + words[0].start(), noun_end


def _team_by_country(f: _Finder, para: Span) -> None:
    """"сборной Руритании по футболу": the country's national team, labelled "Сборная Руритании"."""
    for start, end, label in _russian_teams(f.doc.text, para, f.patterns):
        f.add(start, end, label, "Organization")


def _tournament_by_year(f: _Finder, para: Span) -> None:
    """"ЧМ-2031", "на чемпионате мира по хоккею-2031": one tournament of that year, an event labelled by its
    abbreviation, whichever way the text writes it."""
    for abbr, pattern in f.patterns.tournaments_by_year:
        for m in pattern.finditer(f.doc.text, para.start, para.end):
            f.add(m.start(), m.end(), f"{abbr}-{m.group('year')}", "Event")


def _law_after_noun(f: _Finder, para: Span) -> None:
    for start, end, label in _russian_laws(f.doc.text, para, f.taken, f.patterns):
        f.add(start, end, label, "Agreement")
    for start, end, label in _laws_on_a_subject(f.doc.text, para, f.patterns):
        f.add(start, end, label, "Agreement")


_SUBJECT_WORDS = ("NOUN", "ADJF", "PRTF", "NUMR")   # what a document's subject is written in: nouns and their modifiers


def _laws_on_a_subject(text: str, para: Span, patterns: _Patterns) -> list[tuple[int, int, str]]:
    """"подписали Конвенцию о защите лесов и рек": a law's noun written with a capital inside a sentence, then
    what the document is on, is its name ("Конвенция о защите лесов и рек"); the subject ends at the first word
    that is no noun nor a noun's modifier ("Декларацию о мире и парафировали …" ends before "и")."""
    prepositions = patterns.tables.LAW_SUBJECT_PREPOSITIONS
    if not prepositions:
        return []
    out = []
    head = re.compile(rf"(?P<noun>[{patterns.tables.LETTERS.upper()}][{patterns.tables.LETTERS}]+)\s+"
                      rf"(?P<prep>{one_of(prepositions)})\s+(?=[{patterns.tables.LETTERS}])")
    for m in head.finditer(text, para.start, para.end):
        before = text[para.start:m.start()].rstrip(" \t«\"")
        if not before or before[-1] in ".!?:\n":   # a capital opening a sentence says nothing
            continue
        noun = morph().parse(m.group("noun"))[0]
        if noun.normal_form not in patterns.law_nouns:
            continue
        words = list(re.finditer(rf"[{patterns.tables.LETTERS}]+", text[m.end():para.end]))
        end, i = None, 0
        while i < len(words) and (i == 0 or words[i].start() == words[i - 1].end() + 1):
            word = words[i].group()
            tag = morph().parse(word)[0].tag
            if word in ("и",) and i + 1 < len(words) and morph().parse(words[i + 1].group())[0].tag.POS in _SUBJECT_WORDS[:2]:
                i += 1
                continue
            if tag.POS not in _SUBJECT_WORDS or word[:1].isupper():
                break
            end = m.end() + words[i].end()
            i += 1
        if end is None:
            continue
        label = f"{noun.normal_form.capitalize()} {m.group('prep')} {text[m.end():end]}"
        out.append((m.start("noun"), end, label))
    letters = patterns.tables.LETTERS
    named = re.compile(rf"(?P<adj>[{letters.upper()}][{letters}]+)\s+(?P<noun>[{letters}]+)(?![{letters}])")
    for m in named.finditer(text, para.start, para.end):   # "подписали Тарнвикскую декларацию"
        before = text[para.start:m.start()].rstrip(" \t«\"")
        if not before or before[-1] in ".!?:\n" or not m.group("noun").islower():
            continue
        noun = morph().parse(m.group("noun"))[0]
        adjective = next((p for p in morph().parse(m.group("adj")) if p.tag.POS == "ADJF"), None)
        if noun.normal_form not in patterns.law_nouns or adjective is None or noun.tag.gender is None:
            continue
        base = inflect(adjective, {"nomn", "sing", noun.tag.gender})
        if base is not None:
            out.append((m.start(), m.end(), f"{base.word.capitalize()} {noun.normal_form}"))
    return out


def _body_written_together(f: _Finder, para: Span) -> None:
    for start, end, label in _russian_compound_bodies(f.doc.text, para, f.patterns.tables.ORG_COMPOUND_ENDINGS):
        f.add(start, end, label, "Organization")


_DIGIT_LED_BRAND = re.compile(r"(?<![\w.,-])\d{1,2}[a-z]{3,}[a-z\d]*(?![\w-])")   # "7velta", "4orla"
BRAND_MENTIONS = 2   # times the text writes such a word at least: a name it keeps coming back to


def _digit_led_brand(f: _Finder, para: Span) -> None:
    """"Borealia's telco, 7velta, apologised … 7velta said": a word of a figure and small letters that the text
    writes again and again is a company's name, which no model reads as one ("5G", "10am", "3rd" are none)."""
    text = f.doc.text
    for m in _DIGIT_LED_BRAND.finditer(text, para.start, para.end):
        if len(re.findall(rf"(?<![\w.,-]){re.escape(m.group())}(?![\w-])", text)) >= BRAND_MENTIONS:
            f.add(m.start(), m.end(), m.group(), "Organization")


def _latin_name_after_noun(f: _Finder, para: Span) -> None:
    """"оператора Vexon", "клуба ЛКС": a name in another script or an acronym, typed by the noun before it
    (NOUNS_BEFORE_NAMES), which a name in capitals alone does not say; a common noun's acronym ("компании ООО")
    names nothing."""
    p = f.patterns
    for m in p.latin_name_after_noun.finditer(f.doc.text, para.start, para.end):
        kind = p.tables.NOUNS_BEFORE_NAMES.get(morph().parse(m.group("noun"))[0].normal_form)
        name = m.group("name").rstrip(".-+&")
        if kind and name not in _COMMON_ACRONYMS:
            f.add(m.start("name"), m.start("name") + len(name), name, kind,
                  (f"{morph().parse(m.group('noun'))[0].normal_form} {name}",))


def _quoted_name_after_noun(f: _Finder, para: Span) -> None:
    """"на форуме «Северный путь»": a quoted name typed by the noun before it (NOUNS_BEFORE_NAMES), labelled
    with the noun in its base form ("форум «Северный путь»"), the name alone a label too; a body known by its name
    alone (KNOWN_BY_QUOTED_NAME: "авиакомпании «Вельтавиа»") by that name in its base form. A noun capitalised
    opening a sentence types only an event («Ураган «Мирта»»): a body's («Телеканал «Зорька»») keeps the label
    its quoted name gives it."""
    p = f.patterns
    for m in p.quoted_name_after_noun.finditer(f.doc.text, para.start, para.end):
        noun = morph().parse(m.group("noun"))[0].normal_form
        kind = p.tables.NOUNS_BEFORE_NAMES.get(noun.rsplit("-", 1)[-1])   # "интернет-портал": a kind of портал
        name = (m.group("name") or m.group("name2") or m.group("name3")).strip()
        if m.group("noun")[:1].isupper() and kind != "Event":
            continue
        if kind and name and (name[0].isupper() or name[0].isdigit()):
            kinded = f"{noun} {m.group('quoted')}"
            if noun in p.tables.KNOWN_BY_QUOTED_NAME:
                base = _base_form(name.split(), kind) if LEMMATISED.search(name) else name
                f.add(m.start("noun"), m.end("quoted"), base, kind, (name, kinded, m.group("quoted")))
            else:   # «формат «2+2»»: the noun stays in the label
                f.add(m.start("noun"), m.end("quoted"), kinded, kind, (name, m.group("quoted")))


def _body_before_owner(f: _Finder, para: Span) -> None:
    """"комиссию правительства Руритании", "Посольство Руритании заявило": a body's noun (BODY_NOUNS, lemmas; in
    lower case, or capitalised where it opens a sentence) right before the country or the body it belongs to, in the
    genitive, named with it, the noun in the nominative; the words of its field in the genitive may stand between
    ("министерство транспорта Заокской области"). Opening a sentence before a field after the owner ("Управление
    Руритании по делам молодёжи"), it names no body."""
    text = f.doc.text
    owners = f.owners_in_the_genitive
    toks = tokens(text, para.start, para.end)
    for last, (tok, after) in enumerate(zip(toks, toks[1:])):
        owner = owners.get(after.start)
        if owner is None or not re.fullmatch(r"\s+", text[tok.end:after.start]):
            continue
        i = _body_noun_before_its_field(f, toks, last)
        tok, before = toks[i], toks[i - 1] if i else None
        noun = _body_noun(f, toks, i)
        if noun is not None and i == last and before is not None and re.fullmatch(r"\s+", text[before.end:tok.start]) \
                and _field_body(f, before, noun.normal_form, text[owner.start:owner.end], owner.end):
            continue
        if noun is not None:   # "посольстве Руритании в Линдхольме": where it sits is part of its name
            seat = f.patterns.seat_after.match(text, owner.end)
            end = seat.end() if seat and f.is_place(Span(seat.start("place"), seat.end())) else owner.end
            if tok.text[:1].isupper() and f.patterns.field_after.match(text, end):
                continue    # "Управление Руритании по делам молодёжи": the field it serves ends the name
            field = _field_of_the_body(text[tok.end:toks[last].end], f.patterns.tables)
            start, name = tok.start, [_noun_as_the_model_wrote_it(f, tok, noun, owner) + field]
            opening = _adjectives_opening_a_name(text, toks, i)
            if opening is not None:   # "Федеральной таможенной службы Руритании": the whole name, in the nominative
                k, adjectives, noun = opening
                start = toks[k].start
                name = [_cased_like(form.word, toks[k + n].text) if (form := inflect(a, {"nomn"})) else toks[k + n].text
                        for n, a in enumerate(adjectives)] + [_in_nominative(noun) + field]
            f.add(start, end, f"{' '.join(name)} {text[owner.start:end]}", "Organization")


def _body_after_place_adjective(f: _Finder, para: Span) -> None:
    """«Тарвинское космическое агентство заявило», «по словам Вельминского комитета по охране рек»: a body's noun in
    lower case (BODIES_AFTER_PLACE_ADJECTIVE) after adjectives agreeing with it that run back to a capitalised place's
    adjective names that body with its field, labelled in the nominative; the model reads the adjective alone, if
    anything. The place's adjective is one the dictionary does not list (of a town it does not know), or one of a
    place's form (PLACE_ADJECTIVE_STEM) inside a sentence: other listed adjectives («Федеральная», «Главное»), and a
    listed one opening a sentence only for that («Городской комитет»), are left to the models and the country rules;
    nor is an adjective joined to another («российский и иранский») one body's."""
    text, tables = f.doc.text, f.patterns.tables
    toks = tokens(text, para.start, para.end)
    nouns = tables.BODIES_AFTER_PLACE_ADJECTIVE
    for i, tok in enumerate(toks):
        if not tok.text.islower() or not any(p.tag.POS == "NOUN" and p.normal_form in nouns
                                             for p in morph().parse(tok.text)[:3]):
            continue
        opening = _adjectives_opening_a_name(text, toks, i)
        if opening is None or opening[2].normal_form not in nouns:
            continue
        k, adjectives, noun = opening
        first = toks[k]
        place_form = re.fullmatch(tables.PLACE_ADJECTIVE_STEM or "(?!)", first.text)
        if morph().word_is_known(first.text.lower()) and not (place_form and not _opens_sentence(text, first.start)):
            continue
        end = _field_words_end(f.doc, tok.end) or tok.end
        span = Span(first.start, end)
        if _joined_to_an_adjective(f, first) or not f.taken.free_or_enclosing(span):
            continue
        name = [_cased_like(form.word, toks[k + n].text) if (form := inflect(a, {"nomn"})) else toks[k + n].text
                for n, a in enumerate(adjectives)] + [_in_nominative(noun)]
        f.add(span.start, span.end, " ".join(name) + text[tok.end:end], "Organization")


def _noun_as_the_model_wrote_it(f: _Finder, tok: Token, noun, owner: Span) -> str:
    """A body's noun in the nominative, capitalised where the model took the capitalised word for a body's name
    before a name the registry does not know ("Центробанк Руритании": the label the model's name gave before
    such a name could own it); else in lower case, as before a registry's country ("парламент Бореалии")."""
    word = _in_nominative(noun)
    known = Span(tok.start, tok.end) in f.model_bodies and all(m.span != owner for m in f.known)
    return _cased_like(word, tok.text) if known else word


def _field_of_the_body(field: str, tables) -> str:
    """"мэрия города Ольховска" is "мэрия Ольховска": the kind of place its owner is (PLACE_NOUNS) says no field of
    the body, so the body keeps one label however the text writes it."""
    return "" if field.strip().lower() in tables.PLACE_NOUNS else field


def _body_noun_before_its_field(f: _Finder, toks: list[Token], last: int) -> int:
    """Where a body's noun in lower case stands before the words of its field that end at ``toks[last]``
    ("министерства сельского хозяйства"), the field's last word a noun; else ``last``, the word that may be the
    noun itself. Capitalised, the name is the model's."""
    tables, text = f.patterns.tables, f.doc.text
    if not _tagged(toks[last].text, "NOUN"):
        return last
    k = last
    while k > 0 and last - k < BODY_COMPLEMENT_WORDS and _genitive_word_of_a_field(toks[k].text, tables) \
            and re.fullmatch(r"[ \t]+", text[toks[k - 1].end:toks[k].start]):
        k -= 1
        if toks[k].text.islower() and _body_noun(f, toks, k) is not None:
            return k
    return last


def _field_body(f: _Finder, adjective: Token, noun: str, owner: str, end: int) -> bool:
    """"оборонного ведомства Марговии": the country's ministry of that field (FIELD_BODIES), when the registry
    or the text has it by that name; whether it did."""
    lemmas = {p.normal_form for p in morph().parse(adjective.text)[:3] if p.tag.POS == "ADJF"}
    name = next((v for (a, n), v in f.patterns.tables.FIELD_BODIES.items() if n == noun and a in lemmas), None)
    if name is None:
        return False
    wanted = f"{name} {owner}".casefold()
    key = next((k for k, e in [*f.registry.items(), *f.found.items()]
                if any(t.casefold() == wanted for t, _ in e.all_labels())), None)
    span = Span(adjective.start, end)
    if key is None or not f.taken.free_or_enclosing(span):
        return False
    f.mentions.append(Mention(key, span, "name"))
    f.taken.append(span)
    return True


def _body_after_country_adjective(f: _Finder, para: Span) -> None:
    """"иранский МИД", "бореальской полиции": a state body's head (COUNTRY_BODY_HEADS, or a short head) after the
    adjective of a registry country it agrees with is that country's body, labelled as a noun before the country in
    the genitive ("МИД Ирана", "полиция Бореалии"): one body however the text writes it, never the bare noun."""
    text, tables = f.doc.text, f.patterns.tables
    toks = tokens(text, para.start, para.end)
    for i, (adjective, head) in enumerate(zip(toks, toks[1:]), start=1):
        if not re.fullmatch(r"[ \t]+", text[adjective.end:head.start]):
            continue
        noun = _country_body_head(head.text, tables)
        country = noun and _country_of_adjective(f, adjective.text, noun)
        if not country or _joined_to_an_adjective(f, adjective):
            continue
        field_end = _field_end(f, toks, i) if noun.normal_form in tables.BODY_HEADS_WITH_A_FIELD else head.end
        if _country_follows(f, field_end):
            continue    # «Либеральное правительство Канады»: the body names its own country after it
        span = Span(adjective.start, field_end)
        if not f.taken.free_or_enclosing(span):
            continue
        short = next((k for k in tables.BODY_SHORT_HEADS if k.lower() == noun.normal_form), None)
        name = short or _cased_like(_in_nominative(noun), head.text) + text[head.end:field_end]
        f.add(span.start, span.end, f"{name} {_genitive(country)}", "Organization")


def _joined_to_an_adjective(f: _Finder, adjective: Token) -> bool:
    """The adjective joined to another country's before it (``adjective_joined_before``): «Кроме того, иранская …»:
    «того» is no country's."""
    return adjective_joined_before(f.doc.text, adjective.start, lambda lemma: lemma in f.country_adjectives
                                   or bool(_country_of_stem(f, lemma)))


def _country_follows(f: _Finder, end: int) -> bool:
    """A registry country's name, capitalised, right after ``end`` («правительство Канады»)."""
    after = re.match(r"[ \t]+([А-ЯЁA-Z][\w\-]*)", f.doc.text[end:end + 60])
    return after is not None and any(p.normal_form.replace("ё", "е") in f.country_names
                                     for p in morph().parse(after.group(1))[:4])


def _country_body_head(word: str, tables):
    """The reading of ``word`` as a state body's head a country's adjective may name: a noun of COUNTRY_BODY_HEADS
    or a short head ("МИД", "Минфина"); None else."""
    return next((p for p in morph().parse(word)[:3] if p.tag.POS == "NOUN" and (
        p.normal_form in tables.COUNTRY_BODY_HEADS or p.normal_form in _SHORT_HEADS_LOWER)), None)


def _country_of_adjective(f: _Finder, word: str, noun) -> str | None:
    """The registry country whose adjective (COUNTRY_ADJECTIVES, or one opening with the country's stem:
    "руританский" of "Руритания") ``word`` is, in a case the body's noun may be in; None else."""
    nouns = [p for p in morph().parse(noun.word)[:4] if p.tag.POS == "NOUN"]
    readings = [p for p in morph().parse(word.lower())[:4] if p.tag.POS == "ADJF"
                and any(_adjective_agrees(p, n) for n in nouns)]
    if not readings:
        return None
    lemma = readings[0].normal_form
    named = f.country_adjectives.get(lemma)
    if named:
        return named
    return _country_of_stem(f, lemma)


def _adjective_agrees(adjective, noun) -> bool:
    """An adjective's reading agrees with a noun's in case, number and, in the singular, gender where the noun has
    one: «британские ВВС», not «британская ВВС» (another body, of another number)."""
    genders = ("masc", "femn", "neut")
    return adjective.tag.case == noun.tag.case and adjective.tag.number == noun.tag.number \
        and (noun.tag.number != "sing" or noun.tag.gender not in genders or adjective.tag.gender == noun.tag.gender)


def _country_of_stem(f: _Finder, lemma: str) -> str | None:
    """The registry country whose stem ``lemma`` opens with, the rest of it only an adjective's suffix
    (``COUNTRY_ADJECTIVE_SUFFIXES``: "бореальский", not "либеральный" of Либерия nor "гамбургский" of Гамбия); of
    countries with one stem, the one whose dropped ending the suffix keeps ("нигерийский") or that dropped none
    ("нигерский"); None when that leaves no one country."""
    suffixes = f.patterns.tables.COUNTRY_ADJECTIVE_SUFFIXES
    fits = [(len(stem), name) for stem, name in f.country_stems
            if lemma.startswith(stem) and lemma[len(stem):] in suffixes]
    if not fits:
        return None
    longest = max(size for size, _ in fits)
    names = {name for size, name in fits if size == longest}
    if len(names) > 1:
        rest = lemma[longest:]
        names = {name for name in names if name.lower()[longest:][:1] == rest[:1]} \
            or {name for name in names if len(name) == longest}
    return next(iter(names)) if len(names) == 1 else None


def _field_end(f: _Finder, toks: list[Token], i: int) -> int:
    """Where the words of a body's field after its noun at ``toks[i]`` end ("министерство иностранных дел")."""
    text, end = f.doc.text, toks[i].end
    for tok in toks[i + 1:i + 1 + BODY_COMPLEMENT_WORDS]:
        if not re.fullmatch(r"[ \t]+", text[end:tok.start]) \
                or not _genitive_word_of_a_field(tok.text, f.patterns.tables):
            break
        end = tok.end
    return end


_SHORT_HEADS_LOWER = frozenset(k.lower() for k in merged("BODY_SHORT_HEADS"))


def _cited_forms(t: ModuleType) -> dict[str, str]:
    """The forms of the language's nouns for people of a kind (GROUP_NOUNS) after a cue that cites a source, each to
    the noun as the table writes it: the nouns themselves, and, where the language marks case, their genitive
    («по словам экспертов»: «эксперты»)."""
    forms = {noun.lower(): noun for noun in t.GROUP_NOUNS}
    if t.MARKS_CASE:
        for noun in t.GROUP_NOUNS:
            parse = next((p for p in morph().parse(noun) if p.tag.POS == "NOUN" and "plur" in p.tag), None)
            genitive = inflect(parse, {"gent", "plur"}) if parse is not None and " " not in noun else None
            if genitive is not None:
                forms.setdefault(genitive.word, noun)
    return forms


def _group_speaking(f: _Finder, para: Span) -> None:
    """"the rebels say", "Defence lawyers had said": people named by what they are (GROUP_NOUNS), in the plural,
    speaking as one party, a group; a nationality or place before them is part of its name, the whole of it where the
    word before them ends a longer one ("Vell County authorities said")."""
    text = f.doc.text
    for m in f.patterns.group_speaking.finditer(text, para.start, para.end):
        owner = m.group("owner")
        if _POSSESSIVE_BEFORE.search(text, max(0, m.start("noun") - 4), m.start("noun")):
            continue    # "Jane Roe's lawyers said": her counsel, a party the client names (``_counsel``)
        if _PREPOSITION_BEFORE.search(text, max(0, m.start("name") - 12), m.start("name")):
            continue    # "the hunt for survivors went on": the object of a preposition, nobody speaking
        if m.group("noun").lower() in f.patterns.tables.GROUPS_ONLY_BARE and _qualified(f.doc.text, m.start("noun")):
            continue    # "Ruritanian officials said": their country speaks (DEMONYM_GROUPS)
        if owner and not f.is_place(Span(m.start("owner"), m.end("owner"))):
            start = _describing_words_before(f, m.start("noun"), para.start)   # "On Tuesday analysts said": not whose
        else:
            start = f.place_around(Span(m.start("owner"), m.end("owner"))).start if owner \
                else _describing_words_before(f, m.start("noun"), para.start)
        if start == m.start("noun") and _only_described(f, m.group("noun")):
            continue    # "media said": no one's press in particular
        f.add(start, m.end("noun"), text[start:m.end("noun")], "Group", (text[m.start("name"):m.end("noun")],))


_DESCRIBING_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_][\w-]*)[ \t]+$")


def _describing_words_before(f: _Finder, start: int, floor: int) -> int:
    """Where a group's name starts that the words before its noun describe: adjectives and a nationality ("local
    activists", "Tarnian state media", "independent Vellish media"), and nouns after those or after "the" ("Tarnian
    border authorities", "the border authorities"); not words that count or point at them ("Many analysts"), a time
    ("this week rebels said"), a clause's word ("but analysts said"), nor a capitalised word but a nationality or an
    adjective opening the sentence ("Local news outlets")."""
    text, t = f.doc.text, f.patterns.tables
    stop = {w.lower() for w in (*t.NOT_GROUP_NAME_WORDS, *t.NUMBER_WORDS)} | _CLAUSE_WORDS
    words: list[tuple[int, bool]] = []   # (where each word starts, whether it describes), right to left
    at = start
    while len(words) < 3 and (m := _DESCRIBING_WORD_BEFORE.search(text, max(floor, at - 30), at)) \
            and m.group("word").lower() not in stop and not is_function_word(m.group("word")):
        word, at = m.group("word"), m.start("word")
        opening = text[:at].rstrip(" \t")[-1:] in ("", "\n") or text[:at].rstrip()[-1:] in (".", "!", "?")
        if any(n.start == at for n in f.nationalities) or word[0].isupper() and f.is_place(Span(at, at + len(word))) \
                or is_adjective(word) and (word.islower() or opening):
            words.append((at, True))
        elif word.islower() and is_common_noun(word):
            words.append((at, False))
        else:
            break
    while words and not words[-1][1]:   # a noun opens the name only after "the"
        before = _DESCRIBING_WORD_BEFORE.search(text, max(floor, words[-1][0] - 30), words[-1][0])
        if before and before.group("word").lower() in t.DEFINITE_ARTICLES:
            break
        words.pop()
    if words and _object_before(text, words[-1][0], floor, t):
        # "After the storm rescuers said", "After the heavy storm rescuers said": the nouns and the words before them
        # are the preposition's object; the words after the last noun describe the group
        nouns = [k for k, (_, describes) in enumerate(words) if not describes]
        words = words[:nouns[0]] if nouns else words
    return words[-1][0] if words else start


def _object_before(text: str, at: int, floor: int, t: ModuleType) -> bool:
    """The words from ``at`` are the object of a preposition or a clause's opener right before them, or before the
    article before them ("after the storm")."""
    before = _DESCRIBING_WORD_BEFORE.search(text, max(floor, at - 30), at)
    if before and before.group("word").lower() in t.DEFINITE_ARTICLES:
        before = _DESCRIBING_WORD_BEFORE.search(text, max(floor, before.start() - 30), before.start())
    return bool(before) and (before.group("word").lower() in _CLAUSE_WORDS
                             or before.group("word").lower() in _OBJECT_PREPOSITIONS)


def _site_cited(f: _Finder, para: Span) -> None:
    """"according to vellnews.kz", «передает rus.vell.ee»: a source named by its site's address (one of
    ``SITE_ADDRESS_ENDINGS``) right after a cue that cites one is a body, an outlet, whatever the models read; named as
    written, without its "https://" or "www."."""
    for m in f.patterns.site_cited.finditer(f.doc.text, para.start, para.end):
        f.add(m.start("site"), m.end("site"), m.group("site"), "Organization")


def _group_cited(f: _Finder, para: Span) -> None:
    """"according to investigators", «по словам экспертов»: people named by what they are (GROUP_NOUNS), cited as a
    source, a group labelled by the noun as the table writes it."""
    for m in f.patterns.group_cited.finditer(f.doc.text, para.start, para.end):
        if m.group("noun").lower() in f.patterns.tables.GROUPS_ONLY_BARE and _body_after_group(f, m.end()):
            continue    # "according to officials from the Vell Water Board": the board is the source
        if m.group("words"):   # "according to Tarnian state media": words that describe them name them too
            if f.patterns.tables.MARKS_CASE \
                    or _describing_words_before(f, m.start("noun"), m.start("words")) != m.start("words") \
                    or _noun_after(f.doc.text, m.end("noun")) \
                    or m.group("noun").lower() in f.patterns.tables.GROUPS_ONLY_BARE and any(
                        f.is_place(Span(w.start(), w.end())) for w in _WORD.finditer(f.doc.text, m.start("words"),
                                                                                      m.end("words"))):
                continue    # "according to Ruritanian officials": their country; "according to … media posts"
            f.add(m.start("words"), m.end("noun"), m.group("words") + m.group("noun"), "Group", (m.group("name"),))
            continue
        label = f.patterns.cited_group_nouns.get(m.group("noun").lower(), m.group("noun"))
        if not _only_described(f, label):
            f.add(m.start("noun"), m.end("noun"), label, "Group", (m.group("name"),))


_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[a-z][\w-]*)")
_WORD = re.compile(r"[^\W\d_][\w-]*")


def _noun_after(text: str, at: int) -> bool:
    """A common noun right after ``at``, whose phrase the word before it only begins ("media posts")."""
    m = _WORD_AFTER.match(text, at)
    return bool(m) and is_common_noun(m.group("word")) and not is_function_word(m.group("word"))


def _only_described(f: _Finder, noun: str) -> bool:
    """A group's noun that names a group only with a word that describes it (``GROUPS_ONLY_DESCRIBED``)."""
    return noun.lower() in {n.lower() for n in f.patterns.tables.GROUPS_ONLY_DESCRIBED}


def _group_speaking_inflected(f: _Finder, para: Span) -> None:
    """«организаторы акции утверждают», «Оппозиционные руританские политические силы заявили»: people named by what
    they are (GROUP_NOUNS), in the plural, speaking as one party, a group labelled as written with the adjectives
    before them and the genitive of the place or thing they are of after them (not a name or a people's word: those
    are the named ones'); a word the verb's agreement does not make the plural subject's takes none."""
    text = f.doc.text
    for m in f.patterns.group_speaking_inflected.finditer(text, para.start, para.end):
        of = m.group("of") and _reading(m.group("of"), "NOUN", "gent")
        if not _reading(m.group("verb"), "VERB", "plur") or (m.group("of") and not of and not any(
                _reading(m.group("of"), pos) for pos in ("ADVB", "PRCL", "CONJ"))):
            continue    # «силы сказалось»: no verb of theirs; «жители также заявили»: no genitive, still theirs
        if of and (m.group("of")[0].isupper() or _reading(m.group("of"), "NOUN", "gent", "anim")):
            continue    # «повстанцы хуситов», «боевики ХАМАС»: people of a named group or a people, who are theirs
        start = m.start("noun")
        owner = _WORD_BEFORE.search(text, max(para.start, start - 30), start)
        if owner and _reading(owner.group("word"), "NOUN", "nomn") and not _reading(owner.group("word"), "ADJF"):
            continue    # «представители власти заявили»: the genitive of the noun before, who speak
        for _ in range(3):   # «оппозиционные политические силы»: their adjectives are their name's
            word = _WORD_BEFORE.search(text, max(para.start, start - 30), start)
            if not word or not _reading(word.group().strip(), "ADJF", "nomn", "plur"):
                break
            start = word.start()
        end = m.end("of") if of else m.end("noun")
        if start < m.start("noun") or end > m.end("noun") or not _only_described(f, m.group("noun")):
            f.add(start, end, text[start:end], "Group")
    for m in f.patterns.group_speaking_after_verb.finditer(text, para.start, para.end):
        # people after the verb are the attribution's to read («…, считают адвокаты»); a press is a group's name
        words = m.group("words").split()
        if words and _reading(m.group("verb"), "VERB", "plur") and not _reading(m.group("noun"), "NOUN", "anim") \
                and all(_reading(w, "ADJF", "nomn", "plur") and not _reading(w, "ADJF", "Apro")
                        and w.lower() not in f.patterns.tables.VAGUE_COUNTS for w in words):   # not «многие СМИ»
            start = m.start("words") + len(m.group("words")) - len(m.group("words").lstrip())
            f.add(start, m.end("noun"), text[start:m.end("noun")], "Group")


def _reading(word: str, pos: str, *grammemes: str) -> bool:
    """One of the lemmatiser's likely readings of a Russian ``word`` is of part of speech ``pos`` with ``grammemes``."""
    return any(p.tag.POS == pos and all(g in p.tag for g in grammemes) for p in morph().parse(word)[:4])


def _body_after_group(f: _Finder, at: int) -> bool:
    """"officials from the Vell Water Board": the preposition after the group ties it to a body the model reads as an
    organisation in more than one word, or the registry reads as one, which speaks through them; a country, a place,
    a weekday or a date there ("officials from Ruritania", "officials at Monday's meeting"), or one word the model
    takes for a body ("officials from Vell", "at Vell airport"), leaves them a group of their own."""
    m = f.patterns.body_of_group.match(f.doc.text, at)
    if not m:
        return False
    starts = {m.start("article"), m.end()}   # the name with its article or without
    return any(" " in f.doc.text[b.start:b.end].strip() for b in f.model_bodies if b.start in starts) \
        or any(k.span.start in starts and f.type_of(k.entity) == "Organization" for k in f.known)


_WORD_OF_THE_PHRASE = re.compile(r"[^\W\d_][\w'’-]*[ \t]+$")
_CLAUSE_WORDS = frozenset(w.lower() for w in joined("CONJUNCTIONS") + joined("CIRCUMSTANCE_MARKERS"))


def _qualified(text: str, start: int) -> bool:
    """A word of the phrase right before ``start`` ("local officials", "Ruritanian officials", "US officials")
    says which they are: they are no group of their own ("Ruritanian officials" speak for their country,
    ``DEMONYM_GROUPS``); a conjunction ("but officials said") or a sentence's opening is no such word."""
    m = _WORD_OF_THE_PHRASE.search(text, max(0, start - 40), start)
    return bool(m) and m.group().split()[0].lower() not in _CLAUSE_WORDS


# A preposition right before a phrase, not a conjunction's or a clause's opener ("and", "after", "as"): the
# phrase is its object.
_OBJECT_PREPOSITIONS = set(joined("PREPOSITIONS")) - set(joined("CONJUNCTIONS")) - set(joined("CIRCUMSTANCE_MARKERS")) \
    - {"as", "than"}
_PREPOSITION_BEFORE = re.compile(rf"(?<![\w-])(?i:{one_of(_OBJECT_PREPOSITIONS)})[ \t]+$")


def _quoted_name_before_noun(f: _Finder, para: Span) -> None:
    """"the “Clean Rivers” law": a quoted name typed by the noun after it (NOUNS_AFTER_QUOTED_NAMES), labelled as
    written; the name alone and the name with its noun are labels too."""
    p = f.patterns
    for m in p.quoted_name_before_noun.finditer(f.doc.text, para.start, para.end):
        name, noun = m.group("name"), m.group("noun")
        f.add(m.start("quoted"), m.end("noun"), f.doc.text[m.start("quoted"):m.end("noun")],
              p.tables.NOUNS_AFTER_QUOTED_NAMES[noun], (name, f"{name} {noun}"))


def _given_name_and_surname(f: _Finder, para: Span) -> None:
    """"Марии Сомовой"; not a body's name the lemmatiser also reads as a given name before a surname ("данных
    Ространса Сомов отметил": the body's genitive, then the speaker), nor a preposition opening a sentence that the
    lemmatiser also reads as a given name («У Тарвинского космического агентства нет долгов»)."""
    prepositions = set(f.patterns.tables.PREPOSITIONS)
    for start, end, label in _russian_people(f.doc.text, para):
        first = f.doc.text[start:end].split()[0]
        if first.lower() not in prepositions and not _body_word_first(f, start, start + len(first)):
            f.add(start, end, label, "Person")


def _body_word_first(f: _Finder, start: int, end: int) -> bool:
    """The word at ``start``..``end`` is a body's name of its own: the model's, the registry's or one found."""
    first = Span(start, end)
    return first in f.model_bodies or any(m.span == first and f.type_of(m.entity) not in (None, "Person")
                                          for m in (*f.known, *f.mentions))


def _place_by_kind_inflected(f: _Finder, para: Span) -> None:
    """"села Варде", "в Озёрском районе", named in the nominative."""
    for m in f.patterns.place_by_kind_inflected.finditer(f.doc.text, para.start, para.end):
        group = "name" if m.group("name") else "adj"
        name, end = m.group(group), m.end("kind") if m.group("kind") else m.end(group)
        words = list(re.finditer(r"\S+", name)) if group == "name" else []
        person = next((i for i, w in enumerate(words) if m.start(group) + w.start() in f.model_people_starts
                       and _given_name(w.group())), None)   # a given name opening a person's name the model read
        if person == 0:
            continue    # "глава города Пётр Вальков": the office's holder after the place it serves, not a place
        if person is not None:
            name, end = name[:words[person - 1].end()], m.start(group) + words[person - 1].end()   # "мэр города
            #                                                   Вельска Анна Рыбина": the place ends before her name
        f.add(m.start(group), end, _place_label_ru(name, m.group("kind")), "Place")


def _places_listed_after_kind(f: _Finder, para: Span) -> None:
    """«в районе сёл Вельск, Верин Орла и Тарн»: every name a plural kind of place opens is a place's, not only the
    first; the list ends before a given name opening a person's name the model read («сёл Вельск и Пётр Вальков»)."""
    for m in f.patterns.places_listed_after_kind.finditer(f.doc.text, para.start, para.end):
        for item in f.patterns.place_list_item.finditer(f.doc.text, m.start("names"), m.end("names")):
            if item.start() in f.model_people_starts and _given_name(item.group().split()[0]):
                break
            words = list(re.finditer(r"\S+", item.group()))
            if len(words) > 1 and _opens_another_name(f, item.start() + words[1].start(), words[1].group()):
                f.add(item.start(), item.start() + words[0].end(), _place_label_ru(words[0].group(), None), "Place")
                break   # «сёл Вельск и Тарн Минобороны …», «деревень Вельск и Тарн Мария Орлова …»: the list ends
            f.add(item.start(), item.end(), _place_label_ru(item.group(), None), "Place")


def _opens_another_name(f: _Finder, start: int, word: str) -> bool:
    """A list's place after its kind is a word or two; the second is no word of it where it opens another name: a
    body's short head («Минобороны») or its noun, an acronym, a given name before a capitalised word («Мария
    Орлова»; «Кеши Мард и …» is a place), or a name the model or the registry reads as a person's or a body's from
    there."""
    lemma = morph().parse(word)[0].normal_form
    return (word in f.patterns.tables.BODY_SHORT_HEADS or lemma in _LOWER_CASE_BODY_HEADS
            or (len(word) > 1 and word.isupper()) or start in f.model_people_starts
            or _given_name(word) and bool(_CAPITALISED_NEXT.match(f.doc.text, start + len(word)))
            or any(span.start == start for span in f.model_bodies)
            or any(m.span.start == start and f.type_of(m.entity) in ("Person", "Organization") for m in f.known))


def _places_sharing_area(f: _Finder, para: Span) -> None:
    """"в Заречной и Озёрской областях": Заречная область and Озёрская область, each adjective with the kind in
    the singular; the last adjective and the kind are one mention."""
    p, text = f.patterns, f.doc.text
    for m in p.places_sharing_area.finditer(text, para.start, para.end):
        kind = morph().parse(m.group("kind"))[0].normal_form
        gender = morph().parse(kind)[0].tag.gender
        adjectives = list(re.finditer(p.tables.PLACE_ADJECTIVE_STEM, m.group("adjectives")))
        for i, adjective in enumerate(adjectives):
            reading = next((r for r in morph().parse(adjective.group()) if r.tag.POS == "ADJF"), None)
            form = inflect(reading, {"nomn", "sing", gender}) if reading is not None and gender else None
            if form is None:
                continue
            start = m.start("adjectives") + adjective.start()
            end = m.end("kind") if i == len(adjectives) - 1 else m.start("adjectives") + adjective.end()
            f.add(start, end, f"{form.word.capitalize()} {kind}", "Place")


def _place_by_elided_kind(f: _Finder, para: Span) -> None:
    """"В Заречной области …, в Озёрской — …": an adjective of a place's name alone, after the text has named
    a place by such an adjective and its kind, is a place of that kind (of the adjective's gender)."""
    p, text = f.patterns, f.doc.text
    if f.areas is None:   # where the text names a place by an adjective and its kind, and the kind's gender
        f.areas = [(m.start(), morph().parse(m.group("kind"))[0]) for m in p.place_with_area.finditer(text)]
    kinds: dict[str, str] = {}   # gender → the kind of area last named with an adjective, as a lemma
    for start, noun in f.areas:
        if start < para.end:
            kinds[noun.tag.gender] = noun.normal_form
    if not kinds:
        return
    toks = tokens(text, para.start, para.end)
    for i, tok in enumerate(toks):
        if not p.place_adjective_stem.fullmatch(tok.text) or text[tok.start - 1:tok.start] in "-‐":
            continue    # "Вельске-Приморском": the second half of a hyphenated name
        if i and _plural_common_noun(toks[i - 1].text):
            continue    # "между вулканами Тарвинский и …": names of the things the noun before counts
        if i and toks[i - 1].text[:1].isupper() and _given_name(toks[i - 1].text):
            continue    # "мэра Петра Полевского": a surname after the given name, no area
        adjective = morph().parse(tok.text)[0]
        following = morph().parse(toks[i + 1].text)[0] if i + 1 < len(toks) else None
        if adjective.tag.POS != "ADJF" or adjective.tag.gender not in kinds \
                or (following is not None and following.tag.POS in ("NOUN", "ADJF")) \
                or (i and _gender_of_the_noun_named(toks[i - 1].text, tok.text)):
            continue
        form = inflect(adjective, {"nomn", "sing", adjective.tag.gender})
        if form is not None:
            f.add(tok.start, tok.end, f"{form.word.capitalize()} {kinds[adjective.tag.gender]}", "Place")


def _named_with_kind(place: str, name: str, tables) -> bool:
    """"Tarvo District" for "Tarvo": a place's label that is the name and a kind of place written after names."""
    return place.startswith(f"{name} ") and place[len(name) + 1:].lower() in tables.PLACE_NOUNS_AFTER


def _plural_common_noun(word: str) -> bool:
    """A lower-case noun in the plural ("вулканами", "реки"): what the names written after it are the names of."""
    parse = morph().parse(word)[0]
    return word.islower() and parse.tag.POS == "NOUN" and parse.tag.number == "plur"


def _gender_of_the_noun_named(noun: str, adjective: str) -> str | None:
    """"по улице Озёрской", "в посёлке Озёрском": an adjective after a lower-case noun it agrees with (a reading
    of each in one gender and case) is the name of what that noun names (a street, a village), in the noun's
    gender; no area whose kind the text left out. That gender, or None."""
    if not noun.islower():
        return None
    agreeing = {(p.tag.gender, p.tag.case) for p in morph().parse(adjective) if p.tag.POS == "ADJF"}
    return next((p.tag.gender for p in morph().parse(noun)[:4]
                 if p.tag.POS == "NOUN" and p.tag.gender and (p.tag.gender, p.tag.case) in agreeing), None)


def _counsel(f: _Finder) -> None:
    """"Jane Roe's lawyers": one party, named after the client the text has named."""
    entities = {**f.registry, **f.found}
    by_start = {m.span.start: m for m in [*f.known, *f.mentions]}
    doc = f.doc
    for para in doc.body:
        for m in f.patterns.counsel.finditer(doc.text, para.start, para.end):
            client = by_start.get(m.start("name"))
            person = entities.get(client.entity) if client else None
            name = person.label if person is not None and person.type == "Person" else m.group("name")
            f.add(m.start("name"), m.end("counsel"), f.patterns.tables.COUNSEL_LABEL.format(name=name), "Group")


def _body_again(f: _Finder) -> None:
    """"Ruritanian navy … the navy said": the definite noun alone, later, is the one body the text named so."""
    p, doc = f.patterns, f.doc
    by_noun: dict[str, set[str]] = {}
    for m in f.mentions:
        written = doc.text[m.span.start:m.span.end]
        match = p.body_after_adjective.fullmatch(written)
        if match and f.type_of(m.entity) == "Organization":
            by_noun.setdefault(written[match.end("owner"):].split(None, 1)[-1].lower(), set()).add(m.entity)
    first = {key: min(m.span.start for m in f.mentions if m.entity == key) for keys in by_noun.values() for key in keys}
    for noun, keys in by_noun.items():
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        pattern = re.compile(rf"\b(?:{one_of(p.tables.DEFINITE_ARTICLES)})\s+(?P<noun>{re.escape(noun)})\b", re.I)
        for para in doc.body:
            for m in pattern.finditer(doc.text, para.start, para.end):
                span = Span(m.start("noun"), m.end("noun"))
                if span.start > first[key] and f.taken.free(span):
                    f.mentions.append(Mention(key, span, "name"))
                    f.taken.append(span)


def _pollster_before_poll(f: _Finder) -> None:
    """"a new Northwire poll", "the latest Vell Polling survey": the capitalised words between an article and a poll
    noun (POLL_NOUNS_AFTER_POLLSTERS) name the body that ran the poll; once the models' names are in, so that a
    place's poll ("a new Ruritania poll") is left to the place, and no month's nor nation's poll is a body. Only
    words a model or the registry reads as a body's name, or that end in a research firm's word
    (RESEARCH_FIRM_WORDS), name one: "the Christmas Day poll", "the Household Budget survey" name none."""
    p = f.patterns
    places = f.places | {e.label for e in f.found.values() if e.type in ("Place", "Country")}
    text = f.doc.text
    bodies = {text[s.start:s.end] for s in f.model_bodies} | {
        text[m.span.start:m.span.end] for m in f.known if f.type_of(m.entity) == "Organization"}
    for para in f.doc.body:
        for m in p.pollster_before_poll.finditer(f.doc.text, para.start, para.end):
            words, span = m.group("name").split(), Span(m.start("name"), m.end("name"))
            if m.group("name") in places or not f.where.free(span) or any(
                    w in p.not_names or w in _DEMONYMS or w in p.title_words or w.lower() in _MONTHS
                    or w.lower() in p.tables.WEEKDAYS for w in words):
                continue
            if words[-1] not in p.tables.RESEARCH_FIRM_WORDS and m.group("name") not in bodies:
                continue
            f.add(span.start, span.end, m.group("name"), "Organization")


TITLE_WORDS_BEFORE = 4   # words before a name where its title stands: "Vexon Holdings chief executive Jane Roe"
_CLAUSE_MARKS = ".!?;:,\n—―–"
_CLAUSE_BREAK = re.compile(rf"[{_CLAUSE_MARKS}()«»“”\"]")   # a clause, or a bracket or a quotation, ends
# a short name in quotation marks, no clause inside: "coach of the «Vell» club", «тренер клуба «Вельск»» is one title
_QUOTED_NAME = re.compile(rf"«[^«»{_CLAUSE_MARKS}]{{1,40}}»|“[^“”{_CLAUSE_MARKS}]{{1,40}}”"
                          rf"|\"[^\"{_CLAUSE_MARKS}]{{1,40}}\"")
# an apposition after a name, up to five words closed by a comma or a stop: "Jane Roe, the company's chief executive,"
_TITLE_AFTER_NAME = re.compile(r",[ \t]+(?P<title>(?:[^\W\d_][\w'’-]*[ \t]+){0,4}[^\W\d_][\w'’-]*)[ \t]*[,.]")
_NAME_RIGHT_AFTER = re.compile(r"[ \t]*,?[ \t]*[^\W\d_a-zà-ÿа-яё]")   # "the CEO, Jane Roe", "Адвокат Петров"
_MODIFIERS = ("ADJF", "PRTF", "NPRO", "NUMR")
NAME_AFTER_TITLE = 60   # characters after a title where a name it introduces may still stand
# the clause ends, not at a bracket or a quotation mark: "депутат от «Партии» Анна Петрова" is her title
_TITLE_CLAUSE_END = re.compile(f"[{_CLAUSE_MARKS}]")


def _title_context(f: _Finder, mention: Mention) -> list[str]:
    """The words a person is titled with where named: up to ``TITLE_WORDS_BEFORE`` words before the name in its
    clause, the words of the mention, and a short apposition after it; in Russian their base forms."""
    text = f.doc.text
    window = _QUOTED_NAME.sub(_quoted_name_as_word, text[max(0, mention.span.start - 80):mention.span.start])
    before = _CLAUSE_BREAK.split(window)[-1]
    after = _TITLE_AFTER_NAME.match(text, mention.span.end)
    words = before.split()[-TITLE_WORDS_BEFORE:] + text[mention.span.start:mention.span.end].split() \
        + (after.group("title").split() if after else [])
    return [part for w in words for part in _past_marked(_title_base_form(f, w))]


def _past_marked(word: str) -> list[str]:
    """A title's word with the word that makes it past ("бывший", "former", the "экс-" of "экс-президент") as
    one mark, ``PAST``, so a title held once is told from one held now however the text says so."""
    past = _PAST_WORD.match(word)
    if past is None:
        return [word]
    return [PAST, word[past.end():]] if past.end() < len(word) else [PAST]


PAST = "<past>"
_PAST_WORD = re.compile(rf"(?:{alternation('PAST_TITLE_WORDS')})(?:-|$)", re.I)


def _quoted_name_as_word(quoted: re.Match) -> str:
    """A quoted name as one word of the title around it: its marks gone, its words joined."""
    return quoted.group()[1:-1].replace(" ", "_")


def _title_base_form(f: _Finder, word: str) -> str:
    """A word of a title as the title tables write it: lowercased; in Russian its base form, "ё" as "е" (as
    ``link.token_keys`` folds it)."""
    word = word.strip("'’").lower()
    if not f.patterns.tables.MARKS_CASE or not _LEMMATISED_WORD.fullmatch(word):
        return word
    return morph().parse(word)[0].normal_form.replace("ё", "е")


def _holds(context: list[str], title: str) -> bool:
    return f" {title} " in f" {' '.join(context)} "


def _title_again(f: _Finder) -> None:
    """"Vexon CEO Jane Roe … The CEO then vowed …", "адвокат журналиста Пётр Сидоров … Адвокат отметил": a title
    written again alone (after the definite article, its words all said of the person before; in Russian in the
    nominative) names the one person the text has named with that title before; no one if two were, or if a
    name follows it ("the CEO, John Doe"), or "of" ("the minister of …"), or another word describes it ("другой
    адвокат")."""
    titles = f.patterns.tables.TITLES_ALONE
    doc, text = f.doc, f.doc.text
    people = sorted((m for m in [*f.known, *f.mentions] if f.type_of(m.entity) == "Person"), key=lambda m: m.span.start)
    if not titles or not people:
        return
    contexts = [(m, _title_context(f, m)) for m in people]     # once a mention: each reads the text and lemmas
    titled = [(m.span.start, m.entity, context) for m, context in contexts if any(_holds(context, t) for t in titles)]
    if not titled:
        return

    def holder(at: int, title: str, words: list[str]) -> str | None:
        """The one person titled so before ``at``: one who held the title once only for a title said to be past
        ("бывший президент"), and for a bare one only a person who holds it now."""
        keys = {key for start, key, context in titled if start < at and _holds(context, title)
                and all(w in context for w in words) and (PAST in words or not _holds(context, f"{PAST} {title}"))}
        return keys.pop() if len(keys) == 1 else None

    starts = [m.span.start for m in people]

    def named_after(end: int) -> bool:
        """A person named after the title in its clause: "депутат от «Партии» Анна Петрова" is her title (in
        English "of" or a name right after tells it: "the minister said Tarnians …" is no one's title)."""
        nxt = next((s for s in starts if end <= s <= end + NAME_AFTER_TITLE), None)
        return nxt is not None and not _TITLE_CLAUSE_END.search(text, end, nxt)

    found: list[tuple[Span, str]] = []
    articles, title_of = f.patterns.tables.DEFINITE_ARTICLES, f.patterns.tables.TITLE_OF
    if articles:
        of_after = re.compile(rf"\s+(?:{one_of(title_of)})\b" if title_of else r"(?!)", re.I)
        pattern = re.compile(rf"(?<![\w-])(?:{one_of(articles)})\s+(?P<phrase>(?P<words>(?:[\w-]+\s+){{0,2}}?)"
                             rf"(?P<title>{'|'.join(re.escape(t) for t in titles)}))(?![\w-])", re.I)
        for para in doc.body:
            for m in pattern.finditer(text, para.start, para.end):
                if _NAME_RIGHT_AFTER.match(text, m.end()) or of_after.match(text, m.end()):
                    continue
                key = holder(m.start(), m.group("title").lower(),
                             [part for w in m.group("words").split() for part in _past_marked(w.lower())])
                if key:
                    found.append((Span(m.start("phrase"), m.end("phrase")), key))
    else:
        stems = {t[:4] for t in titles}
        for para in doc.body:
            previous = None
            # "премьер-министр" as one word, as _title_context keeps it, and its parts ("экс-губернатор")
            for tok in _surname_tokens(text, para):
                word, before, previous = tok.text.lower(), previous, tok
                if word[:4] not in stems or not _LEMMATISED_WORD.fullmatch(word):
                    continue
                parse = next((p for p in morph().parse(word)[:3]
                              if p.normal_form.replace("ё", "е") in titles and "nomn" in p.tag), None)
                if parse is None or _NAME_RIGHT_AFTER.match(text, tok.end) or named_after(tok.end):
                    continue
                words = []
                if before is not None and not _CLAUSE_BREAK.search(text, before.end, tok.start) \
                        and _LEMMATISED_WORD.fullmatch(before.text) \
                        and (morph().parse(before.text.lower())[0].tag.POS in _MODIFIERS
                             or _PAST_WORD.fullmatch(before.text)):   # the "экс" of "экс-президент"
                    words = _past_marked(_title_base_form(f, before.text))
                key = holder(tok.start, parse.normal_form.replace("ё", "е"), words)
                if key:
                    found.append((Span(tok.start, tok.end), key))
    for span, key in found:
        if f.taken.free(span):
            f.mentions.append(Mention(key, span, "name"))
            f.taken.append(span)


@dataclass
class _Country:
    """A country the text names: its names in the text's language, the nationality words written for it, where."""

    names: list[str]
    demonyms: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    peoples: list[str] = field(default_factory=list)   # "Ruritanians": its people, no word for what is theirs


def _counts_after(text: str, word: str, end: int) -> bool:
    """``word``, opening a name that ends at ``end`` and a sentence, is a number word counting the plural noun right
    after the name ("Fifteen Vell Party members"); inside a sentence a count is written in lower case, and a
    capitalised number word is the name's ("the Nine Rivers Party members")."""
    counted = _WORD_RIGHT_AFTER.match(text, end)
    return word.lower() in _COUNT_WORDS and counted is not None and counted.group(1).islower() \
        and _people_plural(counted.group(1)) and _opens_sentence(text, text.rfind(word, 0, end))


def _people_plural(word: str) -> bool:
    """"Ruritanians", "руританцы": a country's people in the plural, a noun; not "Ruritanian", "Swiss", "руританский"."""
    if LEMMATISED.search(word):
        parse = morph().parse(word)[0]
        return parse.tag.POS == "NOUN" and parse.tag.number == "plur"
    return is_plural_noun(word) or bool(re.fullmatch(r"[A-Z][a-z]+[^s\W]s", word))


def _countries(f: _Finder) -> dict[str, _Country]:
    """The registry's countries and the places the model found that the text writes as a country's (with a
    possessive or a nationality word), each with the nationality words the text writes for it."""
    text, lang = f.doc.text, f.doc.lang
    out: dict[str, _Country] = {}
    for m in f.known:
        if f.type_of(m.entity) == "Country" and m.entity in f.registry:
            entity = f.registry[m.entity]
            names = [label for label, language in entity.pref_labels if language == lang] + \
                [label for label, language in entity.alt_labels if language == lang
                 and all(w[:1].isupper() for w in label.split())]
            out.setdefault(m.entity, _Country(names or [entity.label])).spans.append(m.span)
    registry_places = Coverage(text, [m.span for m in f.known])
    for span in f.model_places:
        name = text[span.start:span.end]
        if registry_places.free(span) and name[:1].isupper() and not name.isupper():
            out.setdefault(name, _Country([name])).spans.append(span)
    for span in f.nationalities:
        word = text[span.start:span.end]
        stems = {key: max((len(_stem(n)) for n in c.names if word not in c.names
                           and (word.startswith(_stem(n)) or _DEMONYMS.get(word) == n)), default=0)
                 for key, c in out.items()}
        best = max(stems, key=lambda k: (stems[k], k), default=None)
        if best is not None and stems[best]:   # "millions of Ruritanians voted": no "Ruritanians opposition"
            (out[best].peoples if _people_plural(word) else out[best].demonyms).append(word)
            out[best].spans.append(span)
    return {key: c for key, c in out.items() if key in f.registry or c.demonyms or c.peoples
            or any(POSSESSIVE_AFTER.match(text, s.end) for s in c.spans)}


_LABELS: list[tuple[dict, tuple[dict, dict]]] = []   # the last registry and its bodies' labels


def _body_labels(registry: dict[str, Entity]) -> tuple[dict[str, str], dict[str, list[tuple[str, list[str]]]]]:
    """The registry's bodies and groups by each label in lower case, and the labels by their first word (for
    ``_same_words``): worked out once per registry, not for every document."""
    for seen, labels in _LABELS:
        if seen is registry:
            return labels
    known = {label.lower(): key for key, entity in registry.items() if entity.type in ("Organization", "Group")
             for label, _ in entity.all_labels()}
    worded: dict[str, list[tuple[str, list[str]]]] = {}
    for label, key in known.items():
        worded.setdefault(label.split()[0], []).append((key, label.split()))
    _LABELS[:] = [(registry, (known, worded))]
    return known, worded


_ADJECTIVE_TITLE_WORDS = frozenset(joined("ADJECTIVE_TITLE_WORDS"))


def _title_and_one_name(label: str) -> bool:
    """"Prince Tarek", "Senator Vessan": a person's title and one name, which the model took in as the label."""
    words = label.split()
    return len(words) == 2 and words[0].rstrip(".").lower() in _PERSON_TITLE_WORDS and words[1][:1].isupper() \
        and not _firm_after_title(words, 0)   # not "Trustee Financial", a company's name


def _same_words(a: list[str], b: list[str]) -> bool:
    """Two names word by word in any of their forms: "правительство Руритании" and "правительство Руритания"."""
    return len(a) == len(b) and all(token_keys(x) & token_keys(y) for x, y in zip(a, b))


def _after_of(name: str, tables) -> str:
    """A country's name as it reads after "of": "the United Kingdom", "Ruritania" (COUNTRY_NAMES_WITH_ARTICLE)."""
    article = tables.COUNTRY_NAMES_WITH_ARTICLE and re.fullmatch(tables.COUNTRY_NAMES_WITH_ARTICLE, name)
    return f"the {name}" if article else name


def _possessive(name: str) -> str:
    """A country's name as the owner in a label: "Ruritania's", and "Maldives'" for a name ending in s."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _genitive(name: str) -> str:
    """"России" for "Россия", each word of a Russian name in the genitive; a name in other letters as written."""
    words = []
    for w in name.split():
        nouns = [p for p in morph().parse(w) if p.tag.POS == "NOUN" and p.tag.case == "nomn"] \
            if LEMMATISED.search(w) and not w.isupper() else []
        form = next((f for f in (p.inflect({"gent"}) for p in nouns) if f is not None), None)
        words.append(_cased_like(form.word, w) if form else w)
    return " ".join(words)


def _adjective_stem(name: str, endings: str) -> str:
    """What a country's adjective opens with: its name less the ending it declines by (``COUNTRY_NAME_ENDINGS``:
    "руритан" of "Руритания")."""
    return re.sub(rf"(?:{endings})$", "", name.lower()) if endings else name.lower()


def _stem(name: str) -> str:
    """What a nationality word opens with: "Ruritani" for "Ruritania" ("Ruritanian"), the whole name else."""
    return name[:-1] if len(name) > 4 and name[-1] in "aeiouy" else name if len(name) > 3 else "\0"


def _focus_bodies(f: _Finder) -> None:
    """"the government", "the opposition", "the electoral commission": the body of the country the text names
    most (the first named of those named as often; of those named once each, the only one written as an owner,
    with a possessive or a nationality word), or of the country or nationality written before the noun
    ("Ruritania's opposition", "the Ruritanian government"). The registry's entity, or one the text named
    already, when it has one of the body's labels (FOCUS_BODIES)."""
    table, text = f.patterns.tables.FOCUS_BODIES, f.doc.text
    if not table or not any(f.patterns.focus_body.search(text, p.start, p.end) for p in f.doc.body):
        return
    countries = _countries(f)
    ranked = sorted(countries, key=lambda k: (-len(countries[k].spans), min(s.start for s in countries[k].spans)))
    counts = [len(countries[k].spans) for k in ranked]
    focus = ranked[0] if counts and (counts[0] > 1 or len(counts) == 1) else None
    if focus is None and countries:   # each named once: the one written as an owner ("Tarnia's emissions"), if only one is
        owners = [k for k in ranked if countries[k].demonyms or any(POSSESSIVE_AFTER.match(text, s.end)
                                                                      for s in countries[k].spans)]
        focus = owners[0] if len(owners) == 1 else None
    ending = {s.end: key for key, c in countries.items() for s in c.spans}
    known, worded = _body_labels(f.registry)
    found = {label.lower(): key for key, entity in f.found.items() if entity.type in ("Organization", "Group")
             for label, _ in entity.all_labels()}
    known = {**known, **found}
    worded = {**worded}
    for label, key in found.items():
        worded[label.split()[0]] = [*worded.get(label.split()[0], ()), (key, label.split())]
    articles = one_of(f.patterns.tables.DEFINITE_ARTICLES)
    sub_national = frozenset(f.patterns.tables.SUB_NATIONAL_WORDS)
    named_by_kind = {noun: [key for key, entity in f.found.items() if entity.type == kind
                            and re.search(rf"\s(?:{noun})$", entity.label, re.I)   # English order: the noun last
                            and not sub_national.intersection(entity.label.lower().split())]
                     for noun, (kind, _) in table.items()}
    for para in f.doc.body:
        for m in f.patterns.focus_body.finditer(text, para.start, para.end):
            start = m.start()
            for _ in range(2):   # "the interim government": words that describe the body are in its name
                word = re.search(rf"(?<![\w'’-])([{_LOWER}]+)\s+$", text[max(para.start, start - 30):start])
                if not word or re.fullmatch(articles, word.group(1)) or not is_describing_word(word.group(1)):
                    break
                start -= len(word.group())
            owner = re.search(rf"(?:{f.patterns.tables.POSSESSIVE or '(?!)'})?\s+$", text[max(para.start, start - 5):start])
            named = next((v for k, v in named_by_kind.items() if re.fullmatch(k, m.group(), re.I)), ())
            after_article = bool(articles) \
                and re.search(rf"\b(?i:{articles})\s+$", text[max(para.start, start - 6):start]) is not None
            if after_article and len(named) == 1:
                if f.taken.free(Span(start, m.end())):   # "the Federal Government … the government": the one named
                    f.mentions.append(Mention(named[0], Span(start, m.end()), "name"))
                    f.taken.append(Span(start, m.end()))
                continue
            if after_article:
                key = focus
            elif owner and start - len(owner.group()) in ending:
                key = ending[start - len(owner.group())]
            else:   # a language without articles: the bare noun, unless a title of its head stands before it, or
                # a word of a region's body («регионального правительства»: the region's, not the country's)
                head = re.search(r"(\w+)\s+$", text[max(para.start, start - 20):start])
                key = focus if not articles and not (head and (head.group(1).lower() in f.patterns.tables.FOCUS_NOT_AFTER
                                                               or token_keys(head.group(1)) & sub_national)) \
                    else None
            span = Span(start, m.end())
            if key is None or not f.taken.free(span):
                continue
            kind, templates = next(v for k, v in table.items() if re.fullmatch(k, m.group(), re.I))
            country = countries[key]
            labels = [t.format(country=name, of_country=_after_of(name, f.patterns.tables), possessive=_possessive(name),
                               demonym=demonym, genitive=_genitive(name)) for t in templates
                      for name in country.names for demonym in (country.demonyms or [""])
                      if demonym or "{demonym}" not in t]
            existing = next((known[label.lower()] for label in labels if label.lower() in known), None) or next(
                (key for label in labels for key, words in worded.get(label.split()[0].lower(), ())
                 if _same_words(label.split(), words)), None)
            if existing is not None and existing not in f.found:
                f.mentions.append(Mention(existing, span, "name"))
                f.taken.append(span)
            else:
                label = f.found[existing].label if existing is not None else labels[0]
                f.add(span.start, span.end, label, kind, tuple(dict.fromkeys(labels)))


BODY_COMPLEMENT_WORDS = 3   # lower-case words of a body's field after its noun: "министерство социальной защиты"
OPENING_REACH = 40   # characters read back from a word for the mark that would open its sentence


def _body_of_the_area_named(f: _Finder) -> None:
    """"сообщили в минздраве региона", "прокуратура области", "администрация района": a body's noun in lower
    case (BODY_NOUNS), the words of its field in the genitive after it, then a kind of area in the genitive
    (AREA_ANAPHORS) with no name: the body of the last area of that kind the text named before, labelled
    with it ("минздрав Тарвинской области"). Where the text has named no such area, nothing."""
    text, tables = f.doc.text, f.patterns.tables
    if not tables.AREA_ANAPHORS:
        return
    places = sorted((m.span.start, m.entity) for m in [*f.known, *f.mentions] if f.type_of(m.entity) == "Place")
    if not places:
        return
    areas = {anaphor: [(start, key) for start, key in places if _label_of(f, key).split()[-1].lower() in kinds]
             for anaphor, kinds in tables.AREA_ANAPHORS.items()}   # where each kind of area is named, in order
    for para in f.doc.body:
        toks = tokens(text, para.start, para.end)
        for i, tok in enumerate(toks):
            noun = _body_noun(f, toks, i)
            if noun is None:
                continue
            described = _area_adjective_before(text, toks, i, tables)
            if described is not None:   # "сообщила областная прокуратура": the body of the area named last
                span = Span(toks[i - 1].start, tok.end)
                named_before = bisect_left(areas[described], (tok.start, ""))
                if named_before and f.taken.free(span):
                    area = areas[described][named_before - 1][1]
                    written = _base_form([toks[i - 1].text, tok.text], "Organization")
                    label = _body_whose_name_ends_so(f, tok.start, written) \
                        or f"{_in_nominative(noun)} {_place_in_case(_label_of(f, area), 'gent')}"
                    f.add(span.start, span.end, label, "Organization")
                continue
            noun = _in_nominative(noun)
            j = i + 1
            while j < len(toks) and j - i <= BODY_COMPLEMENT_WORDS \
                    and _genitive_word_of_a_field(toks[j].text, tables):
                j += 1
            if j == len(toks) or not re.fullmatch(r"[ \t]+", text[toks[j - 1].end:toks[j].start]) \
                    or (j > i + 1 and not _tagged(toks[j - 1].text, "NOUN")):
                continue    # "правительство соседней области": another area than the one named
            anaphor = next((p.normal_form for p in morph().parse(toks[j].text)[:3]
                            if toks[j].text.islower() and p.tag.POS == "NOUN" and p.tag.case == "gent"
                            and p.normal_form in tables.AREA_ANAPHORS), None)
            if anaphor is None or any(text[t.end:t.end + 1] not in " \t" for t in toks[i:j]):
                continue
            named_before = bisect_left(areas[anaphor], (tok.start, ""))
            span = Span(tok.start, toks[j].end)
            if not named_before or not f.taken.free(span):
                continue
            area = areas[anaphor][named_before - 1][1]
            field = text[toks[i].end:toks[j - 1].end] if j > i + 1 else ""
            f.add(span.start, span.end, f"{noun}{field} {_place_in_case(_label_of(f, area), 'gent')}", "Organization")


def _body_whose_name_ends_so(f: _Finder, before: int, description: str) -> str | None:
    """"областной суд" after "Тарвинский областной суд": the label of the one body named before ``before`` whose
    name ends in the description, which refers back to it rather than to the area's body it would describe."""
    ending = f" {description.lower()}"
    labels = {_label_of(f, m.entity) for m in [*f.known, *f.mentions]
              if m.span.start < before and f.type_of(m.entity) == "Organization"}
    closing = [label for label in labels if label.lower().endswith(ending)]
    return closing[0] if len(closing) == 1 else None


def _area_adjective_before(text: str, toks: list[Token], i: int, tables) -> str | None:
    """The kind of area (a key of AREA_ANAPHORS) that a lower-case adjective right before the body's noun at
    ``toks[i]`` says the body serves ("областная прокуратура": an oblast's; AREA_ADJECTIVES), else None."""
    if not i or not toks[i - 1].text.islower() or not re.fullmatch(r"[ \t]+", text[toks[i - 1].end:toks[i].start]):
        return None
    return next((tables.AREA_ADJECTIVES[p.normal_form] for p in morph().parse(toks[i - 1].text)[:3]
                 if p.tag.POS == "ADJF" and p.normal_form in tables.AREA_ADJECTIVES), None)


_NOT_IN_NAMES = frozenset({"ADVB", "CONJ", "PRCL", "PRED", "INTJ", "COMP"})


def _goes_on_no_name(word: str) -> bool:
    """An adverb or a conjunction capitalised where it opens a sentence ("Позже посольство X добавило", "Однако
    комиссия …") is no part of a body's name, as "Главное" of "Главное управление" is."""
    return morph().parse(word.lower())[0].tag.POS in _NOT_IN_NAMES


def _body_noun(f: _Finder, toks: list[Token], i: int):
    """The reading as a body's noun (BODY_NOUNS) of the word at ``toks[i]``, written in lower case, or capitalised
    where a sentence opens ("Прокуратура района начала проверку") or right after a preposition, where no name
    goes on before it ("сообщили в Прокуратуре района"); None for any other word, or one that goes on a name before
    it ("Главное управление", "пресс-служба"), or one after a word that makes it several bodies («все службы»). A
    preposition opening the sentence goes on none ("В прокуратуре района сообщили")."""
    tok, text = toks[i], f.doc.text
    opening = _opening_a_sentence(text, tok.start)
    before = toks[i - 1] if i else None
    after_preposition = before is not None and before.text.lower() in f.patterns.tables.PREPOSITIONS \
        and re.fullmatch(r"[ \t]+", text[before.end:tok.start]) is not None
    if not (tok.text.islower() or ((opening or after_preposition) and tok.text[1:].islower())) \
            or text[tok.start - 1:tok.start] == "-":
        return None
    if before is not None and not opening and before.text[:1].isupper() \
            and before.text.lower() not in f.patterns.tables.PREPOSITIONS and not _goes_on_no_name(before.text) \
            and re.fullmatch(r"[ \t]+", text[before.end:tok.start]) and not _person_noun_opening(f, before):
        return None
    if before is not None and before.text.lower() in f.patterns.tables.PLURAL_DETERMINERS:
        return None    # «все службы области»: several bodies of the kind, none named
    return next((p for p in morph().parse(tok.text.lower())[:3] if p.tag.POS == "NOUN"
                 and p.normal_form in f.patterns.tables.BODY_NOUNS), None)


def _agreement(reading) -> tuple:
    """The case, number and (in the singular) gender an adjective shares with its noun."""
    return reading.tag.case, reading.tag.number, reading.tag.gender if reading.tag.number == "sing" else None


def _adjectives_opening_a_name(text: str, toks: list[Token], i: int):
    """"Федеральной таможенной службы": adjectives agreeing with the body's noun at ``toks[i]`` that run back to a
    capitalised one, where the body's name opens; (where it opens, the adjectives' readings, the noun's reading),
    else None."""
    for noun in (p for p in morph().parse(toks[i].text.lower())[:3] if p.tag.POS == "NOUN"):
        k, adjectives = i, []
        while k > 0 and re.fullmatch(r"[ \t]+", text[toks[k - 1].end:toks[k].start]):
            k -= 1
            reading = next((p for p in morph().parse(toks[k].text.lower())   # "лесной": of six cases
                            if p.tag.POS == "ADJF" and _agreement(p) == _agreement(noun)), None)
            if reading is None:
                break
            adjectives.insert(0, reading)
            if toks[k].text[:1].isupper():
                return k, adjectives, noun
    return None


def _opening_a_sentence(text: str, start: int) -> bool:
    """A word at ``start`` opens its sentence: after a stop, an opening quotation mark or a dash, or at a line's
    start when the line before ends a sentence or is the document's first (its headline), or after a blank line (a new
    paragraph); not a line broken in the middle of a sentence («депутат Верховного\nСуда»)."""
    before = text[max(0, start - OPENING_REACH):start]
    mark = before.rstrip(" \t")[-1:]
    if mark != "\n":
        return mark in ("", *".!?«\"—")
    end = start
    while end and text[end - 1].isspace():
        end -= 1    # the line before ends here, past the blanks and line breaks
    return text.rfind("\n", 0, end) == -1 or text[end - 1:end] in (*".!?…:", "»", "\"") \
        or text.count("\n", end, start) > 1   # a blank line: a new paragraph, whatever the one before ends with


def _person_noun_opening(f: _Finder, tok: Token) -> bool:
    """«Представитель полиции Ирана заявил»: the noun of one who speaks for a body (``SPOKESPERSON_TITLES``)
    opening the sentence, capitalised only there, whose complement the body's noun after it is; not a head's title
    («Глава правительства Ирана») nor any other person's noun («Депутат парламента»), whose body does not speak."""
    text = f.doc.text
    if not _opening_a_sentence(text, tok.start) or not tok.text[1:].islower():
        return False
    top = morph().parse(tok.text.lower())[0]
    return top.tag.POS == "NOUN" and top.tag.case == "nomn" \
        and top.normal_form in f.patterns.tables.SPOKESPERSON_TITLES


def _in_nominative(noun) -> str:
    """A body's noun (a reading of ``_body_noun``) in the nominative, in the number it was written in."""
    form = noun.inflect({"nomn", noun.tag.number or "sing"})
    return form.word if form is not None else noun.word


def _genitive_word_of_a_field(word: str, tables) -> bool:
    """A lower-case noun or adjective in the genitive, no kind of area: "здравоохранения", "социальной"."""
    parses = morph().parse(word)[:2]
    return word.islower() and any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in parses) \
        and not any(p.normal_form in tables.AREA_ANAPHORS for p in parses)


def _label_of(f: _Finder, key: str) -> str:
    """An entity's name in the document's language: a registry entity's label there, else its label."""
    entity = f.found.get(key) or f.registry[key]
    return next((t for t, lang in entity.all_labels() if lang == f.doc.lang), entity.label)


def _area_a_body_serves_named_before(f: _Finder) -> None:
    """"ГУ МЧС по региону", "УМВД России по области": a body named with the kind of area it serves (AREA_ANAPHORS,
    lower case, after ORG_COMPLEMENT_WORDS) in place of the area's name serves the last area of that kind the text
    named before it, written out: "ГУ МЧС по Тарвинской области". With no such area named before, it stays."""
    tables = f.patterns.tables
    if not tables.AREA_ANAPHORS:
        return
    places = sorted((m.span.start, m.entity) for m in [*f.known, *f.mentions] if f.type_of(m.entity) == "Place")
    for key, entity in list(f.found.items()):
        words = entity.label.split()
        if entity.type != "Organization" or len(words) < 3 or words[-2] not in tables.ORG_COMPLEMENT_WORDS \
                or not words[-1].islower():
            continue
        anaphor = next((p.normal_form for p in morph().parse(words[-1])[:3]
                        if p.tag.case == "datv" and p.normal_form in tables.AREA_ANAPHORS), None)
        first = min((m.span for m in f.mentions if m.entity == key), key=lambda span: span.start, default=None)
        if anaphor is None or first is None:
            continue
        kinds = tables.AREA_ANAPHORS[anaphor]
        area = next((k for start, k in reversed(places) if start < first.start
                     and _label_of(f, k).split()[-1].lower() in kinds), None)
        if area is None:
            continue
        label = f"{' '.join(words[:-1])} {_place_in_case(_label_of(f, area), 'datv')}"
        f._entity(first, label, "Organization", ())
        _merge_entity(f.found, f.mentions, key, new_entity_key(label))


def _place_in_case(label: str, case: str) -> str:
    """"Тарвинская область" → "Тарвинской области" (gent), "Тарвинскому краю" (datv): each word of a place's name in
    the nominative put in that case; a word with no such reading as written."""
    words = []
    for w in label.split():
        reading = next((p for p in morph().parse(w)[:4] if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF")),
                       None) if LEMMATISED.search(w) else None
        form = inflect(reading, {case}) if reading is not None else None
        words.append(_cased_like(form.word, w) if form is not None else w)
    return " ".join(words)


_PAPER_BY_MASTHEAD = re.compile(
    rf"(?<![\w-])(?i:{one_of(joined('DEFINITE_ARTICLES')) or '(?!)'})[ \t]+(?P<name>(?:[{_UPPER}][\w'’-]+[ \t]+){{1,3}}"
    rf"(?:{one_of(joined('MASTHEAD_WORDS')) or '(?!)'}))(?![\w-])")


def _paper_by_masthead(f: _Finder, para: Span) -> None:
    """"according to the Velmar Gazette": capitalised words after the article closed by a masthead word
    (MASTHEAD_WORDS) name a paper, where no model found the name (or read it as a person's or a place's); before a
    publication's noun ("the Velmar Gazette newspaper") the article is part of its name, as for a model's name."""
    text = f.doc.text
    for m in _PAPER_BY_MASTHEAD.finditer(text, para.start, para.end):
        if not set(m.group("name").split()) & f.patterns.not_names:
            article = _PUBLICATION.match(text, m.end()) is not None
            f.add(m.start("name"), m.end("name"), f"The {m.group('name')}" if article else m.group("name"),
                  "Organization")


PARAGRAPH_RULES = {
    "team_by_country": _team_by_country, "tournament_by_year": _tournament_by_year,
    "titled_name_beside_verb": _titled_name_beside_verb, "speaker_of_a_topic_line": _speaker_of_a_topic_line,
    "surname_before_saying": _surname_before_saying,
    "law_by_head": _law_by_head, "places_sharing_kind": _places_sharing_kind, "place_with_prefix": _place_with_prefix,
    "place_by_kind": _place_by_kind, "event_between_places": _event_between_places, "outbreak": _outbreak,
    "body_by_kind": _body_by_kind, "acronym_of_described_body": _acronym_of_described_body,
    "body_before_apposed_noun": _body_before_apposed_noun,
    "party_by_opener": _party_by_opener, "party_by_side": _party_by_side,
    "company_by_legal_form": _company_by_legal_form, "body_before_officer": _body_before_officer, "body_joined_before_noun": _body_joined_before_noun,
    "person_beside_verb": _person_beside_verb, "person_by_title": _person_by_title, "body_by_head": _body_by_head,
    "person_after_office_field": _person_after_office_field,
    "party_members": _party_members, "numbered_event": _numbered_event, "body_after_adjective": _body_after_adjective,
    "body_in_place": _body_in_place, "paper_by_masthead": _paper_by_masthead,
    "body_of_owner": _body_of_owner,
    "office_of_title": _office_of_title, "law_after_noun": _law_after_noun,
    "body_written_together": _body_written_together, "latin_name_after_noun": _latin_name_after_noun,
    "quoted_name_after_noun": _quoted_name_after_noun, "holiday": _holiday,
    "place_named_after_person": _place_named_after_person, "quoted_name_before_noun": _quoted_name_before_noun,
    "body_before_owner": _body_before_owner, "body_after_country_adjective": _body_after_country_adjective,
    "body_after_place_adjective": _body_after_place_adjective,
    "group_speaking": _group_speaking, "group_speaking_inflected": _group_speaking_inflected,
    "group_cited": _group_cited, "site_cited": _site_cited,
    "given_name_and_surname": _given_name_and_surname, "place_by_kind_inflected": _place_by_kind_inflected,
    "places_listed_after_kind": _places_listed_after_kind,
    "place_by_elided_kind": _place_by_elided_kind, "places_sharing_area": _places_sharing_area, "event_by_noun": _event_by_noun,
    "event_by_capitalised_head": _event_by_capitalised_head,
    "storms_sharing_kind": _storms_sharing_kind, "digit_led_brand": _digit_led_brand,
}
# Rules that read the models' names too, run once on the document (a language's NAME_RULES_AFTER_MODELS).
_QUOTED_CAPITALISED = re.compile(rf"«(?P<name>[{_UPPER}{capitals()}][^«»\n]{{0,40}})»")
_LISTED_AFTER = re.compile(rf"»?(?:,|[ \t]+(?:{one_of(joined('CONJUNCTIONS'))}))[ \t]+$")   # "КПРФ и «…»", "«Вельд», «…»"
_LISTED_BEFORE = re.compile(rf"[ \t]*(?:,|[ \t](?:{one_of(joined('CONJUNCTIONS'))}))[ \t]+«?")   # "«…», КПРФ", "«…» и «Вельд»"


def _quoted_body_in_a_list(f: _Finder) -> None:
    """"«Вельдии», КПРФ и «Новых сил»": a capitalised quoted name listed beside a body's name, which no rule or
    model took, is a body of that kind too (a party, a club, a paper), labelled in its base form."""
    text = f.doc.text
    bodies = [m.span for m in [*f.known, *f.mentions] if f.type_of(m.entity) == "Organization"]
    ends, starts = {span.end for span in bodies}, {span.start for span in bodies}
    for para in f.doc.body:
        for m in _QUOTED_CAPITALISED.finditer(text, para.start, para.end):
            span = Span(m.start("name"), m.end("name"))
            if not f.taken.free(span) or len(m.group("name").split()) > 4:
                continue
            before = _LISTED_AFTER.search(text, max(para.start, m.start() - 8), m.start())
            after = _LISTED_BEFORE.match(text, m.end())
            if (before and before.start() in ends) or (after and after.end() in starts):
                name = m.group("name")
                f.add(span.start, span.end, _base_form(name.split(), "Organization") if LEMMATISED.search(name)
                      else name, "Organization")


# a capitalised quoted name opening a sentence, and the word after it: «Вельская прозрачность – Тарния» опубликовала
_QUOTED_SUBJECT = re.compile(rf"«(?P<name>[{_UPPER}{capitals()}][^«»\n]{{0,60}})»[ \t]+(?P<verb>[^\W\d_]+)")
_SPEAKING_STEMS = tuple(joined("REPORTING_STEMS")) + tuple(joined("ISSUING_STEMS")) + tuple(joined("PUBLISHING_STEMS"))
QUOTED_SUBJECT_WORDS = 6   # words of a quoted name that speaks
_SENTENCE_STOP = re.compile(r"[.!?…][ \t]+")   # the end of the sentence before a quoted name


def _quoted_body_speaking(f: _Finder) -> None:
    """"«Вельская прозрачность – Тарния» опубликовала отчёт", "«Северный союз» заявил": a capitalised quoted name
    opening a sentence as the subject of a verb of saying or of issuing a text is a body's name, which no rule or
    model took (a dash inside it and all); labelled as written, as a subject stands in the nominative."""
    text = f.doc.text
    for para in f.doc.body:
        for m in _QUOTED_SUBJECT.finditer(text, para.start, para.end):
            opens = m.start() == para.start or _SENTENCE_STOP.fullmatch(text, max(para.start, m.start() - 2), m.start())
            verb = m.group("verb").lower()
            span = Span(m.start("name"), m.end("name"))
            if opens and verb.startswith(_SPEAKING_STEMS) and morph().parse(verb)[0].tag.POS == "VERB" \
                    and len(m.group("name").split()) <= QUOTED_SUBJECT_WORDS and f.taken.free_or_enclosing(span):
                f.add(span.start, span.end, m.group("name"), "Organization")


DOCUMENT_RULES = {"counsel": _counsel, "body_again": _body_again, "focus_bodies": _focus_bodies,
                  "pollster_before_poll": _pollster_before_poll,
                  "quoted_body_in_a_list": _quoted_body_in_a_list, "quoted_body_speaking": _quoted_body_speaking,
                  "area_a_body_serves_named_before": _area_a_body_serves_named_before,
                  "title_again": _title_again, "body_of_the_area_named": _body_of_the_area_named}


_DETERMINER = re.compile(rf"(?:{'|'.join(joined('ARTICLES'))})\s+", re.I)   # used with match(text, pos): no "^"
_POSSESSIVE = re.compile(rf"(?:{alternation('POSSESSIVE')})$")
_POSSESSIVE_INSIDE = re.compile(rf"\w(?:{alternation('POSSESSIVE')})\s")   # "Jane Roe's Union": a word's possessive
_POSSESSIVE_BEFORE = re.compile(rf"\w(?:{alternation('POSSESSIVE')})\s+$")
POSSESSIVE_AFTER = re.compile(rf"(?:{alternation('POSSESSIVE')})(?!\w)")   # "X’s …": one for every stage
# a word after a possessive that it can govern ("Jane Roe's lawyers", in quotation marks too: "the Vell Front's
# “scheme”"), not a conjunction ("Jack Roe's and …")
_GOVERNED = re.compile(rf"\s+[«„“\"‘']?(?!(?:{one_of(joined('CONJUNCTIONS'))})\b)\w")
# "the Vell Water Board's (VWB) report": an acronym or a ticker in brackets between the owner and what it owns
_BRACKET_THEN_GOVERNED = re.compile(rf"\s*\([^()\n]{{1,12}}\)\s+(?!(?:{one_of(joined('CONJUNCTIONS'))})\b)\w")
_HONORIFIC = re.compile(rf"(?:(?:{'|'.join(joined('HONORIFICS'))})\.?(?:\s+|$))+", re.I)
_OPENING_PREPOSITION = re.compile(rf"(?:{one_of(joined('SENTENCE_OPENING_PREPOSITIONS')) or '(?!)'})[ \t]+", re.I)
# A capitalised word and a name's connector right before a phrase: the phrase continues a name
# ("Society for Water Rights").
_NAME_GOES_ON_BEFORE = re.compile(rf"(?P<word>[{_UPPER}][\w'’\-]*) +(?:{one_of(set(joined('ORG_COMPLEMENT_WORDS')))}) +$")
# "the Bureau of Roads and Bridge Safety said": a body's name joining two fields after its "of"
_FIELDS_GO_ON_BEFORE = re.compile(rf"[{_UPPER}][\w'’\-]* +(?:{one_of(set(joined('ORG_COMPLEMENT_WORDS')))}) +"
                                  rf"[{_UPPER}][\w'’\-]* +(?:{one_of(set(joined('ORG_INNER_JOINERS')))}) +$")
_COUNT_WORDS = frozenset(joined("NUMBER_WORDS"))
_WORD_RIGHT_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_NAME_AFTER_HONOURS = re.compile(rf"{_HONORIFIC.pattern}(?-i:(?P<name>{_CAP}(?:[ \t]+{_CAP})*))", re.I)
_WORD_BEFORE_NAME = re.compile(r"(?<![\w'’])[\w'’]+[ \t]+$")
_HONORIFIC_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(joined('HONORIFICS'))})\.?\s+$", re.I)
_CONNECTORS = set(joined("NAME_CONNECTORS"))
_SEAT_COMPOUND = re.compile(rf"-(?:{one_of(joined('SEAT_COMPOUNDS'))})(?![\w-])")   # "-based" after a place's name
_SEAT_BEFORE_NAME = re.compile(rf"[^\W\d_][\w.]*{_SEAT_COMPOUND.pattern}[ \t]+(?=[{_UPPER}])")   # "California-based "
# a town's name before its abbreviated state and "-based" and the capitalised name of what is based there
# ("Dunmore, Ind.-based Orvane Health"); not before a whole word, nor before a lower-case noun after "-based": either
# may open the name's apposition ("Vexa, Tarnby-based maker of chips", "Orvane, Mass.-based lender, said")
_AREA_AND_SEAT = re.compile(rf",[ \t]+[{_UPPER}][\w.]*\.{_SEAT_COMPOUND.pattern}(?=[ \t]+[{_UPPER}])")
# …or before any word when an article opens the town's name: "the Dunmore, Ind.-based company" (no apposition)
_AREA_AND_SEAT_ANY = re.compile(rf",[ \t]+[{_UPPER}][\w.]*\.{_SEAT_COMPOUND.pattern}")
_THE_BEFORE = re.compile(rf"(?<!\w)(?:{one_of(joined('DEFINITE_ARTICLES'))})[ \t]+$", re.I)
_TENURE_WORDS = set(joined("TENURE_WORDS"))   # "Former", "Acting" opening a sentence before a body's name
# A word that says who leads, backs or hosts a body, before its name: "Ruritania-led", "Borealia-based".
# "Ruritania-led", "Vexa-backed": an English compound that describes what follows; a Russian one in lower case after
# its hyphen is an adjective of the name ("Народно-демократическая партия")
_MODIFIER_WORD = re.compile(r"[^\W\d_][\w.]*(?:-[^\W\d_]+)*-[a-z]+(?![\w-])")
_COMPOUND_MODIFIER = re.compile(rf"{_MODIFIER_WORD.pattern}\s+(?=[^\W\d_])")
_TITLE_ABBREVIATIONS = set(joined("TITLE_ABBREVIATIONS"))
_SHORT_HONORIFICS = frozenset(joined("SHORT_HONORIFICS"))
_TITLES_OF_TWO_WORDS = merged("TITLES_OF_TWO_WORDS")
LONGEST_ACRONYM = 10   # letters: "UNESCO", "ROSCOSMOS"; a longer word in capitals is no name
_GENERIC = {w.lower() for t in joined("ORG_HEADS") + titles_by_word() + joined("APPOSITION_TITLES")
            for w in t.split()} | set(joined("GENERIC_NAME_WORDS"))
_NOT_ALONE = {w.lower() for w in joined("ORG_HEADS") + titles_by_word()} | set(joined("NOT_NAMES_ALONE"))
_SENTENCE_OPENERS = frozenset(joined("NOT_NAMES"))   # "We", "They": capitalised by their place, a name of nothing alone
_PERSON_TITLE_WORDS = {w.lower() for t in titles_by_word() + joined("APPOSITION_TITLES") for w in t.split()} | \
    set(joined("TITLE_WORDS"))


def _generic_body_name(name: str) -> bool:
    """"Board of Directors", "Executive Committee": every word a body's head, a title (in the plural too) or a
    connector, a name any body's organ has, no proper name of its own ("Coastal Lending Fund")."""
    return all((w := word.lower().strip("'’")) in _GENERIC | _CONNECTORS or w.endswith("s") and w[:-1] in _GENERIC
               for word in name.split())


def _country_names(registry: dict[str, Entity]) -> frozenset[str]:
    """Every label of the registry's countries, in lower case: the owners that a body's short name leaves out."""
    return frozenset(label.lower().replace("ё", "е") for entity in registry.values() if entity.type == "Country"
                     for label, _ in entity.all_labels())


def _owned_by_a_country(full: str, short: str, countries: frozenset[str]) -> bool:
    """"Налоговая служба Руритании" (or "Revenue Service of Ruritania") is "Налоговая служба" ("Revenue
    Service") with its country: the body's name, then the country's, in any of their forms."""
    full_words, short_words = full.split(), short.split()
    if len(full_words) <= len(short_words) or not _same_words(full_words[:len(short_words)], short_words):
        return False
    rest = full_words[len(short_words):]
    while rest and rest[0].islower():   # "of", "of the"
        rest = rest[1:]
    owner = " ".join(rest).lower()
    return bool(rest) and (owner in countries or len(rest) == 1 and bool(token_keys(rest[0]) & countries))


def _owner_before(full: str, short: str, owners: frozenset[str]) -> bool:
    """"UN Security Council" is "Security Council" after its owner's name."""
    full_words, short_words = full.split(), short.split()
    return len(full_words) > len(short_words) and _same_words(full_words[-len(short_words):], short_words) \
        and " ".join(full_words[:-len(short_words)]).lower() in owners


def _owned_by_a_body_of_a_country(full: str, short: str, countries: frozenset[str], complements: set[str]) -> bool:
    """"Погранслужба Госкомитета безопасности (ГКБ) Руритании" is "Погранслужба" with the body it belongs to and
    that body's country, in the genitive; not a branch named by the area it serves ("… ГКБ по Северной области"),
    which a preposition tells."""
    full_words, short_words = full.split(), short.split()
    rest = full_words[len(short_words):]
    return (len(rest) > 1 and _same_words(full_words[:len(short_words)], short_words)
            and bool(token_keys(rest[-1]) & countries) and not any(w.lower() in complements for w in rest))


def _short_forms(f: _Finder) -> None:
    """One entity for a name and its short form in one document: "Vexon" and "Vexon Technology Inc",
    "Anna Kovac" and "Anna Kovac-Brandt", a person without the last of their surnames ("Ana Ruiz" and "Ana
    Ruiz Vela"), a body without its country ("Налоговая служба" and "Налоговая
    служба Руритании", when no other country's is named), also a body the registry knows by a name with its
    country ("ЦБ" beside "Банк России", whose names include "ЦБ России"), a title and one of a person's names
    ("Prince Tarek" beside "Tarek bin Vessan"), a group without the words that describe it ("border authorities" beside
    "Tarnian border authorities"); the short form becomes a label of the full name. A surname that
    looks like a patronymic ("Михаил Велькович") is no patronymic when the text writes it alone ("… сказал
    Велькович"): no one is named by the patronymic alone."""
    found, mentions, countries = f.found, f.mentions, f.country_names
    written = _written_forms(f.doc, mentions)
    known_bodies = [f.registry[k] for k in sorted({m.entity for m in f.known}) if k in f.registry
                    and f.registry[k].type == "Organization"]
    owners = f.owner_names
    first_at: dict[str, int] = {}   # where each entity is first named
    for m in mentions:
        first_at[m.entity] = min(first_at.get(m.entity, m.span.start), m.span.start)

    def short_of(short: Entity) -> str | None:
        people = [e for e in found.values() if e.type == "Person" and e.key != short.key]
        if short.type == "Person" and _addressed(short.label) \
                and short.label.split()[1] not in written.get(short.key, ()):   # "Михаил Юрьевич" after "Михаил Петров"
            full = [e for e in people if e.label.split()[0] == short.label.split()[0] and not _addressed(e.label)]
        elif short.type == "Person" and _initials_and_surname(short.label):   # "J. Varsk" beside "Jana Varsk"
            full = [e for e in people if _initials_of(short.label, e.label)]
        elif short.type == "Person" and _title_and_one_name(short.label):   # "Prince Tarek" after "Tarek bin Vessan"
            name = short.label.split()[1:]
            full = [e for e in people if len(e.label.split()) > 1
                    and (_same_words(e.label.split()[:1], name) or _same_words(e.label.split()[-1:], name))]
        elif short.type == "Person":
            full = [e for e in people if e.label.startswith(short.label + "-")]
            words = short.label.split()
            if not full and len(words) > 1 and words[0][:1].isupper():   # "Jon Arne Vik" then "Arne Vik"
                full = [e for e in people if len(e.label.split()) > len(words)
                        and _same_words(e.label.split()[-len(words):], words)]
            if not full and len(words) > 1 and words[0][:1].isupper():   # "Ana Ruiz Vela" then "Ana Ruiz"
                full = [e for e in people if len(e.label.split()) > len(words)
                        and _same_words(e.label.split()[:len(words)], words)]
            if not full and len(words) == 1:   # "Jane Md. Roe" then "Jane"
                full = [e for e in people if _called_by_first_word(e.label, short.label)]
            if not full and len(words) == 1 and not any(short.label in e.label.split() for e in people):
                full = [e for e in found.values() if e.type == "Organization"   # "Velitra told …" before "Velitra
                        and _short_company_name(e.label) == short.label]       # Airlines", no one's name here
        elif short.type == "Group":   # "the border authorities" after "the Tarnian border authorities"
            full = [e for e in found.values() if e.type == "Group" and e.key != short.key
                    and e.label.lower().endswith(" " + short.label.lower())
                    and first_at.get(e.key, 0) < first_at.get(short.key, 0)]
        else:   # a surname the model took for a body, or the name used alone of "Jane Md. Roe"; a company's short name
            full = [e for e in people if " " not in short.label and len(e.label.split()) > 1
                    and (token_keys(e.label.split()[-1]) & token_keys(short.label)
                         or _called_by_first_word(e.label, short.label))]
            if not full and short.type == "Organization" and " " not in short.label:
                full = [e for e in found.values() if e.type == "Organization" and e.key != short.key
                        and short.label in (_short_company_name(e.label), _club_short_name(e.label))]
            if not full and short.type == "Organization":
                full = [e for e in found.values() if e.type == "Organization" and e.key != short.key
                        and _owned_by_a_country(e.label, short.label, countries)]
            if not full and short.type == "Organization" and " " in short.label:
                full = [e for e in found.values() if e.type == "Organization" and e.key != short.key
                        and _owned_by_a_body_of_a_country(e.label, short.label, countries, f.patterns.complements)]
            if not full and short.type == "Organization" and " " not in short.label:   # "Госземкомитет"
                full = [e for e in found.values() if e.type == "Organization" and e.key != short.key
                        and _compounded_from(short.label, e.label, countries)]
            if not full and short.type == "Organization":   # "Озёрский суд" beside "Озёрский районный суд"
                full = [e for e in found.values() if e.type == "Organization" and e.key != short.key
                        and _level_left_out(short.label, e.label, f.patterns.tables.LEVELS_LEFT_OUT)]
            if not full and short.type == "Organization":
                full = [e for e in known_bodies if any(_owned_by_a_country(label, short.label, countries)
                                                       for label, _ in e.all_labels())]
            if not full and short.type == "Organization" and " " in short.label:   # "UN Security Council", then
                full = [e for e in known_bodies if any(_owner_before(label, short.label, owners)   # "Security Council"
                                                       for label, _ in e.all_labels())]
        return full[0].key if len(full) == 1 else None

    for key in sorted(found):
        target = short_of(found[key])
        if target is None:
            continue
        _merge_entity(found, mentions, key, target)


def _level_left_out(short: str, full: str, levels: dict[str, tuple[str, ...]]) -> bool:
    """``short`` ("Озёрский суд", "Озёрский суд Тарвинской области") is ``full`` ("Озёрский районный суд") without
    the adjective of its level right before its noun (LEVELS_LEFT_OUT); the words before it the same, and the
    area after it, where both name one, too."""
    words, full_words = short.split(), full.split()
    for noun, adjectives in levels.items():
        if noun not in words[1:] or noun not in full_words[2:]:
            continue
        i, j = words.index(noun), full_words.index(noun)
        if j == i + 1 and full_words[i].lower() in adjectives and _same_words(words[:i], full_words[:i]) \
                and (not words[i + 1:] or not full_words[j + 1:] or _same_words(words[i + 1:], full_words[j + 1:])):
            return True
    return False


COMPOUND_PIECE = 3   # the fewest letters of a word a compound short name keeps ("Гос-", "Мин-")


def _compounded_from(short: str, full: str, countries: frozenset[str]) -> bool:
    """"Госземкомитет" is "Государственный земельный комитет" (and "… комитет Руритании") run into one word: the
    opening letters of each of its words (COMPOUND_PIECE or more, or the whole word), of two words or more; the rest
    of the name, if any, its country."""
    words = full.split()

    def pieces(rest: str, k: int) -> list[int]:   # how many words the compound can stop after
        if not rest:
            return [k] if k >= 2 else []
        if k == len(words):
            return []
        word = words[k].casefold()
        return [n for size in range(min(len(word), len(rest)), COMPOUND_PIECE - 1, -1)
                if rest[:size] == word[:size] for n in pieces(rest[size:], k + 1)]

    return any(n == len(words) or _owned_by_a_country(full, " ".join(words[:n]), countries)
               for n in pieces(short.casefold(), 0))


# A transcript's turn label of initials and a surname, before a colon or a dash, or alone on its line over the turn:
# "М. ХЕЙЛ - …", "J.VELL: …", "Й. Велл"
_INITIALS_LABEL = re.compile(r"\s*(?P<initials>(?:[A-ZА-ЯЁ]\.[ \t]?){1,2})(?P<surname>[A-ZА-ЯЁ][a-zа-яёA-ZА-ЯЁ]+"
                             r"(?:-[A-ZА-ЯЁ][a-zа-яёA-ZА-ЯЁ]+)?)[ \t]*(?::[ \t]|[ \t][—―–-][ \t]|$)")
LABEL_TURNS = 2     # such labels open so many paragraphs, of as many speakers: a transcript's


# A word of a name in capitals, a prefix of a surname kept in lower case too ("McVELL", "MacORRIN", "DeVANE"): its
# first letter and prefix, the rest of it to follow (a surname's of two letters or more, an initial's of none)
_CAPITALS_NAME_HEAD = r"[A-Z](?:[a-z]{1,2}(?=[A-Z]))?"
# A transcript's label in capitals, a title before the name ("GOV. JANA ROE, R-VELL:", "PRESIDENT-ELECT JANA ROE:"),
# or an honorific before a surname alone ("MR. McVELL:")
_TITLED_CAPITALS_LABEL = re.compile(rf"\s*(?P<title>(?:[A-Z][A-Z\-]*\.?\s+){{1,3}}?)"
                                    rf"(?P<name>{_CAPITALS_NAME_HEAD}[A-Z'’\-]+\.?(?:\s+{_CAPITALS_NAME_HEAD}[A-Z'’\-]*\.?){{0,2}})\s*[,:]\s")
_CAPITALS_LABEL = re.compile(rf"\s*[A-Z](?:[A-Z.'’\- ]|(?<=\b[A-Z])[a-z]{{1,2}}(?=[A-Z])){{1,60}}(?:,[^:\n]{{1,60}})?:(?:\s|$)")
_HONORIFIC_WORDS = {w.lower() for w in joined("HONORIFICS") if " " not in w}
_TITLE_LABEL_WORDS = _PERSON_TITLE_WORDS | {w.lower() for w in joined("TITLE_ABBREVIATIONS") + joined("HONORIFICS")}


def _people_of_turn_labels(f: _Finder) -> None:
    """The speakers a transcript's labels name by initials and a surname, whom the models miss in capitals
    ("Й. ВЕЛЛ - …"), named "Й. Велл", so that a full name in the text ("Йон Велл") is theirs (``_short_forms``)."""
    text, body = f.doc.text, f.doc.body
    labels = [m for para in body if (m := _INITIALS_LABEL.match(text, para.start, para.end))]
    if len(labels) >= LABEL_TURNS and len({m.group("surname").lower() for m in labels}) >= LABEL_TURNS:
        for m in labels:
            surname = m.group("surname")
            initials = m.group("initials").replace(" ", "").replace("\t", "")
            f.add(m.start("initials"), m.end("surname"),
                  f"{initials} {surname.title() if surname.isupper() else surname}", "Person")


def _capitals_transcript(doc: Document) -> bool:
    """Labels in capitals open several paragraphs, before their turns or alone on their lines: a transcript."""
    return sum(1 for para in doc.body if _CAPITALS_LABEL.match(doc.text, para.start, para.end)) >= LABEL_TURNS


def _titled_capitals_labels(doc: Document) -> list[re.Match]:
    """The labels of a transcript in capitals that name their speaker after a title ("GOV. JANA ROE, R-VELL:"), or
    by a surname alone after an honorific ("MR. VELL:"; "PRIME MINISTER:" names no one)."""
    text, body = doc.text, doc.body
    if not _capitals_transcript(doc):
        return []
    found = []
    for para in body:
        m = _TITLED_CAPITALS_LABEL.match(text, para.start, para.end)
        title = [w.lower().rstrip(".").split("-")[0] for w in m.group("title").split()] if m else []
        if m and all(w in _TITLE_LABEL_WORDS for w in title) \
                and (" " in m.group("name").strip() or title[-1] in _HONORIFIC_WORDS):
            found.append(m)
    return found


def _people_of_titled_labels(f: _Finder, labels: list[re.Match]) -> None:
    """The speakers of a transcript's titled labels in capitals, named as a name is written ("Jana Roe",
    "McVell"), or the person named in full whose surname a label's is ("MR. VELL:" after "Jon Vell"). The models'
    reading of these labels is left out: they take a surname alone for a body's name ("VELL")."""
    by_surname: dict[str, set[str]] = {}   # people named in full, by surname, once: a transcript has many labels
    for e in f.found.values():
        if e.type == "Person" and " " in e.label:
            by_surname.setdefault(e.label.split()[-1], set()).add(e.key)
    for m in labels:
        name, span = _uncapitalised(m.group("name")), Span(m.start("name"), m.end("name"))
        named = by_surname.get(name, set()) if " " not in name else set()
        if len(named) == 1 and f.taken.free(span):   # "MR. VELL:" after "Jon Vell": his label
            f.mentions.append(Mention(next(iter(named)), span, "name"))
            f.taken.append(span)
        else:
            f.add(span.start, span.end, name, "Person")
            added = f.found.get(new_entity_key(name))
            if " " in name and added is not None and added.type == "Person":
                by_surname.setdefault(name.split()[-1], set()).add(added.key)


# A transcript's label in capitals that is a name alone ("JANA ROE:"), or a surname alone ("ROE:"), up to three words
_NAME_CAPITALS_LABEL = re.compile(rf"\s*(?P<name>{_CAPITALS_NAME_HEAD}[A-Z'’\-]+(?:[ \t]+{_CAPITALS_NAME_HEAD}[A-Z'’\-]+){{0,2}})"
                                  rf"[ \t]*:\s")
_UNNAMING_LABEL_WORDS = _TITLE_LABEL_WORDS | {w.lower() for w in joined("QUESTION_LABELS") + joined("HOST_LABELS")
                                              + joined("SPEAKER_KIND_WORDS")}


def _people_of_named_capitals_labels(f: _Finder) -> None:
    """"JANA ROE:" opening turns of a transcript, again and again: a speaker the models miss in capitals, named as a
    name is written ("Jana Roe"); so is "ROE:", a host the text never names in full. Not a label of titles or of a
    kind of speaker ("UNIDENTIFIED MALE:", "AUDIENCE MEMBER:"), nor one opening with an adjective."""
    text, body = f.doc.text, f.doc.body
    if not _capitals_transcript(f.doc):
        return
    labels = [m for para in body if (m := _NAME_CAPITALS_LABEL.match(text, para.start, para.end))]
    turns = Counter(m.group("name") for m in labels)
    surnames = {e.label.split()[-1].lower() for e in f.found.values() if e.type == "Person" and " " in e.label}
    for m in labels:
        words = m.group("name").lower().split()
        if turns[m.group("name")] >= LABEL_TURNS and not is_adjective(words[0]) \
                and not any(w in _UNNAMING_LABEL_WORDS for w in words) \
                and (len(words) > 1 or _neither_word_nor_known_surname(_uncapitalised(m.group("name")), surnames)):
            f.add(m.start("name"), m.end("name"), _uncapitalised(m.group("name")), "Person")


def _neither_word_nor_known_surname(word: str, surnames: set[str]) -> bool:
    """A label of one word is a surname when no word of the language it is ("NOTE:", "UPDATE:" head notes) and no
    one named in full has it, in capitals too ("ROE:" after "Jana Roe" or "JANA ROE" is hers, ``_later_surnames``)."""
    return word.lower() not in surnames and not is_describing_word(word)


def _inverted_names(doc: Document, models: tuple[NamedSpan, ...]) -> list[re.Match]:
    """"Roe, Jane" on a line of its own over a transcript, before any sentence (an archive's header, its "Released
    by" list), where the model took both words for a person's: Jane Roe, surname first ("Doorstop, Vellby" is
    where the remarks were made)."""
    text, body = doc.text, doc.body
    if not _capitals_transcript(doc):
        return []
    found = []
    for para in body:
        if SENTENCE_CLOSED.search(text, para.start, para.end):
            break
        m = _INVERTED_NAME.fullmatch(text, para.start, para.end)
        people = [n.span for n in models if n.type == "Person"]
        if m and all(any(s.start < m.end(part) and m.start(part) < s.end for s in people) for part in ("surname", "given")):
            found.append(m)
    return found


_INVERTED_NAME = re.compile(r"[\W_]{0,3}?(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?),[ \t]+"
                            r"(?P<given>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]*")


def _uncapitalised(name: str) -> str:
    """"JANA McVELL" → "Jana McVell": each word in title case, a surname's prefix in lower case kept as written."""
    words = []
    for word in name.split():
        prefixed = _PREFIXED_CAPITALS.fullmatch(word)
        words.append(prefixed.group(1) + prefixed.group(2).title() if prefixed else word.title())
    return " ".join(words)


_PREFIXED_CAPITALS = re.compile(r"([A-Z][a-z]{1,2})([A-Z].*)")


_INITIALS_THEN_SURNAME = re.compile(r"(?P<initials>(?:[^\W\d_]\.\s?)+)\s*(?P<surname>[^\s.]{2,})")


def _initial_letters(initials: str) -> list[str]:
    """"J.", "J.R.", "J. R.", "И." -> their letters; [] for anything else ("Jana", "J.R")."""
    written = initials.replace(" ", "")
    if not written.endswith(".") or len(written) > 6:
        return []
    letters = written.split(".")[:-1]
    return letters if all(len(x) == 1 and x.isupper() for x in letters) else []


def _called_by_first_word(full: str, short: str) -> bool:
    """"Jane Md. Roe" is called "Jane": in a name with a word written short after its first (NAME_ABBREVIATIONS),
    as in the naming customs that write them, the first word is the one used alone."""
    words = full.split()
    return len(words) > 2 and words[0] == short and words[1].rstrip(".").lower() in _SHORT_NAME_WORD_KEYS


_SHORT_NAME_WORD_KEYS = {w.lower() for w in joined("NAME_ABBREVIATIONS")}


def _initials_and_surname(label: str) -> bool:
    """"J. Varsk", "J.R. Varsk", "И. Варск", a transcript's "И.ВАРСК": a person's given names cut to their initials,
    then a surname."""
    m = _INITIALS_THEN_SURNAME.fullmatch(label)
    return m is not None and bool(_initial_letters(m.group("initials")))


def _initials_of(short: str, full: str) -> bool:
    """``short`` ("J. Varsk", "J.VARSK") is ``full`` ("Jana Varsk", "Jana Rita Varsk") written with initials: the
    same surname, and each given name opened by an initial, in their order; one initial more may stand for a name
    the full form leaves out, as Russian news writes a patronymic's ("С.Н. Варский" of "Семён Варский")."""
    m = _INITIALS_THEN_SURNAME.fullmatch(short)
    if m is None:
        return False
    initials, surname = m.group("initials"), m.group("surname")
    *given, last = full.split()
    letters = _initial_letters(initials)
    if not given or not _same_words([surname], [last]) or len(letters) > len(given) + 1:
        return False
    opened = min(len(letters), len(given))
    return [w[:1] for w in given[:opened]] == letters[:opened]


def _one_person_with_a_shortened_given_name(found: dict[str, Entity], mentions: list[Mention]) -> None:
    """"Robert J. Varsk" under a picture and "Rob Varsk" in the story are one person, under the longer name, before
    the surname alone ("Varsk said") is sought: two people would leave it no one's."""
    people = sorted((e for e in found.values() if e.type == "Person"), key=lambda e: e.key)
    for short in people:
        full = [e for e in people if e.key in found and _given_name_shortened(short.label, e.label)]
        if short.key in found and len(full) == 1:
            _merge_entity(found, mentions, short.key, full[0].key)


SHORT_GIVEN_NAME_LETTERS = 3   # "Rob" for "Robert": fewer letters say too little to be one person's name
# letters at least a shortening cuts: one is a case or another person's name ("Жан-Марка" of "Жан-Марк", "Dana")
SHORTENED_BY_LETTERS = 2


def _given_name_shortened(short: str, full: str) -> bool:
    """``short`` ("Rob Varsk", "Robert Varsk") is ``full`` ("Robert J. Varsk") with its given name cut to its
    opening letters (at least ``SHORT_GIVEN_NAME_LETTERS``) or its middle initials or names left out ("Rob Varsk"
    of "Rob Tamuno Varsk"): one person, as a caption and a story's body each write them; not two given names of
    different genders ("Dan", "Daniela")."""
    *given, surname = short.split()
    *full_given, full_surname = full.split()
    spelled = [w for w in full_given if not _INITIAL.fullmatch(w)]
    if len(given) == 1 and len(spelled) > 1 and spelled[0] == given[0]:
        spelled = spelled[:1]   # the middle names left out, the first written in full
    if len(given) != 1 or len(spelled) != 1 or short == full or not _same_words([surname], [full_surname]):
        return False
    cut = len(spelled[0]) - len(given[0])
    genders = {given_name_gender(given[0]), given_name_gender(spelled[0])} - {None}
    return len(given[0]) >= SHORT_GIVEN_NAME_LETTERS and given[0][0].isupper() and spelled[0].startswith(given[0]) \
        and (cut == 0 or cut >= SHORTENED_BY_LETTERS) and len(genders) < 2


def _company_short_names_again(f: _Finder) -> None:
    """"Norvik Shipping will …. Norvik said …": a company's short name (its name without the suffix that says its
    legal form or trade), written alone after the full name, is that company, though no model found it there.
    Not a word the text also writes in lower case, nor a place's or a nationality's name, nor one two companies
    share, nor the first word of a longer capitalised name ("Norvik Bay"). Where names take case endings
    (``NAME_CASE_ENDINGS``), «Вексон заявил», «акции Вексона» before or after «ООО «Вексон»»: the one-word name
    of a company, in any case, anywhere in the body, since a model there misses a name it does not know."""
    text = f.doc.text
    endings = f.patterns.tables.NAME_CASE_ENDINGS
    first_seen = _first_seen(f.mentions)
    shorts: dict[str, set[str]] = {}
    for key, entity in f.found.items():
        short = (_short_company_name(entity.label) or (_one_word_name(entity) if endings else None)) \
            if entity.type == "Organization" else None
        if short and key in first_seen and len(short) > 2 and short[0].isupper() and short[1:].islower():
            shorts.setdefault(short, set()).add(key)
    if not shorts:
        return
    common = f.common | {w.lower() for w in _DEMONYMS}
    places = {f.doc.text[m.span.start:m.span.end] for m in [*f.known, *f.mentions]
              if f.type_of(m.entity) in ("Country", "Place")} | f.places
    for short, keys in sorted(shorts.items()):
        if len(keys) != 1 or short.lower() in common or short in places:
            continue
        key = next(iter(keys))
        spans = [s for form in (short, *(short + e for e in endings)) for s in word_occurrences(text, form)]
        for span in sorted(spans, key=lambda s: s.start):
            if _CAPITALISED_NEXT.match(text, span.end):
                continue
            if (span.start > first_seen[key] or endings) and any(p.contains(span) for p in f.doc.body) \
                    and f.taken.free(span):
                f.mentions.append(Mention(key, span, "name"))
                f.taken.append(span)


_STORM_HEADS = frozenset(joined("STORM_KIND_HEADS"))
_STORM_KINDS = re.compile(rf"(?:(?:{one_of(joined('KIND_WORDS_BEFORE_NAMES')) or '(?!)'})[ \t]+)+$")


def _storm_kind_before(text: str, start: int, label: str) -> int | None:
    """Where a storm's name starts when capitalised kind words ending in a storm's ("Hurricane", "Tropical Storm")
    stand right before the name (or open it: "Hurricane Alda" found whole gives its own start); None otherwise."""
    if not _STORM_HEADS:
        return None
    words = label.split()
    if len(words) > 1 and words[0] in _STORM_HEADS | set(joined("KIND_WORDS_BEFORE_NAMES")) \
            and any(w in _STORM_HEADS for w in words[:-1]):
        return start
    kinds = _STORM_KINDS.search(text, max(0, start - 40), start)
    if kinds is None or kinds.group().split()[-1] not in _STORM_HEADS:
        return None
    return kinds.start()


def _name_after_its_kind(f: _Finder) -> None:
    """"Hurricane Alda" then "Alda": a one-word name found on its own is the one longer name here that is that word
    after capitalised kind words ("Hurricane", "Tropical Storm"), whatever type each was given."""
    kinds = set(f.patterns.tables.KIND_WORDS_BEFORE_NAMES)
    if not kinds:
        return
    people = {w for e in f.found.values() if e.type == "Person" and " " in e.label for w in e.label.split()}
    people |= {w for m in f.known if f.type_of(m.entity) == "Person"
               for w in f.doc.text[m.span.start:m.span.end].split()}
    for key, entity in sorted(f.found.items()):
        if " " in entity.label or key not in f.found or (entity.type == "Person" and entity.label in people):
            continue    # "Michael made landfall" after "Hurricane Michael": the storm, when no one here is Michael
        longer = [e.key for e in f.found.values() if e.key != key and len(e.label.split()) > 1
                  and e.label.split()[-1] == entity.label and all(w in kinds for w in e.label.split()[:-1])]
        if len(longer) == 1:
            _merge_entity(f.found, f.mentions, key, longer[0])


def _one_person_in_two_forms(doc: Document, found: dict[str, Entity], mentions: list[Mention]) -> None:
    """"Тарвиджа Оланди заявила …", then "… Тарвиджи Оланди": a name labelled as written (its sentence gives it
    the nominative, ``_kept_as_written``) and a name the lemmatiser labelled otherwise, written with the same
    words after a first word that differs from the first only in its ending (the last two letters at most, on a
    stem of three letters or more), are one person, under the label as written; so is a name every word of which
    carries an oblique case's ending beside it as written."""
    people = sorted((e for e in found.values() if e.type == "Person" and " " in e.label and LEMMATISED.search(e.label)),
                    key=lambda e: e.key)
    written = _written_forms(doc, mentions)
    for person in people:
        if person.key not in found or person.label not in written.get(person.key, ()):
            continue
        given, *rest = person.label.split()
        for other in people:
            if other.key == person.key or other.key not in found or other.label in written.get(other.key, ()):
                continue
            if any(_same_name_in_another_case(given, rest, form.split()) for form in written.get(other.key, ())):
                _merge_entity(found, mentions, other.key, person.key)
    endings = language(doc.lang).NAME_CASE_ENDINGS
    for person in people:
        if person.key not in found or person.label not in written.get(person.key, ()):
            continue
        for other in people:
            if other.key != person.key and other.key in found and _every_word_with_a_case_ending(
                    person.label.split(), other.label.split(), endings):
                _merge_entity(found, mentions, other.key, person.key)


def _written_forms(doc: Document, mentions: list[Mention]) -> dict[str, set[str]]:
    """Each entity's mentions as the text writes them: which case a name is written in here."""
    written: dict[str, set[str]] = {}
    for m in mentions:
        written.setdefault(m.entity, set()).add(doc.text[m.span.start:m.span.end])
    return written


def _every_word_with_a_case_ending(words: list[str], others: list[str], endings: tuple[str, ...]) -> bool:
    """"Жан-Марка Вельдона" beside "Жан-Марк Вельдон": a foreign man's name the lemmatiser does not know, every
    word of it in an oblique case (``NAME_CASE_ENDINGS`` on each, the surname so a word the dictionary does not
    know, or knows as no surname in the nominative: "Элина Борта" beside "Элин Борт", read as a woman's and the
    noun "борт"); a surname alike in both ("Жан Дюпон", "Жанна Дюпон") is two people, and so is a woman's surname
    ("Ярослава Козлова" beside "Ярослав Козлов")."""
    return len(words) == len(others) and _surname_in_a_case(words[-1], others[-1], endings) and all(
        len(word) >= 3 and other[len(word):] in endings and other.startswith(word) for word, other in zip(words, others))


def _surname_in_a_case(surname: str, other: str, endings: tuple[str, ...]) -> bool:
    """``other`` is ``surname`` with a case ending, and the dictionary does not know it, or not as a surname in the
    nominative (a woman's)."""
    return _one_unknown_word_in_two_cases(surname, other, endings) or (
        len(surname) >= 3 and other.startswith(surname) and other[len(surname):] in endings
        and not any("Surn" in p.tag and p.tag.case == "nomn" for p in morph().parse(other)[:4]))


def _surname_alone_in_another_case(doc: Document, found: dict[str, Entity], mentions: list[Mention]) -> None:
    """"Жан-Марк Вельдон …, по словам Вельдона" (or "Жан-Марка Вельдона …, Вельдон заявил"): a foreign surname the
    lemmatiser does not know, alone in another case than the full name's (one adds a ``NAME_CASE_ENDINGS`` ending
    to the other), is the one person of that surname here. The dictionary's surnames ("Петрова") are left to it:
    the ending may make another person's, a woman's."""
    endings = language(doc.lang).NAME_CASE_ENDINGS
    people = [e for e in found.values() if e.type == "Person" and " " in e.label and LEMMATISED.search(e.label)]
    for key, single in sorted(found.items()):
        if single.type != "Person" or " " in single.label or not LEMMATISED.search(single.label):
            continue
        owners = [p for p in people if p.key in found and _one_unknown_word_in_two_cases(
            single.label, p.label.split()[-1], endings)]
        if len(owners) == 1:
            _merge_entity(found, mentions, key, owners[0].key)


def _one_unknown_word_in_two_cases(word: str, other: str, endings: tuple[str, ...]) -> bool:
    """One word with a case ending the other lacks, the longer one a word the dictionary does not know."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 3 and long.startswith(short) and long[len(short):] in endings \
        and not any(p.is_known for p in morph().parse(long)[:4])


def _person_in_the_case_of_the_surname_alone(doc: Document, found: dict[str, Entity], mentions: list[Mention]) -> None:
    """"По словам Жан-Марка Вельдона …", then "Вельдон заявил": a foreign man's name the lemmatiser does not know,
    written in full only in an oblique case, every word with that case's ending (``NAME_CASE_ENDINGS``), is the
    name without it when the text writes the surname alone so; not a surname the dictionary knows ("Анна Петрова"
    is no oblique case of "Петров")."""
    endings = sorted(language(doc.lang).NAME_CASE_ENDINGS, key=len, reverse=True)
    written = _written_forms(doc, mentions)
    for key, person in sorted(found.items()):
        words = person.label.split()
        if person.type != "Person" or len(words) < 2 or not LEMMATISED.search(person.label) \
                or person.label not in written.get(key, ()):
            continue
        ending = next((e for e in endings if words[-1].endswith(e) and words[-1][:-len(e)] in written[key]
                       and _one_unknown_word_in_two_cases(words[-1][:-len(e)], words[-1], (e,))), None)
        if ending is None or not all(w.endswith(ending) and len(w) - len(ending) >= 3 for w in words):
            continue
        label = " ".join(w[:-len(ending)] for w in words)
        target = new_entity_key(label)
        if target in found:
            continue
        found[target] = Entity(key=target, label=label, type="Person", pref_labels=((label, doc.lang),))
        _merge_entity(found, mentions, key, target)


def _same_name_in_another_case(given: str, rest: list[str], words: list[str]) -> bool:
    """``words`` are ``given`` and ``rest`` with another ending on the first word only."""
    if len(words) < 2 or words[1:] != rest or words[0] == given:
        return False
    common = next((i for i, (a, b) in enumerate(zip(given, words[0])) if a != b), min(len(given), len(words[0])))
    return common >= 3 and max(len(given), len(words[0])) - common <= 2


def _merge_entity(found: dict[str, Entity], mentions: list[Mention], key: str, target: str) -> None:
    """The entity ``key`` is ``target``: its mentions become the target's and its labels, all of them, the
    target's alt labels (when the target is found here rather than only known)."""
    merged_away = found.pop(key)
    if target in found:
        extra = tuple(label for label in merged_away.all_labels() if label not in found[target].all_labels())
        found[target] = replace(found[target], alt_labels=found[target].alt_labels + extra)
    mentions[:] = [Mention(target, m.span, m.via) if m.entity == key else m for m in mentions]


def _inflected_forms(found: dict[str, Entity], mentions: list[Mention]) -> None:
    """"Кельмут" and "Кельмуту": one place or body in two cases, which the lemmatiser reduces to one lemma, is
    one entity, under the label that is that lemma; a word alone the model took for a person's ("победы при
    Кельмуте", or "Кельмут" itself beside the place "Кельмута") is that place or body too."""
    words = [e for e in found.values() if e.type in ("Place", "Organization", "Person") and " " not in e.label
             and LEMMATISED.search(e.label) and not e.label.isupper()]
    for form in sorted(words, key=lambda e: e.key):
        kinds = ("Place", "Organization") if form.type == "Person" else (form.type, "Person")
        base = [e for e in words if e.key != form.key and e.type in kinds and e.key in found
                and e.label.lower() in token_keys(form.label) and e.label.lower() != form.label.lower()]
        if len(base) != 1 or form.key not in found:
            continue
        if found[base[0].key].type == "Person" and form.type != "Person":   # "Руритании", then "Руритания" the model
            found[base[0].key] = replace(found[base[0].key], type=form.type)   # took for a person's: that place
        _merge_entity(found, mentions, form.key, base[0].key)


def _one_body_in_its_case_forms(f: _Finder) -> None:
    """«акции "Варкома"», «сделка с "Варкомом"», «"Варком" заявил»: a one-word body's name labelled in an oblique
    case is the name without its case ending (``NAME_CASE_ENDINGS``) when the text
    writes that form itself, capitalised; every form of it here becomes one body under that label. Not when
    the name without the ending is another kind of entity's here ("Ростов" the city beside the club "Ростова").
    A form the model took for a person's («у Вексона») joins only a company labelled with that name here."""
    endings = sorted(f.patterns.tables.NAME_CASE_ENDINGS, key=len, reverse=True)
    text = f.doc.text
    forms: dict[str, list[str]] = {}
    for key, entity in sorted(f.found.items()):
        label = entity.label
        if entity.type not in ("Organization", "Person") or " " in label or not LEMMATISED.search(label) \
                or not label[:1].isupper():
            continue
        base = next((label[:-len(e)] for e in endings if label.endswith(e) and len(label) - len(e) >= 3
                     and word_occurrences(text, label[:-len(e)])), None)
        if base is not None:
            forms.setdefault(base, []).append(key)
    for base, keys in sorted(forms.items()):
        target = new_entity_key(base)
        named = [k for k, e in sorted(f.found.items()) if k not in keys and e.type == "Organization"
                 and (base in (label for label, _ in e.all_labels()) or _short_company_name(e.label) == base)]
        #      «ООО «Вексон»», labelled "Вексон" too; «Вексон Холдинг», whose short name it is
        if target not in f.found and len(named) == 1:
            target = named[0]
        keys = [k for k in keys if f.found[k].type == "Organization" or target in named]
        if not keys or target in f.found and f.found[target].type != "Organization":
            continue
        if target not in f.found:
            f.found[target] = Entity(key=target, label=base, type="Organization", pref_labels=((base, f.doc.lang),))
        for key in keys:
            _merge_entity(f.found, f.mentions, key, target)


def _particle(word: str) -> bool:
    """A name opened by a lower-case particle and a hyphen: "al-Rashid", "bin-Zayed"."""
    head, _, rest = word.partition("-")
    return head.lower() in _CONNECTORS and rest[:1].isupper()


def _addressed(label: str) -> bool:
    """A given name and a patronymic, as a person is addressed in Russian: "Анна Сергеевна"."""
    words = label.split()
    return len(words) == 2 and _tagged(words[0], "Name") and _tagged(words[1], "Patr")


def _one_word_name(entity: Entity) -> str | None:
    """"Вексон" of «ООО «Вексон»» (the label without its legal form) or of «Вексон» itself: a company's label of
    one capitalised word, which a text may write again alone; None without one."""
    words = [label for label, _ in entity.all_labels() if " " not in label and label[1:].islower()]
    return min(words, key=len) if words else None


def _short_company_name(label: str) -> str | None:
    """"Vexon" for "Vexon Technology Inc" (and for "Chipmaker Vexon Technology"), "Nordport" for "Nordport FC";
    None without a suffix."""
    words = _without_endings(label)
    return words[-1] if len(words) < len(label.split()) else None


def _without_endings(label: str) -> list[str]:
    """The words of a body's name without its legal form or club's mark ("Vardenby City" of "Vardenby City FC")."""
    words = label.split()
    while len(words) > 1 and (words[-1] in _COMPANY_SUFFIXES or words[-1] in _ORG_NAME_ENDINGS):
        words = words[:-1]
    return words


def _in_title_case(line: str) -> bool:
    """A headline that capitalises every longer word ("Rescues Continue as Floods Rise"), where capitals name nothing;
    but the prepositions and conjunctions a headline style keeps in lower case (``HEADLINE_LOWER_WORDS``: "Mayor
    Hints at Deal with Unions")."""
    words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) > 3 and w not in _HEADLINE_LOWER_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)


_HEADLINE_LOWER_WORDS = frozenset(joined("HEADLINE_LOWER_WORDS"))


def _signs_quotation(text: str, before: Span, line: Span) -> bool:
    """"-President Jane Roe" under a paragraph that a quotation closes: the quotation's signature, whose capitals
    are a title's and a name's, not a headline's."""
    return bool(_SIGNATURE_DASH.match(text, line.start, line.end)) \
        and text[before.start:before.end].rstrip(" .").endswith(("”", "»", '"'))


_SIGNATURE_DASH = re.compile(r"[—―–-]\s*[^\W\d_]")


def _written_elsewhere(doc: Document, span: Span, title_case: list[Span]) -> bool:
    """A name from a title-case headline written again in the body's other paragraphs, which confirm it."""
    name = re.compile(rf"(?<!\w){re.escape(doc.text[span.start:span.end])}(?!\w)")
    return any(name.search(doc.text, para.start, para.end) for para in doc.body if para not in title_case)


def _acronym_in_prose(doc: Document, start: int, end: int) -> bool:
    """"The VOW said" beside "those who vow": a word in capitals among words in lower case is an acronym, though
    the language has the word; in a line all in capitals ("STORMS HIT THE COAST") capitals tell nothing."""
    word = doc.text[start:end]
    if not (word.isupper() and 2 <= len(word) <= LONGEST_ACRONYM):
        return False
    line_start, line_end = doc.text.rfind("\n", 0, start) + 1, doc.text.find("\n", end)
    line = doc.text[line_start:line_end if line_end >= 0 else len(doc.text)]
    return any(w.islower() for w in re.findall(r"[^\W\d_]+", line))


_BODY_HEAD_WORDS = {w.lower() for w in joined("ORG_HEADS")}
_FORMAL_NAME_OF_A_STATE = re.compile(rf"(?:{one_of(joined('STATE_FORMS')) or '(?!)'})\s+(?:{one_of(joined('PLACE_OF'))})\s+"
                                     rf"(?:(?:{one_of(joined('DEFINITE_ARTICLES'))})\s+)?")
_LOWER_CASE_BODY_HEADS = frozenset(joined("BODY_NOUNS"))   # a body's noun closing its name in lower case: "… суд"
_FIGURES_OF_SPEECH = frozenset(joined("FIGURES_OF_SPEECH"))   # "Mother Nature is in charge": no one's name
_TEMPERATURE_SCALES = frozenset(joined("TEMPERATURE_SCALES"))   # "86 Fahrenheit": a unit, no one's name
_ACRONYM_LED_COMPOUND = re.compile(rf"[{_UPPER}]{{2,{LONGEST_ACRONYM}}}[-–](?P<noun>[^\W\d_]+)")
# "Ground Storage Tanks (GSTs)": a kind of thing the text abbreviates in the plural; a body's name is singular
_PLURAL_ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<acronym>[A-Z]{2,}s)\)")
_PLURAL_ACRONYM_SPELLED = re.compile(r"\w\s*\((?P<acronym>[A-Z]{2,}s)\)")


def _kind_of_thing_abbreviated(text: str, label: str, end: int) -> bool:
    """A capitalised phrase the text abbreviates in the plural right after it ("Deep Well Pumps (DWPs)"), or that
    plural acronym ("DWPs") where the text spells it out so: things of a kind, which the model took for a name."""
    return _PLURAL_ACRONYM_AFTER.match(text, end) is not None or label in _plural_acronyms(text)


@lru_cache(maxsize=1)
def _plural_acronyms(text: str) -> frozenset[str]:
    """The plural acronyms a text spells out in brackets after the words ("… Pumps (DWPs)"), found once a text."""
    return frozenset(m.group("acronym") for m in _PLURAL_ACRONYM_SPELLED.finditer(text))


_NUMBERED_STEP = re.compile(rf"(?:{one_of(joined('NUMBERED_STEPS')) or '(?!)'})\s+(?:\d+|[IVX]+)")   # "Category 4"
_LETTER_AND_FIGURE_BRAND = re.compile(rf"[{capitals()}]\d{{1,2}}|\d{{1,2}}[{capitals()}]")   # "X5", "3M": a firm's
#   name of one capital and a figure, when a model read it as a body's
_NOT_FIRM_CODES = frozenset(joined("NOT_FIRM_CODES"))   # "Q3", "5G": a period's or a technology's code
_DIGIT_LED_NAME = re.compile(rf"\d+[{_UPPER}][{_UPPER}{_LOWER}\d&.-]*")   # "7Q Company": a firm's name opening with a figure
_AMOUNT = re.compile(rf"(?:{'|'.join(CURRENCIES)})\s?\d")   # "EUR 978 thousand", "USD484 million": a sum
FIGURE_BEFORE_REACH = 40   # characters before a currency's code within which the figure it counts ends
# a figure, with its scale word, right before a currency's code: "250,000 AMD", "1.2 billion USD", «3 млрд USD»
_FIGURE_BEFORE = re.compile(rf"\d(?:\s+(?:{one_of(joined('SCALE_WORDS'))})\.?)?\s*$", re.I)
_YEAR_BEFORE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d\s*$")   # a year alone, no sum: "In 2019 AMD said"


def _acronym_of_common_words(text: str, label: str) -> bool:
    """"earnings per share (EPS)", "key performance indicators (KPIs)", "cost-per-click (CPC)": an acronym the text
    spells out in brackets after words in lower case, whose initials (the connectors' or not; a hyphenated word's
    parts' or its own) spell it, is a common noun's, no name."""
    if not (label.isupper() and 2 <= len(label) <= LONGEST_ACRONYM and label.isalpha() and label.isascii()):
        return False    # Russian spells out bodies in lower case too: "министерство иностранных дел (МИД)"
    letters = label.lower()
    for m in re.finditer(rf"\(({re.escape(label)}s?)\)", text):
        for word in _SPELLED_OUT_WORDS:
            words = word.findall(text, max(0, m.start() - 120), m.start())
            for size in range(len(letters), len(letters) + 4):
                run = words[-size:]
                if len(run) < size or not all(w.islower() for w in run):
                    break
                initials = [w[0] for w in run if len(run) == len(letters) or w not in _CONNECTORS]
                if "".join(initials) == letters and run[0] not in _CONNECTORS and not _BODY_HEAD_WORDS & set(run):
                    return True   # not "the ministry of health (MOH)", a body written in lower case
    return False


_SPELLED_OUT_WORDS = (re.compile(r"[^\W\d_][\w'’-]*"), re.compile(r"[^\W\d_][\w'’]*"))   # a hyphenated word whole, its parts


def _in_headings(doc: Document) -> Callable[[Span], bool]:
    """Whether a span is in a paragraph that no sentence's closing mark ends: a headline, a heading (the
    paragraphs looked at once, each span found among them by bisection)."""
    headings = [p for p in doc.body if doc.text[p.start:p.end].rstrip()[-1:] not in _CLOSING_MARKS]
    starts = [p.start for p in headings]

    def within(span: Span) -> bool:
        at = bisect_right(starts, span.start) - 1
        return at >= 0 and headings[at].contains(span)
    return within


_CLOSING_MARKS = frozenset('.!?…"”»:')


def _first_seen(mentions: list[Mention]) -> dict[str, int]:
    """Where each entity is first mentioned."""
    first: dict[str, int] = {}
    for m in mentions:
        first[m.entity] = min(first.get(m.entity, m.span.start), m.span.start)
    return first


@lru_cache(maxsize=256)
def _in_lower_case_in_prose(text: str, phrase: str) -> bool:
    """``phrase`` (in lower case) written after a lower-case word somewhere ("on the first team staff"): a phrase
    of the language, not a line of tags ("2031-05-02 first team"); once per phrase and text (a scan of the text)."""
    return any(_LOWER_CASE_WORD_RIGHT_BEFORE.search(text, max(0, o.start - 30), o.start)
               for o in word_occurrences(text, phrase))


_LOWER_CASE_WORD_RIGHT_BEFORE = re.compile(rf"(?<![\w-])[^\W\d_{capitals()}]+[ \t]+$")


def _lower_case_words(doc: Document) -> set[str]:
    """The words the body writes in lower case: the same word capitalised elsewhere is not a name."""
    return {tok.text for para in doc.body for tok in tokens(doc.text, para.start, para.end) if tok.text.islower()}


def _without_holders_title(f: _Finder, words: list[str], end: int) -> list[str]:
    """"Agency for Rural Farms Development Chairman" before "Orkan Velli": a title the complement of a body's name
    ran on into, right before a person the model found, is that person's ("Office of the President" keeps its own)."""
    gap = _TITLE_GAP.match(f.doc.text, end)
    if len(words) > 2 and words[-1].lower() in _PERSON_TITLE_WORDS and words[-2].lower() not in _CONNECTORS \
            and gap is not None and gap.end() in f.model_people_starts:
        return words[:-1]
    return words


def _without_title_abbreviation(words: list[str], text: str, end: int) -> list[str]:
    """"Bank of Ruritania Gov" before ". Jane Roe", "Harbour Press" before " Secretary Jane Roe": the short title, or
    a title's first word (``TITLES_OF_TWO_WORDS``), is the next name's, not the body's; so are the titles before a
    short one ("Ministry of Water Director General Dr" before ". Jane Roe")."""
    completing = _TITLES_OF_TWO_WORDS.get(words[-1], ()) if words else ()
    short = len(words) > 1 and text[end:end + 1] == "." \
        and (words[-1] in _TITLE_ABBREVIATIONS or words[-1] in _SHORT_HONORIFICS)
    if short or len(words) > 1 and completing and text[end:end + 1] == " " and text.startswith(completing, end + 1):
        words = words[:-1]
        while short and len(words) > 1 and words[-1].lower() in _PERSON_TITLE_WORDS \
                and words[-2].lower() not in _CONNECTORS:   # not "the Office of the President"
            words = words[:-1]
        while words and words[-1].lower() in _CONNECTORS:
            words = words[:-1]
    return words


def _without_date(words: list[str]) -> list[str]:
    """"Harbour Board on Tuesday" → "Harbour Board": a weekday or a month is when, not whose."""
    for i in range(1, len(words)):
        if words[i].lower() in WEEKDAY_NAMES or words[i].lower() in _MONTHS:
            return words[:i - 1] if words[i - 1].lower() in _CONNECTORS else words[:i]
    return words


def _clean_model_name(doc: Document, name: NamedSpan, people: dict[str, str], firsts: dict[str, str],
                      known: Coverage, owners: Coverage) -> tuple[int, int, str] | tuple[str, Span] | None:
    """A model's span without article, possessive, honorific or quotes, labelled in its base form.

    Returns (start, end, label) for a new name, (key, span) when the name is a
    person already known under another word order ("Aliyev Ilham", "Mr Aliyev"),
    or None for what is not a name: generic titles ("the Press Office"), phrases
    with verbs or commas, a nationality alone.
    """
    start, end = name.span.start, name.span.end
    if _shouted_line(doc.text, start):
        return None
    for pattern in (_DETERMINER, _HONORIFIC):
        lead = pattern.match(doc.text, start, end)
        if lead:
            start = lead.end()
    word_before = _WORD_BEFORE_NAME.search(doc.text, max(0, start - 16), start)
    honours = _HONORIFIC.match(doc.text, word_before.start(), end) if word_before else None
    if honours and start < honours.end() < end:
        start = honours.end()   # "Datuk Seri Jane Roe" taken from "Seri": the honours' words go with the first one
    named = _NAME_AFTER_HONOURS.match(doc.text, name.span.start) if start >= end and name.type == "Person" else None
    if named:   # "Datuk Seri" alone, "Tee Yam" after it: the model took the honours for the name that follows them
        start, end = named.start("name"), named.end("name")
    count = re.match(r"(\S+)\s+", doc.text[start:end])
    if count and _counts_after(doc.text, count.group(1), end):
        start += count.end()   # "Fifteen Vell Party members": how many of what follows the name, no word of it
    opening = _OPENING_PREPOSITION.match(doc.text, start, end)
    if opening and opening.end() < end and doc.text[opening.end()].isupper() and _opens_sentence(doc.text, start):
        start = opening.end()   # "Following Vexford City's win": the sentence's preposition, no word of the name
    while start < end and not doc.text[start].isalnum():   # quotes, brackets, a dash glued on
        start += 1
    former = _FORMER.match(doc.text, start, end)
    if former:   # "Ex-Vexon & Roe paralegal": the firm someone worked for, by its own name
        start = former.end()
    described = _DESCRIBING_BODY_NOUN.match(doc.text, start, end)
    if described and _opens_report(doc.text, start) and described.group(1) not in _capitalised_inside_sentences(doc.text):
        start = described.end()   # "Chipmaker Vexon Technology said": what the company is, capitalised by its place
    if name.type == "Person":   # "CFO Jane Roe": a title the model took in is not part of the name
        words = list(re.finditer(r"\S+", doc.text[start:end]))
        start += words[_name_after_titles(doc.lang, [w.group() for w in words])].start() if words else 0
    tail = _POSSESSIVE.search(doc.text, start, end)
    if tail and (_GOVERNED.match(doc.text, end) or _BRACKET_THEN_GOVERNED.match(doc.text, end)
                 or doc.text[start:tail.start()].split()[-1:] in ([f] for f in _LEGAL_FORMS)):
        end = tail.start()   # "Vale's lawyers", "Vale's (VLX) lawyers"; "… led by Vale's." is a firm's name; "Vexon
        #                      Bhd's (once Orla Bhd) chairman": a legal form closes the name before the possessive
    while end > start and doc.text[end - 1] in "»\"”'’).;:":
        end -= 1
    code = _INSTRUMENT_CODE_AFTER.search(doc.text, start, end)
    if code and code.start() > start:   # "Vexon VXN.L", "Norvik's NRV.L": the share's code, no word of the name
        end = code.start()
    caption = re.search(rf"\s+(?:{one_of(_CAPTION_WORDS)})$", doc.text[start:end]) if _CAPTION_WORDS else None
    if caption:   # "Vexon Company Logo" under an image: the company's name, then what the picture shows
        end = start + caption.start()
    verb = _CAPTION_VERB_AFTER.search(doc.text, start, end)
    if verb and len(doc.text[start:verb.start()].split()) > 1:   # "Jane Roe Speaking at …" under a picture; a
        end = verb.start()                                         # band's "Nora Listens" keeps its word
    aside = _SPACED_DASH.search(doc.text, start, end)
    if aside:   # "Vexon Mobility - the ailing maker -": a model's span that ran into an aside
        end = aside.start()
    trailing = re.search(rf"\s+(?:{one_of(_CONNECTORS)})$", doc.text[start:end])
    if trailing:   # "the Coastal Policy of": a model's span that ran into the next phrase
        end = start + trailing.start()
    if doc.text.count("«", start, end) > doc.text.count("»", start, end):   # "ГТРК «Вершина»" cut at its quote
        end = _past_closing_mark(doc.text, end, "»")
    bracket = doc.text.rfind("(", start, end)
    if bracket > start and ")" not in doc.text[bracket:end]:   # "Ruritanian Isles (RI": the acronym is another mention
        end = len(doc.text[:bracket].rstrip())
    end = _with_straight_quotes_paired(doc.text, start, end)
    modifier = _COMPOUND_MODIFIER.match(doc.text, start, end)
    if modifier:   # "Ruritania-led Northern Alliance": who leads it, not part of its name
        start = modifier.end()
    inner = [known.spans[k] for k in sorted({known.owner[i] for i in range(start, end) if known.owner[i] >= 0})]
    if name.type == "Person" and inner:   # "Ruritania Ilse Varga": the country is not part of the name
        start = max(start, max(s.end for s in inner))
        while start < end and not doc.text[start].isalpha():
            start += 1
    if name.type == "Person":
        start = _past_word_before_initials(doc.text, start, end)
    glued = _GLUED_NAME.match(doc.text, end) if name.type == "Organization" else None
    if glued:   # "Interfax-Ruritania" cut at its hyphen: the name goes on
        end = glued.end()
    kept = _without_title_abbreviation(doc.text[start:end].split(), doc.text, end)
    if kept and kept != doc.text[start:end].split():   # "Bank of Ruritania Gov": the bank's name ends before
        end = start + [w.end() for w in re.finditer(r"\S+", doc.text[start:end])][len(kept) - 1]
    comma = doc.text.rfind(",", start, end)
    if name.type == "Organization" and comma > start and doc.text[comma + 1:end].split() \
            and all(w in _LEGAL_FORMS for w in doc.text[comma + 1:end].split()):
        end = comma    # "Vexon, Inc.": the company's name before the comma that sets its legal form apart
    text = doc.text[start:end]
    words = text.split()
    fields = name.type == "Organization" and _FIELDS_LISTED[doc.lang].fullmatch(text) is not None
    digit_led = bool(words) and name.type == "Organization" and bool(_DIGIT_LED_NAME.fullmatch(words[0]))
    if not words or len(words) > 7 and not fields or re.search(r"[\n/]", text) or "," in text and not fields \
            or not (text[0].isupper() or _particle(words[0]) or digit_led) \
            or not (re.search(r"[^\W\d_]{2}", text) or _INITIALS_JOINED.fullmatch(text)
                    or name.type == "Organization" and _LETTER_AND_FIGURE_BRAND.fullmatch(text)
                    and text not in _NOT_FIRM_CODES):
        return None   # "U.S.": no word in it; "Jane Roe/Agency": a credit; "K&R" is a firm's name ("Q&A" is common)
    if len(words) == 1 and text.isupper() and len(text) > LONGEST_ACRONYM:
        return None    # "RURITANIAPOLITICS": a line of tags run together; acronyms are short
    if re.search(r":\s", text) or len(re.findall(r"(?<!\S)\d+(?!\S)", text)) > 1:
        return None    # "Vardley 2 Kessington 1: Holt": a headline's score and its clause, not one name
    if re.search(r"\d", text) and ((not text[0].isalpha() and not digit_led) or any(w.lower() in _MONTHS for w in words)
                                   or _AMOUNT.match(text)):
        return None    # "9 May 2020", "May 2020": a date; "EUR 978": a sum; "Channel 9", "Vexon 360" are names
    if text in CURRENCIES and _FIGURE_BEFORE.search(doc.text, max(0, start - FIGURE_BEFORE_REACH), start) \
            and not _YEAR_BEFORE.search(doc.text, max(0, start - FIGURE_BEFORE_REACH), start):
        return None    # "250,000 AMD": the currency of the sum before it, whatever firm shares its code ("In 2019
        #                AMD said": a year, and the firm)
    if inner and re.fullmatch(r"[\W_]*", _without(text, [doc.text[s.start:s.end] for s in inner], "")):
        return None    # "Ruritania-Freedonia": names already known, joined
    if len(inner) == 1 and inner[0].end == end and _FORMAL_NAME_OF_A_STATE.fullmatch(doc.text, start, inner[0].start):
        return None    # "the Republic of Ruritania": the country already known, by its formal name
    if inner and inner[-1].end < end and _MEDIUM_SUFFIX.fullmatch(doc.text, inner[-1].end, end):
        return None    # "Telegram-канал", "Instagram Story": a known platform's channel or feature, the platform a mention
    if name.type == "Person":
        keys = [re.sub(r"\W", "", w).lower() for w in words]
        owners = {people[w] for w in keys if w in people}
        # the last word one of the person's own too: "Йон Тарвик" after "Йон Велл" is someone else
        if len(owners) == 1 and keys[-1] in people:
            return owners.pop(), Span(start, end)
        owner = _registry_person(words, people, firsts)
        if owner is not None:
            return owner, Span(start, end)
    if len(words) == 1 and (len(text) < 2 or text.lower() in _NOT_ALONE or text.lower() in _MONTHS
                            or text in _SENTENCE_OPENERS
                            or text in _DEMONYMS or _person_noun(_patterns(doc.lang), text)
                            or (text.title() in _TITLE_ABBREVIATIONS and doc.text[end:end + 1] == ".")):
        return None    # "HOST", "GOV." of a transcript's label "JANE ROE, HOST:", "GOV. JANE ROE:": what she is;
        #                "“We (Vexon Ministry) are …”": a pronoun opening a quotation
    named = MODEL_NAME_FORMS[language(doc.lang).MODEL_NAME_FORM](doc, start, end, name.type, owners, inner)
    if named is not None and " " not in named[2] and named[2].lower() in _NOT_ALONE:
        return None    # "ООО «…»" cut at its quotation: a company's legal form is left
    return named


# a body's name whose commas part the fields of a list its joiner closes, written in lower case after a head that
# opens it (FIELD_LIST_HEADS: «Министерство труда, занятости и социальной защиты»); names of several bodies listed
# («Велтекс, Орнаком и Тарпром») are capitalised and stay out
_FIELDS_LISTED = {code: re.compile(
    rf"(?i:{module.FIELD_LIST_HEADS})(?:[ \t]+[^\W\d_][\w-]*)+(?:,[ \t]+(?-i:[^\W\d_A-ZА-ЯЁ])[\w-]*(?:[ \t]+[\w-]+)*){{1,5}}"
    rf",?[ \t]+(?:{one_of(module.LIST_JOINERS)})[ \t]+(?-i:[^\W\d_A-ZА-ЯЁ])[\w-]*(?:[ \t]+[\w-]+)*"
    if module.FIELD_LIST_HEADS else "(?!)") for code, module in LANGUAGES.items()}


def _name_after_titles(lang: str, words: list[str]) -> int:
    """Where a person's name starts among the words of a model's span: after the titles that open it, and after a
    title inside it that a given name and a surname still follow ("Marden Fire Chief Kai Dunn": the place and the
    field whose chief he is are no words of his name either)."""
    patterns = _patterns(lang)

    def title(word: str) -> bool:
        return word.rstrip(".").lower() in _PERSON_TITLE_WORDS or _person_noun(patterns, word)

    if _firm_after_title(words, 0):
        return 0    # "Principal Financial Group": a company's name that a title's word opens, no title
    lead = 0
    while len(words) - lead > 2 and (title(words[lead]) or _TITLE_ACRONYM.fullmatch(words[lead])) \
            or len(words) - lead > 1 and (words[lead].rstrip(".") in _TITLE_ABBREVIATIONS
                                          or words[lead] in _RANK_ACRONYMS):
        lead += 1   # "VC Jane Roe": an acronym before a given name and a surname is what she is; "Striker
        #             Jon Veld": so is a role; "Lt Col Roe", "IGP Roe": ranks, before a surname alone too
    return max((i + 1 for i in range(lead + 1, len(words) - 2) if title(words[i])), default=lead)


def _firm_after_title(words: list[str], i: int) -> bool:
    """The capitalised word after a title's word at ``i`` is a body's word ("Trustee Financial Group", "Captain Foods
    Group"): a legal form, a company's last word, a body's head or a word of a firm's trade (``FIRM_WORDS``), and no
    title's word follows (not "Chief Financial Officer"); the title's word opens the company's name."""
    after = words[i + 1].strip(",.") if i + 1 < len(words) else ""
    return words[i].rstrip(".").lower() in _PERSON_TITLE_WORDS and after[:1].isupper() and after in _FIRM_NAME_WORDS \
        and not any(w.strip(",.").lower() in _PERSON_TITLE_WORDS and w.strip(",.") not in _FIRM_NAME_WORDS
                    for w in words[i + 1:])


_STATE_FORM_WORDS = set(joined("STATE_FORMS"))
_FIRM_NAME_WORDS = set(joined("FIRM_WORDS")) | set(joined("ORG_HEADS")) | set(joined("COMPANY_SUFFIXES")) \
    | set(joined("LEGAL_FORMS")) | set(joined("SHORT_NAME_TAILS"))


_SPACED_DASH = re.compile(r"(?<![ \t])[ \t]+[-–—](?:[ \t]|$)")   # no name holds a dash with a space on each side


SHOUTED_LINE_WORDS = 6   # a line this long written wholly in capitals is a notice or a banner, not prose
SHOUT_REACH = 300        # characters read on each side of a name, within its line: a long line costs no more


def _shouted_line(text: str, at: int) -> bool:
    """The line at ``at`` is written wholly in capitals and is a sentence long ("THIS MATERIAL WAS PRODUCED BY
    …"): a legal notice or a banner, where every capitalised run looks like a name to a model."""
    start = text.rfind("\n", max(0, at - SHOUT_REACH), at) + 1 or max(0, at - SHOUT_REACH)
    end = text.find("\n", at, at + SHOUT_REACH)
    words = re.findall(r"[^\W\d_]+", text[start:end if end >= 0 else at + SHOUT_REACH])
    return len(words) >= SHOUTED_LINE_WORDS and all(w.isupper() for w in words)


def _with_straight_quotes_paired(text: str, start: int, end: int) -> int:
    """Where a name ends whose straight quotation marks pair up: "ЗАО "Вега" cut before its closing mark runs on
    to it on the same line; "Вега"" cut at a bracket after its closing mark, with no opening one, ends before it."""
    if text.count('"', start, end) % 2 == 0:
        return end
    if text[end - 1] == '"':
        return end - 1
    return _past_closing_mark(text, end, '"')


CLOSING_MARK_REACH = 40   # characters after a name cut before its closing quotation mark


def _past_closing_mark(text: str, end: int, mark: str) -> int:
    """The end of a name cut before its closing quotation ``mark``: past the mark when it follows on the same
    line, within ``CLOSING_MARK_REACH``; else where it was."""
    close = text.find(mark, end, end + CLOSING_MARK_REACH)
    return close + 1 if close >= 0 and "\n" not in text[end:close] else end


_TITLE_ACRONYM = re.compile(r"[A-Z]{2,4}")
_INITIALS_JOINED = re.compile(r"[A-Z]{1,2}&[A-Z]{1,2}")
_INSTRUMENT_CODE_AFTER = re.compile(rf"(?:{alternation('POSSESSIVE')})?[ \t]+{INSTRUMENT_CODE}$")
_CLOCK_BEFORE = re.compile(r"(?:\d{1,2}[:.]\d{2}|\(\d{4})[ \t]*(?:[ap]\.?m\.?[ \t]*)?\(?[ \t]*$", re.I)   # "09:40 ", "(1430 "
_CAPTION_WORDS = joined("CAPTION_WORDS_AFTER_NAMES")
_INFINITIVE_MARKERS = frozenset(joined("ORG_INFINITIVE_MARKERS"))
# a possessive and a word of a series' issue right before a name: "the centre's latest", "Vexon's annual"
_ISSUE_OF_A_SERIES = re.compile(rf"['’]s\s+(?:{one_of(joined('ISSUE_OF_A_SERIES_WORDS')) or '(?!)'})\s+$", re.I)
_CAPTION_VERBS = frozenset(joined("CAPTION_VERBS_AFTER_NAMES"))
_CAPTION_VERB_AFTER = re.compile(rf"\s+(?:{one_of(_CAPTION_VERBS) or '(?!)'})$")
_DESCRIBING_BODY_NOUN = re.compile(rf"({one_of(w.capitalize() for w in joined('BODY_NOUNS_OPENING_SENTENCES')) or '(?!)'})"
                                   rf"[ \t]+(?=[{_UPPER}{capitals()}])")
_FORMER = re.compile(rf"(?:{one_of(joined('FORMER_PREFIXES')) or '(?!)'})-(?=[{_UPPER}{capitals()}])", re.I)
# English nouns whole ("Vexon Accountants" is no "account"), Russian stems with any ending ("Telegram-канале")
_MEDIUM_SUFFIX = re.compile(rf"[-\s](?:(?:{one_of(joined('MEDIUM_SUFFIXES')) or '(?!)'})s?(?![\w-])"
                            rf"|(?:{one_of(joined('MEDIUM_SUFFIX_STEMS')) or '(?!)'})\w*)", re.I)


_INITIALS = re.compile(rf"(?:[{_UPPER}{capitals()}]\.)+")   # "Г.", "Г.Н."


def _past_word_before_initials(text: str, start: int, end: int) -> int:
    """"Министр финансов Руритании Г. Н. Свирский": a word (Cyrillic, so read by its case) the model took in before a
    surname's initials is no given name when it agrees with the surname in no case of the singular, as a given name
    does ("Джон Ф. Сомов"): the name starts after it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 3 or not LEMMATISED.search(words[0].group()) or _INITIALS.fullmatch(words[0].group()) \
            or not all(_INITIALS.fullmatch(w.group()) for w in words[1:-1]) or _INITIALS.fullmatch(words[-1].group()):
        return start
    first, surname = ({p.tag.case for p in morph().parse(w.group()) if "plur" not in p.tag}
                      for w in (words[0], words[-1]))
    return start + words[1].start() if first and surname and not first & surname else start


def _name_as_written(doc: Document, start: int, end: int, kind: str, owners: Coverage,
                     inner: list[Span]) -> tuple[int, int, str] | None:
    """A name written with capitals, as it stands (a person's nickname in quotation marks left out of the label),
    unless it is only titles and generic words."""
    text = doc.text[start:end]
    if kind == "Person":
        text = _NICKNAME.sub("", text)   # "Jon “Bear” Veld": Jon Veld
    kept = list(re.finditer(r"\S+", text))
    while len(kept) > 1 and kept[-1].group().isalpha() and kept[-1].group().islower() \
            and kept[-1].group() not in _CONNECTORS:
        kept.pop()   # "Vexon television": what kind of body it is, not its name
    end = end - (len(text) - kept[-1].end())
    text, words = text[:kept[-1].end()], [w.group() for w in kept]
    if any(w.lower() not in _CONNECTORS and not (w[0].isupper() or w[0].isdigit()) and not _particle(w)
           and not (kind == "Organization" and w in _INFINITIVE_MARKERS and k + 1 < len(words))   # "Committee to
           for k, w in enumerate(words)):                                                       # Protect Journalists"
        return None
    if all(w.lower().strip("'’") in _GENERIC | _CONNECTORS for w in words) and not _firm_after_title(words, 0):
        return None    # "the Press Office", "the Lead Spokesperson": titles, not names ("Trustee Financial Group" is)
    if words[-1].lower() in _PERSON_TITLE_WORDS and all(w.lower() in _NOT_PERSON_WORDS | _CONNECTORS for w in words) \
            and not _firm_after_title(words, 0):
        return None    # "the County Judge", "the District Governor": the office of a kind of place, no one's name
    own = _without(text, [doc.text[s.start:s.end] for s in inner], " ")
    if inner and all(w.lower().rstrip("s") in _PERSON_TITLE_WORDS | _CONNECTORS for w in own.split()):
        return None    # "the Foreign Ministers of Ruritania": people by their title, not an organisation
    return start, end, text


def _name_in_base_form(doc: Document, start: int, end: int, kind: str, owners: Coverage,
                       inner: list[Span]) -> tuple[int, int, str] | None:
    """Cut at a verb the model took in ("… центр доставили"), refuse common nouns alone, base form.

    An organisation takes in the country named after it in the genitive ("Министерство обороны Руритании"),
    a registry's or one the model found (``owners``): ministries of two countries are two bodies.
    """
    kept = []
    for w in doc.text[start:end].split():
        parse = morph().parse(w)[0] if LEMMATISED.search(w) else None
        if parse is not None and parse.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND") and parse.is_known and kept:
            break   # a verb the dictionary knows; a word it only guesses to be one ("Тарпник") is a surname
        kept.append(w)
    if len(kept) == 1:
        parse = morph().parse(kept[0])[0]
        if kind == "Place" and parse.tag.POS == "ADJF" and doc.text[:start].rstrip()[-1:] not in ("", *".!?\n"):
            # "из подмосковного Озёрского": a place named by an adjective, capitalised inside a sentence;
            # "в Озёрской колонии": the adjective of the noun it agrees with, which the name is; "в посёлке
            # Озёрском": the name of the settlement before it, in that noun's gender
            noun = _agreeing_noun(doc.text, start + len(kept[0]), kept[0])
            if noun is not None:
                return start, noun.end(), _base_form([kept[0], noun.group("noun")], kind)
            before = _LOWER_CASE_WORD_BEFORE.search(doc.text, max(0, start - 40), start)
            gender = _gender_of_the_noun_named(before.group(1), kept[0]) if before else None
            if gender and before.group(1) not in language(doc.lang).PLACE_NOUNS:
                return None   # "на улице Озёрской": a street's name, a building's, no place the text is about
            form = inflect(parse, {"nomn", "sing", gender or "neut"})
            return start, start + len(kept[0]), _cased_like(form.word, kept[0]) if form else kept[0]
        if parse.is_known and not (set(language(doc.lang).NAME_GRAMMEMES) & set(str(parse.tag).replace(" ", ",").split(","))) \
                and not (kind == "Place" and _town_as_often_as_word(kept[0], doc.lang)) \
                and not (kind == "Organization" and (in_own_quotes(doc.text, start, start + len(kept[0]))
                                                     or (kept[0].isupper() and _owner_right_after(
                                                         doc.text, start + len(kept[0]), owners))
                                                     or _division_before_its_owner(doc, kept[0], start, owners, parse))):
            return None     # "Запад", "СМИ": words of the language, not names; a club «Северянин» is one, and so is
            # "СУ" of "СУ СК России": a division's acronym before the body it belongs to
        if not kept[0].isupper() and re.match(r"\s+«", doc.text[start + len(kept[0]):]):
            return None     # "Автопереправа «Северная»": the kind of what the quotation names, not a name
    grammemes = set(language(doc.lang).NAME_GRAMMEMES)
    shouted = [w for w in kept if w.isupper() and len(w) > 3 and LEMMATISED.search(w)]
    if len(kept) > 1 and shouted and len(shouted) == len([w for w in kept if len(w) > 3]) and all(
            (p := morph().parse(w.lower())[0]).is_known and not grammemes & set(str(p.tag).replace(" ", ",").split(","))
            for w in shouted):
        return None     # "ПРОЧИТАЙТЕ ЭТО ОБЪЯВЛЕНИЕ": a notice in capitals, words of the language
    end = start + len(" ".join(kept))
    said = _subject_gender(doc.text, end) or _inverted_subject_gender(doc.text, start, end) if kind == "Person" else None
    label = _base_form(_without_abbreviated_kind(doc, kept, end), kind, said)
    if kind == "Person":
        label = _person_label(doc.text, start, end, kept, label)
    if kind == "Organization":
        country = _owner_right_after(doc.text, end, owners)
        while country is not None:   # "Пограничная служба ГКНБ (or "Госкомитета безопасности (ГКБ)") Руритании":
            # the acronym's body, then its country
            complement = doc.text[country.start:country.end]
            acronym = _ACRONYM_OPENING.fullmatch(complement) is not None or _written_out_with_acronym(doc.text, country)
            if not acronym and all("nomn" in p.tag for p in morph().parse(complement.split()[-1])[:4]):
                break   # a subject after the name, not whose body it is
            end, label = country.end, f"{label} {complement}"
            country = _owner_right_after(doc.text, end, owners) if acronym else None
        if end == start + len(" ".join(kept)) and len(kept) > 1 and _common_words_opening_a_sentence(doc, start, kept):
            return None     # "Совет директоров Промбанка": at a sentence's start, the generic head of another body
        served = _patterns(doc.lang).served_area.match(doc.text, end)   # "Управление … по Северной области": which area it serves
        words = served.group().split() if served else []
        first = next((i for i, word in enumerate(words) if word[:1].isupper()), len(words))
        for i, word in enumerate(words[1:], 1):   # "… по Северной области Иван Петров": a name ends the area,
            if _tagged(word, "Name") or (i > first and _tagged(word, "Surn")):   # a surname after its first word
                words = words[:i]
                break
        if len(words) > 1:
            area = " ".join(words)
            end, label = served.start() + served.group().index(words[0]) + len(area), f"{label} {area}"
        elif (field := _field_after_the_owner(doc, label, end)) is not None:
            end, label = field, f"{label} {' '.join(doc.text[end:field].split())}"
        head = _head_before_an_owner_and_field(doc, start, label)
        if head is not None:
            start, label = head.start, f"{head.word} {label}"
    return start, end, label


class _HeadBefore(NamedTuple):
    start: int
    word: str


def _head_before_an_owner_and_field(doc: Document, start: int, label: str) -> _HeadBefore | None:
    """«Управление ООН по делам беженцев», «в Комиссии ЕС по торговле»: a body's head (FIELD_AFTER_OWNER_HEADS),
    capitalised right before a name the model opened with its owner's acronym and which goes on to a field, is the
    name's first word, in the nominative."""
    words = label.split()
    if not _ACRONYM_OPENING.match(words[0]) or not _COMPLEMENT_AND_JOINER_WORDS & set(words[1:]):
        return None
    before = _CAPITALISED_WORD_BEFORE.search(doc.text, max(0, start - 40), start)
    noun = next((p for p in morph().parse(before.group(1))[:4] if p.tag.POS == "NOUN"
                 and p.normal_form in language(doc.lang).FIELD_AFTER_OWNER_HEADS), None) if before else None
    return _HeadBefore(before.start(1), _cased_like(_in_nominative(noun), before.group(1))) if noun else None


_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w-])([{capitals()}][^\W\d_]+)[ \t]+$")


def _field_after_the_owner(doc: Document, label: str, end: int) -> int | None:
    """«Комитет Руритании по надзору за связью»: a body (FIELD_AFTER_OWNER_HEADS) named with its owner, whose field
    goes on after it: ORG_COMPLEMENT_WORDS, lower-case words in the dative to a noun of a field (FIELD_HEADS), then
    their complements (FIELD_JOINERS), never a preposition last; where the field ends, or None (no field: «по итогам
    проверки», «по делу о»)."""
    tables, words = language(doc.lang), label.split()
    if len(words) < 2 or not words[-1][:1].isupper() \
            or not any(morph().parse(w)[0].normal_form in tables.FIELD_AFTER_OWNER_HEADS for w in words[:-1]):
        return None
    return _field_words_end(doc, end)


def _field_words_end(doc: Document, end: int) -> int | None:
    """Where the field of a body named up to ``end`` ends: ORG_COMPLEMENT_WORDS, lower-case words in the dative to a
    noun of a field (FIELD_HEADS), then their complements (FIELD_JOINERS); None where no field follows."""
    tables = language(doc.lang)
    complement = _patterns(doc.lang).field_after.match(doc.text, end)
    if complement is None:
        return None
    pos, cases, field_end = complement.end() - 1, ("datv",), None
    for _ in range(2 * BODY_COMPLEMENT_WORDS):
        joiner = _FIELD_JOINER.match(doc.text, pos) if field_end is not None else None
        if joiner is not None:
            cases, pos = tables.FIELD_JOINERS[" ".join(joiner.group(1).split())], joiner.end()
        word = _NEXT_LOWER_CASE_WORD.match(doc.text, pos)
        parses = morph().parse(word.group(1))[:4] if word else []
        if any(p.tag.POS in ("PREP", "CONJ", "PRCL") for p in parses) \
                or not any(p.tag.case in cases and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses):
            break
        pos = word.end()
        noun = next((p for p in parses if p.tag.case in cases and p.tag.POS == "NOUN"), None)
        if noun is not None:
            if field_end is None and word.group(1) not in tables.FIELD_HEADS:
                return None
            field_end, cases = pos, ("gent",)
    return field_end


_NEXT_LOWER_CASE_WORD = re.compile(r"[ \t]+([а-яё]+)(?![\w-])")
_FIELD_JOINER = re.compile(rf"[ \t]+({one_of(set(joined('FIELD_JOINERS')))})(?=[ \t])")


def _town_as_often_as_word(word: str, lang: str) -> bool:
    """"в Кургане", "жители Орла": a town named by a common noun, whose base form the dictionary reads as a place
    in a real share of its uses (``TOWN_READING_SHARE``), unlike "Запад", a side of the world far more often.
    The base form's scores, as an inflected form's rest on too few uses ("Западом")."""
    towns = {p.normal_form for p in morph().parse(word) if "Geox" in p.tag}
    return any(sum(p.score for p in morph().parse(town) if "Geox" in p.tag) >= language(lang).TOWN_READING_SHARE
               for town in towns)


def _division_before_its_owner(doc: Document, word: str, start: int, owners: Coverage, parse) -> bool:
    """"Управление МВД России по Северной области": a body's noun (``BODY_NOUNS``) right before the body it belongs
    to and the area it serves names that division, as its acronym would ("УМВД России по …")."""
    owner = _owner_right_after(doc.text, start + len(word), owners)
    return owner is not None and parse.normal_form in language(doc.lang).BODY_NOUNS \
        and _patterns(doc.lang).served_area.match(doc.text, owner.end) is not None


def _one_declined_word(word: str) -> bool:
    """«Служба статистики Кардии»: one capitalised word of a declining language, whatever the model took it for, may
    own the body named right before it; ``_clean_model_name`` takes it only out of the nominative."""
    return " " not in word and word[:1].isupper() and bool(_LEMMATISED_WORD.fullmatch(word))


def _owner_right_after(text: str, end: int, owners: Coverage) -> Span | None:
    """The registry's body or the country the model found one space after a name's ``end`` ("… России", "… МЧС"),
    which may own it; None when another word stands between."""
    owner = owners.owner[end + 1] if text[end:end + 1] == " " and end + 1 < len(owners.owner) else -1
    return owners.spans[owner] if owner >= 0 and owners.spans[owner].start == end + 1 else None


_ACRONYM_OPENING = re.compile(rf"[{_UPPER}{capitals()}]{{2,}}(?![\w-])")   # "ГКНБ", "МВД": a body's acronym opening a name
_ACRONYM_IN_BRACKETS_CLOSING = re.compile(rf"\s\([{_UPPER}{capitals()}]{{2,}}\)$")   # "Госкомитета безопасности (ГКБ)"


def _written_out_with_acronym(text: str, span: Span) -> bool:
    """"Госкомитета безопасности (ГКБ)": a body's name written out with its acronym in brackets, which, as the
    acronym alone would, owns the unit named right before it and belongs to the country after it."""
    return _ACRONYM_IN_BRACKETS_CLOSING.search(text, span.start, span.end) is not None


_LAST_WORD_BEFORE = re.compile(r"(\w+)[^\w\n]*$")
_LOWER_CASE_WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)[ \t]+$")
_WORDS_AFTER = re.compile(r"[ \t]+(\w+)")
_CLAUSE_ENDS, _AFTER_A_SPEAKER = ".!?\n", ",:—―–"


def _person_label(text: str, start: int, end: int, words: list[str], label: str) -> str:
    """The lemmatiser's ``label`` of a person's name, or the name as written when its given name came out in
    another form (not only with its "ё" back) and ``_kept_as_written`` says the sentence gives it none."""
    first = label.split()[0] if label.split() else ""
    if first.replace("ё", "е") == words[0].replace("ё", "е") or not _kept_as_written(text, start, end, words):
        return label
    return " ".join(words)


def _kept_as_written(text: str, start: int, end: int, words: list[str]) -> bool:
    """A person's name of two words or more whose first word, a foreign given name, the lemmatiser would put in a
    case the sentence does not give it, kept as written:
    - read only as a locative ("Тарвизе" as of "Тарвиз"), with no preposition or locative word before it: that
      case stands only after a preposition ("Тарвизе Олунд заявила", "о Тарвизе Олунд" as opposed to); or, a name
      the lemmatiser only guesses at, only as a dative or a locative, with no preposition before it and no word
      read first in either case ("министр транспорта Бореалии Тарзане Олунд", not "министру Тарзане Олунд");
    - in the nominative by its place: opening a sentence before a comma, a colon or a dash (a speaker's line
      "Тарвинде Окаро: «…»", "Тарвинде Окаро, главный тренер …"), or followed by a past verb of one person
      ("Тарвиджа Олунд вчера заявила"); it then stays as written when it reads as a nominative, when the
      lemmatiser only guesses at it, or when the verb's gender is none of its readings' and the surname has no
      reading in the case and gender the given name is read in (a woman's "Тарвиджа", read as a man's genitive,
      before an undeclined surname). "Ивана Петрова поддержал …": a known oblique name of the verb's gender, or
      "Петрова" the man's genitive, stays the lemmatiser's; "министра Тарвиджана Олунде": no nominative context;
    - after a person's noun in the nominative (``_nominative_person_noun``), when it reads as a nominative."""
    if len(words) < 2 or not LEMMATISED.search(words[0]):
        return False
    parses = morph().parse(words[0])[:4]
    names = [p for p in _one_persons_readings(words[0]) if "Name" in p.tag]
    oblique = {(p.tag.case, p.tag.gender) for p in names if p.tag.case != "nomn"}
    before = _LAST_WORD_BEFORE.search(text, max(0, start - 40), start)
    cases, preceding = {case for case, _ in oblique}, morph().parse(before.group(1)) if before else []
    if cases == {"loct"} and not any(p.tag.POS == "PREP" or p.tag.case == "loct" for p in preceding):
        return True
    if cases == {"loct", "datv"} and not any(p.is_known for p in parses) and not (preceding and (
            any(p.tag.POS == "PREP" for p in preceding) or preceding[0].tag.case in cases)):
        return True     # (a word before read first in another case: "Бореалии" is a genitive, "министру" no)
    if before and _nominative_person_noun(before.group(1)) \
            and any(p.tag.case == "nomn" and p.tag.number == "sing" for p in names):
        return True
    opening = text[:start].rstrip(" \t")[-1:] in ("", *_CLAUSE_ENDS, *_OPENING_QUOTES) \
        and text[end:].lstrip(" \t")[:1] in tuple(_AFTER_A_SPEAKER)
    gender = None if opening else _subject_gender(text, end)
    if not opening and gender is None:
        return False
    if any(p.tag.case == "nomn" and p.tag.number == "sing" and gender in (None, p.tag.gender) for p in parses) \
            or not any(p.is_known for p in parses):
        return True
    return gender is not None and all(g != gender for _, g in oblique) and not any(
        (p.tag.case, p.tag.gender) in oblique for p in morph().parse(words[-1]))


def _nominative_person_noun(word: str) -> bool:
    """"фигуристка", "тренер": a lower-case noun of a person read only in the singular nominative; a name right
    after it stands beside it in that case ("фигуристка Тарвиджа Олунд", not the genitive of "Тарвидж")."""
    parses = morph().parse(word)
    return word.islower() and all(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn"
                                  and p.tag.number == "sing" for p in parses)


def _subject_gender(text: str, end: int) -> str | None:
    """The gender of a past verb of one person after a name, a date, a number or an adverb between them at most
    ("… 12 мая заявила"): the name is that verb's subject; None with no such verb before the clause's end."""
    at = end
    for _ in range(4):
        m = _WORDS_AFTER.match(text, at)
        if m is None:
            return None
        word, at = m.group(1), m.end()
        if word.isdigit():
            continue
        parse = morph().parse(word)[0]
        if parse.tag.POS == "VERB":
            return parse.tag.gender if "past" in parse.tag and parse.tag.gender in ("masc", "femn") else None
        if not (parse.tag.POS == "ADVB" or (parse.tag.POS == "NOUN" and parse.tag.case == "gent" and word.islower())):
            return None
    return None


INVERTED_SUBJECT_WORDS = 8   # words of a title between a verb of saying and the name closing its clause
# what may follow a name closing its clause: a stop, or a word of PREPOSITIONS opening the circumstance of the
# saying («— сообщила Вельмарова во время брифинга»)
_CLAUSE_CLOSES = re.compile(rf"\s*(?:[.,;:!?)»\"”]|$|(?:{'|'.join(language('ru').PREPOSITIONS)})\s)")


def _inverted_subject_gender(text: str, start: int, end: int) -> str | None:
    """The gender of a past verb of saying before a name that closes its clause (``_CLAUSE_CLOSES``), titles and an
    outlet told between them at most («… — сообщила Вельмарова.», «сообщила агентству глава пресс-службы Мира
    Вельмарова.»): the name is that verb's subject put after it; None with no such verb."""
    if not _CLAUSE_CLOSES.match(text, end):
        return None
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]", text[max(0, start - 200):start])[::-1]
    for word in words[:INVERTED_SUBJECT_WORDS]:
        if not word[0].isalpha():
            return None if word not in "-–—" else _past_gender_of_saying(words[words.index(word) + 1:][:1])
        gender = _past_gender_of_saying([word])
        if gender is not None:
            return gender
    return None


def _past_gender_of_saying(words: list[str]) -> str | None:
    """The gender of the first of ``words`` if it is a past verb of saying of one person, else None."""
    if not words or not words[0].lower().startswith(_SPEAKING_STEMS):
        return None
    parse = morph().parse(words[0])[0]
    return parse.tag.gender if parse.tag.POS == "VERB" and "past" in parse.tag \
        and parse.tag.gender in ("masc", "femn") else None


_LOWER_CASE_NOUN = re.compile(r"[ \t]+(?P<noun>[а-яё]+)(?![\w-])")


def _agreeing_noun(text: str, end: int, adjective: str) -> re.Match | None:
    """The lower-case noun right after ``adjective`` in the same case, number and gender, if one is there."""
    m = _LOWER_CASE_NOUN.match(text, end)
    if m is None:
        return None
    adjectives = {(p.tag.case, p.tag.number, p.tag.gender) for p in morph().parse(adjective) if p.tag.POS == "ADJF"}
    parses = morph().parse(m.group("noun"))
    if parses[0].tag.POS != "NOUN":   # "в", "и": a preposition, a conjunction, whatever else they may be
        return None
    nouns = {(p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
             for p in parses if p.tag.POS == "NOUN"}
    adjectives |= {(c, n, None) for c, n, g in adjectives if n == "plur"}
    return m if adjectives & nouns else None


_OPENING_QUOTES, _CLOSING_QUOTES = "«\"“„", "»\"”“"


def in_own_quotes(text: str, start: int, end: int) -> bool:
    """The words between quotation marks and nothing else: how Russian writes a club's or a firm's name."""
    return start > 0 and text[start - 1] in _OPENING_QUOTES and text[end:end + 1] != "" and text[end] in _CLOSING_QUOTES


# A number closing a quoted name after a place's name («Рустави 2», "Ruritania 24"): a channel's
_NUMBER_CLOSING_A_QUOTED_NAME = re.compile(rf"[ \t-]\d{{1,3}}(?=[{_CLOSING_QUOTES}])")


def _quoted_places(text: str, known: list[Mention], registry: dict[str, Entity]) -> list[Mention]:
    """The registry's places whose names stand alone between quotation marks, or with a number after them: a quoted
    place name («Москва», "сыграли с \"Ростовом\"", «Рустави 2») names what was called after the place, a club, a
    firm or a channel, never the place itself. Acronyms stay places: «ДНР» is quoted to say "so-called", not to name
    something else."""
    return [m for m in known if m.entity in registry and registry[m.entity].type in ("Country", "Place")
            and (in_own_quotes(text, m.span.start, m.span.end)
                 or m.span.start > 0 and text[m.span.start - 1] in _OPENING_QUOTES
                 and _NUMBER_CLOSING_A_QUOTED_NAME.match(text, m.span.end))
            and not text[m.span.start:m.span.end].isupper()]


_EVENT_HEADS_AFTER_PLACES = frozenset(joined("EVENT_HEADS_AFTER_PLACES"))
_EPONYM_AFTER = re.compile(rf"(?:['’]s?)?[ \t]+(?:{one_of(joined('EPONYM_NOUNS_AFTER'))})\b")
_EPONYM_BEFORE = re.compile(rf"\b(?:{one_of(joined('EPONYM_NOUNS_BEFORE'))})[ \t]+$")


# from a word's start only (its first letter, as the leftmost match would take it): tried inside a long hyphenated
# word at every letter, the name's run is read to the word's end each time (quadratic)
_PATHOGEN_AFTER = re.compile(rf"(?<![\w-])[\d_-]*(?P<name>[^\W\d_][\w-]*)[ \t]+(?i:{one_of(joined('PATHOGEN_NOUNS_AFTER')) or '(?!)'})\b")
_PATHOGEN_BEFORE = re.compile(rf"\b(?i:{one_of(joined('PATHOGEN_NOUNS_BEFORE')) or '(?!)'})[ \t]+(?P<name>[^\W\d_][\w-]*)")
_OUTBREAK_HEADLINE_NOUNS = frozenset(joined("OUTBREAK_HEADLINE_NOUNS"))


def _pathogens(text: str) -> frozenset[str]:
    """The capitalised words the text writes beside a pathogen's noun ("the Varna virus", «вирус Варна»): a
    disease's agent, which a model takes for a body or a person where the text writes it alone."""
    return frozenset(m.group("name") for pattern in (_PATHOGEN_AFTER, _PATHOGEN_BEFORE) for m in pattern.finditer(text)
                     if m.group("name")[0].isupper())


def _names_a_pathogen(text: str, name: NamedSpan, pathogens: frozenset[str]) -> bool:
    """A body's or a person's span that is a pathogen's name, alone or before an outbreak's noun ("Varna Outbreak")."""
    words = text[name.span.start:name.span.end].split()
    return name.type in ("Organization", "Person") and bool(words) and words[0] in pathogens \
        and all(w.lower() in _OUTBREAK_HEADLINE_NOUNS for w in words[1:])


def _event_after_place(text: str, name: NamedSpan) -> int | None:
    """Where the event's name ends that a place's name opens ("the Tarnia Open", "the Tarnia Grand Prix")."""
    if name.type not in ("Place", "Country"):
        return None
    after = re.match(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?", text[name.span.end:name.span.end + 40])
    if after is None or after.group(1).lower() not in _EVENT_HEADS_AFTER_PLACES:
        return None
    return name.span.end + (after.end() if after.group(1).lower() == "grand" else after.end(1))


def _eponym(text: str, span: Span) -> bool:
    """"Varden's disease", "the Varden scale", "болезнь Вардена": a name that a condition, a law, a theorem or a
    scale is named after."""
    return bool(_EPONYM_AFTER.match(text, span.end)) or bool(_EPONYM_BEFORE.search(text, max(0, span.start - 20),
                                                                                     span.start))


_TITLE_NEXT = re.compile(r"[ \t]+(?P<title>[A-Z][a-z]+)\b")
_LOWER_TITLE_NEXT = re.compile(r"[ \t]+(?P<title>[a-z]+)\b")
_COMPANY_TITLE_WORDS = {w.lower() for t in joined("COMPANY_TITLES_AFTER_NAMES") for w in t.split()}


def _field_of_a_title(doc: Document, word: str, end: int) -> bool:
    """An English adjective or common noun right before a public office's capitalised title ("Interior Minister",
    "Health Minister", "Appellate Judges"), or a portfolio's word (``PORTFOLIO_WORDS``) before it in lower case
    ("the Union Agriculture minister"): the field the office covers, which the model took for a body; a company's
    officer ("CEO", "Chairman") is titled after the company's own name."""
    title = _TITLE_NEXT.match(doc.text, end) or (_LOWER_TITLE_NEXT.match(doc.text, end) if word in _PORTFOLIO_WORDS
                                                   else None)
    if doc.lang != "en" or title is None or not (is_adjective(word) or _english_noun(word)):
        return False
    noun = title.group("title").lower()
    noun = noun if noun in _PERSON_TITLE_WORDS else noun.removesuffix("s")
    return noun in _PERSON_TITLE_WORDS and noun not in _COMPANY_TITLE_WORDS


_OF_A_TITLE = rf"(?:{one_of(joined('OFFICE_PREPOSITIONS'))})"
# a capitalised title, "of" or "for", and the fields of its portfolio listed before the one read: "the Minister of
# Works, Housing and "
_PORTFOLIO_BEFORE = re.compile(rf"\b(?P<title>[A-Z][a-z]+)\s+{_OF_A_TITLE}\s+(?:[A-Z][\w'’-]*(?:,?\s+(?:and\s+)?))*$")
_OFFICE_TITLE_WORDS = _PERSON_TITLE_WORDS | {w for t in joined("TITLES_ALONE") for w in t.split()}
_PORTFOLIO_WORDS = frozenset(joined("PORTFOLIO_WORDS"))
_NAME_JOINER_WORDS = frozenset(joined("NAME_JOINERS"))
_TITLE_OF_PORTFOLIO = re.compile(rf"(?P<title>(?:[A-Z][a-z]+\s+)+?){_OF_A_TITLE}\s+(?P<portfolio>.+)")


def _portfolio_of_a_title(doc: Document, label: str, start: int) -> bool:
    """The field of a public office written capitalised after its title and "of" or "for" ("the Director of
    Operations", "the Commissioner of Works and Housing", "the Minister of Trade, Industry and Tourism"), which the
    model took for a body (or for a body with the title): an office, no body's name, when every word of the field is
    a portfolio's (``PORTFOLIO_WORDS``): "the Director of the Vexon Agency", "the President of Harvest" name one."""
    if doc.lang != "en":
        return False
    whole = _TITLE_OF_PORTFOLIO.fullmatch(label)
    before = None if whole else _PORTFOLIO_BEFORE.search(doc.text, max(0, start - 80), start)
    if whole is None and before is None:
        return False
    title, portfolio = (whole.group("title"), whole.group("portfolio")) if whole else (before.group("title"), label)
    words = [w for w in re.findall(r"[\w'’-]+", portfolio) if w not in _NAME_JOINER_WORDS]
    return all(w.lower() in _OFFICE_TITLE_WORDS and w.lower() not in _COMPANY_TITLE_WORDS for w in title.split()) \
        and bool(words) and words[-1] not in _MEMBER_STATE_ENDINGS and words[-1] not in _PLACE_NAME_ENDINGS \
        and all(w in _PORTFOLIO_WORDS for w in words)


def _title_again_capitalised(f: _Finder, word: str, start: int) -> bool:
    """A person's title alone after the definite article ("the Premier", ``TITLES_ALONE``), capitalised as an office
    often is: the holder named before, not a body the model took it for."""
    return word.lower() in f.patterns.tables.TITLES_ALONE \
        and _ARTICLE_RIGHT_BEFORE.search(f.doc.text, max(0, start - 6), start) is not None


def _adjective_opening_a_sentence(doc: Document, start: int, end: int) -> bool:
    """An English word the lemmatiser knows as an adjective and not as a noun, opening a sentence before a
    lower-case noun ("Frantic rescue efforts continue"): the capital is the sentence's, the word describes the noun."""
    word = doc.text[start:end]
    if doc.lang != "en" or not word[1:].islower() or doc.text[:start].rstrip(" ")[-1:] not in ("", *".!?\n\"“"):
        return False
    after = re.match(r" ([a-z]+)\b", doc.text[end:end + 40])
    return bool(after) and is_adjective(word) and not _english_noun(word) and is_describing_word(after.group(1))


_VERB_FORMS = frozenset({"VERB", "INFN", "GRND"})


def _verb_opening_a_sentence(doc: Document, start: int, end: int) -> bool:
    """A Russian word opening a sentence that the dictionary knows only as a verb ("Напомним", "Сообщается"): its
    capital is the sentence's, and no name is a verb's form."""
    word = doc.text[start:end]
    if doc.lang != "ru" or not word[1:].islower() or not _opens_sentence(doc.text, start):
        return False
    readings = morph().parse(word)
    return all(p.is_known and p.tag.POS in _VERB_FORMS for p in readings)


def _plural_noun_opening_a_sentence(doc: Document, start: int, end: int) -> bool:
    """"Geologists said …": the plural of an English common noun opening a sentence, which the text writes with a
    capital nowhere else (not "Democrats"): people of a kind, no one's name."""
    word = doc.text[start:end]
    return doc.lang == "en" and word[1:].islower() and _opens_sentence(doc.text, start) and is_plural_noun(word) \
        and word not in _capitalised_inside_sentences(doc.text)


def _participle_opening_a_sentence(doc: Document, start: int, word: str) -> bool:
    """"Retired Orlov County Judge …": an English participle used as an adjective, whose capital is the sentence's
    (the text writes it with one nowhere else), describes the name after it."""
    return doc.lang == "en" and _opens_sentence(doc.text, start) and word.lower().endswith(tuple(language(doc.lang).PARTICIPLE_ENDINGS)) \
        and is_adjective(word) and word not in _capitalised_inside_sentences(doc.text)


def _opens_sentence(text: str, at: int) -> bool:
    return text[max(0, at - 20):at].rstrip(" ")[-1:] in ("", *".!?\n\"“")


def _opens_report(text: str, at: int) -> bool:
    """A sentence's start, or a report's after its dateline's dash ("LONDON (Reuters) -Vexon …")."""
    return _opens_sentence(text, at) or _DATELINE_DASH_BEFORE.search(text, max(0, at - 20), at) is not None


_DATELINE_DASH_BEFORE = re.compile(r"\)[ \t]*[-–—][ \t]*$")


@lru_cache(maxsize=2)
def _capitalised_inside_sentences(text: str) -> frozenset[str]:
    """The words a text writes with a capital where no sentence starts: names, or their words."""
    return frozenset(m.group() for m in re.finditer(r"(?<![\w-])[A-Z][a-z]+", text) if not _opens_sentence(text, m.start()))


def _english_noun(word: str) -> bool:
    return word.lower() in english().get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]


def _common_words_opening_a_sentence(doc: Document, start: int, words: list[str]) -> bool:
    """A phrase whose only capital is a sentence's first letter, whose words the dictionary knows as common words
    (no name grammemes) and after which another name follows: the generic head of that body, not a name."""
    if any(w[:1].isupper() for w in words[1:]) or doc.text[:start].rstrip()[-1:] not in ("", *".!?\n"):
        return False
    after = doc.text[start + len(" ".join(words)):].lstrip(" ")
    if not after[:1].isupper():
        return False    # "Совет старейшин рассмотрит": a body's own name; "Совет директоров Банка …" heads another's
    grammemes = set(language(doc.lang).NAME_GRAMMEMES)
    for w in words:
        parse = morph().parse(w)[0] if LEMMATISED.search(w) else None
        if parse is None or not parse.is_known or grammemes & set(str(parse.tag).replace(" ", ",").split(",")):
            return False
    return True


_IN_HONOUR_OF = frozenset(joined("NAMED_IN_HONOUR_OF"))


def _without_abbreviated_kind(doc: Document, words: list[str], end: int) -> list[str]:
    """"Тарвинская обл.", "в Тарвинской обл.": a place's kind abbreviated (AREA_ABBREVIATIONS) written out, so the
    name is labelled as where the text writes it in full ("Тарвинская область")."""
    full = language(doc.lang).AREA_ABBREVIATIONS.get(words[-1].lower()) if doc.text[end:end + 1] == "." else None
    return [*words[:-1], full] if full and len(words) > 1 else words


_INITIAL = re.compile(rf"[{_UPPER}{capitals()}]\.?")   # "В." of "Петрову Д. В.": a surname goes before its initials


def _relational_reading(word: str):
    """"окружного суда": of an adjective's readings, one of a relational adjective (no ``Qual``) first, as a body's
    name classifies it ("окружной", of a district) rather than grading it ("окружный", surrounding); None for no
    adjective."""
    readings = [p for p in morph().parse(word) if p.tag.POS == "ADJF"]
    return min(readings, key=lambda p: "Qual" in p.tag, default=None)


_CAPITAL_INSIDE = re.compile(r"[а-яё][А-ЯЁ]")


def _base_form(words: list[str], kind: str, said: str | None = None) -> str:
    """"Эльвиры Набиуллиной" → "Эльвира Набиуллина"; "Центрального банка" → "Центральный банк"; a person's name in
    the gender of the verb it is the subject of (``said``) where its given name (or its surname alone) reads so in
    the nominative, or its given name is no name the lemmatiser knows ("Мира Петрова сказала", "Петрова сказала": a
    woman, not "Петров").

    A body named in someone's honour keeps "имени Сомова" as written: only the words before it take the base form;
    so do the words of its field after ORG_COMPLEMENT_WORDS ("ООН по делам беженцев").
    """
    honour = next((i for i, w in enumerate(words) if w.lower() in _IN_HONOUR_OF), None) if kind != "Person" else None
    if honour is not None:
        return " ".join(([_base_form(words[:honour], kind)] if honour else []) + words[honour:])
    # (a word with a capital inside, "ВелГУ", "МегаФон", is an acronym or a brand written so: never inflected)
    cyrillic = [bool(LEMMATISED.search(w)) and not w.isupper() and not _CAPITAL_INSIDE.search(w) for w in words]
    if kind == "Person":
        if len(words) > 1 and cyrillic[0] and all(_INITIAL.fullmatch(w) for w in words[1:]):
            nominative = any("Surn" in p.tag and p.tag.case == "nomn" for p in _one_persons_readings(words[0]))
            return " ".join([words[0] if nominative else _nominative(words[0], "Surn")]
                            + [w.rstrip(".") + "." for w in words[1:]])
        readings = _one_persons_readings(words[0])
        names = [p for p in readings if "Name" in p.tag]
        # a given name read only as a plural, or else as a vocative ("Илон" of "Илона"), is a foreign one as written
        plural = len(words) > 1 and cyrillic[0] and _names_only_plural(readings)
        gender = (said if said and (not names or any(p.tag.case == "nomn" and p.tag.gender == said for p in names))
                  else _gender(words[0])) if len(words) > 1 \
            else said if any(p.tag.case == "nomn" and p.tag.gender == said for p in readings if "Surn" in p.tag) \
            else None
        forms = [_surname_nominative(w, words[0], gender) if i and cyr else
                 w if plural else _nominative(w, "Name" if len(words) > 1 else "Surn", gender) if cyr else w
                 for i, (w, cyr) in enumerate(zip(words, cyrillic))]
        if len(words) == 1 and cyrillic[0] and forms[0] == words[0]:
            return _adjectival_nominative(words[0], person=True) or words[0]
        return " ".join(_out_of_instrumental(words, _given_name_by_surname(words, forms)))
    parses = [morph().parse(w)[0] if cyr else None for w, cyr in zip(words, cyrillic)]
    for i in range(len(parses) - 1):   # "Главного управления": an adjective before a noun, not the noun "главное"
        adjective = _relational_reading(words[i]) if cyrillic[i] else None
        if adjective is not None and parses[i + 1] is not None and parses[i + 1].tag.POS in ("NOUN", "ADJF"):
            parses[i] = adjective
    field = next((i for i, w in enumerate(words) if w in _COMPLEMENT_AND_JOINER_WORDS), len(words))
    head = next((i for i, p in enumerate(parses[:field]) if p is not None and p.tag.POS == "NOUN"), None)
    if head and parses[head - 1] is not None and parses[head - 1].tag.POS == "ADJF":   # the reading that agrees
        agreeing = {(p.tag.case, p.tag.number) for p in morph().parse(words[head - 1]) if p.tag.POS == "ADJF"}
        parses[head] = next((p for p in morph().parse(words[head]) if p.tag.POS == "NOUN"
                             and (p.tag.case, p.tag.number) in agreeing), parses[head])
    if len(words) == 1 and cyrillic[0] and not parses[0].is_known:
        return _guessed_base_form(words[0])
    if head is None or not parses[head].is_known:   # a guessed parse of an unknown name inflects it wrongly
        return " ".join(words)
    number = "plur" if "plur" in parses[head].tag else "sing"
    noun = parses[head].inflect({"nomn", number})
    gender = (noun or parses[head]).tag.gender
    out = list(words)
    for i in range(head + 1):
        p = parses[i]
        if p is None or (i < head and p.tag.POS != "ADJF"):
            continue
        form = noun if i == head else \
            inflect(p, {"nomn", number} | ({gender} if gender and number == "sing" else set()))
        if form is not None:
            out[i] = _cased_like(form.word, words[i])
    return " ".join(out)


_MASCULINE_INSTRUMENTAL = re.compile(alternation("MASCULINE_INSTRUMENTAL")) if alternation("MASCULINE_INSTRUMENTAL") \
    else None
_UNDECLINED_NAME_ENDINGS = frozenset(joined("UNDECLINED_NAME_ENDINGS"))
_SOFT_OR_VOWEL_LETTERS = frozenset(joined("SOFT_OR_VOWEL_LETTERS"))


def _instrumental_lemma(word: str) -> str | None:
    """The nominative of a masculine name in the instrumental that ``word`` may be, the lemmatiser reading it so:
    the ending off a hard stem ("Тарвиком" → "Тарвик", "Вельцем" → "Вельц") or "-ем" for a soft sign
    ("Кемалем" → "Кемаль"); a hyphenated name part by part ("Франком-Вальтером"). None for a word with no such
    ending or reading."""
    if "-" in word.strip("-"):
        parts = [_instrumental_lemma(part) for part in word.split("-")]
        return "-".join(parts) if all(parts) else None
    m = _MASCULINE_INSTRUMENTAL.search(word.lower()) if _MASCULINE_INSTRUMENTAL else None
    if m is None or not any(p.tag.POS == "NOUN" and p.tag.case == "ablt" and p.tag.gender == "masc"
                            for p in morph().parse(word)):
        return None
    return word[:m.start()] + ("ь" if m.group("soft") else "")


def _given_name_by_surname(words: list[str], forms: list[str]) -> list[str]:
    """"Рафала Тшасковского": a man's given name the lemmatiser does not know, left as written before a surname it
    put in the nominative from a man's oblique case, loses the ending of that case ("Рафал Тшасковский")."""
    if len(words) != 2 or forms[0] != words[0] or forms[1] == words[1] or not LEMMATISED.search(words[0]) \
            or any(p.is_known for p in morph().parse(words[0])):
        return forms
    cases = {p.tag.case for p in morph().parse(words[1]) if p.tag.gender == "masc" and p.tag.case != "nomn"
             and p.normal_form == forms[1].lower().replace("ё", "е")}
    stem = _masculine_stem(words[0], cases) if cases else None
    return [_cased_like(stem, words[0]), forms[1]] if stem else forms


def _out_of_instrumental(words: list[str], forms: list[str]) -> list[str]:
    """A foreign name of two words or more in the instrumental ("с Тарвиком Ольсеном", "с Ульфом Бренцем", "с
    Тарвиком Окаро"): every word reads as an instrumental (or ends in a vowel, a name that does not decline), so
    the name is in that case; each word the lemmatiser does not know loses that ending ("Бренц", not its guess
    "Бренец"), and so does one it left as written."""
    if len(words) < 2:
        return forms
    lemmas = [_instrumental_lemma(w) if LEMMATISED.search(w) else None for w in words]
    declined = [lemma is not None or any(p.tag.case == "ablt" for p in morph().parse(w)) for w, lemma in zip(words, lemmas)]
    if not all(ok or w[-1:].lower() in _UNDECLINED_NAME_ENDINGS for w, ok in zip(words, declined)):
        return forms
    return [_cased_like(lemma, w) if lemma is not None and (form == w or not any(p.is_known for p in morph().parse(w)))
            else form for w, form, lemma in zip(words, forms, lemmas)]


def _adjectival_nominative(word: str, person: bool) -> str | None:
    """A name of one word shaped as an adjective that the lemmatiser does not know, in an oblique case in every
    reading, of one lemma and one gender (a person's: a man's, the neuter set aside): its nominative in that gender
    ("Тарвинского" → "Тарвинский" for a person, "«Тарвинской»" → "Тарвинская" for a body); None otherwise (a
    body's "Тарвинского" may be a masculine's or a neuter's, a person's "Тарвинской" a man's nominative)."""
    parses = morph().parse(word)[:5]
    words = [p for p in parses if p.tag.POS in ("ADJF", "NOUN")]
    adjectives = [p for p in words if p.tag.POS == "ADJF"]
    if not adjectives or any(p.is_known for p in parses) or len({p.normal_form for p in words}) != 1 \
            or any(p.tag.case in (None, "nomn") or p.tag.number != "sing" for p in words):
        return None
    genders = {p.tag.gender for p in adjectives}
    if person and genders <= {"femn"}:
        return None   # "Тарвинской": a woman's genitive, or a man's nominative as "Толстой" is
    genders -= {"neut"} if person else set()
    if len(genders) != 1:
        return None
    form = inflect(adjectives[0], {"nomn", "sing", *genders})
    return _cased_like(form.word, word) if form is not None else None


def _guessed_base_form(word: str) -> str:
    """A name the lemmatiser does not know, alone: its lemma when every guess reads it in an oblique case and all
    agree on a lemma that is the word without its ending ("в Лидхольме", "«Тарвикпула»": a consonant stem, the
    commonest shape of a foreign name), or when it reads as a masculine instrumental ("«Тарвиком»", "ТВКом":
    the ending off); else as written (an indeclinable name, or "в Тарвике", where the guess "Тарвика"
    may be wrong)."""
    adjectival = _adjectival_nominative(word, person=False)
    if adjectival is not None:
        return adjectival
    guesses = morph().parse(word)[:3]
    instrumental = _instrumental_lemma(word)
    if instrumental is not None and not any("nomn" in p.tag and "sing" in p.tag for p in guesses):
        return instrumental   # not "Тарвиатом", which reads as a nominative too
    lemmas = {p.normal_form.replace("ё", "е") for p in guesses}
    lemma = lemmas.pop() if len(lemmas) == 1 else ""
    low = word.lower().replace("ё", "е")
    soft = _soft_stem_lemma(low, guesses)
    if soft is not None:
        return _cased_like(soft, word)
    if not lemma or any(p.tag.case in (None, "nomn") for p in guesses) \
            or not low.startswith(lemma) or len(lemma) >= len(word):
        return word
    return _cased_like(word[:len(lemma)], word)


def _soft_stem_lemma(low: str, guesses: list) -> str | None:
    """"Ростарнстроя", "Велстроем": a noun in "-й" in an oblique case (every guess that reads the word as a noun
    agrees on it, and none as a nominative), whose ending the lemma changes rather than drops: "Ростарнстрой"."""
    nouns = [p for p in guesses if p.tag.POS == "NOUN"]
    lemmas = {p.normal_form.replace("ё", "е") for p in nouns}
    if len(lemmas) != 1 or any(p.tag.case in (None, "nomn") for p in nouns):
        return None
    lemma = lemmas.pop()
    return lemma if lemma.endswith("й") and low.startswith(lemma[:-1]) and len(low) > len(lemma) - 1 > 2 \
        and low != lemma else None


# How a model's name is labelled, by a language's MODEL_NAME_FORM: as written, or (a language that inflects names)
# cut at a verb and put in its base form by the lemmatiser.
MODEL_NAME_FORMS = {"as_written": _name_as_written, "base_form": _name_in_base_form}


def _registry_person(words: list[str], people: dict[str, str], firsts: dict[str, str]) -> str | None:
    """"Тамира Бекташа" for the registry's "Тамир Орхан Бекташ" the text names: a name of two words or more,
    each, in any of its forms, a word of the one person's names (``people``, from ``_surname_owners``), the first
    the first of one of them (``firsts``): a father's name in a patronymic ("Тамир Орхан оглы Бекташ") is no
    given name of the son's."""
    each = [{people[k] for k in token_keys(re.sub(r"\W", "", w)) if k in people} for w in words]
    if len(words) < 2 or not all(len(o) == 1 for o in each) or len(set.union(*each)) != 1:
        return None
    owner = next(iter(each[0]))
    return owner if any(firsts.get(k) == owner for k in token_keys(re.sub(r"\W", "", words[0]))) else None


def _registry_people_words(known: list[Mention], registry: dict[str, Entity], first_only: bool) -> dict[str, str]:
    """The lowercased words (or only the first words) of the names of more than one word of the registry's people
    found here, each with its person when one person has it."""
    owners: dict[str, set[str]] = {}
    for m in known:
        entity = registry.get(m.entity)
        if entity is not None and entity.type == "Person":
            for text, _ in entity.all_labels():
                words = text.split()
                if len(words) > 1:
                    for w in words[:1] if first_only else words:
                        owners.setdefault(re.sub(r"\W", "", w).lower(), set()).add(m.entity)
    return {w: next(iter(keys)) for w, keys in owners.items() if len(keys) == 1}


def _without_given_names_of_others(text: str, known: list[Mention], models: tuple[NamedSpan, ...],
                                   registry: dict[str, Entity], lang: str) -> list[Mention]:
    """"Ambassador Michel Corvan" is not the registry's "Charles Michel", nor «Мира Вельмарова» the registry's
    «Вельмаров»: a registry person's one-word name that opens a person's name the model read on with words none of
    that person's names has is another's given name, and one that closes a person's name the model read from a given
    name none of them has (past its titles) is another's surname, there and written so alone after it."""
    opening = {n.span.start: n.span.end for n in models if n.type == "Person"}
    closing = {n.span.end: n.span.start for n in models if n.type == "Person"}
    kept, others = [], set()   # others: the surnames, as written, of people the registry's is not («Вельмарова»)
    for m in known:
        if text[m.span.start:m.span.end] in others:
            continue
        entity, end = registry.get(m.entity), opening.get(m.span.start, m.span.end)
        rest = {w.lower() for w in re.findall(r"\w+", text[m.span.end:end])}
        opens = closing.get(m.span.end, m.span.start)   # the model's words before it, but other names' («Бореалии»)
        before = [w.group() for w in re.finditer(r"\w+", text[opens:m.span.start])
                  if not any(k.span.start <= opens + w.start() < k.span.end for k in known)]
        given = before[_name_after_titles(lang, before):] if before else []
        own = {w.lower() for label, _ in entity.all_labels() for w in re.findall(r"\w+", label)} if entity else set()
        if entity is None or entity.type != "Person" or m.via != "label" or " " in text[m.span.start:m.span.end]:
            kept.append(m)
        elif rest and not rest & own and text[m.span.end:end].strip()[:1].isupper():
            continue
        elif given and not {w.lower() for w in given} & own and all(w[:1].isupper() and len(w) > 1 for w in given) \
                and "." not in text[m.span.start:m.span.end]:   # "Х.Ковач": the registry's form with its initial
            others.add(text[m.span.start:m.span.end])   # and so is that surname alone after it
        else:
            kept.append(m)
    return kept


def _without_places_closing_double_surnames(text: str, known: list[Mention], models: tuple[NamedSpan, ...],
                                            registry: dict[str, Entity]) -> list[Mention]:
    """"Olaf Brenn-Tarsia said": a place's name the registry knows, joined by a hyphen to a capitalised word no
    name of the registry's is, inside a person's name the model read, closes a double surname; no place is named
    ("Tarsia-Vellmark talks", two places, and "Tarsia-based" stay)."""
    people = [n.span for n in models if n.type == "Person"]

    def closes_a_surname(m: Mention) -> bool:
        entity = registry.get(m.entity)
        joined = re.search(r"(?<![\w-])([^\W\d_][\w'’]*)-$", text[max(0, m.span.start - 40):m.span.start])
        return entity is not None and entity.type in ("Country", "Place") and joined is not None \
            and joined.group(1)[:1].isupper() \
            and not any(k.span.end == m.span.start - 1 for k in known) \
            and any(p.start <= m.span.start - len(joined.group()) and m.span.end <= p.end for p in people)

    return [m for m in known if not closes_a_surname(m)]


def _surname_owners(known: list[Mention], registry: dict[str, Entity]) -> dict[str, str]:
    """The lowercased words of longer than two letters of the registry's people found here, when one person has them."""
    return {w: key for w, key in _registry_people_words(known, registry, first_only=False).items() if len(w) > 2}


# "the National Water Council (NWC)", "the National Water Council's (NWC)": its acronym in brackets after it
# "(VHB)", "(MoD)": capitals, a lower-case letter between two of them the initial of a joining word ("Ministry of …");
# or one word of the name, its short form: "the Parti Rakyat Vell (Vell)"
# the acronym (small letters inside, "ТрГУ", in either alphabet) may have where the body is after it: "the Tarvo
# Mining University (TMU, Vell)"
_BRACKETED = re.compile(rf"(?:{alternation('POSSESSIVE')}|[\"»”])?\s*\((?:(?P<acronym>[{capitals()}]"
                        rf"(?:[{capitals()}&]|[{_LOWER}а-яё]{{1,3}}(?=[{capitals()}])){{1,7}})"
                        rf"(?:,\s*[{capitals()}][^(),\n]{{1,30}})?"
                        rf"|(?P<word>[{capitals()}][{_LOWER}]+))\)")


_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")


def _clipped_from(word: str, name_words: list[str]) -> bool:
    """"Vellmin" for "Vell Institute of Mining": a short form glued from the openings of the name's words, in order
    (words may be left out), the first two letters or more the first word's, in two pieces or more."""
    word, words = word.lower(), [w.lower() for w in name_words]

    def fits(rest: str, next_word: int) -> bool:
        return not rest or any(rest[:k] == words[j][:k] and fits(rest[k:], j + 1)
                               for j in range(next_word, len(words)) for k in range(min(len(rest), len(words[j])), 0, -1))
    return len(words) > 1 and any(word[:k] == words[0][:k] and 0 < len(word) - k and fits(word[k:], 1)
                                  for k in range(min(len(word), len(words[0])), 1, -1))


def _acronyms(doc: Document, found: dict[str, Entity], mentions: list[Mention], taken: Coverage) -> None:
    """"the National Water Council (NWC)": later "NWC" is that council too; so is "Vell" after "the Parti Rakyat
    Vell (Vell)", a word of the name. A name before a common noun's acronym ("Graphics Processing Unit (GPU)") is
    that noun's, no body's."""
    short: dict[str, str] = {}
    for m in list(mentions):
        after = _BRACKETED.match(doc.text, m.span.end)
        if after and after.group("word") and after.group("word") not in doc.text[m.span.start:m.span.end].split() \
                and not _clipped_from(after.group("word"), doc.text[m.span.start:m.span.end].split()):
            continue    # "Vexon (Reuters)": another name in brackets, no short form of this one
        if after and found.get(m.entity) and found[m.entity].type in ("Organization", "Group", "Agreement"):
            acronym = after.group("acronym") or after.group("word")
            if acronym in _COMMON_ACRONYMS and m.entity in found:   # "a Graphics Processing Unit (GPU)": a thing
                found.pop(m.entity)
                mentions[:] = [x for x in mentions if x.entity != m.entity]
                continue
            inner = _spelled_out(doc.text, m.span, acronym) if after.group("acronym") else None
            if inner is None and after.group("acronym") and _LINE_ENDS.match(doc.text, after.end()):
                continue    # "… the winner for Vexon (AP)" closing a caption: the picture's credit
            if inner is not None and inner != m.span and _names_a_body(doc, m.span, inner):
                #     "Commission of the World Water Agency (WWA)", not "Department of Roads and Bridges (RB)": the
                #     initials of a body's field name the body that holds it
                label = doc.text[inner.start:inner.end]
                key = new_entity_key(label)
                found.setdefault(key, Entity(key=key, label=label, type=found[m.entity].type,
                                             pref_labels=((label, doc.lang),)))
                m = Mention(key, inner, "name")
                mentions.append(m)
            first = short.setdefault(acronym, m.entity)
            if first != m.entity and m.entity in found and first in found and found[first].type == found[m.entity].type:
                other = found.pop(m.entity)   # "the Joint Plan of Action (JPA)", later "the Joint Plan of Actions (JPA)"
                extra = tuple(label for label in other.all_labels() if label not in found[first].all_labels())
                found[first] = replace(found[first], alt_labels=found[first].alt_labels + extra)
                mentions[:] = [Mention(first, x.span, x.via) if x.entity == m.entity else x for x in mentions]
                m = Mention(first, m.span, m.via)
            entity = found[m.entity]
            if (acronym, doc.lang) not in entity.alt_labels:
                found[m.entity] = replace(entity, alt_labels=entity.alt_labels + ((acronym, doc.lang),))
    if not short:
        return
    pattern = re.compile(r"(?<!\w)(%s)(?!\w)" % "|".join(map(re.escape, sorted(short, key=len, reverse=True))))
    for para in doc.body:
        for hit in pattern.finditer(doc.text, para.start, para.end):
            span = Span(hit.start(), hit.end())
            own = [m for m in mentions if m.span == span]
            if own:     # a model's own entity for the acronym: the long name's instead
                for m in own:
                    mentions.remove(m)
                    if not any(x.entity == m.entity for x in mentions):
                        found.pop(m.entity, None)
                mentions.append(Mention(short[hit.group()], span, "name"))
            elif taken.free(span):
                mentions.append(Mention(short[hit.group()], span, "name"))
                taken.append(span)


def _names_a_body(doc: Document, whole: Span, inner: Span) -> bool:
    """The end of a longer name that the article sets off as a body's own name ("Commission of the World Water
    Agency", "Press Office of the National Institutes of Vell") or that holds a body's head word or a company's
    legal form ("Vell Harbour Board", "Vexon Corp"); not a body's field after "of" ("Department of Roads and
    Bridges"). Where the language lists no heads, any name."""
    heads = language(doc.lang).ORG_HEADS
    return not heads or bool(_ARTICLE_BEFORE.search(doc.text, whole.start, inner.start)) \
        or bool(set(doc.text[inner.start:inner.end].split()) & (set(heads) | _COMPANY_SUFFIXES))


_ARTICLE_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(joined('ARTICLES'))})\s+$", re.I)   # "… of the |World …"


def _acronyms_of_initials(f: _Finder) -> None:
    """"the Vell Harbour Board" and, with no brackets to tie them, "VHB" ("Высший хозяйственный совет", "ВХС"):
    an acronym found as a body's name of its own (or as a place's: "VHB chief Jane Roe") is the one body here
    whose words' initials spell it (words that join a name's words, "of", "the", "по", left out); with no body so
    spelled, the one place or country ("Северный федеральный округ", "СФО"; "the Central African Republic", "CAR"): a
    region is written both ways, and the model may take its acronym for a body's. Nothing when two spell it."""
    t = f.patterns.tables
    joining = {w.lower() for w in (*t.PREPOSITIONS, *t.CONJUNCTIONS, *t.ARTICLES)}
    conjunctions = {w.lower() for w in t.CONJUNCTIONS}
    prepositions, articles = {w.lower() for w in t.PREPOSITIONS}, {w.lower() for w in t.ARTICLES}
    spelled: dict[str, dict[str, str]] = {}   # initials: the entities they spell, with their types
    for m in [*f.known, *f.mentions]:
        kind = f.type_of(m.entity)
        if kind in ("Organization", "Place", "Country"):   # "the Central African Republic" … "CAR"
            for name in _spelled_names(f, m):
                for letters in (*_initials(name, joining, conjunctions), *_mixed_initials(name, prepositions, articles)):
                    spelled.setdefault(letters, {})[m.entity] = kind
    for key, entity in list(f.found.items()):
        label = entity.label
        if entity.type not in ("Organization", "Place") or " " in label \
                or not (label.isupper() or _MIXED_ACRONYM.fullmatch(label)) or not 2 <= len(label) <= LONGEST_ACRONYM:
            continue
        spellers = {owner: kind for owner, kind in spelled.get(label, {}).items() if owner != key}
        owners = {owner for owner, kind in spellers.items() if kind == "Organization"} or set(spellers)
        if len(owners) != 1:
            continue
        _merge_entity(f.found, f.mentions, key, owners.pop())


_CAPITALS_WORD = re.compile(rf"(?<![\w&.-])[{capitals()}][{capitals()}&]{{1,{LONGEST_ACRONYM}}}(?![\w&-])")


# An acronym keeping a preposition's initial in lower case: "BoR" of "Bank of Ruritania", "DfT".
_MIXED_ACRONYM = re.compile(rf"[{capitals()}](?:[^\W\d_]?[{capitals()}])+")


def _spelled_names(f: _Finder, m: Mention) -> set[str]:
    """The words a mention is written with and its entity's labels: "the Vell Bank's Policy Board" is spelled
    "PB" by its label "Policy Board", not by the owner written before it."""
    labels = f.found[m.entity].all_labels() if m.entity in f.found else ()
    return {f.doc.text[m.span.start:m.span.end], *(label for label, _ in labels)}


def _mixed_initials(name: str, prepositions: set[str], articles: set[str]) -> list[str]:
    """"BoR" for "Bank of Ruritania": the initials of a name with a preposition between its words, the
    preposition's in lower case, as such acronyms are often written; nothing for a name with none."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w.lower() not in articles]
    if len(words) < 3 or not any(w.lower() in prepositions for w in words[1:-1]) \
            or {words[0].lower(), words[-1].lower()} & prepositions:
        return []
    return ["".join(w[0].lower() if w.lower() in prepositions else w[0].upper() for w in words)]


def _initials(name: str, joining: set[str], conjunctions: set[str]) -> list[str]:
    """"VHB" for "Vell Harbour Board", "ВХС" for "Высшего хозяйственного совета": the initials of a name of two
    words or more, joining words ("of", "&", "по") left out; nothing for a word alone. A name closing on a
    conjunction and one word is also spelled without that last conjunct ("Office for Water Safety and Recovery":
    "OWS" as well as "OWSR"), and one closing on a legal form without it ("Vell Harbour Board Inc.": "VHB"), as
    such acronyms are often written."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    spellings = []
    for kept in (words, words[:-2] if len(words) > 2 and words[-2].lower() in conjunctions else [],
                 words[:-1] if len(words) > 2 and words[-1] in _LEGAL_FORMS else []):
        letters = [w[0] for w in kept if w.lower() not in joining]
        if len(letters) > 1:
            spellings.append("".join(letters).upper())
    return spellings


def _acronyms_written_again(f: _Finder) -> None:
    """"Vell Harbour Board" and "VHB" ("V&H" for "Vell & Hart"), the acronym no model took for a name: a word
    in capitals that spells the initials of the one body named in this document, or is the acronym a body was found
    by, is that body again."""
    text, t = f.doc.text, f.patterns.tables
    joining = {w.lower() for w in (*t.PREPOSITIONS, *t.CONJUNCTIONS, *t.ARTICLES)}
    conjunctions = {w.lower() for w in t.CONJUNCTIONS}
    spelled: dict[str, set[str]] = {}
    for m in [*f.known, *f.mentions]:
        if f.type_of(m.entity) == "Organization":
            for name in _spelled_names(f, m):
                for letters in _initials(name, joining, conjunctions):
                    spelled.setdefault(letters, set()).add(m.entity)
    for key, entity in f.found.items():   # "NVC" found once, in brackets or by a model: the same body again
        if entity.type == "Organization" and _CAPITALS_WORD.fullmatch(entity.label):
            spelled.setdefault(entity.label.replace("&", ""), set()).add(key)
    for para in f.doc.body:
        for hit in _CAPITALS_WORD.finditer(text, para.start, para.end):
            span, owners = Span(hit.start(), hit.end()), spelled.get(hit.group().replace("&", ""), set())
            if len(owners) == 1 and f.taken.free(span):
                f.mentions.append(Mention(next(iter(owners)), span, "name"))
                f.taken.append(span)


def _without_article(name: str) -> list[str]:
    """The words of a name without the article it opens with."""
    article = _DETERMINER.match(name)
    return name[article.end() if article else 0:].split()


def _kind_of_a_countrys_body(f: _Finder) -> None:
    """"the Harbour Ministry" found as a body of its own after "the Ruritanian Harbour Ministry" ("Harbour
    Ministry of Ruritania", "Ruritania's Harbour Ministry"): the one body named here whose name is these words
    and a country's (its name, or the adjective DEMONYMS gives it), before or after them, written before the
    kind alone is."""
    text, countries = f.doc.text, f.country_names
    countries |= {text[span.start:span.end].lower() for span in f.model_places}   # a country the registry lacks
    adjectives, of = {w.lower() for w in _DEMONYMS}, set(f.patterns.tables.COUNTRY_AFTER_NAME)
    named = {text[m.span.start:m.span.end].lower() for m in f.known if f.type_of(m.entity) == "Country"} | \
        {text[span.start:span.end].lower() for span in f.model_places}   # "Ruritanian" beside "Ruritania"

    def country(words: list[str]) -> bool:
        while words and words[0] in of:   # "of", "of the"
            words = words[1:]
        owner = re.sub(r"[’'ʼ]s?$", "", " ".join(words)).lower()
        return bool(words) and (owner in countries or owner in adjectives or len(words) == 1 and (
            bool(token_keys(owner) & countries) or any(owner.startswith(_stem(c)) for c in named)))

    def owned(full: list[str], short: list[str]) -> bool:
        n = len(short)
        if len(full) <= n:
            return False
        return (_same_words(full[-n:], short) and country(full[:-n])) or \
            (_same_words(full[:n], short) and country(full[n:]))

    names: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for m in [*f.known, *f.mentions]:
        if f.type_of(m.entity) == "Organization":
            names.setdefault(m.entity, set()).add(text[m.span.start:m.span.end])
            first_seen[m.entity] = min(first_seen.get(m.entity, m.span.start), m.span.start)
    for key, entity in sorted(f.found.items()):
        words = _without_article(entity.label)
        if entity.type != "Organization" or len(words) < 2 or any(country([w]) for w in words):
            continue   # "Harbour Ministry of Ruritania" is not a kind alone
        owners = {other for other, written in names.items() if other != key
                  and any(owned(_without_article(w), words) for w in written)}
        if any(first_seen.get(other, len(text)) > first_seen.get(key, len(text)) for other in owners):
            continue   # news names a body in full first: "the Harbour Ministry" before "Freedonia's" is another's
        if len(owners) == 1:
            _merge_entity(f.found, f.mentions, key, owners.pop())


def _one_body_in_two_word_orders(f: _Finder) -> None:
    """"the Ruritanian Harbour Ministry" and "the Ministry of Harbour Affairs of Ruritania" ("Central Bank of
    Ruritania", "Ruritania's central bank"): two bodies found here whose names hold the same words, in any order,
    and the same country (by its name, its possessive or its adjective), words like "of" and "affairs"
    (NAME_FILLER_WORDS) aside, are one; the one named first keeps its label. A country's state body named by its
    head noun alone (STATE_BODY_NOUNS: "the Ruritanian government", "the government of Ruritania") is one too."""
    text, t = f.doc.text, f.patterns.tables
    skip = {w.lower() for w in (*t.PREPOSITIONS, *t.ARTICLES, *t.NAME_FILLER_WORDS)} - \
        {w.lower() for w in t.CONJUNCTIONS}   # "and" joins two names' words
    countries: dict[str, str] = {}
    for entity in f.registry.values():
        if entity.type == "Country":
            for label, _ in entity.all_labels():
                countries[label.lower()] = entity.key
    for span in [m.span for m in f.known if f.type_of(m.entity) == "Country"] + f.model_places:
        countries.setdefault(text[span.start:span.end].lower(), text[span.start:span.end].lower())
    for adjective, country in _DEMONYMS.items():
        countries.setdefault(adjective.lower(), countries.get(country.lower(), country.lower()))

    stems = [(_stem(name), key) for name, key in sorted(countries.items()) if len(name) > 3]   # once, not per word

    @cache
    def country_of(word: str) -> str | None:
        word = re.sub(r"[’'ʼ]s?$", "", word).lower()
        if word in countries:
            return countries[word]
        return next((key for stem, key in stems if word.startswith(stem)), None)

    first_seen = _first_seen(f.mentions)
    groups: dict[tuple, list[str]] = {}
    for key, entity in sorted(f.found.items()):
        if entity.type != "Organization" or key not in first_seen:
            continue
        words = [w for w in re.findall(r"[^\W\d_][\w'’ʼ-]*", entity.label) if w.lower() not in skip]
        owners = {country_of(w) for w in words}
        rest = frozenset(w.lower() for w in words if country_of(w) is None)
        one_state_body = len(rest) == 1 and owners - {None} and next(iter(rest)) in t.STATE_BODY_NOUNS
        if len(rest) < 2 and not one_state_body or len(owners - {None}) > 1:
            continue   # "the Ruritanian ministry" may be any of its ministries; its parliament is one
        groups.setdefault((rest, max(owners - {None}, default="")), []).append(key)
    for keys in groups.values():
        if len(keys) > 1:
            keys.sort(key=lambda k: (first_seen[k], k))
            for key in keys[1:]:
                _merge_entity(f.found, f.mentions, key, keys[0])


_QUOTES = _OPENING_QUOTES + _CLOSING_QUOTES
_OPENING_QUOTE = re.compile(rf"(?:^|(?<=\s))[{_QUOTES}]")


def _unquoted(name: str) -> str:
    return " ".join(re.sub(rf"[{_QUOTES}]", "", name).split()).lower()


def _kind_before_a_quoted_name(f: _Finder) -> None:
    """"партия «Вельская заря»" ("АО «Концерн «Векса»", "the Vell party \"New Dawn\"") and "Вельская заря": a kind
    of body or a legal form, then the body's name in quotation marks, is the body that name names alone; every
    such entity here becomes the one whose label is shortest (the name without its kind)."""
    bodies = sorted((e for e in f.found.values() if e.type == "Organization"), key=lambda e: (len(e.label), e.key))
    whole = {e.key: {_unquoted(label) for label, _ in e.all_labels()}
             for e in bodies}   # "Векса" and "Вексы" as written: "компании «Вексы»" is that body in another case
    for entity in bodies[::-1]:   # the longest first, each into the shortest whose name it ends with
        if entity.key not in f.found:
            continue
        ends = {_unquoted(entity.label[q.end():]) for q in _OPENING_QUOTE.finditer(entity.label) if q.start() > 0}
        target = next((e.key for e in bodies if e.key != entity.key and e.key in f.found and whole[e.key] & ends), None)
        if target is not None:
            _merge_entity(f.found, f.mentions, entity.key, target)


_LEGAL_FORMS = frozenset(joined("LEGAL_FORMS"))


def _one_company_in_two_legal_forms(f: _Finder) -> None:
    """"Vexon Ltd" and "Vexon Limited", "Vexon Company" and "Vexon Ltd", "ООО «Векса»" and "АО «Векса»": bodies
    whose names, each written with a legal form at its end or its start, are the same without it (and without
    quotation marks) are one company, under the label written first; the name without its legal form is one of
    its labels."""
    first_seen = _first_seen(f.mentions)
    cores: dict[str, list[str]] = {}
    for key, entity in sorted(f.found.items()):
        if entity.type != "Organization" or key not in first_seen:
            continue
        words = re.sub(rf"[{_QUOTES}]", " ", entity.label).split()
        core = list(words)
        while len(core) > 1 and (core[-1] in _LEGAL_FORMS or _COUNTRY_LETTER.fullmatch(core[-1])):
            core.pop()   # "Vexon (M) Sdn Bhd" is "Vexon" too
        while len(core) > 1 and core[0] in _LEGAL_FORMS:
            core.pop(0)
        if len(core) < len(words):
            cores.setdefault(" ".join(core).lower(), []).append(key)
    for keys in cores.values():
        if len(keys) > 1:
            keys.sort(key=lambda k: first_seen[k])
            for key in keys[1:]:
                _merge_entity(f.found, f.mentions, key, keys[0])
    for core, keys in cores.items():   # "ПАО Вексабанк", "Vexon Holdings Ltd": the name alone is a label too
        key = keys[0]
        if key in f.found and core not in {label.lower() for label, _ in f.found[key].all_labels()}:
            words = re.sub(rf"[{_QUOTES}]", " ", f.found[key].label).split()
            name = " ".join(w for w in words if w.lower() in core.split())
            if name.lower() == core and any(c.isupper() for c in name):
                f.found[key] = replace(f.found[key], alt_labels=f.found[key].alt_labels + ((name, f.doc.lang),))


def _one_body_written_apart_and_together(f: _Finder) -> None:
    """"Vexon Mobil" and "VexonMobil": bodies whose names are the same once the spaces between their words are
    left out are one body, under the label written first."""
    first_seen = _first_seen(f.mentions)
    owners: dict[str, tuple[str, str]] = {}   # a name without its spaces → the body and the name as written
    bodies = sorted((k for k, e in f.found.items() if e.type == "Organization" and k in first_seen), key=first_seen.get)
    for key in bodies:
        forms = {re.sub(r"\s+", "", label).lower(): label for label, _ in f.found[key].all_labels()}
        owner = next((owners[form][0] for form, label in sorted(forms.items())
                      if form in owners and owners[form][1] != label), None)   # the same name, spaced otherwise
        if owner is not None:
            _merge_entity(f.found, f.mentions, key, owner)
        for form, label in forms.items():
            owners.setdefault(form, (owner or key, label))


def _party_short_names(f: _Finder) -> None:
    """"Parti Rakyat Vell" then "Rakyat" alone: a party whose name opens with the word for a party
    (PARTY_NAME_OPENERS) goes by a word of its name, whatever type a model gave that word alone; not by the last word
    of a longer name, which names where or whom it serves ("Parti Rakyat Vell", "Vell" a region), nor by a word two
    parties here share."""
    owners: dict[str, set[str]] = {}
    for key, entity in f.found.items():
        words = entity.label.split()
        if entity.type == "Organization" and len(words) > 1 and words[0] in _PARTY_NAME_OPENERS:
            for word in words[1:-1] if len(words) > 2 else words[1:]:
                owners.setdefault(word, set()).add(key)
    for key, entity in sorted(f.found.items()):
        party = owners.get(entity.label, set()) - {key}
        if len(party) == 1 and key in f.found and entity.type in ("Person", "Organization", "Place"):
            _merge_entity(f.found, f.mentions, key, party.pop())


def _first_word_of_a_body(f: _Finder) -> None:
    """"Vexon" found as a body of its own after "Vexon Materials" ("Vexon" after "Vexon News", "the House" after
    "the House of Delegates"): the one body here whose name it opens, written before it, or before it outside a
    headline, which shortens names ("Vexon buys Norvik" over "Vexon Materials agreed …"). Not a place's name
    ("Ruritania" and "Ruritania Election Commission" are two; each time after "in" it names a place, unless the
    body's name is a company's with its legal form), nor a word that opens two bodies' names."""
    text, countries = f.doc.text, f.country_names
    first_seen = _first_seen(f.mentions)
    in_a_heading = _in_headings(f.doc)
    in_prose = _first_seen([m for m in f.mentions if not in_a_heading(m.span)])   # a headline shortens names
    for key, entity in sorted(f.found.items()):
        label = entity.label
        if entity.type != "Organization" or " " in label or label.lower() in countries or key not in first_seen:
            continue
        spans = [m.span for m in f.mentions if m.entity == key]
        if any(f.is_place(span) for span in spans):
            continue
        opening = [e for e in f.found.values() if e.type == "Organization" and e.key != key and " " in e.label
                   and e.label.split()[0] == label]
        shortest = min(opening, key=lambda e: len(e.label), default=None)
        if shortest is not None and all(e.label == shortest.label or e.label.startswith(shortest.label + " ")
                                        for e in opening):
            opening = [shortest]   # "Vexon Axis" and "Vexon Axis Banking Suite": names of one body's, nested
        owners = {e.key for e in opening if first_seen.get(e.key, len(text)) < in_prose.get(key, first_seen[key])}
        if len(owners) != 1 or len(opening) != 1:
            continue
        if all(_after_a_place_preposition(f, s.start, s.end) for s in spans) \
                and _short_company_name(opening[0].label) is None:
            continue    # "the opposition in Tarnia" beside "the Tarnia Observatory": a place ("a stake in Vexon" of
            #             "Vexon Holdings" is the company's)
        _merge_entity(f.found, f.mentions, key, owners.pop())


_SHORT_NAME_TAILS = set(joined("SHORT_NAME_TAILS"))


def _short_name_of_a_longer_body(f: _Finder) -> None:
    """"Vexon Systems" and "Vexon", "Norvale Regional Airport" and "Norvale Regional", "Vexon International" and
    "Vexon International Corp", found as two bodies in one text, before or after one another: the shorter is the
    longer one's short name when the words it leaves off are only legal forms, company suffixes or heads of bodies'
    names, and no other body's name opens with it. Not a place's name ("Lindholm" and "Lindholm Police"), nor one
    read as a place where it is written most often."""
    countries = f.country_names
    first_seen = _first_seen(f.mentions)
    tails = _SHORT_NAME_TAILS | _COMPANY_SUFFIXES | _LEGAL_FORMS | _ORG_NAME_ENDINGS | _ORG_HEADS
    bodies = [(key, e.label.split()) for key, e in sorted(f.found.items())
              if e.type == "Organization" and key in first_seen]
    for key, words in bodies:
        spans = [m.span for m in f.mentions if m.entity == key]
        if key not in f.found or " ".join(words).lower() in countries or len(" ".join(words)) < 4 \
                or " ".join(words) in f.places or 2 * sum(f.is_place(span) for span in spans) > len(spans):
            continue    # a place's name, or read as one in most places
        longer = [other for other, more in bodies if other != key and other in f.found and len(more) > len(words)
                  and more[:len(words)] == words]
        if len(longer) != 1:
            continue
        more = f.found[longer[0]].label.split()[len(words):]
        if all(w in tails or _COUNTRY_LETTER.fullmatch(w) for w in more) and "&" not in more:   # "Vexon (M) Sdn Bhd"
            _merge_entity(f.found, f.mentions, key, longer[0])


def _firm_called_by_its_first_partners(f: _Finder) -> None:
    """"Kessel Marr" read as a person beside "Kessel Marr Dovan Holt LLP": a firm named after its partners is
    called by its first two names, which look like a person's. Only when they open exactly one body's name that
    goes on by more names and ends in a legal form, and the first word is no given name ("Jane Kessel" may be the
    partner herself)."""
    legal_ends = _LEGAL_FORMS | _COMPANY_SUFFIXES
    bodies = [(key, e.label.split()) for key, e in sorted(f.found.items()) if e.type == "Organization"]
    for key, entity in sorted(f.found.items()):
        words = entity.label.split()
        if entity.type != "Person" or len(words) != 2 or given_name_gender(words[0]):
            continue
        longer = [other for other, more in bodies if more[:2] == words and len(more) > 3 and more[-1] in legal_ends]
        if len(longer) == 1:
            _merge_entity(f.found, f.mentions, key, longer[0])


def _tail_of_a_longer_body(f: _Finder) -> None:
    """"the Vell Premier Cup" and "the Premier Cup": a body's name that closes exactly one longer body's name here
    (``cut_at_the_front``) is that body. Two longer names closed by it ("the Northern Regional Court", "the
    Southern Regional Court") leave it alone. When the longer one was written with an owner's possessive ("Varsk's
    Unity Front"), the owner is no word of the name: the shorter one keeps its label."""
    bodies = [(key, e.label) for key, e in sorted(f.found.items()) if e.type == "Organization"]
    for key, label in bodies:
        longer = [other for other, name in bodies if other != key and other in f.found
                  and (cut_at_the_front(label, name) or _masthead_of(label, name))]
        if key not in f.found or len(longer) != 1:
            continue
        if any(written.endswith(" " + label) and _POSSESSIVE_BEFORE.search(written[:-len(label)])
               for written, _ in f.found[longer[0]].all_labels()):
            _merge_entity(f.found, f.mentions, longer[0], key)
        else:
            _merge_entity(f.found, f.mentions, key, longer[0])


def _masthead_of(short: str, full: str) -> bool:
    """"the Times" of "the Vellby Times": a paper's masthead word alone closing its longer name."""
    words = full.split()
    return short in _MASTHEAD_WORDS and len(words) > 1 and words[-1] == short


_MASTHEAD_WORDS = frozenset(joined("MASTHEAD_WORDS"))


def _masthead_name(text: str, start: int, label: str) -> bool:
    """"according to the Velmar Gazette": a name of two words or more after the article, closed by a masthead word
    (MASTHEAD_WORDS), is a paper's, whatever a model took it for (a person, a place)."""
    words = label.split()
    return len(words) > 1 and words[-1] in _MASTHEAD_WORDS \
        and _ARTICLE_RIGHT_BEFORE.search(text, max(0, start - 6), start) is not None


def _short_head_of_a_body(f: _Finder) -> None:
    """«МИД Руритании» and «Министерство иностранных дел Руритании», "MFA" and "Ministry of Foreign Affairs of
    Ruritania", found as two bodies in one text: the one whose name opens with a head written short
    (``BODY_SHORT_HEADS``) is the one whose name opens with that head in full, when the short one names the same
    owner and only one body there has that head in full, or names none: then the one of those with the head in full
    named last before it outside a quotation («Министерство обороны Боравии сообщило … Министерство обороны
    Руритании опровергло … — ответили в Минобороны»: Руритании's; «… опровергло сообщение Министерства обороны
    Боравии …», quoted, leaves it Руритании's), none when none is named before it."""
    heads = f.patterns.tables.BODY_SHORT_HEADS
    if not heads:
        return
    first_seen = _first_seen(f.mentions)
    bodies = [(key, e.label) for key, e in sorted(f.found.items()) if e.type == "Organization" and key in first_seen]
    for key, label in bodies:
        words = label.split()
        # "минздрав Руритании", as a rule labels a short head before its owner, is capitalised in the table
        full = heads.get(words[0][:1].upper() + words[0][1:]) if words else None
        if full is None or key not in f.found:
            continue
        rest = " ".join(words[1:]).lower()
        longer = [other for other, name in bodies if other != key and other in f.found
                  and (name.lower().startswith(full.lower() + " ") or name.lower() == full.lower())]
        named = {**_known_bodies_with_head(f, full), **{other: first_seen[other] for other in longer}}
        if not rest and named and (body := _latest_named_before(f, key, named)) is not None:
            _merge_entity(f.found, f.mentions, key, body)
        elif len(longer) == 1 and f.found[longer[0]].label[len(full):].strip(" ").lower() == rest:
            _merge_entity(f.found, f.mentions, key, longer[0])


def _latest_named_before(f: _Finder, key: str, bodies: dict[str, int]) -> str | None:
    """Of ``bodies`` (one alone is the one), the one named last before ``key`` is first named, outside quotations:
    the body the text last spoke of as itself."""
    if len(bodies) == 1:
        return next(iter(bodies))
    at = min(m.span.start for m in f.mentions if m.entity == key)
    quoted = [region.span for region in quote_regions(f.doc)]
    last: dict[str, int] = {}
    for m in (*f.mentions, *f.known):
        if m.entity in bodies and m.span.start < at and not any(q.contains(m.span) for q in quoted):
            last[m.entity] = max(last.get(m.entity, -1), m.span.start)
    return max(last, key=last.__getitem__) if last else None


def _known_bodies_with_head(f: _Finder, full: str) -> dict[str, int]:
    """The registry's bodies the text names with a head in full, in any case («Министерством обороны Армении» with
    «Министерство обороны»; the lemmatiser's forms only for Russian, English words as written), and where each is
    first named."""
    def forms(words: list[str]) -> list[str]:
        return [morph().parse(w)[0].normal_form for w in words] if f.doc.lang == "ru" else [w.lower() for w in words]
    head = forms(full.split())
    named: dict[str, int] = {}
    for m in f.known:
        words = f.doc.text[m.span.start:m.span.end].split()
        if f.type_of(m.entity) == "Organization" and len(words) > len(head) and forms(words[:len(head)]) == head:
            named[m.entity] = min(named.get(m.entity, m.span.start), m.span.start)
    return named


def _acronym_with_a_head_word(f: _Finder) -> None:
    """"the Vell Water Board (VWB)", later "Bank VWB" or "the VWB Office": a body's name that is another body's
    acronym with only heads of bodies' names beside it is that body, not a second one; an acronym two bodies here
    share ties it to neither. A company suffix or legal form counts only when the body's own name ends in it
    ("VWB Holdings" is a second company beside "the Vell Water Board")."""
    firms = _COMPANY_SUFFIXES | _LEGAL_FORMS
    owners: dict[str, set[str]] = {}
    for key, entity in f.found.items():
        if entity.type == "Organization":
            for label, _ in entity.alt_labels:
                if re.fullmatch(_ACRONYM, label):
                    owners.setdefault(label, set()).add(key)
    for key, entity in sorted(f.found.items()):
        words = entity.label.split()
        acronyms = [w for w in words if w in owners]
        if entity.type != "Organization" or len(words) < 2 or len(acronyms) != 1:
            continue
        target = owners[acronyms[0]] - {key}
        if len(target) != 1:
            continue
        owner = next(iter(target))
        last = f.found[owner].label.split()[-1]
        if all(w in _ORG_HEADS or (w in firms and w == last) for w in words if w != acronyms[0]):
            _merge_entity(f.found, f.mentions, key, owner)


_LATIN_BRACKETED = re.compile(r"(?<=[^\W\d_]) \((?P<acronym>[A-Z]{3,%d})\)" % LONGEST_ACRONYM)
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*\s+){0,%d}[^\W\d_][\w'’-]*$" % (LONGEST_ACRONYM + 3))


EMPLOYER_BEFORE_NAME_REACH = 40   # characters before a person's name in which an employer's acronym and title are sought


def _no_body_acronyms(t: ModuleType) -> set[str]:
    """Acronyms before a person's title that name no employer: a common noun's, a rank's, an office's ("AG"), a
    medium's or a trade's ("TV presenter", "HR manager": ``TRADE_ACRONYMS``)."""
    return _COMMON_ACRONYMS | _RANK_ACRONYMS | set(t.TITLE_ACRONYMS) | set(t.TRADE_ACRONYMS)


def _employers_written_as_acronyms(f: _Finder) -> None:
    """"VKB economist Mara Velsen": a word in capitals no model took for a name, right before a person's noun
    (PERSON_NOUNS) and the person's name, is the body the person works for; not a common noun's acronym, a rank's
    or an office's ("AG"), a medium's or a trade's ("TV presenter", "PR adviser": ``TRADE_ACRONYMS``), nor a title
    written in capitals ("MP")."""
    text, t = f.doc.text, f.patterns.tables
    if not t.PERSON_NOUNS:
        return
    before_title = re.compile(rf"(?<![\w'’&.-])(?P<acronym>{_ACRONYM})[ \t]+(?:{one_of(t.PERSON_NOUNS)})[ \t]+$")
    offices = _no_body_acronyms(t)
    for m in [*f.known, *f.mentions]:
        if f.type_of(m.entity) != "Person":
            continue
        hit = before_title.search(text, max(0, m.span.start - EMPLOYER_BEFORE_NAME_REACH), m.span.start)
        if hit is None or hit.group("acronym") in offices or token_keys(hit.group("acronym")) & f.patterns.person_nouns \
                or not f.taken.free(Span(hit.start("acronym"), hit.end("acronym"))):
            continue
        f.add(hit.start("acronym"), hit.end("acronym"), hit.group("acronym"), "Organization")


def _names_before_acronyms(f: _Finder) -> None:
    """"the Joint Northern Plan of Action (JNPA)": words whose initials, their connectors' with them or not, spell
    the acronym in brackets after them, are a name, though no model found it: an agreement when a word of it
    says so ("Plan", "Treaty"), a body otherwise. Names in Latin letters, whose words keep their form."""
    text = f.doc.text
    agreement_words = set(f.patterns.tables.LAW_HEADS) | set(f.patterns.tables.AGREEMENT_WORDS)
    for para in f.doc.body:
        for m in _LATIN_BRACKETED.finditer(text, para.start, para.end):
            acronym, end = m.group("acronym"), m.start()
            if acronym in _RANK_ACRONYMS:
                continue    # "Deputy Inspector General (DIG)": a police rank spelled out, no body
            before = _WORDS_BEFORE.search(text, max(para.start, end - 200), end)
            if before is None:
                continue
            words = list(re.finditer(r"\S+", before.group()))
            for i in range(len(words)):
                run = [w.group() for w in words[i:]]
                if not run[0][:1].isupper() or any(not w[:1].isupper() and w not in _CONNECTORS for w in run):
                    continue
                initials = {"".join(w[0] for w in run), "".join(w[0] for w in run if w[:1].isupper())}
                if acronym in {x.upper() for x in initials} and len(run) > 1:
                    start = before.start() + words[i].start()
                    kind = "Agreement" if set(run) & agreement_words else "Organization"
                    if kind == "Organization" and run[-1] in _NOT_BODY_HEADS:
                        break   # "the Common Fishing Policy (CFP)": a measure, neither a body nor an agreement
                    if f.taken.free(Span(start, end)):
                        f.add(start, end, text[start:end], kind)
                    elif kind == "Agreement":   # a model took the plan for a body
                        for key in {x.entity for x in f.mentions if x.span == Span(start, end)}:
                            if key in f.found and f.found[key].type == "Organization":
                                f.found[key] = replace(f.found[key], type=kind)
                    break


def _spelled_out(text: str, span: Span, acronym: str) -> Span | None:
    """The end of a name whose initials spell the acronym ("World Water Agency" in "Board of the World Water
    Agency" for "WWA"); the whole name when none does, so that an acronym of another kind still links."""
    words = list(re.finditer(r"\S+", text[span.start:span.end]))
    for i in range(len(words)):
        if not words[i].group()[:1].isupper():
            continue
        caps = [w.group() for w in words[i:] if w.group()[:1].isupper()]
        parts = [p for w in caps for p in re.split(r"[-‐]", w) if p[:1].isupper()]
        letters = acronym.rstrip("s").upper()
        if letters in ("".join(w[0] for w in caps).upper(), "".join(p[0] for p in parts).upper()):
            return Span(span.start + words[i].start(), span.end)
    return None


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


# A headline that says who issues the document: "Statement by the …", "Press release: Remarks of …".
ISSUED_TITLE = re.compile("|".join(rf"^\W*(?:[^:\n]{{1,40}}:\s*)?{cue}" for cue in tables("ISSUED_TITLE")), re.I)
# What may stand between the cue and the issuer's name: capitalised words ("Ruritania's"), initials ("М.В."),
# the language's own words of titles ("by the Minister of"; "официального представителя") and the comma
# before a name in apposition ("by the Spokesperson of the Ministry, Jane Roe").
TITLE_ONLY = re.compile(rf"(?:(?:[A-ZА-ЯЁ][\w\-]*(?:['’]s)?|{'|'.join(joined('TITLE_FUNCTION_WORDS'))})(?:\s+|(?=,))"
                         rf"|[A-ZА-ЯЁ]\.\s*|(?<=\w),\s+)*")
# An office named by its title and what it serves: "Spokesman for the Secretary-General", "Office of the Mayor".
_OFFICE = re.compile(rf"{_CAP}(?:\s+(?:{one_of(joined('OFFICE_PREPOSITIONS'))})\s+{_THE}(?:{_CAP}|[A-Z]{{2,}})"
                     rf"(?:[\s\-]+(?:{_CAP}|[A-Z]{{2,}}))*)+")


ISSUING_LINES = 4   # the lines over a document its issuing headline may be among: a place, a date, the headline


def issuing_headline(doc: Document) -> tuple[Span, int] | None:
    """The headline that says who issues the document ("Remarks by …", "Statement attributable to …") and where its
    cue ends: the first line, or one under a place and a date, over the first line that ends as a sentence."""
    for para in doc.body[:ISSUING_LINES]:
        line = doc.text[para.start:para.end]
        cue = ISSUED_TITLE.match(line)    # anchored at the line's start
        if cue is not None:
            return para, para.start + cue.end()
        if SENTENCE_CLOSED.search(line):
            return None
    return None


# "… the drought." ends a sentence, "6:40 P.M." no; two letters, not "{2,}", which is retried from every letter
# of a long word (quadratic)
SENTENCE_CLOSED = re.compile(r"[^\W\d_]{2}[.!?…][\"”»]?\s*$")


def _issuing_office(f: _Finder) -> Span | None:
    """The office a document's headline names as its issuer, though no name is given ("… by the Spokesman for
    the Secretary-General"); a bare title ("the Spokesperson") is too little to be an entity."""
    issued = f.issued
    office = _OFFICE.match(f.doc.text, issued[1], issued[0].end) if issued else None
    if office is None or _HOLDER_AFTER_OFFICE.match(f.doc.text, office.end(), issued[0].end):
        return None   # "Transcript of the Minister for Ports, Jon Vell": the holder's name, the issuer
    return Span(office.start(), office.end())


_HOLDER_AFTER_OFFICE = re.compile(r",\s+(?:the\s+)?[A-Z][\w.\-]*\s+[A-Z]")


def _country_as_a_word_of_a_name(f: _Finder, span: Span, label: str) -> None:
    """"Channel Ruritania 24", "Единая Руритания", "the NWC Executive Board": a registry country or body that is a
    word of a body's name the model found, not whose body it is, is no mention of its own (it leaves
    ``f.known``). Whose it is: after "of" or "in", before a possessive, or (a language that inflects names) in
    a case other than the registry's base form, which the body's base form keeps ("МЧС Руритании")."""
    text, inflects = f.doc.text, language(f.doc.lang).MODEL_NAME_FORM != "as_written"
    if not any(m.span == span and m.entity == new_entity_key(label) for m in f.mentions):
        return    # the name was not taken
    for m in [m for m in f.known if span.contains(m.span) and m.span != span
              and f.type_of(m.entity) in ("Country", "Organization")]:
        written = text[m.span.start:m.span.end]
        base_forms = {t for t, _ in f.registry[m.entity].all_labels()} if m.entity in f.registry else set()
        if f.patterns.place_preposition_before.search(text, max(span.start, m.span.start - 20), m.span.start) \
                or _POSSESSIVE.match(text, m.span.end) or (inflects and written in label.split() and written not in base_forms):
            continue
        f.known.remove(m)


_CURRENCY_SIGN = re.compile(r"[$€£¥₽]")
_CREDITED = re.compile(rf"(?i:\b(?:{alternation('CREDIT_WORDS')}))\s*(?::|©|by)?\s*$")
_GLUED_NAME = re.compile(rf"-[{_UPPER}{capitals()}][^\W\d_]+")
_TITLE_BEFORE_PERSON = re.compile(r"[ \t]+(?=[^\W\d_])")
_ORG_HEADS = set(joined("ORG_HEADS"))


def _word_glued_after_a_person(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Jane Roe Vexon takeover": a person's name the model ran on into the next word on a line of tags or keywords
    (no mark of a sentence on it), when the text names her elsewhere by the words before it alone ("Jane Roe said")
    and the model found those after it elsewhere as a name of another kind, apart from hers ("Vexon shares fell"):
    the name is hers without them, the words another's."""
    people = {text[n.span.start:n.span.end] for n in models if n.type == "Person"}
    others = {text[n.span.start:n.span.end] for n in models if n.type != "Person"}
    breaks = [-1] + [m.start() for m in re.finditer("\n", text)] + [len(text)]
    apart: dict[tuple[str, str], bool] = {}
    out = []
    for n in models:
        cut = None
        at = bisect_left(breaks, n.span.start)   # the line's end: the first break at or after the name
        if n.type == "Person" and not _SENTENCE_MARK.search(text, breaks[at - 1] + 1, breaks[at]):
            words = list(re.finditer(r"\S+", text[n.span.start:n.span.end]))
            for k in range(len(words) - 1, 1, -1):
                head = text[n.span.start:n.span.start + words[k - 1].end()]
                tail = text[n.span.start + words[k].start():n.span.end]
                if head in people and tail in others:
                    if (head, tail) not in apart:
                        apart[head, tail] = _written_apart(text, head, tail)
                    if apart[head, tail]:
                        cut = words[k - 1].end()
                        break
        out.append(NamedSpan(Span(n.span.start, n.span.start + cut), n.type) if cut else n)
    return tuple(out)


_SENTENCE_MARK = re.compile(r"[.!?…;]")   # (a tag line may list with commas after a label's colon: "Tags: …, …")
CLOSING_GAP = 8   # spaces read back between a name and the word after it: "Jane Roe  Vexon"


def _written_apart(text: str, head: str, tail: str) -> bool:
    """Whether ``tail`` stands in ``text`` somewhere not right after ``head``."""
    return any(not text[max(0, m.start() - len(head) - CLOSING_GAP):m.start()].rstrip().endswith(head)
               for m in re.finditer(rf"(?<!\w){re.escape(tail)}(?!\w)", text))


def _place_glued_to_person(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Министр финансов Руритании Анна Петрова": the country whose minister she is, written before her name in the
    genitive, the model took into it. A Russian person's name opened, after a word in lower case (the title), by a
    word that is no one's name: a place's name the dictionary knows and no name of a person's, or a word it does
    not know that reads only as an oblique case (no nominative singular among its readings), before a given name
    and more; that word is the place, the rest the person. The place is the genitive of whose title it is, so a
    given name the dictionary also reads as a place's other case ("Заре", dative of a town) stays the person's."""
    out = []
    for n in models:
        words = list(re.finditer(r"\S+", text[n.span.start:n.span.end]))
        before = re.search(r"(?<![\w-])(?:\w+-)?[а-яё]+\s+$", text[max(0, n.span.start - 40):n.span.start])
        first = words[0].group() if words else ""
        if n.type != "Person" or len(words) < 2 or before is None or not _LEMMATISED_WORD.fullmatch(first) \
                or not (_genitive_place_word(first) or len(words) > 2 and _oblique_unknown_word(first)
                        and _tagged(words[1].group(), "Name")):
            out.append(n)
            continue
        out.append(NamedSpan(Span(n.span.start, n.span.start + words[0].end()), "Place"))
        out.append(NamedSpan(Span(n.span.start + words[1].start(), n.span.end), "Person"))
    return tuple(out)


def _genitive_place_word(word: str) -> bool:
    parses = [p for p in morph().parse(word)[:4] if p.is_known]
    return any("Geox" in p.tag and "gent" in p.tag for p in parses) \
        and not any(g in p.tag for p in parses for g in ("Name", "Surn", "Patr"))


def _oblique_unknown_word(word: str) -> bool:
    parses = morph().parse(word)[:3]
    return not any(p.is_known for p in parses) and not any("nomn" in p.tag and "sing" in p.tag for p in parses)


def _portfolio_before_person(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Minister of Economy Hovik Dorbyan": the portfolio's words (``PORTFOLIO_WORDS``) that the model read into a
    person's name right after a title's preposition, or with the title and the preposition, are the title's; the
    person is the words after them, also where the model took the whole for a body's name and a given name opens the
    words after them."""
    out = []
    for n in models:
        words = list(re.finditer(r"\S+", text[n.span.start:n.span.end]))
        first = 1 if words and words[0].group().lower() in _ARTICLE_WORDS else 0
        titled = len(words) > first + 2 and words[first].group().lower() in _PERSON_TITLE_WORDS \
            and words[first + 1].group() in _OFFICE_PREPOSITIONS   # "the Minister of Fisheries Ilse Morvan" whole
        opening = first + 2 if titled else 0   # where the portfolio's words would start
        lead = opening
        while lead < len(words) and (words[lead].group() in _PORTFOLIO_WORDS
                                     or lead and words[lead].group() in _TITLE_CONJUNCTIONS):
            lead += 1
        if n.type not in ("Person", "Organization") or lead == opening or len(words) - lead < 2 \
                or n.type == "Organization" and not latin_given_name(words[lead].group()) \
                or not titled and not _OFFICE_PREPOSITION_BEFORE.search(text, max(0, n.span.start - PORTFOLIO_REACH),
                                                                        n.span.start):
            out.append(n)
            continue
        out.append(NamedSpan(Span(n.span.start + words[lead].start(), n.span.end), "Person"))
    return tuple(out)


_OFFICE_PREPOSITIONS = frozenset(joined("OFFICE_PREPOSITIONS"))
_ARTICLE_WORDS = frozenset(joined("ARTICLES"))
# a title's preposition right before a name, maybe with portfolio words after it the model left out: "Minister of ",
# "Secretary for the ", "Minister for Energy and "
_OFFICE_PREPOSITION_BEFORE = re.compile(
    rf"(?<![\w-])(?:{one_of(joined('OFFICE_PREPOSITIONS'))})\s+(?:the\s+)?"
    rf"(?:(?:{one_of(joined('PORTFOLIO_WORDS') + joined('CONJUNCTIONS'))})\s+){{0,4}}$")
PORTFOLIO_REACH = 60   # characters before a name where its title's preposition and portfolio words stand


def _office_complement_in_person(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Mayor of Vellmar Tom Relk", "ex-President of Tarnia Tom Relk": the place or body a title's preposition
    names, which the model read into the name of the person after it (a place it does not know), is the title's,
    not the person's: the last two words are the person; the words before them a body where a body's head ends
    them, else a place."""
    out = []
    for n in models:
        words = list(re.finditer(r"\S+", text[n.span.start:n.span.end]))
        if n.type != "Person" or len(words) < 3 or not all(_LATIN_NAME_WORD.fullmatch(w.group()) for w in words) \
                or not _TITLE_AND_PREPOSITION_BEFORE.search(text, max(0, n.span.start - PORTFOLIO_REACH), n.span.start):
            out.append(n)
            continue
        kind = "Organization" if words[-3].group().lower() in _BODY_HEAD_WORDS else "Place"
        out.append(NamedSpan(Span(n.span.start, n.span.start + words[-3].end()), kind))
        out.append(NamedSpan(Span(n.span.start + words[-2].start(), n.span.end), "Person"))
    return tuple(out)


# a title and the preposition naming what its holder serves, right before a name: "Mayor of ", "ex-President of the "
_TITLE_AND_PREPOSITION_BEFORE = re.compile(
    rf"(?<![\w-])(?:[^\W\d_]+-)?(?i:{one_of(sorted(_PERSON_TITLE_WORDS - set(joined('OFFICE_PREPOSITIONS'))))})\s+"
    rf"(?:{one_of(joined('OFFICE_PREPOSITIONS'))})\s+(?:(?:{one_of(joined('DEFINITE_ARTICLES'))})\s+)?$")
_LATIN_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’-]*")


def _titles_before_people(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Ruritanian President Jane Roe", "the Harbour Council Chairman Jane Roe": a title the model took into a
    body's name before a person's is no part of it; what is left is a body only when a body's head ends it."""
    people = {n.span.start for n in models if n.type == "Person"}
    out = []
    for n in models:
        gap = _TITLE_BEFORE_PERSON.match(text, n.span.end)
        words = list(re.finditer(r"\S+", text[n.span.start:n.span.end]))
        if n.type == "Person" or not gap or gap.end() not in people or words[-1].group().lower() not in _PERSON_TITLE_WORDS:
            out.append(n)
            continue
        words = _body_before_title(words)
        if words:
            out.append(replace(n, span=Span(n.span.start, n.span.start + words[-1].end())))
    return tuple(out)


_TITLE_CONJUNCTIONS = frozenset(joined("CONJUNCTIONS"))


def _body_before_title(words: list[re.Match]) -> list[re.Match]:
    """The words of a body's name that runs on into a person's title ("the Harbour Council Chairman", "Vell Port
    Authority Director"): up to the first title word that the next one does not continue in capitals, without the
    titles, lower-case words and marks left at its end; none if no body's head is among them."""
    cut = next((i for i, w in enumerate(words) if i and w.group().lower().strip(",") in _PERSON_TITLE_WORDS
                and (i + 1 == len(words) or words[i + 1].group()[0].islower())), len(words))
    joined = max((i for i, w in enumerate(words[:cut]) if w.group() in _TITLE_CONJUNCTIONS), default=None)
    if cut < len(words) and joined is not None and not any(w.group() in _ORG_HEADS for w in words[joined:cut]):
        cut = joined   # "Reserve Bank of Tarsia and Finance Secretary": the words after "and" open the title
    words = words[:cut]
    while words and (words[-1].group()[0].islower() or not words[-1].group()[-1].isalnum()
                     or words[-1].group().lower() in _PERSON_TITLE_WORDS):
        words.pop()
    return words if any(w.group() in _ORG_HEADS for w in words) else []


_NAME_WORD = re.compile(rf"(?:[{_UPPER}{capitals()}]\.){{1,3}}|[{_UPPER}{capitals()}][^\W\d_]*(?:[-'’][^\W\d_]+)*")
# lower-case words inside a person's name: "Staffan de Vell", "Omar bin Tarek"; not the words that join a body's
# A nickname in quotation marks between a given name and a surname ("Jon “Bear” Veld"), the space after it ahead
_NICKNAME = re.compile(r"[ \t]+[“\"‘'][^\W\d_][\w'’.-]*[”\"’'](?=[ \t])")
_NICKNAME_TO_NAME = re.compile(rf"{_NICKNAME.pattern}[ \t]+(?:{_NAME_WORD.pattern})")   # "Jon" then "“Bear” Veld"
# "… van der Hoek" after "Marten van": the particles and the name's word after them (``_name_across_particles``)
_PARTICLES_TO_NAME = re.compile(rf"(?:[ \t]+(?:{one_of(NAME_PARTICLES)}))*[ \t]+(?:{_NAME_WORD.pattern})")
_GLUED_CAPITALS = re.compile(rf"[{_UPPER}{capitals()}]{{2}}")   # "VNA-Mrs", "PressTarnia": an acronym in the word
_NOT_PERSON_WORDS = {w.lower() for w in joined("ORG_HEADS") + joined("COMPANY_SUFFIXES") + joined("ORG_NAME_ENDINGS")
                     + joined("PLACE_NOUNS") + joined("PLACE_NOUNS_AFTER") + joined("OUTLET_NOUNS")
                     + joined("NOT_BODY_HEADS")} | _GENERIC
_PLACE_PREPOSITION_BEFORE = re.compile(rf"(?<![\w-])(?i:{one_of(joined('PREPOSITIONS')) or '(?!)'})\s+$")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”»’]|$)|\n")
_WORD_RIGHT_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w.'’-]*)[ \t]+$")
PERSON_NOUNS_AFTER_COMMA = 4   # words between a name's comma and the noun saying what the person is: "Veld, the
#                                 team's new head coach"


def _person_noun(patterns: _Patterns, word: str) -> bool:
    """A noun for what a person is ("envoy", "тренера"), in any case and form."""
    return bool(token_keys(word.strip(".,")) & patterns.person_nouns)


def _opens_clause(text: str, at: int) -> bool:
    """At a sentence's start, after an opening phrase's comma, or after a quotation: "…," Veld said."""
    before = text[max(0, at - 200):at]
    cut = max(before.rfind(c) for c in ".!?\n")
    before = before[cut + 1:].rstrip(" \t")
    return not before or before.endswith((",", ",\"", ",”", ",»"))


# a head's or an officer's title between two names: "Vexon president Mara Velsen"
_OFFICER_BETWEEN = re.compile(rf"[ \t]+(?:{one_of((*joined('BODY_HEAD_TITLES'), *_OFFICER_TITLES)) or '(?!)'})"
                              rf"[ \t]+(?=[{_UPPER}])")


def _treated_as_person(f: _Finder, span: Span, type_: str, people: list[Span]) -> Span | None:
    """A name the model took for a body's or a place's that the text treats as a person's, and where that name
    stands without a title the model took in ("Coach Veld": "Veld"); None if the text does not.

    The name must be a person's in form (one to four capitalised words or initials, or words wholly in capitals as
    a transcript's label writes it, none a body's head, a place's kind or a title) and the text must say so: a noun for a person right before it ("envoy Tarja Veld", "Mr
    Veld"), or in apposition after it with no name after the noun ("Tarja Veld, head coach of …"; not "Vexon,
    whose chief executive Jane Roe …"); its last word written alone before a verb of saying or after such a noun
    ("Veld said", "Coach Veld") or where the model took it alone for a person's; for a place's of two words, its
    first word opening another person's name of two ("Tarja Holm" beside "Tarja Veld"); or, for a body's (a place's
    only before a verb of saying: "Ihren said … . He …", a place does not speak), a pronoun of a person the next words refer back with before any
    other person is named, or a person's noun with the definite article ("the foreign minister added"), after the
    name as a clause's subject or closing a quotation's tag ("Veld made the remark with his …", "Veld ruled it out.
    He said …", "…,” said Veld. He recalled …", "Veld said … . Still, …, the minister added"). A place must also
    stand where a person does, not after a preposition ("in Vell, the envoy …").
    """
    text, p = f.doc.text, f.patterns
    start, end = span.start, span.end
    lead = _DETERMINER.match(text, start, end)
    if lead:
        start = lead.end()
    words = list(re.finditer(r"\S+", text[start:end]))
    titled = 0
    while titled < len(words) - 1 and _person_noun(p, words[titled].group()):
        titled += 1     # "Coach Veld": the title the model took in is no part of the name
    if titled:
        start += words[titled].start()
        words = words[titled:]
    name = text[start:end]
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w.group())
                                           or (0 < i < len(words) - 1 and w.group() in NAME_PARTICLES)
                                           for i, w in enumerate(words)) \
            or (not name.isupper() and any(_GLUED_CAPITALS.search(w.group()) for w in words)) \
            or any(_POSSESSIVE.sub("", w.group()).lower() in _NOT_PERSON_WORDS
                   or _person_noun(p, _POSSESSIVE.sub("", w.group()))
                   or (i < len(words) - 1 and _POSSESSIVE.search(w.group())) for i, w in enumerate(words)) \
            or name in f.places or name in _DEMONYMS or (len(words) == 1 and (name.isupper() or len(name) < 3)) \
            or _on_a_street(text, start, end, name):
        return None
    if len(words) > 1 and any(text[s.start:s.end] == words[-1].group() for s in people):
        return Span(start, end)    # "Tarja Veld" after or before "Veld", which the model took for a person's
    if type_ == "Place" and len(words) == 2 and any(
            len(other := text[s.start:s.end].split()) == 2 and other[0] == words[0].group() != other[1] for s in people):
        return Span(start, end)    # "Tarja Holm" beside "Tarja Veld", a person's: a given name, not a place's word
    honorifics = {h.lower() for h in p.tables.HONORIFICS}
    said = set(p.tables.VERBS_BESIDE_NAMES)

    def titled_before(at: int) -> bool:
        if p.tables.NAME_GRAMMEMES and not any(_tagged(w.group(), g) for w in words for g in ("Name", "Surn", "Patr")):
            return False    # "мэр Ярославля", "представитель Кремля": whose title, in the genitive
        before = _WORD_RIGHT_BEFORE.search(text, max(0, at - 40), at)
        return before is not None and (_person_noun(p, before.group("word"))
                                       or before.group("word").rstrip(".").lower() in honorifics)

    def said_after(at: int) -> bool:
        after = re.match(r"[ \t]+([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?", text[at:at + 30])
        return after is not None and (after.group(1) in said or f"{after.group(1)} {after.group(2)}" in said)

    def in_apposition(at: int) -> bool:
        comma = re.match(r",[ \t]+", text[at:at + 3])
        if comma is None:
            return False
        for m in list(re.finditer(r"[^\W\d_][\w'’.-]*|[^\w\s]", text[at + comma.end():at + 120]))[:PERSON_NOUNS_AFTER_COMMA + 1]:
            word = m.group()
            if not word[0].isalpha() or word.lower() in p.possessive_determiners:
                return False    # "Vexon, whose chief executive …": someone else's title
            if _person_noun(p, word):
                rest = text[at + comma.end() + m.end():at + comma.end() + m.end() + 30]
                after = re.match(r"[ \t]*(?P<word>[^\W\d_]+)?", rest)
                following = after.group("word") if after else None
                return following is None or following.lower() in p.complements
        return False

    def opens_clause(at: int) -> bool:
        return _opens_clause(text, at)

    def pronoun_next(name_start: int, at: int) -> bool:
        if _POSSESSIVE.search(name) or POSSESSIVE_AFTER.match(text, at):
            return False    # "Vell TV's correspondent said … She …": the subject is what the name owns
        if _body_pronoun_after_verb(p, text, at):
            return False    # "Vexon said it sent samples. … he said": the name is referred back to as a body
        verb = re.match(r"[ \t]+([^\W\d_]+)", text[at:at + 40])
        subject = verb is not None and verb.group(1).islower() and verb.group(1) not in p.not_verbs \
            and opens_clause(name_start)   # "Veld made …": the name opens a clause, as its subject; not "…, Vell on Monday"
        inverted = (before := _WORD_RIGHT_BEFORE.search(text, max(0, name_start - 20), name_start)) is not None \
            and before.group("word") in said   # "…,” said Veld."
        if not p.person_pronouns or not (subject or inverted):
            return False
        ends: list[int] = []
        for m in _SENTENCE_END.finditer(text, at):
            if not ends or text[ends[-1]:m.start()].strip():   # a paragraph's break after a full stop ends nothing more
                ends.append(m.end())
            if len(ends) == 2:
                break
        reach = ends[-1] if ends else len(text)
        found = [m for m in (p.person_pronouns.search(text, at, reach),
                             p.person_referred_back.search(text, at, reach) if p.person_referred_back else None) if m]
        first = min(found, key=lambda m: m.start()) if found else None
        return first is not None and not any(at <= s.start < first.start() for s in people)

    occurrences = [o.start for o in word_occurrences(text, name)]
    for at in occurrences:
        if type_ == "Place" and _PLACE_PREPOSITION_BEFORE.search(text, max(0, at - 20), at):
            continue
        after = at + len(name)
        if _OFFICER_BETWEEN.match(text, after):
            continue    # "his boss Vexon president Mara Velsen": the body she heads, not a person titled "boss"
        if (titled_before(at) and not (titled and at == start)) or in_apposition(after) \
                or ((type_ == "Organization" or type_ == "Place" and said_after(after)) and pronoun_next(at, after)):
            return Span(start, end)
    if len(words) > 1 and len(words[-1].group()) > 2 and "." not in words[-1].group():
        last = words[-1].group()
        for m in word_occurrences(text, last):
            alone = not re.search(rf"[{_UPPER}{capitals()}][\w.'’-]*[ \t]+$", text[max(0, m.start - 30):m.start]) \
                or titled_before(m.start)
            if alone and not re.match(rf"[ \t]+[{_UPPER}{capitals()}]", text[m.end:m.end + 3]) \
                    and (said_after(m.end) or titled_before(m.start)):
                return Span(start, end)     # "Veld said", "Coach Veld": the surname alone
    if titled and said_after(end):
        return Span(start, end)     # "Coach Veld said"
    return None


def _one_name_in_two_spans(text: str, models: tuple[NamedSpan, ...], tables: ModuleType) -> tuple[NamedSpan, ...]:
    """A place's or a body's two-word name the model cut in two at the space, each word taken for a name of the
    same type ("Vell" "Unity", both places): one name, where the language writes no two names side by side
    (MODEL_HALVES_JOIN). Not three or more such words in a row (a line of tags: "Vell Tarnby Orlanda"), nor a
    person's halves (two names listed without commas), nor words the model also found alone ("Vell Tarnia talks
    stall" over a story naming each country)."""
    if not tables.MODEL_HALVES_JOIN:
        return models
    runs: list[list[NamedSpan]] = []
    for n in sorted(models, key=lambda n: n.span.start):
        if runs and runs[-1][-1].type == n.type and text[runs[-1][-1].span.end:n.span.start] == " ":
            runs[-1].append(n)
        else:
            runs.append([n])
    alone = {text[n.span.start:n.span.end] for run in runs if len(run) == 1 for n in run}
    out: list[NamedSpan] = []
    for run in runs:
        if len(run) == 2 and run[0].type in ("Place", "Organization") \
                and all(_ONE_CAPITALISED_WORD.fullmatch(text, n.span.start, n.span.end)
                        and text[n.span.start:n.span.end] not in alone for n in run):
            out.append(NamedSpan(Span(run[0].span.start, run[1].span.end), run[0].type))
        else:
            out.extend(run)
    return tuple(out)


_ONE_CAPITALISED_WORD = re.compile(rf"[^\W\d_][^\W\d_{capitals()}]+")   # "Unity", not "MP", "Op-Ed:" or "Vell's"


def _person_without_places_after(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """A person's name of three words or more whose last words the model reads elsewhere as places' names, each
    alone ("Ivo Marr Vell Tarnia" in a line of tags, "Vell" and "Tarnia" places elsewhere): the name ends before
    them (two words at least), so that the places named again are no mentions of the person."""
    places = {text[n.span.start:n.span.end] for n in models if n.type == "Place"}
    out = []
    for n in models:
        words = list(re.finditer(r"\S+", text[n.span.start:n.span.end])) if n.type == "Person" else []
        kept = len(words)
        while kept > 2 and words[kept - 1].group() in places:
            kept -= 1
        out.append(replace(n, span=Span(n.span.start, n.span.start + words[kept - 1].end()))
                   if kept < len(words) else n)
    return tuple(out)


def _retype_by_context(f: _Finder, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """The models' names retyped by what the text says of them: a body's or a place's name the text treats as a
    person's (``_treated_as_person``) is a person's wherever the model found it, whatever type it gave each time;
    a person's name written before a noun for a body (``_body_by_noun_after``) is a body's; a place's name alone
    between quotation marks is a body's; a name with a match's score inside is the two teams' names."""
    text = f.doc.text
    persons = [n.span for n in models if n.type == "Person"] + [m.span for m in f.known if f.type_of(m.entity) == "Person"]
    models = tuple(part for n in models for part in _body_and_person(f, n, persons, models))
    people: dict[str, int] = {}     # a name's text -> how far into the model's span the person's name starts
    for n in models:
        if n.type in ("Organization", "Place") and text[n.span.start:n.span.end] not in people:
            person = _treated_as_person(f, n.span, n.type, persons)
            if person is not None:   # "Tarja Veld, head coach of …", "Veld said … . He …": a person's name
                people[text[n.span.start:n.span.end]] = person.start - n.span.start
    out = []
    body_named: dict[str, bool] = {}    # a person's name -> written before a noun for a body (read once a name)
    written_at: dict[str, list[Span]] = {}    # a name's text -> where the models found it
    for n in models:
        written_at.setdefault(text[n.span.start:n.span.end], []).append(n.span)
    around: dict[str, bool] = {}        # a name's text -> written after or with a noun for a company (read once)
    titled: dict[str, bool] = {}        # a name's text -> written before a company officer's title (read once)
    scored: dict[str, bool] = {}        # a place's name -> named as a team's (read once)
    place_readings = Counter(text[n.span.start:n.span.end] for n in models if n.type == "Place")
    body_readings = Counter(text[n.span.start:n.span.end] for n in models if n.type == "Organization")
    for n in models:
        written = text[n.span.start:n.span.end]
        if (match := _SCORE_BETWEEN.fullmatch(written)) is not None:   # "Vellby City 2-3 Tarnby": the two teams
            out.extend(NamedSpan(Span(n.span.start + match.start(side), n.span.start + match.end(side)), "Organization")
                       for side in ("home", "away"))
            continue
        if (score := _SCORE_ENDING.search(written)) is not None:   # "Vellby City 2-1": the team, whatever the model
            n = replace(n, span=Span(n.span.start, n.span.start + score.start()))   # took it for
            written = text[n.span.start:n.span.end]
        if n.type == "Place" and (
                scored[written] if written in scored else scored.setdefault(
                    written, _named_as_a_team(text, written)
                    or written not in f.places and _a_persons_side(text, written, persons))):
            out.append(replace(n, type="Organization"))   # "Vellby City 1-2 Tarnby": teams, not places
            continue
        if n.type == "Person" and written not in body_named:
            body_named[written] = _body_by_noun_after(f, n.span)
        if n.type in ("Organization", "Place") and written in people:
            # its span without the title the model took in, placed at this mention
            n = replace(n, span=Span(n.span.start + people[written], n.span.end), type="Person")
        elif n.type in ("Person", "Organization") and _listed_before_places(text, n.span.end, f.doc.lang):
            n = replace(n, type="Place")   # "Vell, Orla and Tarn villages", "Vell, Orla and other settlements"
        elif n.type == "Organization" and _UNSTOPPED_INITIALS_NAME.fullmatch(written) \
                and not {w.lower() for w in written.split()} & _NOT_ALONE \
                and not {*written.split()} & (_COMPANY_SUFFIXES | f.places) \
                and not _closes_a_country_name(written.split()[-1], f.country_names):
            n = replace(n, type="Person")   # "J Varsk will spend": a person's initials, the model read a body
        elif n.type == "Person" and body_named[written]:
            n = replace(n, type="Organization")   # "the Vexa party"
        elif n.type in ("Person", "Place") and (titled[written] if written in titled
                                                else titled.setdefault(written, _company_by_title_after(f, written))):
            n = replace(n, type="Organization")   # "Vexon CEO Jane Roe": Vexon is a company
        elif n.type in ("Person", "Place") and written[:1].isupper() and (
                around[written] if written in around
                else around.setdefault(written, _body_by_noun_around(f, written_at.get(written, [n.span]))
                                       or _won_seats(f.patterns, text, written))):
            n = replace(n, type="Organization")   # "airbag maker Vexon", "Vexon, the telecoms group", "Vexon won
            #                                       40 seats"
        elif n.type == "Organization" and " " not in written and 0 < body_readings[written] <= place_readings[written] \
                and _after_a_place_preposition(f, n.span.start, n.span.end):
            n = replace(n, type="Place")   # "the office in Vellby", Vellby a place as often elsewhere: the town
        elif n.type == "Place" and in_own_quotes(text, n.span.start, n.span.end) and not written.isupper():
            n = replace(n, type="Organization")   # «Вельна»: a club or a firm named after the place, as in _quoted_places
        elif n.type == "Person" and re.search(r"\d", written):   # no person's name has a figure in it
            if not _NUMBERED_EVENT.fullmatch(written):
                continue    # "the Lynx 3 tank"
            n = replace(n, type="Event")    # "the VTS-12 summit", "ВТС-12": a series' acronym and its number
        out.append(n)
    return tuple(out)


def _closes_a_country_name(word: str, countries: frozenset[str]) -> bool:
    """"Korea" of "S Korea": a country's name or its last word, its first cut to an initial, no person's name."""
    word = word.lower()
    return any(country == word or country.endswith(f" {word}") for country in countries)


def _a_persons_side(text: str, name: str, persons: list[Span]) -> bool:
    """"Jon Arvo's Vellby Rangers were top": a place's name right after a person's possessive is that person's
    team or club (a coach's, an owner's), wherever the text names it; not a place the registry knows ("Jon Arvo's
    Ruritania" is the country)."""
    ends = {p.end for p in persons}
    for o in word_occurrences(text, name):
        before = _POSSESSIVE_BEFORE.search(text, max(0, o.start - 6), o.start)
        if before is not None:   # the person's name ends before its possessive, or the model took the mark in
            mark_end = before.start() + len(before.group().rstrip())
            if before.start() + 1 in ends or mark_end in ends:
                return True
    return False


_SCORE = r"\d{1,2}[-–]\d{1,2}(?![\d-])"   # a match's score: "2-1", "1–0"
_SCORE_ENDING = re.compile(rf"(?<=\S)[ \t]{{1,3}}{_SCORE}$")
_SCORE_AFTER = re.compile(rf"[ \t]{{1,3}}{_SCORE}")
_SCORE_BETWEEN = re.compile(rf"(?P<home>[^\W\d_][^\n]*?\S)[ \t]{{1,3}}{_SCORE}[ \t]{{1,3}}(?P<away>[^\W\d_][^\n]*)")
_TEAM_BEFORE = re.compile(rf"(?:(?<![\d-]){_SCORE}|(?<![\w-])(?:{one_of(joined('MATCH_WORDS_BEFORE_TEAMS')) or '(?!)'}))"
                          r"[ \t]{1,3}$")


def _capital_tells_nothing(f: _Finder, span: Span) -> bool:
    """A name in a headline in title case, where a capital tells nothing, unless the text writes it elsewhere or
    beside a match's score ("Vellby City 2-1 Tarnby" is a result line, its capitals are names'), or it closes the
    headline after a person's title ("Q&A with Trade Minister Jon Vell": no word after it to run on into)."""
    doc, title_case = f.doc, f.title_case
    return any(para.contains(span) for para in title_case) and not _written_elsewhere(doc, span, title_case) \
        and not _named_as_a_team(doc.text, doc.text[span.start:span.end]) and not _named_as_issuer(f, span) \
        and not _titled_at_line_end(doc.text, span)


def _titled_at_line_end(text: str, span: Span) -> bool:
    """A name right after a person's title word that closes its line: the title says a name comes, and nothing
    follows for the model to have run on into."""
    before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, span.start - 40):span.start])
    return before is not None and before.group(1).lower() in _PERSON_TITLE_WORDS \
        and _LINE_ENDS.match(text, span.end) is not None


def _headline_name_written_shorter(f: _Finder, span: Span) -> Span | None:
    """"CEO Jon Vell Hints at …" over a body that writes "Jon Vell": a name from a title-case headline that the text
    writes nowhere else, whose first words (two at least) it does write as a name, is those words; the rest is the
    headline's capitalised verb or noun the model ran on into."""
    if not any(para.contains(span) for para in f.title_case) or _written_elsewhere(f.doc, span, f.title_case):
        return None
    words = list(re.finditer(r"\S+", f.doc.text[span.start:span.end]))
    for last in range(len(words) - 2, 0, -1):
        shorter = Span(span.start, span.start + words[last].end())
        if _written_elsewhere(f.doc, shorter, f.title_case):
            return shorter
    return None


def _named_as_issuer(f: _Finder, span: Span) -> bool:
    """"Remarks by President Jon Vell at …": the name a headline's issuing cue introduces, after titles alone, is
    whose the document is, whatever the headline's capitals."""
    doc, issued = f.doc, f.issued
    return issued is not None and issued[0].contains(span) and issued[1] <= span.start \
        and TITLE_ONLY.fullmatch(doc.text, issued[1], span.start) is not None


@lru_cache(maxsize=512)   # asked again for every name of a title-case paragraph
def _named_as_a_team(text: str, name: str) -> bool:
    """A name written right before or after a match's score somewhere in the text ("Vellby City 2-1",
    "Tarnby 1-2 Vellby City") or after a word of a match ("beat Vellby City") is a team's, whatever the model took
    it for."""
    return any(_SCORE_AFTER.match(text, o.end) or _TEAM_BEFORE.search(text, max(0, o.start - 20), o.start)
               for o in word_occurrences(text, name))


def _body_and_person(f: _Finder, n: NamedSpan, persons: list[Span],
                     models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"the Vell Port Authority Director Tarja Veld", "the Ministry of Trade of Ruritania Tarja Veld": a body's
    name the model took a person's name into, with the title between them or none. The person's name is the words
    after the last title in it (one to three), or else its last two words; it is split off when the text treats it
    as a person's (``_treated_as_person``: the title right before it, the surname alone before a verb of saying …).
    What stands before the title stays a body's name if a body's head is in it ("Port Authority"), else it goes."""
    text = f.doc.text
    if n.type != "Organization":
        return (n,)
    words = list(re.finditer(r"\S+", text[n.span.start:n.span.end]))
    if 3 <= len(words) <= 4 and _country_acronym_at(f, n.span.start, words[0].group()) \
            and _tagged(words[-1].group(), "Surn"):   # «комиссар по делам флота РА Ваче Мелкумян»: the country
        return (replace(n, span=Span(n.span.start + words[1].start(), n.span.end), type="Person"),)   # of the title
    titles = [i for i, w in enumerate(words[:-1]) if i > 0 and w.group().lower() in _PERSON_TITLE_WORDS]
    tail = titles[-1] + 1 if titles and len(words) - titles[-1] - 1 <= 3 else len(words) - 2
    if len(words) < 3 or tail < 1:
        return (n,)
    tail_span = Span(n.span.start + words[tail].start(), n.span.end)
    person = _treated_as_person(f, tail_span, "Organization", persons)
    if person is None and _surname_a_person_elsewhere(f, n, words[-1].group(), persons, models):
        person = tail_span
    if person is None:
        return (n,)
    body = _body_before_title(words[:tail])
    out = (replace(n, span=person, type="Person"),)
    if body:
        out = (replace(n, span=Span(n.span.start, n.span.start + body[-1].end())),) + out
    return out


def _country_acronym_at(f: _Finder, start: int, word: str) -> bool:
    """A word in capitals at ``start`` that the registry knows as a country («РФ», «РА»)."""
    return word.isupper() and any(k.span == Span(start, start + len(word)) and f.type_of(k.entity) == "Country"
                                  for k in f.known)


def _surname_a_person_elsewhere(f: _Finder, n: NamedSpan, surname: str, persons: list[Span],
                                models: tuple[NamedSpan, ...]) -> bool:
    """The last word of a name written alone elsewhere where the model, or the text (``_treated_as_person``),
    makes it a person's: "… Vell MEC for Health Tarja Veld …", then "Veld said" or "Veld …, she said"."""
    if len(surname) < 3 or not _NAME_WORD.fullmatch(surname) or surname.isupper():
        return False
    spans = {m.span: m for m in models if f.doc.text[m.span.start:m.span.end] == surname and not n.span.contains(m.span)}
    return any(m.type == "Person" or (m.type in ("Organization", "Place") and _treated_as_person(f, m.span, m.type, persons))
               for m in spans.values())


_COMPANY_TITLES = joined("COMPANY_TITLES_AFTER_NAMES")
_COMPANY_TITLE_AFTER = re.compile(rf"[ \t]+(?:{one_of(_COMPANY_TITLES + joined('BODY_TITLES_AFTER_NAMES')) or '(?!)'})"
                                  rf"(?![\w-])")
_COMPANY_TITLE_BEFORE = re.compile(rf"(?<![\w-])(?:{one_of(_COMPANY_TITLES) or '(?!)'})[ \t]+"
                                   rf"(?:{one_of(joined('COMPANY_TITLE_OWNER_WORDS')) or '(?!)'})[ \t]+"
                                   rf"(?:(?:{one_of(joined('DEFINITE_ARTICLES')) or '(?!)'})[ \t]+)?$")
_CONTEST_HEADS = frozenset(joined("EVENT_HEADS_AFTER_PLACES")) - {"grand"}


def _contest_name(label: str) -> bool:
    """A name of two words or more whose last word heads a contest's name: "the Tarnia Open", "Vell Grand Prix"."""
    words = label.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in _CONTEST_HEADS


def _won_seats(p: _Patterns, text: str, name: str) -> bool:
    """The text says the name won seats somewhere ("Vell Unity has won 40 seats"): a party's or an alliance's."""
    return any(p.seats_won.match(text, o.end) for o in word_occurrences(text, name))


def _company_by_title_after(f: _Finder, name: str) -> bool:
    """A name the text writes right before a company officer's title ("Vexon CEO Jane Roe", "Jane Roe, Vexon CFO")
    or a body officer's ("Vell secretary-general Jane Roe"), or after a company officer's and "of" ("the former
    chief executive of Vexon Foods"): a company's or a body's, not a person's or a place's.
    Names the registry knows keep their type ("a Ruritania CEO")."""
    text = f.doc.text
    if any(text[m.span.start:m.span.end] == name for m in f.known):
        return False
    return any(_COMPANY_TITLE_AFTER.match(text, m.end)
               or _COMPANY_TITLE_BEFORE.search(text, max(0, m.start - 40), m.start)
               for m in word_occurrences(text, name))


def _company_title_in_person(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Vexon CFO Jane Roe" taken whole for a person's name: the company's name, in capitals, before a one-word
    officer's title (COMPANY_TITLES_AFTER_NAMES), and the person's name of two or three capitalised words after it."""
    titles = {t for t in _COMPANY_TITLES if " " not in t}
    out = []
    for n in models:
        words = list(re.finditer(r"\S+", text[n.span.start:n.span.end])) if n.type == "Person" else []
        cut = next((i for i, w in enumerate(words) if 0 < i and w.group() in titles), None)
        if cut is None or not 2 <= len(words) - cut - 1 <= 3 \
                or not all(_NAME_WORD.fullmatch(w.group()) for w in words[:cut] + words[cut + 1:]):
            out.append(n)
            continue
        out.append(NamedSpan(Span(n.span.start, n.span.start + words[cut - 1].end()), "Organization"))
        out.append(NamedSpan(Span(n.span.start + words[cut + 1].start(), n.span.end), "Person"))
    return tuple(out)


_POST_NOMINALS = frozenset(joined("POST_NOMINALS"))
_ADDRESS_FORMS = frozenset(joined("PERSONAL_ADDRESS_FORMS"))
_TITLES_AS_WRITTEN = frozenset(w for t in titles_by_word() for w in t.split() if w[:1].isupper())


def _person_without_letters(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Tom Brisk QC" taken whole for a person's name: letters after it (POST_NOMINALS) are no words of it, so
    that "Brisk" and "Mr Brisk QC" later are the same person; a name a form of address opens
    (PERSONAL_ADDRESS_FORMS) is a person's, whatever the model took it for. A title before it stays: "Senator Velk"
    where two Velks are named is neither, and "Prince Tarek" is the prince named in full."""
    out = []
    for n in models:
        words = list(re.finditer(r"\S+", text[n.span.start:n.span.end]))
        if len(words) > 1 and words[0].group().rstrip(".") in _ADDRESS_FORMS:
            n = replace(n, type="Person")   # "Ms Roe QC", which the model took for a body
        words = words if n.type == "Person" else []
        while len(words) > 1 and words[-1].group().rstrip(",.") in _POST_NOMINALS:
            words.pop()
        out.append(replace(n, span=Span(n.span.start, n.span.start + words[-1].end())) if words else n)
    return tuple(out)


def _surname_after_a_bracketed_given_name(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"President (Arno) Kessel", read by the model as "Arno) Kessel" (nlp.py shows it the brackets as spaces), or
    "we call on [Arno] Kessel" with "Arno]" read alone: the surname after the bracketed given name is a person's,
    whatever type the model gave it or if it read none, and the name is that; the given name is no name of its own."""
    out = []
    for n in models:
        given = BRACKETED_GIVEN_NAME.match(text, n.span.start - 1) if n.span.start else None
        surname = given.end() + 1 if given else None    # the space after the closing bracket
        if surname is None:
            out.append(n)
        elif surname < n.span.end:
            out.append(NamedSpan(Span(surname, n.span.end), "Person"))
    read = [n.span for n in out]
    for given in BRACKETED_GIVEN_NAME.finditer(text):
        word = _SURNAME_WORD.match(text, given.end() + 1)
        if word and not any(s.start <= word.start() < s.end for s in read):
            out.append(NamedSpan(Span(word.start(), word.end()), "Person"))
    return tuple(sorted(out, key=lambda n: (n.span.start, n.span.end)))


_APPOSITION_OPENS = re.compile(r"(?P<word>[^\W\d_]*),\s*$")
_APPOSITION_CLOSES = re.compile(r"\s*,")


def _apposed_person_read_as_people(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"The guild's deputy secretary, Keeva Lundish, said": a given name (a word English does not know,
    ``latin_given_name``) and a surname set off by commas are a person's name where the model took them for a
    people's (a surname may end like "British"), which is never apposed so, or, right after a title, for a body's."""
    out = []
    for n in models:
        words = text[n.span.start:n.span.end].split()
        opens = _APPOSITION_OPENS.search(text, max(0, n.span.start - 40), n.span.start) \
            if n.type in (NATIONALITY, "Organization") and len(words) == 2 else None
        if opens and words[1][:1].isupper() and latin_given_name(words[0]) \
                and _APPOSITION_CLOSES.match(text, n.span.end) \
                and (n.type == NATIONALITY or opens.group("word").lower() in _PERSON_TITLE_WORDS):
            n = replace(n, type="Person")
        out.append(n)
    return tuple(out)


# A press service's words (DESCRIBED_VOICE_PATTERN, any case) before a word: its case is told after the match
_VOICE_BEFORE_A_WORD = re.compile(rf"(?:{alternation('DESCRIBED_VOICE_PATTERN') or '(?!)'})\s+(?=[^\W\d_])", re.I)


def _voice_cut_from_its_body(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Пресс-служба мэрии X" taken whole for a body's name: the press service (DESCRIBED_VOICE_PATTERN) only speaks
    for the body after it, written in lower case in the genitive, which is the name (and the one who speaks)."""
    out = []
    for n in models:
        voice = _VOICE_BEFORE_A_WORD.match(text, n.span.start, n.span.end) if n.type == "Organization" else None
        if voice is not None and text[voice.end()].islower():
            n = NamedSpan(Span(voice.end(), n.span.end), n.type)
        out.append(n)
    return tuple(out)


def _body_by_noun_after(f: _Finder, span: Span) -> bool:
    """A name the model took for a person's that the text writes before a noun for a body: "the Vexa party"."""
    text, nouns = f.doc.text, f.patterns.tables.BODY_NOUNS_AFTER_NAMES
    name = text[span.start:span.end]
    if not nouns or _POSSESSIVE.search(name):
        return False    # "Tarja Veld's side": the side is hers, she is no side
    return any(re.match(rf"[ \t]+(?:{one_of(nouns)})\b", text[m.end:m.end + 20]) for m in word_occurrences(text, name))


def _body_by_noun_around(f: _Finder, spans: list[Span]) -> bool:
    """A name the model took for a person's or a place's that the text writes (at one of ``spans``, where the
    models found it) right after a noun for a company ("airbag maker Vexon", "the drugmaking group Vexon") or with
    one heading its apposition ("Vexon, the country's second-largest telecoms group, said"; not "Vexon, a member of
    the rescue group"); or a one-word name opening a sentence anywhere (where the model may have missed it) whose
    next sentence takes it up with such a noun as its subject ("Vexon cut its forecast. The Ostra-based company
    is …"): news calls no person "the company"."""
    patterns = _nouns_around_names(f.patterns.tables)
    if patterns is None:
        return False
    before, apposition, taken_up = patterns
    text = f.doc.text
    if any(before.search(text[max(0, s.start - 20):s.start]) or apposition.match(text[s.end:s.end + 100])
           for s in spans):
        return True
    name = text[spans[0].start:spans[0].end]
    return " " not in name and any(
        _opens_sentence(text, o.start) and (end := _SENTENCE_BREAK.search(text, o.end, o.end + 400)) is not None
        and taken_up.match(text, end.end()) for o in word_occurrences(text, name))


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+")


@cache
def _nouns_around_names(tables: ModuleType) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """The three patterns of ``_body_by_noun_around`` for a language, compiled once."""
    nouns = tables.BODY_NOUNS_AROUND_NAMES
    if not nouns:
        return None
    alternatives = one_of(nouns)
    return (re.compile(rf"(?<![\w-])(?:{alternatives})[ \t]+$"),
            re.compile(rf",[ \t]+(?:{one_of(tables.DEFINITE_ARTICLES + tables.INDEFINITE_DETERMINERS)})"
                       rf"(?:[ \t]+(?!of\b)[\w’'-]+){{0,5}}?[ \t]+(?:{alternatives})"
                       rf"(?=[,;.]|[ \t]+(?:{one_of(tables.AFTER_BODY_APPOSITION)})\b)"),
            re.compile(rf"(?i:{one_of(tables.DEFINITE_ARTICLES)})(?:[ \t]+[\w’'-]+,?){{0,4}}?[ \t]+(?:{alternatives})"
                       rf"[ \t]+(?:{one_of(tables.VERBS_AFTER_A_BODY_NOUN_SUBJECT)})\b"))


_PUBLICATION = re.compile(rf"\s+(?:{one_of(joined('PUBLICATION_NOUNS'))})\b")
_OUTLET_AFTER = re.compile(rf"\s+(?:{one_of(joined('OUTLET_NOUNS')) or '(?!)'})\b")
_ORG_NAME_ENDINGS = set(joined("ORG_NAME_ENDINGS"))
# a name that ends in an owner's possessive and a body's head ("Sheriff's Office", "Coroner's Department") is a
# body's, whatever place names open it
_OWNERS_BODY_HEAD = re.compile(rf"\w['’]s\s+(?:{'|'.join(joined('ORG_HEADS'))})$")
_ORG_NAME_ENDING_AFTER = re.compile(rf"[ \t]+(?:{one_of(map(re.escape, _ORG_NAME_ENDINGS)) or '(?!)'})"
                                    r"(?![\w.])")
_PLACE_NAME_ENDINGS = frozenset(joined("PLACE_NAME_ENDINGS"))
_PLACE_NAME_OPENERS = frozenset(joined("PLACE_NAME_OPENERS"))
_RANK_ACRONYMS = frozenset(joined("RANK_ACRONYMS"))
_BRACKETED_BANNER = re.compile(rf"\((?=[^a-z)]+\))(?i:{alternation('DATELINE_BANNERS')})\)")
# "Additional Superintendent of Police": a police rank written out (POLICE_RANK_GRADES), never a body (attribution.py)
WRITTEN_OUT_RANK = re.compile(rf"\s*(?i:(?:(?:{alternation('POLICE_RANK_GRADES') or '(?!)'})[ \t]+)*"
                              rf"(?:{alternation('POLICE_TITLES') or '(?!)'}))[ \t]+of[ \t]+Police\b")
_STREET_NOUN_WORDS = frozenset(joined("STREET_NOUNS"))
_STREET_PREPOSITION_BEFORE = re.compile(rf"(?<![\w-])(?i:{one_of(joined('STREET_PREPOSITIONS')) or '(?!)'})[ \t\n]+$")
# how far back the preposition may stand: its length, with slack for doubled spaces or a wrapped line
_STREET_PREPOSITION_REACH = max(map(len, joined("STREET_PREPOSITIONS")), default=0) + 4


def _on_a_street(text: str, start: int, end: int, label: str) -> bool:
    """"a trap on Vell Bagh Road": a name ending in a street noun after a preposition of place, not an owner before a
    possessive ("on Ana Lane's birthday": a person's)."""
    return " " in label and label.split()[-1] in _STREET_NOUN_WORDS and not POSSESSIVE_AFTER.match(text, end) \
        and bool(_STREET_PREPOSITION_BEFORE.search(text, max(0, start - _STREET_PREPOSITION_REACH), start))


_PLACE_NOUN_AFTER_ONE_WORD = re.compile(rf"[ \t]+(?:{one_of(joined('PLACE_NOUNS_AFTER_ONE_WORD')) or '(?!)'})(?!\w)")
# a person's or a body's noun right after "area" makes it a modifier: "the Vexon area manager", "the Vexon area office"
_NOUN_AFTER_A_PLACE_NOUN = re.compile(
    rf"[ \t]+(?i:{one_of(joined('PERSON_NOUNS') + joined('TITLES_ALONE') + joined('ORG_HEADS')) or '(?!)'})(?!\w)")
_RANK_BEFORE_NAME = re.compile(rf"(?:{one_of(_RANK_ACRONYMS) or '(?!)'})[ \t]+[A-Z]")
_RANKS_SPELLED = "|".join(r"[ \t-]+".join(map(re.escape, rank.split()))
                          for rank in sorted(joined("RANKS_WRITTEN_OUT"), key=len, reverse=True))
# "Station House Officer", "the Inspector General of Police": a rank, with the article a model may take in
_RANK_WRITTEN_OUT = re.compile(rf"(?<![\w-])(?:the[ \t]+)?(?:{_RANKS_SPELLED or '(?!)'})(?![\w-])", re.I)
_MEMBER_STATE_ENDINGS = frozenset(joined("MEMBER_STATE_ENDINGS"))
_MEMBER_STATE = rf"[A-Z][\w'’\-]*[ \t]+(?:{one_of(joined('MEMBER_STATE_ENDINGS')) or '(?!)'})"
_MEMBER_STATE_PLACED = re.compile(
    rf"(?<![\w-])(?i:{one_of(joined('MEMBER_STATE_PREPOSITIONS')) or '(?!)'})[ \t]+(?P<placed>{_MEMBER_STATE})(?![\w-])"
    rf"|(?<![\w'’-])(?P<governed>{_MEMBER_STATE})[ \t]+(?i:{one_of(joined('MEMBER_STATE_OFFICES')) or '(?!)'})(?![\w-])")
_TITLE_ACRONYM_CLOSING = re.compile(rf"\s(?:{one_of(joined('TITLE_ACRONYMS')) or '(?!)'})$")
_TITLE_GAP = re.compile(r"[ \t]+")
_EVENT_NAME_ENDINGS = frozenset(joined("EVENT_NAME_ENDINGS"))
_WILDFIRE_NAME_ENDINGS = frozenset(joined("WILDFIRE_NAME_ENDINGS"))
_OUTLET_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation('OUTLET_NOUNS_BEFORE_NAMES') or '(?!)'})[ \t]+[«\"“]?$")
_WILDFIRE_CONTEXT = re.compile(rf"(?<![\w-])(?i:{one_of(joined('WILDFIRE_CONTEXT_STEMS')) or '(?!)'})")
_WILDFIRE_CONTEXT_REACH = 200   # characters either side of the name


def _in_a_wildfire_s_context(text: str, start: int, end: int) -> bool:
    """A name ending in "Fire" is a wildfire's where a fire's words are near it ("burned 500 acres", "contained")
    or the article stands right before it ("the Vell Canyon Fire")."""
    return _ARTICLE_RIGHT_BEFORE.search(text, max(0, start - 6), start) is not None \
        or _WILDFIRE_CONTEXT.search(text, max(0, start - _WILDFIRE_CONTEXT_REACH),
                                    min(len(text), end + _WILDFIRE_CONTEXT_REACH)) is not None


# "J. K. Velsen": initials, each a capital and a full stop, then one capitalised word (not "JK Holdings", "J.P. Morgan
# Chase"): a person's name, whatever a model took it for
_INITIALS_AND_ONE_WORD = re.compile(rf"(?:[{_UPPER}]\.[ \t]+){{1,3}}[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?")
_ARTICLE_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?i:{one_of(joined('DEFINITE_ARTICLES')) or '(?!)'})\s+$")   # "the Premier"
_DETERMINED_BEFORE = re.compile(rf"(?<![\w-])(?i:{one_of(joined('DEFINITE_ARTICLES')) or '(?!)'})"
                                rf"(?:[ \t]+[\w’'-]+){{0,3}}[ \t]+$")
OUTLET_NOUN_REACH = 40   # characters before a name in which its outlet noun or its article is sought


def named_as_outlet(text: str, start: int, end: int) -> bool:
    """"the news site Vornik", "издания Кранфорд": a lower-case noun for an outlet right before the name
    (OUTLET_NOUNS_BEFORE_NAMES), or one right after it ("Vexa television"); or "the Ostrell-based Kadri al-Noor
    daily": a publication's noun after a name that an article opens, a few words before (an adverb after a
    person's name has none: "Jane Roe daily checks")."""
    before = text[max(0, start - OUTLET_NOUN_REACH):start]
    return (_OUTLET_BEFORE.search(before) is not None or _OUTLET_AFTER.match(text, end) is not None
            or (_PUBLICATION.match(text, end) is not None and _DETERMINED_BEFORE.search(before) is not None))
_CLUB_NAME_ENDINGS = frozenset(joined("CLUB_NAME_ENDINGS"))


def _club_short_name(label: str) -> str | None:
    """"Nordport United" is "United" for short once named in full: the word that says it is a club
    (CLUB_NAME_ENDINGS), alone."""
    words = label.split()
    return words[-1] if len(words) > 1 and words[-1] in _CLUB_NAME_ENDINGS else None


def _club_or_party_name(label: str) -> bool:
    """"FC Nordport" (a club's mark before its name, ORG_NAME_ENDINGS) or "Nordport United" (CLUB_NAME_ENDINGS):
    a sports club, of two words or more; or "Parti Rakyat Vell" (PARTY_NAME_OPENERS), a party."""
    words = label.split()
    return len(words) > 1 and (words[0] in _ORG_NAME_ENDINGS | _PARTY_NAME_OPENERS or words[-1] in _CLUB_NAME_ENDINGS)
_DASHED_END = re.compile(r"\s[–—-]\s*$")


# "LINDHOLM — …", "LINDHOLM, Ruritania -- …": a dateline with neither date nor agency, the place in capitals; a
# banner ("BREAKING — …", "EXCLUSIVE -- …") names no place. "LINDHOLM: …", "LINDHOLM (May 3): …", "LINDHOLM (Vell
# 24) – …": the same with a colon, as some regions' papers write it, or with what the brackets add (a date, the
# paper), which the wire's and the agency's datelines do not read.
_ARTICLES = {a.lower() for a in joined("DEFINITE_ARTICLES")}   # "THE PRESIDENT:": a speaker's label, no place
_BARE_DATELINE = re.compile(rf"\s*(?!(?i:{alternation('DATELINE_BANNERS')})\s*(?:—|–|--|:))"
                            r"(?P<city>[A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+){0,2})"
                            r"(?:,\s*[A-Z][\w\-']+(?: [A-Z][\w\-']+)?)?(?:\s*\([^()\n]{1,40}\))?\s*(?P<mark>—|–|--|:)\s+")


def _bare_dateline(f: _Finder) -> Span | None:
    """The place of a dateline that names only the place, in capitals, and a dash or a colon, in the first
    paragraphs; not a colon in a transcript, whose paragraphs open with their speakers' names so. A colon also
    closes a speaker's or a section's label ("THE PRESIDENT:", "BACKGROUND:"): there, without a date in brackets,
    only a place the registry or a model knows, and never one a title or an article opens."""
    doc = f.doc
    transcript = _capitals_transcript(doc)
    for para in doc.body[:3]:
        m = _BARE_DATELINE.match(doc.text, para.start, para.end)
        if m is None:
            continue
        city = Span(m.start("city"), m.end("city"))
        if m.group("mark") != ":":
            return city
        first = m.group("city").split()[0].rstrip(".").lower()
        if not transcript and first not in _PERSON_TITLE_WORDS | _ARTICLES and ("(" in m.group() or f.is_place(city)):
            return city
    return None


def _byline(doc: Document, span: Span) -> bool:
    """A person's name that is a paragraph of its own, or closes the headline after a dash: who wrote the text."""
    para = next((p for p in doc.body if p.contains(span)), None)
    if para is None:
        return False
    before, after = doc.text[para.start:span.start], doc.text[span.end:para.end]
    return not after.strip(" .") and (not before.strip() or (para == doc.body[0] and bool(_DASHED_END.search(before))))


_RANGES = merged("RANGE_OPENERS")   # "from" … "to": the words around the ends of a range


def _places_from_to(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"from the Northern Coast to Borealia": one span the model gave to two places, the ends of a range."""
    out = []
    for n in models:
        before = re.search(r"(\w+)\s+$", text[max(0, n.span.start - 12):n.span.start])
        closer = _RANGES.get(before.group(1).lower()) if before and n.type != "Person" else None
        ends = re.fullmatch(rf"{_THE}(.+?)\s+{closer}\s+{_THE}(.+)", text[n.span.start:n.span.end]) if closer else None
        if ends:
            out += [NamedSpan(Span(n.span.start + ends.start(g), n.span.start + ends.end(g)), "Place") for g in (1, 2)]
        else:
            out.append(n)
    return tuple(out)


_PLACE_PREPOSITIONS_AFTER_NAMES = frozenset(joined("PLACE_PREPOSITIONS_AFTER_NAMES"))


def _place_after_a_name(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Varn Capital Partners in Tarnby": a body's name and where it is, which the model gave one span; capitalised
    words on both sides of the preposition (none in lower case, which a longer name such as "… Cooperation in
    Tarnia" has), and a name of two words or more before it or a place the model names alone elsewhere after it."""
    places = {text[n.span.start:n.span.end] for n in models if n.type == "Place"}
    out = []
    for n in models:
        words = list(re.finditer(r"\S+", text[n.span.start:n.span.end])) if n.type in ("Organization", "Place") else []
        at = [i for i, w in enumerate(words) if w.group() in _PLACE_PREPOSITIONS_AFTER_NAMES]
        if len(at) != 1 or not 0 < at[0] < len(words) - 1 \
                or not all(w.group()[:1].isupper() for i, w in enumerate(words) if i != at[0]):
            out.append(n)
            continue
        head = Span(n.span.start, n.span.start + words[at[0] - 1].end())
        place = Span(n.span.start + words[at[0] + 1].start(), n.span.end)
        if at[0] < 2 and text[place.start:place.end] not in places:
            out.append(n)
            continue
        out += [NamedSpan(head, n.type), NamedSpan(place, "Place")]
    return tuple(out)


_RESIDENTS_AFTER = re.compile(rf"[ \t]+(?:{one_of(joined('RESIDENT_NOUNS')) or '(?!)'})\b")
_DEMONYM_ENDINGS = tuple(joined("DEMONYM_ENDINGS"))
_PEOPLE_ENDINGS = tuple(joined("PEOPLE_ENDINGS"))   # "Vellish State"


def _member_state(text: str, label: str) -> bool:
    """"Vell State" of two words is a federation's province only where the text places it ("floods in Vell State",
    "the Vell State Government"): a team ("Tarvo State beat Orla") or a group named after a people ("Vellish
    State claimed the attack") is not."""
    words = label.split()
    if len(words) != 2 or words[-1] not in _MEMBER_STATE_ENDINGS \
            or words[0] in _DEMONYMS or words[0].lower().endswith(_PEOPLE_ENDINGS) or is_adjective(words[0]):
        return False
    return label in _placed_member_states(text)


@lru_cache(maxsize=1)
def _placed_member_states(text: str) -> frozenset[str]:
    """The names ending like a member state's that the text places (``_member_state``), found once a text."""
    return frozenset(m.group("placed") or m.group("governed") for m in _MEMBER_STATE_PLACED.finditer(text))


def _places_of_residents(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Tarnby residents … tickets bought on Tarnby": a name the model took for a nationality's before a noun for
    the people who live somewhere, and for a body's or a person's elsewhere, is a place's each time; not a
    nationality the tables know or that ends as one ("Ruritanian residents")."""
    residents = {written for n in models if n.type == NATIONALITY and _RESIDENTS_AFTER.match(text, n.span.end)
                 and (written := text[n.span.start:n.span.end]) not in _DEMONYMS
                 and not written.lower().endswith(_DEMONYM_ENDINGS)}
    places = residents & {text[n.span.start:n.span.end] for n in models if n.type in ("Organization", "Person")}
    return tuple(replace(n, type="Place") if text[n.span.start:n.span.end] in places else n for n in models)


_LISTED_PLACE = re.compile(rf"[ \t]*{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]*")


def _places_listed_in_one_span(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"in Orsk, Velmi, Darrow and Kettle": places of a list the model gave one span across a comma; each
    capitalised part is a place (a span with a comma names no one place, and would be dropped whole)."""
    out = []
    for n in models:
        parts = list(re.finditer(r"[^,]+", text[n.span.start:n.span.end])) if n.type == "Place" else []
        if len(parts) < 2 or not all(_LISTED_PLACE.fullmatch(part.group()) for part in parts):
            out.append(n)
            continue
        for part in parts:
            start = n.span.start + part.start() + len(part.group()) - len(part.group().lstrip())
            out.append(NamedSpan(Span(start, start + len(part.group().strip())), "Place"))
    return tuple(out)


def _companies_joined_in_one_span(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"investors including Vexon Corp and Tarn Holdings Plc": two companies the model gave one span, split after
    the legal form that closes the first name (``LEGAL_FORMS`` but those that close no name alone) at the "and"
    or "&" that follows it."""
    out = []
    for n in models:
        m = _JOINED_COMPANIES.fullmatch(text, n.span.start, n.span.end) if n.type == "Organization" else None
        out += [n] if m is None else [NamedSpan(Span(m.start("first"), m.end("first")), "Organization"),
                                      NamedSpan(Span(m.start("second"), m.end("second")), "Organization")]
    return tuple(out)


_JOINED_COMPANIES = re.compile(rf"(?P<first>[{_UPPER}]\S*(?:[ \t]+\S+)*?[ \t]+(?:{_NAMING_LEGAL_FORMS or '(?!)'}))"
                               rf"(?!\w)[ \t]+(?:and|&)[ \t]+(?P<second>[{_UPPER}]\S*(?:[ \t]+\S+)*)")


_APPOSED_PERSON = re.compile(rf"(?P<before>{_CAP}(?:[ \t]+{_CAP}){{0,2}}),[ \t]+(?P<person>{_CAP}(?:[ \t]+{_CAP}){{1,2}})")


def _person_apposed_in_one_span(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"the mayor of Orsk, Jane Roe, said": a name the model gave one span with the name before the comma of its
    apposition, closed by a comma of its own, is a person's; what stands before the comma keeps the model's type
    (a span across a comma names no one thing, and would be dropped whole, the speaker with it)."""
    out = []
    for n in models:
        m = _APPOSED_PERSON.fullmatch(text, n.span.start, n.span.end) if n.type != "Place" else None
        if m is None or not text.startswith(",", n.span.end):
            out.append(n)
            continue
        out += [NamedSpan(Span(m.start("before"), m.end("before")), n.type),
                NamedSpan(Span(m.start("person"), m.end("person")), "Person")]
    return tuple(out)


_PLACE_IN_A_PLACE = re.compile(rf"(?P<owner>[{_UPPER}][\w-]*(?:[ \t]+[{_UPPER}][\w-]*)?)"
                               rf"(?:{alternation('POSSESSIVE')})[ \t]+"
                               rf"(?P<place>[{_UPPER}][\w-]*(?:[ \t]+[{_UPPER}][\w-]*)?)")
_PLACE_KIND_NEXT = re.compile(rf"[ \t]+(?:{one_of(joined('UNITS_IN_A_PLACE')) or '(?!)'})(?!\w)")


def _place_in_a_place(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Tarnia's Vell district", which the model gave one span: two places, the one before the possessive and the
    one the administrative unit after the span names ("Martha's Vineyard", "Kellow's Landing island" stay one)."""
    out = []
    for n in models:
        m = _PLACE_IN_A_PLACE.fullmatch(text, n.span.start, n.span.end) if n.type == "Place" else None
        if m is None or not _PLACE_KIND_NEXT.match(text, n.span.end):
            out.append(n)
            continue
        out.extend(NamedSpan(Span(m.start(part), m.end(part)), "Place") for part in ("owner", "place"))
    return tuple(out)


_JOINED = re.compile(rf"\s+(?:{one_of(joined('CONJUNCTIONS'))})\s+")


_SEAT_MEMBER_TITLE = one_of(joined("SEAT_MEMBER_TITLES")) or "(?!)"
_SEAT_MEMBER_AFTER = re.compile(rf"[ \t]+(?:{_SEAT_MEMBER_TITLE})[ \t]+[{_UPPER}]")
_SEAT_MEMBER_CLOSING = re.compile(rf"[ \t]+(?:{_SEAT_MEMBER_TITLE})$")
_NAME_NEXT = re.compile(rf"[ \t]+[{_UPPER}]")


def _seat_before_member(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Vellbrook MP Jane Roe": what the model took for a person's name before a seat's member's title
    (SEAT_MEMBER_TITLES), or with it when a name follows or it is one word, is the seat, a place; the title is no
    part of it ("signed by Tarvo Lindell MP and two others" is a person's name and title)."""
    out = []
    for n in models:
        closing = _SEAT_MEMBER_CLOSING.search(text, n.span.start, n.span.end) if n.type == "Person" else None
        if closing and closing.start() > n.span.start and (_NAME_NEXT.match(text, n.span.end)
                                                            or " " not in text[n.span.start:closing.start()]):
            n = NamedSpan(Span(n.span.start, closing.start()), "Place")
        elif n.type == "Person" and _SEAT_MEMBER_AFTER.match(text, n.span.end):
            n = replace(n, type="Place")
        out.append(n)
    return tuple(out)


# A word of a personal name written short (NAME_ABBREVIATIONS): after the name the model found, before the next word
# ("Jane" "Md. Roe"), or the last word the model took in ("Jane Md" ". Roe").
_SHORT_NAME_WORD = one_of(joined("NAME_ABBREVIATIONS")) or "(?!)"
_SHORT_WORD_THEN_NAME = re.compile(rf"[ \t]+(?:{_SHORT_NAME_WORD})\.?[ \t]+[{_UPPER}][\w'’\-]*")
_SHORT_WORD_CLOSING = re.compile(rf"(?<=[ \t])(?:{_SHORT_NAME_WORD})$")
_STOP_THEN_NAME = re.compile(rf"\.?[ \t]+[{_UPPER}][\w'’\-]*")


def _name_across_abbreviation(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Jane Md. Roe": a person's name the model ended at a word of the name written short goes on to the word after
    it, and to the end of a name the model found there; one person, not two."""
    out: list[NamedSpan] = []
    for n in sorted(models, key=lambda n: n.span.start):
        if out and out[-1].type == "Person" and out[-1].span.start < n.span.start < out[-1].span.end:
            out[-1] = replace(out[-1], span=Span(out[-1].span.start, max(out[-1].span.end, n.span.end)))
            continue       # the rest of the name, already taken in
        if n.type == "Person":
            after = _SHORT_WORD_THEN_NAME.match(text, n.span.end) or (
                _SHORT_WORD_CLOSING.search(text, n.span.start, n.span.end) and _STOP_THEN_NAME.match(text, n.span.end))
            if after:
                n = replace(n, span=Span(n.span.start, after.end()))
        out.append(n)
    return tuple(out)


def _people_joined_to_people(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"his sons Tomas and Vaclav": one word the model took for a nationality, joined by a conjunction to a
    person's name and describing no noun after it ("Tomas and Ruritanian officials"), is a person's name."""
    people = [n.span for n in models if n.type == "Person"]
    return tuple(replace(n, type="Person") if n.type == NATIONALITY and " " not in text[n.span.start:n.span.end]
                 and not _LOWER_CASE_WORD_AFTER.match(text, n.span.end)
                 and any(_JOINED.fullmatch(text, p.end, n.span.start) or _JOINED.fullmatch(text, n.span.end, p.start)
                         for p in people) else n for n in models)


def _name_across_nickname(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Jon" of "Jon “Bear” Veld": a person's name the model cut at a nickname in quotation marks goes on over it
    to the surname right after it; the model's span of that word is then no name of its own."""
    joined = {}
    for n in models:
        # (a given name the model read alone as another kind of name is a person's too: "Tomas" of "Tomas
        # “Bear” Veld", taken for a body)
        person = n.type == "Person" or " " not in text[n.span.start:n.span.end] \
            and latin_given_name(text[n.span.start:n.span.end])
        tail = _NICKNAME_TO_NAME.match(text, n.span.end) if person else None
        if tail:
            joined[n.span] = tail.end()
    if not joined:
        return models
    return tuple(replace(n, span=Span(n.span.start, joined[n.span]), type="Person") if n.span in joined else n
                 for n in models if not any(span.end < n.span.start < end for span, end in joined.items()))


def _given_name_before_surname(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Aoife McTernan" where the model read only "McTernan", "Aoife Cabo McTernan" where it read "Cabo McTernan": a
    person's name of one or two words right after a capitalised word English does not know (a given name,
    ``latin_given_name``) that no other name of the model's holds runs from that word."""
    taken = {n.span.end for n in models}
    mended = []
    for n in models:
        before = _GIVEN_NAME_BEFORE.search(text, max(0, n.span.start - 40), n.span.start) \
            if n.type == "Person" and len(text[n.span.start:n.span.end].split()) <= 2 else None
        if before and before.end("given") not in taken and latin_given_name(before.group("given")):
            n = replace(n, span=Span(before.start("given"), n.span.end))
        mended.append(n)
    return tuple(mended)


_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<given>{_CAP})[ \t]$")


def _name_across_particles(text: str, models: tuple[NamedSpan, ...]) -> tuple[NamedSpan, ...]:
    """"Marten van" and "Hoek" of "Marten van der Hoek", "Dmitri" and "Rovane" of "Dmitri della Rovane": a
    person's name the model cut after a particle, or before particles that run into another person's name it read,
    goes on over the particles to the capitalised word after them; the model's span of that word is then no name of
    its own."""
    people = {n.span.start for n in models if n.type == "Person"}
    joined = {}
    for n in models:
        tail = _PARTICLES_TO_NAME.match(text, n.span.end) if n.type == "Person" else None
        if tail and (text[n.span.start:n.span.end].split()[-1] in NAME_PARTICLES
                     or (text[n.span.end:tail.end()].split()[0] in NAME_PARTICLES
                         and tail.end() - len(text[n.span.end:tail.end()].split()[-1]) in people)):
            joined[n.span] = tail.end()
    if not joined:
        return models
    return tuple(replace(n, span=Span(n.span.start, joined[n.span])) if n.span in joined else n for n in models
                 if not any(span.end < n.span.start < end for span, end in joined.items()))


def _lone_names(f: _Finder, lone: list[tuple[int, int, str]]) -> None:
    """A one-word name the model took for a person's that no full name here has as a word ("his son Tomas",
    "posted on Vexa"): someone, or something, named only so."""
    people = {f.doc.text[m.span.start:m.span.end] for m in [*f.known, *f.mentions] if f.type_of(m.entity) == "Person"}
    people |= {label for e in f.found.values() if e.type == "Person" for label, _ in e.all_labels()}
    words = _words_of(people)
    surnames: dict[str, bool] = {}     # one look over the text for each word, not for each of its writings
    storms: dict[str, str | None] = {}
    for start, end, label in lone:
        if _names_a_kind_after_an_article(f, start, end):
            continue
        if label not in storms:
            storms[label] = _storm_named_elsewhere(f, label)
        storm = storms[label]
        if storm is not None:   # "Tropical Storm Alda … as Alda nears": the storm, named in full elsewhere
            f.add(start, end, storm, "Event")
            continue
        if f.doc.lang == "en":
            if label not in surnames:
                surnames[label] = _written_as_a_surname(f, label)
            if not surnames[label] and _common_word_alone(f, start, label):
                continue
        if f.taken.free(Span(start, end)) and not token_keys(label) & words \
                and (_listed_with_a_place(f, start, end) or _after_a_place_preposition(f, start, end)):
            if language(f.doc.lang).MODEL_NAME_FORM == "base_form":   # "в Вельске, Тарнове": its base form
                label = _base_form([label], "Place") if " " not in label else label
            f.add(start, end, label, "Place")    # "villages in Tarnia and Vell": a place among places
        elif f.taken.free(Span(start, end)) and not token_keys(label) & words \
                and (not _given_name(label) or _after_title(f, start)):
            f.add(start, end, label, "Person")   # "Женя, мы с тобой!": a given name alone addresses someone


def _storm_named_elsewhere(f: _Finder, label: str) -> str | None:
    """The storm's full name where the text writes ``label`` after a storm's kind words ("Tropical Storm Alda"),
    which the model left out, added there as the storm's; None when no such words stand before it."""
    text = f.doc.text
    for at in word_occurrences(text, label):
        storm = _storm_kind_before(text, at.start, label)
        if storm is not None and storm != at.start:
            name = text[storm:at.end]
            f.add(storm, at.end, name, "Event", (label,))
            return name
    return None


def _written_as_a_surname(f: _Finder, label: str) -> bool:
    """A name written anywhere beside a verb of saying or after a title is a surname ("Mason said. … Mason left")."""
    return any(_beside_verb(f.patterns, f.doc.text, at) or _after_title(f, at.start)
               for at in word_occurrences(f.doc.text, label))


def _common_word_alone(f: _Finder, start: int, label: str) -> bool:
    """"Attendance was thin", "Subscribe for updates": an English common word the model took for a person's name,
    whose capital the text explains (it opens a sentence or a line, and is written with a capital nowhere inside a
    sentence), or a verb alone, as a page's buttons are (a word ``_written_as_a_surname`` is not asked)."""
    index = english().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    low = label.lower()
    if low in index["verb"] and not any(low in index[kind] for kind in ("noun", "adj", "adv")):
        return True
    return is_describing_word(label) and _opens_sentence(f.doc.text, start) \
        and label not in _capitalised_inside_sentences(f.doc.text)


def _given_name(word: str) -> bool:
    """A given name in any of its cases ("Женя", "Женей"), not a surname that only reads as a plural oblique case
    of one ("Тарасов" as of "Тарас")."""
    return bool(_LEMMATISED_WORD.fullmatch(word)) and any(
        {"Name", "sing"} <= set(str(p.tag).replace(" ", ",").split(",")) for p in morph().parse(word)[:4])


def _word_opening_a_longer_name(f: _Finder) -> None:
    """"Cook County … Cook officials", "the Vell Democrats … a Vell Democrat candidate": a one-word name taken for a
    person's or a body's that opens the one longer name here, written each time before a lower-case word or before
    the start of that name's next word, is that name again, used as a modifier; not before a verb of saying the
    lemmatiser also knows as an adjective ("Tarnia announced", "Tarnia reported"), unless the longer name is a
    company's with its legal form or a party's (SHORTENED_BODY_HEADS), which news shortens ("Vexon announced" of
    "Vexon Holdings"). Not a place's name ("Tarnia" and "the Tarnia Council" are two), nor a registry's, nor an
    acronym, nor a paper's first word (its town's: "a Velsk poll" beside "the Velsk Herald"); and a body's name
    before a lower-case word modifies no person's name ("Orla investors" beside "Orla Clocks", taken for a
    person's)."""
    text = f.doc.text
    longer = [(e.key, e.label.split()) for e in f.found.values() if len(e.label.split()) > 1]
    longer += [(m.entity, text[m.span.start:m.span.end].split()) for m in f.known
               if len(text[m.span.start:m.span.end].split()) > 1]
    for key, entity in sorted(f.found.items()):
        if entity.type not in ("Person", "Organization") or " " in entity.label or entity.label.isupper():
            continue    # "the NAU champion" beside "the NAU Golf Council": an acronym is a body's own name
        owners = {k: words for k, words in longer if k != key and words[0] == entity.label}
        spans = [m.span for m in f.mentions if m.entity == key]
        if len({k for k in owners}) != 1 or not spans:
            continue
        target, words = next(iter(owners.items()))
        if words[-1] in _MASTHEAD_WORDS:
            continue    # "a new Velsk poll" beside "the Velsk Herald": a paper is named after its town
        modifies = entity.type == "Person" or (f.found.get(target) or f.registry.get(target)).type != "Person"
        shortened = _short_company_name(" ".join(words)) is not None \
            or (len(words) == 2 and words[1] in _SHORTENED_BODY_HEADS)   # "Vexon announced" of "Vexon Holdings"
        after = [(re.match(r"[ \t]+(\S+)", text[s.end:s.end + 40]), s) for s in spans]
        if all(a and ((modifies and _modifies_the_next(a.group(1))
                       and (shortened or not f.patterns.speaking_after.match(text, s.end)))
                      or (len(a.group(1)) > 2 and words[1].startswith(a.group(1).rstrip(",.;:")))
                      or _rest_written_before_in(text, s.start, words[1:])) for a, s in after):
            _merge_entity(f.found, f.mentions, key, target)


def _rest_written_before_in(text: str, start: int, rest: list[str]) -> bool:
    """"Firefighters in Orlov said" of "Orlov firefighters": the rest of the longer name written before "in" and the
    name, as news writes a place's body either way."""
    before = re.search(r"([^\W\d_][\w'’-]*)[ \t]+in[ \t]+$", text[max(0, start - 40):start])
    return len(rest) == 1 and before is not None and before.group(1).lower() == rest[0].lower()


def _modifies_the_next(word: str) -> bool:
    """"Cook officials", "Orlov firefighters": a lower-case word a name before it may modify; not an English verb's
    form the lemmatiser knows as no noun or adjective, whose subject the name is ("Tarnia said", "Tarnia has")."""
    word = word.rstrip(",.;:")
    return word[:1].islower() and (not word.isascii() or is_describing_word(word) or not is_verb_form(word))


_SHORTENED_BODY_HEADS = frozenset(joined("SHORTENED_BODY_HEADS"))
_CAPITALISED_NEXT = re.compile(r"[ \t]+[^\W\d_a-zа-яё]")   # a name going on: "Veld" of "Veld Holdings"
_CAPITALISED_BEFORE = re.compile(r"[^\W\d_a-zа-яё][\w'’-]*[ \t]+$")


def _first_names_alone(f: _Finder) -> None:
    """"Sanjo Velarde Ortiz said …" and then "Sanjo said …": the first word of the one person named in full
    before it, written alone (no capitalised word right before or after it, save an honorific), is that person
    (whatever a model took it for; a place too unless written as one, and only where a model took the word for a
    person's, a verb of saying follows it or no lower-case word does: "Sydney hospitals" is the city's),
    when no one here has it as a surname and the text writes no such word in lower case. Some are named by
    their given name ("Dr Sanjo"), some by a family name written first."""
    text = f.doc.text
    people = [m for m in [*f.known, *f.mentions] if f.type_of(m.entity) == "Person"]
    first_seen = _first_seen(people)
    names = {(m.entity, f.registry[m.entity].label) for m in people if m.entity in f.registry}   # not "Vell's premier"
    names |= {(e.key, e.label) for e in f.found.values() if e.type == "Person"}
    firsts: dict[str, set[str]] = {}
    lasts: set[str] = set()
    for key, name in names:
        words = name.split()
        if len(words) > 1 and words[0].lower() not in _PERSON_TITLE_WORDS | _NOT_ALONE and words[0] not in _DEMONYMS:
            for k in token_keys(words[0]):
                firsts.setdefault(k, set()).add(key)
        lasts |= token_keys(words[-1])
    if not firsts:
        return
    common = f.common
    counts = Counter(m.entity for m in f.mentions)
    bodies = {e.label for key, e in f.found.items() if e.type == "Organization" and counts[key] > 1}
    # places written somewhere after a preposition of place ("in Vell"): places, whoever else has their names
    placed = {m.entity for m in f.mentions if m.entity in f.found and f.found[m.entity].type == "Place"
              and _after_a_place_preposition(f, m.span.start, m.span.end)}
    for para in f.doc.body:
        for tok in tokens(text, para.start, para.end):
            span = Span(tok.start, tok.end)
            if len(tok.text) < 3 or not tok.text[0].isupper() or tok.text.isupper() or tok.text.lower() in common \
                    or tok.text in bodies:   # "Orla" the model took for a body's again and again: no given name
                continue
            keys = token_keys(tok.text)
            owners = set().union(*(firsts.get(k, set()) for k in keys))
            if len(owners) != 1 or keys & lasts or _CAPITALISED_NEXT.match(text, tok.end):
                continue
            if _CAPITALISED_BEFORE.search(text, max(0, tok.start - 40), tok.start) and \
                    not _HONORIFIC_BEFORE.search(text, max(0, tok.start - 8), tok.start):
                continue
            owner = owners.pop()
            if first_seen.get(owner, len(text)) >= tok.start:
                continue
            if f.taken.free(span):
                f.mentions.append(Mention(owner, span, "name"))
                f.taken.append(span)
            else:   # the model's own body, person or place of that one word: the person named in full
                for key in {m.entity for m in f.mentions if m.span == span and m.entity in f.found
                            and " " not in f.found[m.entity].label
                            and (f.found[m.entity].type in ("Person", "Organization")
                                 or f.found[m.entity].type == "Place" and m.entity not in placed
                                 and _as_a_person_alone(f, tok.text, tok.end))}:
                    _merge_entity(f.found, f.mentions, key, owner)


def _as_a_person_alone(f: _Finder, word: str, end: int) -> bool:
    """A given name a model took for a place's, written where a person's stands: a model took the word for a
    person's somewhere, a verb of saying follows it ("Korin said"), or no lower-case word does ("Korin, 52,");
    not before a noun it modifies ("Sydra hospitals")."""
    return word in f.model_people or f.patterns.verb_after_word.match(f.doc.text, end) is not None \
        or _LOWER_CASE_WORD_NEXT.match(f.doc.text, end) is None


_LOWER_CASE_WORD_NEXT = re.compile(r"[ \t]+(?P<word>[a-zа-яё][\w-]*)")


def _names_a_kind_after_an_article(f: _Finder, start: int, end: int) -> bool:
    """"the Tarvel fire", "the Vell area", "the Corvix vaccine": a one-word name between a definite article and a
    lower-case noun modifies that noun; no person is named so (a language's DEFINITE_ARTICLES), save before the
    nouns a person's name modifies ("the Vargas administration", NOUNS_A_PERSONS_NAME_MODIFIES)."""
    articles = f.patterns.tables.DEFINITE_ARTICLES
    noun = _LOWER_CASE_WORD_NEXT.match(f.doc.text, end)
    return bool(articles) and noun is not None \
        and noun.group("word") not in f.patterns.tables.NOUNS_A_PERSONS_NAME_MODIFIES and re.search(
            rf"(?:^|[^\w-])(?i:{one_of(articles)})[ \t]+$", f.doc.text[max(0, start - 12):start]) is not None


# The names listed after one: ", Orla and Tarn" (each of up to three capitalised words)
_NAMES_LISTED_ON = re.compile(
    rf"(?:(?:,[ \t]*|[ \t]+(?:{one_of(joined('CONJUNCTIONS'))})[ \t]+){_CAP}(?:[ \t]+{_CAP}){{0,2}})*")
_PLACES_CLOSING_A_LIST = {code: re.compile(rf",?[ \t]+(?:{module.PLACES_CLOSING_LISTS})(?![\w-])")
                          for code, module in LANGUAGES.items() if module.PLACES_CLOSING_LISTS}


def _listed_before_places(text: str, end: int, lang: str) -> bool:
    """A name in a list closed by a plural kind of place ("Vell, Orla and Tarn villages", "Vell and other
    settlements"): a place's, whatever a model took it for (``PLACES_CLOSING_LISTS``)."""
    closing = _PLACES_CLOSING_A_LIST.get(lang)
    return closing is not None and closing.match(text, _NAMES_LISTED_ON.match(text, end).end()) is not None


def _after_a_place_preposition(f: _Finder, start: int, end: int) -> bool:
    """A word right after a preposition of place ("killed in Tarnia"), not followed by a possessive ("in Vell's
    view"): a place (a language's PLACE_PREPOSITIONS_BEFORE_LONE_NAMES)."""
    before = f.patterns.lone_place_preposition_before
    if before is None or f.doc.text[end:end + 1] in ("'", "’"):
        return False
    return before.search(f.doc.text[max(0, start - 20):start]) is not None


def _listed_with_a_place(f: _Finder, start: int, end: int) -> bool:
    """A word written in one list with a place, right before or after it: "in Tarnia and Vell", "Vell, Tarnia"."""
    joiners = one_of(f.patterns.tables.NAME_JOINERS) or "(?!)"
    before = re.search(rf"(?P<word>[^\W\d_][\w-]*)(?:,[ \t]*|[ \t]+(?:{joiners})[ \t]+)$", f.doc.text[max(0, start - 60):start])
    if before is not None and f.is_place(Span(start - len(before.group()), start - len(before.group()) + len(before.group("word")))):
        return True
    after = re.compile(rf"(?:,[ \t]*|[ \t]+(?:{joiners})[ \t]+)(?P<word>[^\W\d_][\w-]*)").match(f.doc.text, end)
    return after is not None and f.is_place(Span(after.start("word"), after.end("word")))


_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w-]*)[ \t]+$")
TITLE_LOOKBACK = 80   # characters before a name where its title and the country it serves stand


def _after_title(f: _Finder, start: int) -> bool:
    """"президента Руритании Варгаса": a person's title, and the place they serve, right before the word;
    a surname then, whatever else the lemmatiser also reads it as (a given name, a common word)."""
    text, end = f.doc.text, start
    while (m := _WORD_BEFORE.search(text, max(0, end - TITLE_LOOKBACK), end)) is not None:
        word = Span(m.start("word"), m.end("word"))
        if f.is_place(word) and word.start < end:
            end = word.start
            continue
        return bool(f.patterns.person_title.fullmatch(m.group("word")))
    return False


def _surname_named_before(found: dict[str, Entity], mentions: list[Mention], word: str, start: int,
                          beside_verb: bool) -> bool:
    """The surname of a person this document has named in full before ``start``: the last word of the name, or,
    ``beside_verb``, a capitalised word inside a name of three words or more (``_later_surnames``)."""
    keys = token_keys(word)
    return any(m.span.start < start and (e := found.get(m.entity)) is not None and e.type == "Person"
               and any(keys & token_keys(w) for w in (_surname_words(e.label) if beside_verb
                                                       else _surname_words(e.label)[-1:]))
               for m in mentions)


def _beside_verb(patterns: _Patterns, text: str, word: Span) -> bool:
    """A word right before or after a verb of saying ("…, Atem said", "said Atem"), where it can only be a name."""
    return bool(patterns.verb_after_word.match(text, word.end)
                or patterns.verb_before_word.search(text, max(0, word.start - 20), word.start))


_LOWER_CASE_WORD_AFTER = re.compile(r"[ \t]+[a-zа-яё]")


def _common_capital(patterns: _Patterns, text: str, word: Span) -> bool:
    """"Young voters queued …": a word opening a sentence before a lower-case word, with no verb of saying beside
    it, has the sentence's capital: on a live page, no surname of a person named further down."""
    return _opens_sentence(text, word.start) and _LOWER_CASE_WORD_AFTER.match(text, word.end) is not None \
        and not _beside_verb(patterns, text, word)


def _surname_words(label: str) -> list[str]:
    """The words of a person's name that may stand alone for it as a surname: the last, and the capitalised
    words between the first and the last that are no particle ("Bin", "De")."""
    words = label.split()
    return [] if len(words) < 2 else \
        [w for w in words[1:-1] if w[:1].isupper() and w.lower() not in _CONNECTORS] + words[-1:]


def _later_surnames(f: _Finder, taken: Coverage) -> None:
    """After "Tomas Relk" ("Томас Релк"), a later "Relk" ("Релка") is the same person; so is a double-barrelled
    one ("Relk-Vanner") written whole, and a surname after an honorific ("Ms Relk") or on a live page (whose entries
    run from the latest) or in a said-tag after a quotation ("…», — сказал Релк") written before the full name.
    A word inside a name of three words or more is the surname that some naming customs give first ("Ana Ruiz Vidal"
    is "Ruiz", "Deng Atem Lual" is "Atem") when it is no one's last word and stands beside a verb of saying, where
    it can only be someone's name ("Atem said"; not "Shia" of a name in "Shia parties"); so is the first word of a
    name, the surname where it comes first ("Lu Yan" … "Lu said"). A surname two people of the text share is
    neither's."""
    doc, found, mentions, patterns = f.doc, f.found, f.mentions, f.patterns
    surnames: dict[str, set[str]] = {}
    inner: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.entity, m.span.start)
    live = bool(entry_stamps(doc))   # a live page's latest entry comes first: its full names may come further down
    titled: dict[str, str] = {}
    for key, entity in found.items():
        words = _surname_words(entity.label) if entity.type == "Person" else []
        if len(words) == 1 and all(w in _TITLES_AS_WRITTEN for w in entity.label.split()[:-1]):
            titled[key] = words[0]   # "MSP Harl": the surname of the one named in full, if anyone is (below)
            continue
        for k in token_keys(words[-1]) if words else ():
            surnames.setdefault(k, set()).add(key)
        # the first word too, which customs that give the surname first write alone ("Lu Yan" … "Lu said"), not a
        # word the text also writes in lower case ("Police Chief Jan Roe")
        first = entity.label.split()[:1] if words and entity.label.split()[0].lower() not in f.common else []
        for k in (k for word in first + words[:-1] for k in token_keys(word)):
            inner.setdefault(k, set()).add(key)
    for key, surname in titled.items():
        for k in token_keys(surname):
            surnames.setdefault(k, {key})
    for para in doc.body:
        for tok in _surname_tokens(doc.text, para):
            span = Span(tok.start, tok.end)
            if not (tok.text[0].isupper() or _particle(tok.text)) or not taken.free(span):   # "al-Rashid" too
                continue
            addressed = _HONORIFIC_BEFORE.search(doc.text, max(0, tok.start - 8), tok.start) is not None
            if tok.text.lower() in _MONTHS and not addressed:   # "In May, …" after "John May"; "Mrs May" is hers
                continue
            keys = token_keys(tok.text)
            who = set().union(*(surnames.get(k, set()) for k in keys))
            headline = para == doc.body[0]   # a headline names by surname the person the text then names in full
            tag = patterns.said_tag_before_word.search(doc.text, max(0, tok.start - TAG_REACH), tok.start)
            tagged = tag is not None and len(who) == 1 and _agrees(tag.group("verb"), found[next(iter(who))].label)
            if len(who) == 1 and (headline or addressed or tagged
                                  or (live and not _common_capital(patterns, doc.text, span))
                                  or tok.start > first_seen.get(next(iter(who)), len(doc.text))):
                mentions.append(Mention(next(iter(who)), span, "name"))
                taken.append(span)
            elif not who and len(within := set().union(*(inner.get(k, set()) for k in keys))) == 1 \
                    and tok.start > first_seen.get(next(iter(within)), len(doc.text)) \
                    and _beside_verb(patterns, doc.text, span):
                mentions.append(Mention(next(iter(within)), span, "name"))
                taken.append(span)


TAG_REACH = 40   # characters before a surname in which the close of a quotation and its said-tag are sought


def _agrees(verb: str, label: str) -> bool:
    """A said-tag's verb that tells a gender ("сказал") names only a person whose given name tells the same one, or
    none: "— сказал Жмых" is not "Ирина Жмых"."""
    said, named = verb_gender(verb), given_name_gender(label.split()[0])
    return not (said and named and said != named)


# a word joined by hyphens or apostrophes ("Relk-Vanner", "O’Dara"), from a word's start, no backtracking
_JOINED_WORD = re.compile(r"(?<![^\W_])[^\W_]++(?:[-'’][^\W\d_]++)+")


def _surname_tokens(text: str, para: Span) -> list[Token]:
    """The paragraph's words, a word joined by hyphens or apostrophes ("Relk-Vanner", "O’Dara") as one token as
    well as its parts."""
    out = tokens(text, para.start, para.end)
    out += [Token(m.start(), m.end(), m.group()) for m in _JOINED_WORD.finditer(text, para.start, para.end)]
    return sorted(out, key=lambda t: (t.start, -t.end))


def _russian_laws(text: str, para: Span, known: Coverage, patterns: _Patterns) -> list[tuple[int, int, str]]:
    """"закона Иванова" → "закон Иванова": a law's noun and the name that follows it in the genitive.

    A name the registry knows (a country, a body) is whose law it is, not its name: "закон Ruritania".
    """
    out = []
    for m in patterns.law_after_noun.finditer(text, para.start, para.end):
        parse = morph().parse(m.group("noun"))[0]
        if parse.normal_form not in patterns.law_nouns or not known.free(Span(m.start("name"), m.end("name"))):
            continue
        if not all(any("gent" in p.tag for p in morph().parse(w)[:4]) for w in m.group("name").split()):
            continue
        out.append((m.start("noun"), m.end("name"), f"{parse.normal_form} {m.group('name')}"))
    return out


def _russian_teams(text: str, para: Span, patterns: _Patterns) -> list[tuple[int, int, str]]:
    """A team noun (TEAM_NOUNS), the country after it (an adjective may open a two-word one: "Южной Руритании")
    and the sport ("по футболу"), which stays out of the label so that "сборной РФ" is the same team."""
    out = []
    for m in patterns.team_by_country.finditer(text, para.start, para.end):
        lemma = next(iter(sorted(token_keys(m.group("noun")) & patterns.team_nouns)), None)
        if lemma is None:
            continue
        words = m.group("name").split()
        first = morph().parse(words[0])[0]
        if first.is_known and "Name" in first.tag and first.tag.case == "nomn":
            continue    # "тренер сборной Иван Петров": the team's coach by name, no country
        if len(words) == 2 and not any(p.tag.POS == "ADJF" for p in morph().parse(words[0])[:2]):
            words = words[:1]   # "сборной России Иван Петров": the country, then a person
        name_end = m.start("name") + len(" ".join(words))
        end = m.end("sport") if len(words) == len(m.group("name").split()) and m.group("sport") else name_end
        out.append((m.start("noun"), end, f"{lemma.capitalize()} {' '.join(words)}"))
    return out


def _russian_compound_bodies(text: str, para: Span, endings: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """One-word names of bodies written together ("Мосгорсуд", "Промбанку"), which no dictionary lists."""
    out = []
    for tok in tokens(text, para.start, para.end):
        if not tok.text[:1].isupper() or tok.text.isupper() or len(tok.text) < 6:
            continue
        base = _compound_base(tok.text, endings)
        if base is not None:
            out.append((tok.start, tok.end, base[:1].upper() + base[1:]))
    return out


def _compound_base(word: str, endings: tuple[str, ...]) -> str | None:
    """The base form of a body's one-word name: the lemmatiser's first reading, or a later one that takes the word
    for a case form of a name with such an ending: for an unknown word its guesses tie, and "Тарвобанка" is as
    likely a feminine noun as the genitive of "Тарвобанк" (a later reading that the word is its own base form is
    no name: "Малюком" is "Малюк" in the instrumental)."""
    readings = morph().parse(word)
    if readings[0].tag.POS != "NOUN":
        return None
    for i, parse in enumerate(readings):
        base = parse.normal_form
        ending = next((e for e in endings if base.endswith(e)), None)
        # a stem before the ending: not "банк" itself
        if parse.tag.POS == "NOUN" and ending is not None and len(base) >= len(ending) + 3 \
                and (i == 0 or base != word.lower()):
            return base
    return None


def _russian_people(text: str, para: Span) -> list[tuple[int, int, str]]:
    """Given name + surname pairs, labelled in the nominative ("Марии Сомовой" → "Мария Сомова")."""
    out = []
    toks = tokens(text, para.start, para.end)
    i = 0
    while i + 1 < len(toks):
        first, second = toks[i], toks[i + 1]
        if (first.text[:1].isupper() and second.text[:1].isupper()
                and re.fullmatch(r"\s+", text[first.end:second.start])
                and _tagged(first.text, "Name") and _tagged(second.text, "Surn")):
            gender = _gender(first.text)
            words = [first.text, second.text]
            label = _person_label(text, first.start, second.end, words, " ".join(_out_of_instrumental(
                words, _given_name_by_surname(words, [_nominative(first.text, "Name"),
                                                      _surname_nominative(second.text, first.text, gender)]))))
            out.append((first.start, second.end, label))
            i += 2
        else:
            i += 1
    return out


_LEMMATISED_WORD = re.compile(rf"(?:{LEMMATISED.pattern}|-)+", re.I)


def _tagged(word: str, grammeme: str) -> bool:
    """Only Russian words carry name grammemes; the lemmatiser fails on a character with no Unicode name."""
    return bool(_LEMMATISED_WORD.fullmatch(word)) and any(grammeme in p.tag for p in morph().parse(word)[:4])


def _place_label_ru(name: str, kind: str | None) -> str:
    """Nominative: "Варде" stays, "Озёрском районе" becomes "Озёрский район"."""
    if kind:
        adj = inflect(morph().parse(name)[0], {"nomn", "sing", "masc"})
        return f"{(adj.word if adj else name).capitalize()} {morph().parse(kind)[0].normal_form}"
    words = []
    for w in name.split():
        p = morph().parse(w)[0]
        form = inflect(p, {"nomn"}) if "Geox" in p.tag or p.tag.POS == "ADJF" else None
        words.append(_cased_like(form.word, w) if form else w)
    return " ".join(words)


def _cased_like(form: str, written: str) -> str:
    """The lemmatiser's lower-case form with the capitals of the written word's parts: "Сан-Марино",
    "Мария Максакова-Игенбергс"; the first letter capital whenever the written word's is."""
    parts, written_parts = form.split("-"), written.split("-")
    if len(parts) != len(written_parts):
        return form[:1].upper() + form[1:] if written[:1].isupper() else form
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for p, w in zip(parts, written_parts))


_LATIN_SPELLING = joined("LATIN_SPELLING")


def _in_russian_letters(word: str) -> str:
    word, out, i = word.lower(), [], 0
    while i < len(word):
        latin, russian = next(((a, b) for a, b in _LATIN_SPELLING if word.startswith(a, i)), (word[i], word[i]))
        out.append(russian)
        i += len(latin)
    return "".join(out)


def given_name_gender(word: str) -> str | None:
    """The gender a given name tells: a Russian one, or an English one as Russian spells it ("Irina" as "Ирина")
    when the morphology knows it as a name; None for an ambiguous ("Никол") or unknown one. A name Russian writes
    that reads only as a plural ("Эвелин", ``_only_a_plural_name``) tells the gender of the name it is the plural
    of; one spelt in Russian letters only here does not ("Paul", as «Паул», is no plural of «Паула»; so "Jasmin", as
    «Джасмин», tells none either)."""
    russian = bool(LEMMATISED.search(word))
    first = word if russian else _in_russian_letters(word)
    if not russian and not morph().word_is_known(first):
        return None
    plural = russian and _only_a_plural_name(first)   # "Paul" is no plural of «Паула» that Russian writes
    genders = {str(p.tag.gender) for p in morph().parse(first)
               if "Name" in p.tag and (plural or "nomn" in p.tag and "sing" in p.tag) and p.tag.gender}
    return genders.pop() if len(genders) == 1 else None


def verb_gender(verb: str) -> str | None:
    """Russian past tense agrees with its subject: "заявила" wants a woman, "заявил" a man."""
    v = verb.lower()
    return next((gender for gender, ending in _VERB_GENDER_ENDINGS.items() if re.search(ending, v)), None)


_VERB_GENDER_ENDINGS = merged("VERB_GENDER_ENDINGS")


def _gender(given_name: str) -> str | None:
    """"Анна" is feminine, so "Анны Петровой" becomes "Анна Петрова", not "Анна Петров"."""
    for p in _one_persons_readings(given_name):
        if "Name" in p.tag and p.tag.gender:
            return p.tag.gender
    return None


def _only_a_plural_name(word: str) -> bool:
    """"Эвелин Тарсо": a given name before a surname that reads as a name only in the plural (of "Эвелина") is one
    person's foreign name as written, not a plural of one person."""
    return _names_only_plural(morph().parse(word)[:4])


def _names_only_plural(readings: list) -> bool:
    """Of the readings of a word, those as a given name are all plural, and there is one."""
    names = [p for p in readings if "Name" in p.tag]
    return bool(names) and all(p.tag.number == "plur" for p in names)


def _one_persons_readings(word: str) -> list:
    """The lemmatiser's first readings of a word of one person's name, without a vocative (the informal "Оль",
    "Саш") and, for a word it does not know, without a plural: what it guesses for a foreign name it does not
    know ("Урмаль" read as "Урмаля"); a plural it knows ("Нин", of "Нина") is kept."""
    parses = morph().parse(word)[:4]
    known = any(p.is_known for p in parses)
    return [p for p in parses if "voct" not in p.tag and (known or p.tag.number != "plur")]


def _surname_nominative(surname: str, given_name: str, gender: str | None) -> str:
    """A surname in the nominative; one the lemmatiser does not know as a surname ("Пола Уилана", a foreign
    name) takes the case of the given name before it, which it agrees with: "Пол Уилан". A surname with no
    reading in that case is not declined ("Анны Смит"); a man's surname that is a feminine noun in "-а", "-я"
    declines as that noun ("Олега Зиму": "Олег Зима"), one shaped as an adjective as that adjective ("Ирины
    Тарвинской": "Ирина Тарвинская"), a patronymic as one ("Анны Сергеевны"), and a double surname part by part
    ("Веры Лесной-Горской": "Вера Лесная-Горская") when the whole has no reading ("Кара-Мурзы" has)."""
    form = _one_surname_nominative(surname, given_name, gender)
    if form != surname or "-" not in surname.strip("-"):
        return form
    return "-".join(_one_surname_nominative(part, given_name, gender) for part in surname.split("-"))


def _one_surname_nominative(surname: str, given_name: str, gender: str | None) -> str:
    """A surname, or a part of a double one, in the nominative, as ``_surname_nominative`` tells; one the
    lemmatiser reads only as a plural ("Ваче Гофманов", not the Гофманы's) after a given name that may be in the
    nominative, or tells no case, is as written: one person's name is in the singular."""
    readings = [p for p in morph().parse(surname) if "Surn" in p.tag]
    if readings and all(p.tag.number == "plur" for p in readings) \
            and (not (cases := _given_name_cases(given_name, gender)) or "nomn" in cases):
        return surname
    form = _nominative(surname, "Surn", gender)
    if form != surname:
        return form
    if gender == "femn":
        ending = next((e for e in _WOMEN_SURNAME_OBLIQUE if surname.lower().endswith(e) and len(surname) > len(e) + 1),
                      None)
        if ending is not None:   # "Айгуль Зарбековой": a given name that does not decline tells no case
            return surname[:-len(ending)] + _WOMEN_SURNAME_OBLIQUE[ending]
    cases = _given_name_cases(given_name, gender)
    if not cases or "nomn" in cases:
        return surname
    if gender == "masc" and not any(p.is_known and p.tag.POS == "NOUN" and p.tag.case in cases
                                    and p.tag.gender in (None, "masc") for p in morph().parse(surname)):
        stem = _masculine_stem(surname, cases)
        if stem is not None:   # "Ричарда Хогланда": a foreign surname the lemmatiser does not know
            return stem
    for p in morph().parse(surname):
        if p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case in cases \
                and (gender is None or p.tag.gender in (None, gender) or _declines_as_a_feminine_noun(p, gender)):
            form = p.inflect({"nomn", "sing"})
            if form is not None:
                return _cased_like(form.word, surname)
        if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.case in cases and gender == p.tag.gender:
            form = p.inflect({"nomn", "sing", gender})
            if form is not None:
                return _cased_like(form.word, surname)
    return surname


def _given_name_cases(given_name: str, gender: str | None) -> set[str]:
    """The cases a given name may be in, read as a name of the person's gender ("Эдварда": his, not a woman's
    name), in the singular when it has such a reading: "Ольги" is one woman's genitive, not many women's name."""
    readings = [p for p in _one_persons_readings(given_name)
                if "Name" in p.tag and (gender is None or p.tag.gender in (None, gender))]
    return {p.tag.case for p in [p for p in readings if p.tag.number == "sing"] or readings}


def _declines_as_a_feminine_noun(parse, gender: str | None) -> bool:
    """A man's surname read as a feminine noun whose nominative ends in "-а" or "-я" declines as that noun."""
    return gender == "masc" and parse.tag.gender == "femn" and parse.normal_form.endswith(("а", "я"))


_WOMEN_SURNAME_OBLIQUE = merged("WOMEN_SURNAME_OBLIQUE_ENDINGS")
_MASCULINE_ENDINGS = {"gent": (("а", ""), ("я", "ь")), "accs": (("а", ""), ("я", "ь")), "datv": (("у", ""), ("ю", "ь")),
                      "loct": (("е", ""),)}


def _masculine_stem(word: str, cases: set[str]) -> str | None:
    """A man's foreign surname in ``cases`` without its ending, the one case those endings share: "Хогланда" →
    "Хогланд", "Зарубину" → "Зарубин", "Гёбеля" → "Гёбель"; the instrumental by ``_instrumental_lemma``."""
    if "ablt" in cases:
        return _instrumental_lemma(word)
    stems = {word[:-len(ending)] + stem for case in cases for ending, stem in _MASCULINE_ENDINGS.get(case, ())
             if word.lower().endswith(ending) and len(word) > len(ending) + 2
             and word[-len(ending) - 1].lower() not in _SOFT_OR_VOWEL_LETTERS}
    return stems.pop() if len(stems) == 1 else None


def _nominative(word: str, grammeme: str, gender: str | None = None) -> str:
    if any(grammeme in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
           and (gender is None or p.tag.gender in (None, gender)) for p in morph().parse(word)) \
            and any(grammeme in p.tag and p.tag.number == "plur" for p in _one_persons_readings(word)):
        return word    # "Вергунов": one person's surname in the nominative, not the plural genitive of "Вергун"
    for p in _one_persons_readings(word):
        if grammeme in p.tag and (gender is None or p.tag.gender is None or p.tag.gender == gender):
            form = p.inflect({"nomn", "sing"} | ({gender} if gender else set()))
            if form is not None:
                return _cased_like(form.word, word)
    return word
