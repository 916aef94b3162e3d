"""The saved listings read the page they show from ranks the build works out (the derived graph); their rows
must be the rows the queries gave when they sorted and counted the whole graph at every request."""
import re

import pytest

from claimsgraph.vocab import sparql_prefixes

# The saved queries as they were before the listings were ranked at build time: each sorted or counted every
# claim of its kind at every request. They are the oracle the ranked listings must reproduce, row for row.
PREFIXES = sparql_prefixes("cg", "dcterms", "oa", "prov", "schema", "skos")
WHOLE_GRAPH_TIMELINE = PREFIXES + """SELECT ?date ?quote ?claimant_label ?file ?claim
WHERE {
  { SELECT ?date ?file ?claim
    WHERE {
      ?claim a cg:EventClaim ;
             prov:wasDerivedFrom ?doc .
      ?doc cg:fileName ?file .
      OPTIONAL { ?claim dcterms:date ?claim_date }
      OPTIONAL { ?doc schema:datePublished ?doc_date }
      BIND(COALESCE(?claim_date, ?doc_date) AS ?date)
    }
    ORDER BY (!BOUND(?date)) ?date ?file ?claim
    LIMIT 1000 }
  ?claim cg:evidence ?evidence .
  ?evidence oa:hasSelector ?selector .
  ?selector oa:exact ?quote .
  OPTIONAL { ?claim prov:wasAttributedTo ?claimant .
             ?claimant skos:prefLabel ?claimant_label FILTER(LANG(?claimant_label) = "en") }
}
ORDER BY (!BOUND(?date)) ?date ?file ?claim"""
WHOLE_GRAPH_QUANTITIES = PREFIXES + """SELECT ?value ?unit ?unit_code ?min_value ?max_value ?bound ?claimant_label ?quote ?file ?claim
WHERE {
  { SELECT ?claim ?value ?unit_code ?file
    WHERE {
      ?claim a cg:QuantityClaim ;
             schema:value ?value ;
             prov:wasDerivedFrom ?doc .
      ?doc cg:fileName ?file .
      OPTIONAL { ?claim schema:unitCode ?unit_code }
    }
    ORDER BY ?unit_code DESC(?value) ?file ?claim
    LIMIT 1000 }
  ?claim cg:evidence ?evidence .
  ?evidence oa:hasSelector ?selector .
  ?selector oa:exact ?quote .
  OPTIONAL { ?claim schema:unitText ?unit }
  OPTIONAL { ?claim schema:minValue ?min_value }
  OPTIONAL { ?claim schema:maxValue ?max_value }
  OPTIONAL { ?claim cg:bound ?bound }
  OPTIONAL { ?claim prov:wasAttributedTo ?claimant .
             ?claimant skos:prefLabel ?claimant_label FILTER(LANG(?claimant_label) = "en") }
}
ORDER BY ?unit_code DESC(?value) ?file ?claim"""
WHOLE_GRAPH_CLAIMANTS = PREFIXES + """SELECT ?claimant ?label ?claims ?documents ?kinds
WHERE {
  { SELECT ?claimant (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?doc) AS ?documents)
           (GROUP_CONCAT(DISTINCT ?kind; separator=", ") AS ?kinds)
    WHERE {
      VALUES (?class ?kind) { (cg:StatementClaim "statement") (cg:QuantityClaim "quantity")
                              (cg:EventClaim "event") (cg:RelationClaim "relation") }
      ?claim a ?class ;
             prov:wasAttributedTo ?claimant ;
             prov:wasDerivedFrom ?doc .
    }
    GROUP BY ?claimant }
  OPTIONAL { ?claimant skos:prefLabel ?label FILTER(LANG(?label) = "en") }
}
ORDER BY DESC(?claims) ?label ?claimant"""
WHOLE_GRAPH_CLAIMS_ABOUT_ENTITY = PREFIXES + """SELECT ?entity_label ?claimant_label ?quote ?file ?claim
WHERE {
  { SELECT ?entity ?entity_label WHERE { ?entity skos:prefLabel ?entity_label FILTER(LANG(?entity_label) = "en") } }
  ?claim schema:about ?entity ;
         prov:wasDerivedFrom ?doc ;
         cg:evidence ?evidence .
  ?doc cg:fileName ?file .
  ?evidence oa:hasSelector ?selector .
  ?selector oa:exact ?quote .
  OPTIONAL { ?claim prov:wasAttributedTo ?claimant .
             ?claimant skos:prefLabel ?claimant_label FILTER(LANG(?claimant_label) = "en") }
}
ORDER BY ?entity_label ?entity ?file ?claim"""

PEOPLE = ["vellmar", "dorvik", "ostrava", "kessel", "lunde", "brenna", "tarsk"]
KINDS = ["statement", "quantity", "event", "relation"]


def invented_corpus(documents: int = 60):
    """Invented articles, dated and undated, whose claims of every kind are made by a few claimants (one with no
    English label, two sharing one) about a few entities, with events dated in the text or by their article."""
    from claimsgraph.model import Claim, Document, Entity, Extraction, Span

    extractions = []
    for i in range(documents):
        text = f"Report {i:03}. " + " ".join(f"Sentence {j} of report {i}." for j in range(8))
        doc = Document(name=f"r{(i * 37) % documents:03}.txt", text=text, sha256=f"{i:064x}", lang="en",
                       media_type="text/plain", encoding="utf-8",
                       date=None if i % 5 == 0 else f"202{i % 3}-0{1 + i % 9}-1{i % 10}")
        claims = []
        for j in range(6):
            kind = KINDS[(i + j) % 4]
            claimant = None if (i + j) % 7 == 0 else PEOPLE[(i * 3 + j // 2) % len(PEOPLE)]
            about = tuple(sorted({PEOPLE[(i + j) % len(PEOPLE)], PEOPLE[(i * j) % len(PEOPLE)]}))
            extra = {}
            if kind == "quantity":
                extra = dict(value=float((i * 13 + j) % 17 * 10), unit=["people", "tons"][j % 2],
                             canonical_unit=[None, "t", "people"][i % 3],
                             bound=["min", None, "max"][i % 3], range_from=None if i % 4 else 5.0)
            if kind == "event" and j % 2:
                extra = dict(date=f"2019-1{i % 3}-0{1 + j}")
            if kind == "relation":
                extra = dict(subject=about[0], predicate="meetsWith", object=about[-1])
            start = text.index(f"Sentence {j} ")
            claims.append(Claim(kind, Span(start, start + 10), claimant, about, f"{kind}/test", 0.8, **extra))
        extractions.append(Extraction(doc, (), tuple(claims)))
    entities = [Entity(key, key, "Person", ((key.title(), "en"), (key.upper(), "ru"))) for key in PEOPLE[:5]]
    entities.append(Entity("brenna", "brenna", "Person", (("Бренна", "ru"),)))        # no English label
    entities.append(Entity("tarsk", "tarsk", "Person", (("Kessel", "en"),)))          # the same label as kessel
    return extractions, entities


@pytest.fixture(scope="module")
def store():
    import pyoxigraph as ox

    from claimsgraph.derived import derive
    from claimsgraph.rdf import document_quads, entity_quads

    extractions, entities = invented_corpus()
    store = ox.Store()
    for x in extractions:
        store.bulk_extend(document_quads(x))
    store.bulk_extend(entity_quads(entities))
    derive(store)   # as a build does, once the documents' and the entities' graphs are in
    return store


def rows(store, sparql):
    from claimsgraph.store import select

    names, found = select(store, sparql)
    return [dict(zip(names, r)) for r in found]


def paged(sparql: str, limit: int, offset: int) -> str:
    (page,) = re.findall(r"LIMIT \d+", sparql)
    return sparql.replace(page, f"LIMIT {limit} OFFSET {offset}")


@pytest.mark.parametrize("name, whole", [("timeline", WHOLE_GRAPH_TIMELINE), ("quantities", WHOLE_GRAPH_QUANTITIES)],
                         ids=["timeline", "quantities"])
def test_ranked_listings_give_the_whole_graph_queries_rows_page_by_page(store, name, whole):
    from claimsgraph.query import saved_query

    sparql = saved_query(name).sparql
    found, expected = rows(store, paged(sparql, 1000, 0)), rows(store, whole)
    assert found == expected and len(found) > 50
    for limit, offset in [(7, 0), (7, 7), (10, len(expected) - 5)]:
        assert rows(store, paged(sparql, limit, offset)) == rows(store, paged(whole, limit, offset))


def test_timeline_and_quantities_cover_undated_events_and_figures_without_a_code(store):
    from claimsgraph.query import saved_query

    timeline = rows(store, saved_query("timeline").sparql)
    assert timeline[-1]["date"] is None and timeline[0]["date"] is not None
    quantities = rows(store, saved_query("quantities").sparql)
    assert quantities[0]["unit_code"] is None and {r["unit_code"] for r in quantities} >= {"TNE", "IE"}


def test_claims_by_claimant_gives_the_counts_the_whole_graph_query_counted(store):
    from claimsgraph.query import saved_query

    def kinds_as_sets(found):
        return [{**r, "kinds": set(r["kinds"].split(", "))} for r in found]

    sparql = saved_query("claims_by_claimant").sparql
    found, expected = rows(store, sparql), rows(store, WHOLE_GRAPH_CLAIMANTS)
    assert kinds_as_sets(found) == kinds_as_sets(expected) and len(found) == len(PEOPLE)
    assert {r["label"] for r in found} == {"Vellmar", "Dorvik", "Ostrava", "Kessel", "Lunde", None}
    assert all(r["kinds"].split(", ") == [k for k in KINDS if k in r["kinds"]] for r in found)
    assert rows(store, paged(sparql, 3, 2)) == found[2:5]


def test_claims_about_entity_lists_each_entitys_claims_in_label_order_page_by_page(store):
    from claimsgraph.query import saved_query

    sparql = saved_query("claims_about_entity").sparql
    found, expected = rows(store, paged(sparql, 1000, 0)), rows(store, WHOLE_GRAPH_CLAIMS_ABOUT_ENTITY)

    def key(r):
        return tuple(str(v) for v in r.values())

    assert sorted(map(key, found)) == sorted(map(key, expected)) and len(found) > 100
    labels = [r["entity_label"] for r in found]
    assert labels == sorted(labels) and "Бренна" not in labels
    assert len(rows(store, sparql)) == 500 < len(found)   # the saved query shows a page of 500
    # A page is the next rows in the same order: entity by entity, in label order.
    pages = [rows(store, paged(sparql, 40, offset)) for offset in range(0, len(found), 40)]
    assert sorted(key(r) for page in pages for r in page) == sorted(map(key, found)) and len(pages) > 3
    assert all(a[-1]["entity_label"] <= b[0]["entity_label"] for a, b in zip(pages, pages[1:]))


def test_the_derived_listings_add_a_few_triples_per_ranked_row(store):
    """Two triples per event, figure and labelled entity, five per claimant: the derived graph grows with
    those rows, not with the pairs of claims and entities."""
    from claimsgraph.rdf import DERIVED_GRAPH, LISTING

    entries = [q for q in store.quads_for_pattern(None, None, None, DERIVED_GRAPH)
               if q.subject.value.startswith(LISTING)]
    kinds = rows(store, PREFIXES + "SELECT ?kind (COUNT(*) AS ?n) WHERE { ?c a ?kind } GROUP BY ?kind")
    count = {r["kind"].rsplit("#", 1)[-1]: r["n"] for r in kinds}
    assert len(entries) == 2 * count["EventClaim"] + 2 * count["QuantityClaim"] + 2 * 6 + 5 * len(PEOPLE)
