"""One entity, found by any of its labels: what it claims and what is claimed about it."""
from __future__ import annotations

import pyoxigraph as ox

from .errors import QueryError
from .ids import normalise_name
from .store import select

_PREFIXES = """PREFIX cg: <https://w3id.org/claimsgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def find_entities(store: ox.Store, name: str) -> list[tuple[str, str]]:
    """(IRI, English label) of entities with a label equal to ``name`` after normalisation."""
    _, rows = select(store, _PREFIXES + """
        SELECT DISTINCT ?e (COALESCE(?en, ?any) AS ?label) ?alias WHERE {
          VALUES ?p { skos:prefLabel skos:altLabel cg:roleLabel }
          ?e ?p ?alias ; skos:prefLabel ?any .
          OPTIONAL { ?e skos:prefLabel ?en FILTER(LANG(?en) = "en") } }""")
    wanted = normalise_name(name)
    exact = sorted({(e, label) for e, label, alias in rows if normalise_name(alias) == wanted})
    if exact:
        return exact
    return sorted({(e, label) for e, label, alias in rows if wanted and wanted in normalise_name(alias)})


def describe(store: ox.Store, name: str) -> str:
    found = find_entities(store, name)
    if not found:
        raise QueryError(f"no entity has the label or alias {name!r}")
    if len(found) > 1 and len({e for e, _ in found}) > 1:
        names = "; ".join(label for _, label in found[:10])
        raise QueryError(f"{name!r} matches several entities: {names}; be more specific")
    iri, label = found[0]
    out = [f"{label}  <{iri}>"]
    _, meta = select(store, _PREFIXES + f"""
        SELECT ?type (GROUP_CONCAT(DISTINCT STR(?l); separator=" · ") AS ?labels) WHERE {{
          <{iri}> a ?type . OPTIONAL {{ <{iri}> skos:altLabel|skos:prefLabel ?l }} }} GROUP BY ?type""")
    for type_, labels in meta:
        out.append(f"type: {type_.rsplit('/', 1)[-1].rsplit('#', 1)[-1]}")
        out.append(f"labels: {labels}")
    for title, pattern in (("claims made", f"?c prov:wasAttributedTo <{iri}> ."),
                           ("claims about it", f"?c schema:about <{iri}> .")):
        _, rows = select(store, _PREFIXES + f"""
            SELECT ?c ?quote ?file ?who WHERE {{ {pattern}
              ?c cg:evidence/oa:hasSelector/oa:exact ?quote ; prov:wasDerivedFrom/cg:fileName ?file .
              OPTIONAL {{ ?c prov:wasAttributedTo/skos:prefLabel ?who FILTER(LANG(?who) = "en") }} }}
            ORDER BY ?file ?c""")
        out.append("")
        out.append(f"{title}: {len(rows)}")
        for _, quote, file, who in rows:
            speaker = "" if title == "claims made" else f"{who or 'the article'}: "
            out.append(f"  [{file}] {speaker}“{quote}”")
    return "\n".join(out) + "\n"
