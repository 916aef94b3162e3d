"""The entity registry of ``ontology/registry.ttl`` as plain ``Entity`` objects.

The registry is data: SKOS labels and aliases in every language, role titles
(``cg:roleLabel``) and the terms they were held in (``cg:roleTerm``), ``owl:sameAs`` links to Wikidata and a
person's ``schema:gender``, read with pyoxigraph
(rdflib took most of a start-up's time); the stages get plain dataclasses.

Users extend it with files of their own (``build --registry FILE``): Turtle in
the same SKOS form, or CSV with the columns ``key,label,type,aliases,wikidata`` and, optionally,
``gender`` (``male`` or ``female``; aliases separated by ``|``). Base forms are enough: the linker matches every
inflection through the lemmatiser. An entry with a built-in key overrides its
label, type, Wikidata id and gender and adds its aliases.
"""
from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path

from .errors import OntologyError
from .ids import ENTITY
from .model import Entity

CG = "https://w3id.org/claimsgraph/ontology#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
WIKIDATA = "http://www.wikidata.org/entity/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
TYPES = {SCHEMA + "Person": "Person", SCHEMA + "Organization": "Organization",
         SCHEMA + "Country": "Country", SCHEMA + "Place": "Place", SCHEMA + "Event": "Event",
         CG + "Group": "Group", CG + "Agreement": "Agreement"}


CSV_COLUMNS = ("key", "label", "type", "aliases", "wikidata", "gender")
# A person's gender as schema.org writes it, and as the CSV does, to the grammemes pronouns are matched by: the
# registry's word wins over the guess from a given name ("Никол" reads as a woman's name, "Ани" as a man's).
GENDERS = {SCHEMA + "Male": "masc", SCHEMA + "Female": "femn"}
CSV_GENDERS = {"male": "masc", "female": "femn"}
_KEY = re.compile(r"[a-z0-9][a-z0-9\-]*")
_QID = re.compile(r"Q[1-9][0-9]*")
# a term of office: an ISO 8601 interval of dates, open-ended while held ("2012-05-07/..")
_TERM = re.compile(r"(?P<start>\d{4}-\d{2}-\d{2})/(?P<until>\d{4}-\d{2}-\d{2}|\.\.)")


def load_registries(paths: list[Path]) -> list[Entity]:
    """The built-in registry (first path) with each further file merged over it, sorted by key."""
    merged: dict[str, Entity] = {}
    for path in paths:
        for entity in load_registry(path):
            merged[entity.key] = _merge(merged[entity.key], entity) if entity.key in merged else entity
    for entity in merged.values():
        unknown = [k for k in entity.context if k not in merged]
        if unknown:
            raise OntologyError(f"{ENTITY}{entity.key} has a cg:context not in the registry: {ENTITY}{unknown[0]}",
                                path=str(paths[-1]))
    return [merged[k] for k in sorted(merged)]


def _merge(base: Entity, extra: Entity) -> Entity:
    """``extra``'s label, type, Wikidata id and gender win; no label of either is lost (replaced ones become aliases)."""
    languages = {lang for _, lang in extra.pref_labels}
    pref = extra.pref_labels + tuple(t for t in base.pref_labels if t[1] not in languages)
    every = dict.fromkeys(base.all_labels() + extra.all_labels())
    return replace(base, label=extra.label, type=extra.type, wikidata=extra.wikidata or base.wikidata,
                   gender=extra.gender or base.gender, terms=extra.terms or base.terms,
                   pref_labels=pref, alt_labels=tuple(t for t in every if t not in pref),
                   roles=base.roles + tuple(r for r in extra.roles if r not in base.roles),
                   context_labels=base.context_labels + tuple(t for t in extra.context_labels
                                                              if t not in base.context_labels),
                   context=base.context + tuple(k for k in extra.context if k not in base.context))


def load_registry(path: Path) -> list[Entity]:
    """Entities sorted by key, from Turtle or CSV; raises ``OntologyError`` naming the file on bad data."""
    if Path(path).suffix.lower() == ".csv":
        return _load_csv(Path(path))
    return _load_turtle(Path(path))


def _language(text: str) -> str:
    return "ru" if re.search(r"[а-яё]", text, re.I) else "en"


def _load_csv(path: Path) -> list[Entity]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
            columns = tuple(c.strip() for c in reader.fieldnames or ())
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise OntologyError(f"cannot read the registry: {e}", path=str(path)) from None
    missing = [c for c in CSV_COLUMNS[:3] if c not in columns]
    if missing:
        raise OntologyError(f"the CSV needs the columns {', '.join(CSV_COLUMNS[:3])} (and may have "
                            f"{', '.join(CSV_COLUMNS[3:])}); missing: {', '.join(missing)}", path=str(path))
    entities = []
    for line, row in enumerate(rows, 2):
        key, label, kind = ((row.get(c) or "").strip() for c in CSV_COLUMNS[:3])
        qid = (row.get("wikidata") or "").strip().rsplit("/", 1)[-1]
        gender = (row.get("gender") or "").strip().lower()
        where = f"{path}:{line}"
        if not _KEY.fullmatch(key):
            raise OntologyError(f"key {key!r} must be lowercase letters, digits and hyphens", path=where)
        if kind not in TYPES.values():
            raise OntologyError(f"type {kind!r} is not one of {', '.join(sorted(TYPES.values()))}", path=where)
        if not label:
            raise OntologyError("the label is empty", path=where)
        if qid and not _QID.fullmatch(qid):
            raise OntologyError(f"wikidata {qid!r} is not a Wikidata id such as Q42", path=where)
        if gender and (gender not in CSV_GENDERS or kind != "Person"):
            raise OntologyError(f"gender {gender!r}: a Person's gender is male or female, or left empty", path=where)
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip() and a.strip() != label]
        entities.append(Entity(key=key, label=label, type=kind, pref_labels=((label, _language(label)),),
                               alt_labels=tuple(dict.fromkeys((a, _language(a)) for a in aliases)),
                               wikidata=qid or None, gender=CSV_GENDERS.get(gender)))
    if not entities:
        raise OntologyError("the registry declares no entities", path=str(path))
    return sorted(entities, key=lambda e: e.key)


def _load_turtle(path: Path) -> list[Entity]:
    import pyoxigraph as ox

    statements: dict[str, list[tuple[str, object]]] = {}
    try:
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.absolute().as_uri()):
            statements.setdefault(t.subject.value, []).append((t.predicate.value, t.object))
    except (SyntaxError, ValueError) as e:
        raise OntologyError(f"cannot parse the registry: {e}", path=str(path)) from None
    entities = []
    for iri in sorted(statements):
        objects = statements[iri]
        types = sorted(TYPES[o.value] for p, o in objects if p == RDF_TYPE and o.value in TYPES)
        if not iri.startswith(ENTITY) or not any(p == RDF_TYPE for p, _ in objects):
            continue
        if not types:
            raise OntologyError(f"{iri} has no known type", path=str(path))

        def literals(prop: str, objects=objects) -> list[tuple[str, str]]:
            return sorted({(o.value, o.language or "") for p, o in objects if p == prop and isinstance(o, ox.Literal)})

        pref = literals(SKOS + "prefLabel")
        english = [t for t, lang in pref if lang == "en"] or [t for t, _ in pref]
        if not english:
            raise OntologyError(f"{iri} has no skos:prefLabel", path=str(path))
        qids = sorted(o.value[len(WIKIDATA):] for p, o in objects
                      if p == OWL_SAME_AS and isinstance(o, ox.NamedNode) and o.value.startswith(WIKIDATA))
        genders = sorted({o.value for p, o in objects if p == SCHEMA + "gender"})
        if genders and (len(genders) > 1 or genders[0] not in GENDERS or types[0] != "Person"):
            raise OntologyError(f"{iri} has schema:gender {', '.join(genders)}: a Person's is schema:Male or "
                                "schema:Female", path=str(path))
        terms = [_TERM.fullmatch(t) for t, _ in literals(CG + "roleTerm")]
        if not all(terms):
            raise OntologyError(f"{iri} has a cg:roleTerm that is not an interval of dates such as "
                                "2012-05-07/2018-05-07 or 2012-05-07/..", path=str(path))
        entities.append(Entity(
            key=iri[len(ENTITY):], label=english[0], type=types[0],
            pref_labels=tuple(pref), alt_labels=tuple(literals(SKOS + "altLabel")),
            roles=tuple(literals(CG + "roleLabel")), wikidata=qids[0] if qids else None,
            gender=GENDERS[genders[0]] if genders else None,
            terms=tuple((t["start"], "" if t["until"] == ".." else t["until"]) for t in terms),
            context_labels=tuple(literals(CG + "contextLabel")),
            context=tuple(sorted(o.value[len(ENTITY):] for p, o in objects
                                 if p == CG + "context" and isinstance(o, ox.NamedNode) and o.value.startswith(ENTITY))),
        ))
    if not entities:
        raise OntologyError("the registry declares no entities", path=str(path))
    return entities
