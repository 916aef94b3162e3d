"""SHACL validation of a built graph against the shapes in ``ontology/shapes.ttl``, as SPARQL in the store.

Each constraint of the shapes becomes one SPARQL query that selects the focus
nodes violating it, run over the union of the named graphs in the build's
store: linear scans in Oxigraph instead of pySHACL walking an rdflib copy
of the whole graph node by node (1.15 s per document before). The SHACL Core
constraints the shapes use are compiled: targets by class and by subjects
of a property; minCount, maxCount, datatype, class, nodeKind IRI, pattern,
minLength, minInclusive, maxInclusive, in, uniqueLang and lessThanOrEquals on
predicate paths;
SPARQL-based constraints run as written. A shape using anything else is
refused with a coded error rather than silently skipped. The tests check
that the results equal pySHACL's on graphs broken in each of these ways.

Oxigraph keeps every integer as xsd:integer, so a datatype the build narrows
(xsd:nonNegativeInteger for offsets, xsd:positiveInteger for relay positions)
is checked as an integer of that range.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import OntologyError
from .store import open_store

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
# Narrower integer types the store reads back as xsd:integer, and the range each allows.
_INTEGER_RANGES = {XSD + "nonNegativeInteger": "?v >= 0", XSD + "positiveInteger": "?v > 0"}
# What shapes may say: compiled here, or structure that carries no constraint of its own.
_KNOWN = {SH + name for name in (
    "targetClass", "targetSubjectsOf", "nodeKind", "property", "path", "minCount", "maxCount", "datatype",
    "class", "pattern", "minLength", "minInclusive", "maxInclusive", "in", "uniqueLang", "lessThanOrEquals",
    "message", "sparql",
    "select", "prefixes", "declare")} | {RDF + "type"}


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str | None
    message: str


def validate(graph_dir: Path, shapes_path: Path) -> list[Violation]:
    """Violations of the shapes by the union of the built graph's named graphs."""
    store = open_store(Path(graph_dir))
    found = set()
    for check in _checks(_load_shapes(Path(shapes_path))):
        for solution in store.query(check.sparql, use_default_graph_as_union=True):
            focus = solution["this"].value
            if not check.flags:
                found.add(Violation(focus, check.path, check.message))
            found |= {Violation(focus, check.path, message) for i, message in enumerate(check.flags)
                      if solution[f"flag{i}"] is not None and solution[f"flag{i}"].value == "true"}
    return sorted(found, key=lambda v: (v.focus, v.path or "", v.message))


@dataclass(frozen=True, slots=True)
class _Check:
    sparql: str                 # SELECT ?this: the focus nodes that violate a constraint
    path: str | None
    message: str                # when the query checks one constraint
    flags: tuple[str, ...] = ()  # else the message of each ?flagN the query selects


def _load_shapes(path: Path) -> ox.Store:
    if not path.is_file():
        raise OntologyError("shapes file not found", path=str(path))
    shapes = ox.Store()
    try:
        shapes.load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as e:
        raise OntologyError(f"shapes are not valid Turtle: {e}", path=str(path)) from None
    return shapes


def _checks(shapes: ox.Store) -> Iterator[_Check]:
    def values(node, predicate: str) -> list:
        return [q.object for q in shapes.quads_for_pattern(node, ox.NamedNode(predicate), None)]

    def one(node, predicate: str):
        found = values(node, predicate)
        return found[0] if found else None

    for shape in sorted({q.subject for q in shapes.quads_for_pattern(None, ox.NamedNode(RDF + "type"),
                                                                     ox.NamedNode(SH + "NodeShape"))}, key=str):
        targets = [f"{{ ?this a {c} }}" for c in values(shape, SH + "targetClass")]
        targets += [f"{{ ?this {p} [] }}" for p in values(shape, SH + "targetSubjectsOf")]
        if not targets:
            continue
        focus = " UNION ".join(targets)
        _refuse_unknown(shapes, shape)
        if one(shape, SH + "nodeKind") is not None:
            yield _Check(f"SELECT DISTINCT ?this WHERE {{ {focus} FILTER(!isIRI(?this)) }}", None,
                         "the node is not an IRI")
        for prop in values(shape, SH + "property"):
            _refuse_unknown(shapes, prop)
            path = one(prop, SH + "path")
            if not isinstance(path, ox.NamedNode):
                raise OntologyError(f"only predicate paths are supported, not {path}")
            given = one(prop, SH + "message")
            for sparql, defaults in _property_checks(prop, path, focus, values, one):
                messages = tuple(given.value if given is not None else m for m in defaults)
                yield _Check(sparql, path.value, "", messages)
        for constraint in values(shape, SH + "sparql"):
            prefixes = "".join(f"PREFIX {one(d, SH + 'prefix').value}: <{one(d, SH + 'namespace').value}>\n"
                               for owner in values(constraint, SH + "prefixes")
                               for d in values(owner, SH + "declare"))
            select = one(constraint, SH + "select").value.replace("$this", "?this")
            message = one(constraint, SH + "message")
            yield _Check(f"{prefixes}SELECT DISTINCT ?this WHERE {{ {focus} {{ {select.split('WHERE', 1)[1]} }} }}",
                         None, message.value if message is not None else "SPARQL constraint")


def _property_checks(prop, path: ox.NamedNode, focus: str, values, one) -> Iterator[tuple[str, list[str]]]:
    """One query for all the constraints on one property, and the message of each of its flags.

    The query groups the property's values by focus node, computes one boolean per
    constraint (?flag0, ?flag1...) and keeps the nodes where one is true: one scan
    of the property instead of one per constraint.
    """
    per_value: list[tuple[str, str]] = []   # (true when a value violates, message)
    datatype = one(prop, SH + "datatype")
    if datatype is not None:
        wrong = f"!isLiteral(?v) || DATATYPE(?v) != {datatype}"
        if datatype.value in _INTEGER_RANGES:
            wrong = f"({wrong}) && !(DATATYPE(?v) = <{XSD}integer> && {_INTEGER_RANGES[datatype.value]})"
        per_value.append((wrong, f"a value is not of datatype {datatype.value}"))
    per_value += [(f"NOT EXISTS {{ ?v a {kind} }}", f"a value is not a {kind.value}")
                  for kind in values(prop, SH + "class")]
    if one(prop, SH + "nodeKind") is not None:
        per_value.append(("!isIRI(?v)", "a value is not an IRI"))
    pattern = one(prop, SH + "pattern")
    if pattern is not None:
        per_value.append((f"isBlank(?v) || !REGEX(STR(?v), {ox.Literal(pattern.value)})",
                          f"a value does not match {pattern.value}"))
    length = one(prop, SH + "minLength")
    if length is not None:
        per_value.append((f"isBlank(?v) || STRLEN(STR(?v)) < {length.value}", f"a value is shorter than {length.value}"))
    for name, operator in (("minInclusive", ">="), ("maxInclusive", "<=")):
        bound = one(prop, SH + name)
        if bound is not None:
            per_value.append((f"!COALESCE(?v {operator} {bound}, false)", f"a value is not {operator} {bound.value}"))
    allowed = one(prop, SH + "in")
    if allowed is not None:
        members = []
        while allowed != ox.NamedNode(RDF + "nil"):
            members.append(str(one(allowed, RDF + "first")))
            allowed = one(allowed, RDF + "rest")
        per_value.append((f"?v NOT IN ({', '.join(members)})", "a value is not among the allowed ones"))
    for other in values(prop, SH + "lessThanOrEquals"):
        per_value.append((f"EXISTS {{ ?this {other} ?w FILTER(!COALESCE(?v <= ?w, false)) }}",
                          f"a value is not <= the {other.value} of the node"))
    unique = one(prop, SH + "uniqueLang")
    if unique is not None and unique.value == "true":
        per_value.append((f"LANG(?v) != \"\" && EXISTS {{ ?this {path} ?w FILTER(?w != ?v && LANG(?w) = LANG(?v)) }}",
                          "more than one value in one language"))
    # a value whose test fails with an error (a type mismatch) does not count, as in a FILTER
    flags = [(f"MAX(COALESCE(IF(BOUND(?v) && ({test}), 1, 0), 0)) = 1", message) for test, message in per_value]
    minimum, maximum = one(prop, SH + "minCount"), one(prop, SH + "maxCount")
    if minimum is not None:
        flags.append((f"COUNT(DISTINCT ?v) < {minimum.value}", f"fewer than {minimum.value} value(s)"))
    if maximum is not None:
        flags.append((f"COUNT(DISTINCT ?v) > {maximum.value}", f"more than {maximum.value} value(s)"))
    if flags:
        columns = " ".join(f"(({flag}) AS ?flag{i})" for i, (flag, _) in enumerate(flags))
        yield (f"SELECT ?this {columns} WHERE {{ {{ SELECT DISTINCT ?this WHERE {{ {focus} }} }} "
               f"OPTIONAL {{ ?this {path} ?v }} }} GROUP BY ?this HAVING ({' || '.join(f'({f})' for f, _ in flags)})",
               [message for _, message in flags])


def _refuse_unknown(shapes: ox.Store, node) -> None:
    unknown = sorted({q.predicate.value for q in shapes.quads_for_pattern(node, None, None)} - _KNOWN)
    if unknown:
        raise OntologyError(f"the shapes use SHACL features this validator does not compile: {', '.join(unknown)}")
