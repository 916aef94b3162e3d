"""Relations a sentence states between two entities, as subject, predicate and object.

Each rule names an ontology property (``cg:chairs``, ``cg:deployedIn``,
``cg:meetsWith``, ``cg:mediatesBetween``, ``cg:signed``) and the words that
state it between the two mentions, in every language (``RELATION_PHRASES`` in
``graph/lang``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import alternation, tables
from ..model import MentionIndex, Span, outermost

ACTORS = {"Person", "Organization", "Country", "Group"}
REACH = 80   # characters between two mentions a relation is read across, and before a mediator's name


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


def _phrases(relation: str) -> str:
    """Every language's words for a relation, as one alternation."""
    return "|".join(table[relation] for table in tables("RELATION_PHRASES") if table.get(relation))


# The words of each rule are in graph/lang (RELATION_PHRASES), under the rule's name.
RULES = (
    _rule("chairs", _phrases("chaired_by"), False, ACTORS, {"Organization", "Group"}),
    _rule("chairs", _phrases("chairs"), True, {"Person", "Organization", "Country"}, {"Organization", "Group"}),
    _rule("deployedIn", _phrases("deployed_in"), True, {"Group", "Organization"}, {"Place", "Country"}),
    _rule("meetsWith", _phrases("meets_with"), True, {"Person", "Organization", "Country"},
          {"Person", "Organization", "Country"}),
    _rule("mediatesBetween", _phrases("mediates_between"), True, ACTORS, ACTORS),
    _rule("signed", _phrases("signed"), True, {"Person", "Organization", "Country"}, {"Agreement"}),
)
_MEDIATION = re.compile(rf"(?:{alternation('MEDIATED_BY')})\W*$", re.I)


def find_relation(text: str, span: Span, mentions: MentionIndex,
                  types: dict[str, str]) -> tuple[str, str, str] | None:
    """(subject key, predicate, object key) of the first relation the span states, if any."""
    inside = mentions.within(span)
    inside = outermost(inside)
    for a, b in zip(inside, inside[1:]):
        between = text[a.span.end:b.span.start]
        if len(between) > REACH or a.entity == b.entity:
            continue
        for rule in RULES:
            if not rule.between.match(between):
                continue
            subject, obj = (a, b) if rule.subject_first else (b, a)
            if types.get(subject.entity) in rule.subject_types and types.get(obj.entity) in rule.object_types:
                return subject.entity, rule.predicate, obj.entity
    for m in inside:
        if _MEDIATION.search(text[max(span.start, m.span.start - REACH):m.span.start]) and types.get(m.entity) in ACTORS:
            parties = [o for o in inside if o.entity != m.entity and types.get(o.entity) in ("Country", "Person")]
            if parties:
                return m.entity, "mediatesBetween", parties[0].entity
    return None
