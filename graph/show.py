"""One entity, found by any of its labels: what it claims and what is claimed about it."""
from __future__ import annotations

from dataclasses import dataclass

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
    """(IRI, English label) of entities with a label equal to ``name`` after normalisation, else up to
    inflection, else containing it."""
    _, rows = select(store, _PREFIXES + """
        SELECT DISTINCT ?e (COALESCE(?en, ?any) AS ?label) ?alias WHERE {
          VALUES ?p { skos:prefLabel skos:altLabel cg:roleLabel cg:contextLabel }
          ?e ?p ?alias ; skos:prefLabel ?any .
          OPTIONAL { ?e skos:prefLabel ?en FILTER(LANG(?en) = "en") } }""")
    wanted = normalise_name(name)
    exact = sorted({(e, label) for e, label, alias in rows if normalise_name(alias) == wanted})
    if exact:
        return exact
    inflected = sorted({(e, label) for e, label, alias in rows if _same_words(wanted, normalise_name(alias))})
    if inflected:   # "Путина": the registry lists base forms, the lemmatiser finds the rest
        return inflected
    return sorted({(e, label) for e, label, alias in rows if wanted and wanted in normalise_name(alias)})


def _same_words(name: str, alias: str) -> bool:
    """Word for word the same, up to inflection."""
    from .link import token_keys

    a, b = name.split(), alias.split()
    return bool(a) and len(a) == len(b) and all(token_keys(x) & token_keys(y) for x, y in zip(a, b))


@dataclass(frozen=True, slots=True)
class Description:
    """An entity and its claims: ``claims`` are rows with ``role`` "made" (it claims) or "about"
    (claimed about it), the document, the claimant, the quote and the claim's IRI."""

    iri: str
    label: str
    types: list[str]
    labels: list[str]
    claims: list[dict]

    def text(self) -> str:
        """The entity as a person reads it: labels, then the claims it makes and those about it."""
        out = [f"{self.label}  <{self.iri}>"]
        for type_ in self.types:
            out += [f"type: {type_}", f"labels: {' · '.join(self.labels)}"]
        for title, role in (("claims made", "made"), ("claims about it", "about")):
            rows = [c for c in self.claims if c["role"] == role]
            out += ["", f"{title}: {len(rows)}"]
            for c in rows:
                speaker = "" if role == "made" else f"{c['claimant'] or 'the article'}: "
                out.append(f"  [{c['doc']}] {speaker}“{c['quote']}”")
        return "\n".join(out) + "\n"


def describe(store: ox.Store, name: str) -> Description:
    found = find_entities(store, name)
    if not found:
        raise QueryError(f"no entity has the label or alias {name!r}")
    if len(found) > 1 and len({e for e, _ in found}) > 1:
        names = "; ".join(label for _, label in found[:10])
        raise QueryError(f"{name!r} matches several entities: {names}; be more specific")
    iri, label = found[0]
    _, meta = select(store, _PREFIXES + f"""
        SELECT ?type (GROUP_CONCAT(DISTINCT STR(?l); separator="\u001f") AS ?labels) WHERE {{
          <{iri}> a ?type . OPTIONAL {{ <{iri}> skos:altLabel|skos:prefLabel ?l }} }} GROUP BY ?type""")
    types = [type_.rsplit("/", 1)[-1].rsplit("#", 1)[-1] for type_, _ in meta]
    labels = sorted({text for _, joined in meta for text in (joined or "").split("\u001f") if text})
    claims = []
    for role, pattern in (("made", f"?c prov:wasAttributedTo <{iri}> ."), ("about", f"?c schema:about <{iri}> .")):
        _, rows = select(store, _PREFIXES + f"""
            SELECT ?c ?quote ?file ?who WHERE {{ {pattern}
              ?c cg:evidence/oa:hasSelector/oa:exact ?quote ; prov:wasDerivedFrom/cg:fileName ?file .
              OPTIONAL {{ ?c prov:wasAttributedTo/skos:prefLabel ?who FILTER(LANG(?who) = "en") }} }}
            ORDER BY ?file ?c""")
        claims += [{"role": role, "doc": file, "claimant": label if role == "made" else who, "quote": quote,
                    "claim": claim} for claim, quote, file, who in rows]
    return Description(iri, label, types, labels, claims)
