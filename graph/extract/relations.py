"""Relations a sentence states between two entities, as subject, predicate and object.

Each rule names an ontology property (``cg:chairs``, ``cg:deployedIn``,
``cg:meetsWith``, ``cg:mediatesBetween``, ``cg:signed``) and the words that
state it between, before or after the two mentions, in English and Russian.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import MentionIndex, Span, outermost

ACTORS = {"Person", "Organization", "Country", "Group"}


@dataclass(frozen=True, slots=True)
class Rule:
    predicate: str
    between: re.Pattern      # the words between the two mentions
    subject_first: bool      # the first mention is the subject
    subject_types: frozenset[str]
    object_types: frozenset[str]


def _rule(predicate, pattern, subject_first, subject_types, object_types):
    return Rule(predicate, re.compile(rf"^\W*(?:{pattern})\W*$", re.I), subject_first,
                frozenset(subject_types), frozenset(object_types))


RULES = (
    _rule("chairs", r"(?:is |are |was |were )?(?:jointly |also )?(?:co-?)?chaired by(?: the)?"
          r"(?: (?:deputy )?prime ministers?(?: of)?| (?:deputy )?heads?(?: of)?)?(?: the)?"
          r"|под (?:со)?председательством(?: вице-премьеров| глав)?",
          False, ACTORS, {"Organization", "Group"}),
    _rule("chairs", r"(?:co-?)?chairs?(?: the)?|(?:co-?)?chaired(?: the)?|возглавляет|возглавил",
          True, {"Person", "Organization", "Country"}, {"Organization", "Group"}),
    _rule("deployedIn", r"(?:(?:is|are|was|were|have been|has been|will be) )?(?:deployed|stationed|based)"
          r"(?: (?:in|to|along|on))?(?: the)?|(?:были |будут )?(?:размещены|размещен[аоы]?|введены|введен[аоы]?"
          r"|развернуты|разместились|находятся)(?: в| на| вдоль)?",
          True, {"Group", "Organization"}, {"Place", "Country"}),
    _rule("meetsWith", r"(?:has |had )?(?:met|meets|will meet)(?: with)?(?: the)?|(?:held|holds|will hold) "
          r"(?:talks|a meeting|a phone call|a telephone conversation|negotiations)(?: with)?(?: the)?"
          r"|(?:said )?(?:in|at|during) (?:a|the|his|her) (?:\w+ )?(?:meeting|talks|conversation|phone call) with"
          r"(?: (?:\w+ ){0,2}(?:president|prime minister|pm|counterpart|colleague))?(?: the)?"
          r"|(?:провел|провёл|проведет|проведёт) (?:встречу|переговоры|телефонный разговор) со?(?: \w+){0,3}"
          r"|встретился со?|встретится со?|на встрече со?(?: \w+){0,3}|в ходе встречи со?(?: \w+){0,3}",
          True, {"Person", "Organization", "Country"}, {"Person", "Organization", "Country"}),
    _rule("mediatesBetween", r"(?:mediates|mediated|is mediating) between(?: the)?|выступил[аи]? посредником между",
          True, ACTORS, ACTORS),
    _rule("signed", r"(?:has |have |had )?signed(?: the| a)?|подписал[аи]?",
          True, {"Person", "Organization", "Country"}, {"Agreement"}),
)
_MEDIATION = re.compile(r"(?:with the mediation of|mediated by|при посредничестве)\W*$", re.I)


def find_relation(text: str, span: Span, mentions: MentionIndex,
                  types: dict[str, str]) -> tuple[str, str, str] | None:
    """(subject key, predicate, object key) of the first relation the span states, if any."""
    inside = mentions.within(span)
    inside = outermost(inside)
    for a, b in zip(inside, inside[1:]):
        between = text[a.span.end:b.span.start]
        if len(between) > 80 or a.entity == b.entity:
            continue
        for rule in RULES:
            if not rule.between.match(between):
                continue
            subject, obj = (a, b) if rule.subject_first else (b, a)
            if types.get(subject.entity) in rule.subject_types and types.get(obj.entity) in rule.object_types:
                return subject.entity, rule.predicate, obj.entity
    for m in inside:
        if _MEDIATION.search(text[max(span.start, m.span.start - 80):m.span.start]) and types.get(m.entity) in ACTORS:
            parties = [o for o in inside if o.entity != m.entity and types.get(o.entity) in ("Country", "Person")]
            if parties:
                return m.entity, "mediatesBetween", parties[0].entity
    return None
