from claimsgraph.conflicts import CROWDED, Figure, _reconciled, _unit_head, conflicts_among
from claimsgraph.extract.quantities import canonical_unit
from claimsgraph.lang import UNIT_CODES


def fig(value, bound=None, range_from=None):
    """A figure as the RDF gives it: a bound or a range as schema:minValue and schema:maxValue."""
    low, high = (sorted((value, range_from)) if range_from is not None
                 else (value, None) if bound == "min" else (None, value) if bound == "max" else (None, None))
    return Figure("c", "f", value, "people", "IE", low, high, "q", None, frozenset())


def test_bounds_reconcile_figures():
    assert _reconciled(fig(48000, "min"), fig(53000))
    assert _reconciled(fig(53000), fig(15, "max")) is False
    assert _reconciled(fig(10), fig(15, "max"))
    assert not _reconciled(fig(1581), fig(1500000, "min"))


def test_ranges_reconcile_the_figures_inside_them():
    assert _reconciled(fig(40, range_from=30), fig(35))
    assert _reconciled(fig(47, range_from=64), fig(50))          # "from 64 to 47"
    assert _reconciled(fig(40, range_from=30), fig(45, range_from=38))
    assert not _reconciled(fig(40, range_from=30), fig(12))
    assert not _reconciled(fig(40, range_from=30), fig(50, range_from=45))


def test_unit_heads_compare_inflections_and_plurals():
    assert _unit_head("tons of cargo") == _unit_head("ton")
    assert _unit_head("тонн груза") == _unit_head("тонны")


def figure(claim, file, value, unit, lang="en", quote="", about=()):
    code = UNIT_CODES.get(canonical_unit(unit, lang))
    return Figure(claim, file, value, unit, code, None, None, quote, None, frozenset(about))


def test_conflicts_compare_across_languages_through_the_canonical_unit():
    a = figure("a", "en.txt", 1500000, "tons of grain", about={"e/vellmar"}, quote="1.5 million tons of grain")
    b = figure("b", "ru.txt", 1200000, "тонн зерна", "ru", about={"e/vellmar"}, quote="1,2 млн тонн зерна")
    c = figure("c", "ru2.txt", 1200000, "человек", "ru", about={"e/vellmar"}, quote="1,2 млн человек")
    (conflict,) = conflicts_among([a, b, c])
    assert (conflict.a.claim, conflict.b.claim, conflict.shared) == ("a", "b", ("vellmar",))
    assert conflict.row()["unit_code"] == "TNE" and conflict.row()["value_a"] == 1500000


def test_conflicts_need_different_documents_and_something_shared():
    a = figure("a", "one.txt", 40, "hours", about={"e/dorvik"})
    assert conflicts_among([a, figure("b", "one.txt", 50, "hours", about={"e/dorvik"})]) == []
    assert conflicts_among([a, figure("b", "two.txt", 50, "hours", about={"e/ostrava"})]) == []
    assert conflicts_among([figure("a", "one.txt", 40, "hours", quote="the Dorvik strike"),
                            figure("b", "two.txt", 50, "hours", quote="strike talks")])[0].shared == ("strike",)


def test_conflicts_a_crowded_entity_alone_pairs_nothing():
    """Thousands of figures about one entity are not all compared with each other."""
    many = [figure(f"c{i:05}", f"d{i}.txt", i + 1, "people", about={"e/vellmar"}) for i in range(20 * CROWDED)]
    pair = [figure("x1", "x1.txt", 7, "people", about={"e/vellmar", "e/dorvik-dam"}),
            figure("x2", "x2.txt", 9, "people", about={"e/vellmar", "e/dorvik-dam"})]
    found = conflicts_among(many + pair)
    assert [(c.a.claim, c.b.claim, c.shared) for c in found] == [("x1", "x2", ("dorvik-dam", "vellmar"))]


def test_timeline_puts_undated_events_last():
    import pyoxigraph as ox

    from claimsgraph.derived import derive
    from claimsgraph.query import saved_query
    from claimsgraph.store import select

    turtle = """@prefix cg: <https://w3id.org/claimsgraph/ontology#> . @prefix oa: <http://www.w3.org/ns/oa#> .
    @prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix ex: <http://example.org/> .
    ex:doc cg:fileName "dorvik.txt" .
    ex:a a cg:EventClaim ; prov:wasDerivedFrom ex:doc ; cg:evidence [ oa:hasSelector [ oa:exact "undated" ] ] .
    ex:b a cg:EventClaim ; prov:wasDerivedFrom ex:doc ; dcterms:date "2021-03-02"^^xsd:date ;
        cg:evidence [ oa:hasSelector [ oa:exact "later" ] ] .
    ex:c a cg:EventClaim ; prov:wasDerivedFrom ex:doc ; dcterms:date "2020-05-01"^^xsd:date ;
        cg:evidence [ oa:hasSelector [ oa:exact "earlier" ] ] ."""
    store = ox.Store()
    store.load(turtle.encode(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("http://example.org/graph"))
    derive(store)   # as a build does: the timeline reads the order worked out there
    names, rows = select(store, saved_query("timeline").sparql)
    assert [r[names.index("quote")] for r in rows] == ["earlier", "later", "undated"]


def quantity_claims(name, lang, text, about=("vellmar",)):
    """One invented article's figures as claims, through the real extractor, as the RDF holds them."""
    from claimsgraph.extract.quantities import find_quantities
    from claimsgraph.model import Claim, Document, Extraction, Span

    doc = Document(name=name, text=text, sha256=name, lang=lang, media_type="text/plain", encoding="utf-8")
    claims = tuple(Claim("quantity", q.span, None, about, "quantity/test", 0.9, value=q.value, unit=q.unit,
                         approximate=q.approximate, bound=q.bound, lang=lang, canonical_unit=q.canonical_unit,
                         range_from=q.range_from)
                   for q in find_quantities(text, Span(0, len(text)), lang))
    return Extraction(doc, (), claims)


def store_of(*extractions):
    import pyoxigraph as ox

    from claimsgraph.rdf import document_quads

    from claimsgraph.derived import derive

    store = ox.Store()
    for x in extractions:
        store.extend(document_quads(x))
    derive(store)   # as a build does, after the documents' graphs
    return store


def test_conflicts_read_unit_codes_and_ranges_from_the_rdf():
    from claimsgraph.conflicts import find_conflicts

    store = store_of(quantity_claims("en.txt", "en", "Vellmar shipped 1.5 million tons of grain."),
                     quantity_claims("ru.txt", "ru", "Веллмар отгрузил 1,2 млн тонн зерна."),
                     quantity_claims("range.txt", "ru", "Веллмар отгрузил от 1,2 до 1,6 млн тонн зерна."),
                     quantity_claims("people.txt", "en", "Vellmar hired 1.2 million people."))
    found = [(c.a.file, c.b.file, c.a.code) for c in find_conflicts(store)]
    assert found == [("en.txt", "ru.txt", "TNE")]   # the range holds both figures; people are not tons


def figure_rows(store):
    """Each figure's value, unit as written, unit code and range ends, by value."""
    from claimsgraph.store import select

    _, rows = select(store, """PREFIX schema: <https://schema.org/>
        SELECT ?value ?unit ?code ?low ?high WHERE { ?c schema:value ?value ; schema:unitText ?unit ;
        schema:unitCode ?code OPTIONAL { ?c schema:minValue ?low } OPTIONAL { ?c schema:maxValue ?high } }
        ORDER BY ?value""")
    return rows


def test_figures_in_rdf_keep_the_unit_as_written_its_code_and_the_range():
    rows = figure_rows(store_of(quantity_claims("r.txt", "ru", "Ставка выросла с 7,5 до 7,75%, экспорт — более 40 тонн.")))
    # "с 7,5 до 7,75%": the first end is a figure of its own, in the second's unit; the second keeps both ends
    assert rows == [[7.5, "percent", "P1", None, None], [7.75, "percent", "P1", 7.5, 7.75],
                    [40.0, "тонн", "TNE", 40.0, None]]


def test_a_speed_is_no_distance_to_set_against_one():
    store = store_of(quantity_claims("speed.txt", "en", "Gusts over Vellmar reached 140 km/h."),
                     quantity_claims("road.txt", "ru", "Дорога до Веллмара — 120 км."))
    assert [r[2] for r in figure_rows(store)] == ["KMT", "KMH"]
    from claimsgraph.conflicts import find_conflicts
    assert find_conflicts(store) == []


def test_saved_conflicting_figures_pairs_only_figures_that_can_be_about_one_thing():
    from claimsgraph.query import saved_query
    from claimsgraph.store import select

    crowd = [quantity_claims(f"d{i:02}.txt", "en", f"Vellmar hired {i + 100} people.") for i in range(60)]
    pair = [quantity_claims("x1.txt", "en", "Vellmar hired 7 people.", about=("vellmar", "dorvik-dam")),
            quantity_claims("x2.txt", "ru", "Веллмар нанял 9 человек.", about=("vellmar", "dorvik-dam"))]
    names, rows = select(store_of(*crowd, *pair), saved_query("conflicting_figures").sparql)
    found = [dict(zip(names, r)) for r in rows]
    assert [({r["file_a"], r["file_b"]}, r["unit_code"]) for r in found] == [({"x1.txt", "x2.txt"}, "IE")]


def test_saved_conflicting_figures_stays_small_when_every_figure_is_about_one_entity():
    """A pair's shared entities are looked up for that pair only: joined on their own, 2,400 labelled
    figures about one entity made 5.8 million rows (13 s and 5 GB; the query was killed at 1,000
    documents). Now well under a second."""
    import time

    import pyoxigraph as ox

    from claimsgraph.derived import derive
    from claimsgraph.model import Entity
    from claimsgraph.query import saved_query
    from claimsgraph.rdf import document_quads, entity_quads
    from claimsgraph.store import select

    sites = [f"site-{i}" for i in range(40)]
    store = ox.Store()
    for i in range(1200):
        store.bulk_extend(document_quads(quantity_claims(
            f"d{i:04}.txt", "en", f"Vellmar hired {i + 100} people and {i + 3} engineers.", about=("vellmar", sites[i % 40]))))
    store.bulk_extend(entity_quads([Entity(key, key, "Place", ((key.title(), "en"),)) for key in ["vellmar", *sites]]))
    started = time.process_time()
    derive(store)
    names, rows = select(store, saved_query("conflicting_figures").sparql)
    assert time.process_time() - started < 10
    found = [dict(zip(names, r)) for r in rows]
    site = [int(r[f"file_{side}"][1:5]) % 40 for r in found for side in "ab"]
    assert found and site[0::2] == site[1::2]   # paired only within a site: "vellmar" is crowded
    assert all(set(r["shared_entities"].split(", ")) == {"Vellmar", f"Site-{int(r['file_a'][1:5]) % 40}"}
               for r in found)


def test_graph_labels_write_figures_grouped_without_exponents():
    from claimsgraph.projection import project

    g = project(store_of(quantity_claims("f.txt", "en", "Vellmar shipped 1.5 million tons and $2.4 trillion.")))
    figures = sorted(d["figure"] for _, d in g.nodes(data=True) if d.get("kind") == "claim")
    assert figures == ["1,500,000 tons", "2,400,000,000,000 dollars"]


# The saved queries as they were before the derived graph: each worked out its answer from the whole graph at
# every request. They are the oracle the derived graph must reproduce, row for row.
WHOLE_GRAPH_CONFLICTS = """PREFIX cg: <https://w3id.org/claimsgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?unit_code ?value_a ?unit_a ?value_b ?unit_b ?file_a ?file_b ?quote_a ?quote_b
       (GROUP_CONCAT(DISTINCT ?shared_label; separator=", ") AS ?shared_entities) ?a ?b
WHERE {
  { SELECT DISTINCT ?unit_code ?a ?b WHERE {
      { { SELECT ?unit_code ?about ?a WHERE { { SELECT ?unit_code ?about WHERE {
            ?f a cg:QuantityClaim ; schema:unitCode ?unit_code ; schema:about ?about }
            GROUP BY ?unit_code ?about HAVING (COUNT(?f) <= 50) }
          ?a schema:about ?about ; schema:unitCode ?unit_code } }
        { SELECT ?unit_code ?about ?b WHERE { { SELECT ?unit_code ?about WHERE {
            ?f a cg:QuantityClaim ; schema:unitCode ?unit_code ; schema:about ?about }
            GROUP BY ?unit_code ?about HAVING (COUNT(?f) <= 50) }
          ?b schema:about ?about ; schema:unitCode ?unit_code } }
      } UNION {
        { SELECT ?unit_code ?a WHERE { { SELECT ?unit_code WHERE { ?f a cg:QuantityClaim ; schema:unitCode ?unit_code }
            GROUP BY ?unit_code HAVING (COUNT(?f) <= 50) } ?a schema:unitCode ?unit_code } }
        { SELECT ?unit_code ?b WHERE { { SELECT ?unit_code WHERE { ?f a cg:QuantityClaim ; schema:unitCode ?unit_code }
            GROUP BY ?unit_code HAVING (COUNT(?f) <= 50) } ?b schema:unitCode ?unit_code } }
      }
      FILTER(STR(?a) < STR(?b)) } }
  ?a schema:value ?value_a ; prov:wasDerivedFrom ?doc_a .
  ?b schema:value ?value_b ; prov:wasDerivedFrom ?doc_b .
  FILTER(?doc_a != ?doc_b && ?value_a != ?value_b)
  OPTIONAL { ?a schema:minValue ?low_a } OPTIONAL { ?a schema:maxValue ?high_a }
  OPTIONAL { ?b schema:minValue ?low_b } OPTIONAL { ?b schema:maxValue ?high_b }
  BIND(IF(BOUND(?low_a) || BOUND(?high_a), COALESCE(?low_a, -1e300), ?value_a) AS ?from_a)
  BIND(IF(BOUND(?low_a) || BOUND(?high_a), COALESCE(?high_a, 1e300), ?value_a) AS ?to_a)
  BIND(IF(BOUND(?low_b) || BOUND(?high_b), COALESCE(?low_b, -1e300), ?value_b) AS ?from_b)
  BIND(IF(BOUND(?low_b) || BOUND(?high_b), COALESCE(?high_b, 1e300), ?value_b) AS ?to_b)
  FILTER(?to_a < ?from_b || ?to_b < ?from_a)
  ?doc_a cg:fileName ?file_a .
  ?doc_b cg:fileName ?file_b .
  OPTIONAL { ?a schema:unitText ?unit_a } OPTIONAL { ?b schema:unitText ?unit_b }
  ?a cg:evidence/oa:hasSelector/oa:exact ?quote_a .
  ?b cg:evidence/oa:hasSelector/oa:exact ?quote_b .
  OPTIONAL { ?a schema:about ?shared . ?shared skos:prefLabel ?shared_label
             FILTER(LANG(?shared_label) = "en" && EXISTS { ?b schema:about ?shared }) }
}
GROUP BY ?unit_code ?value_a ?unit_a ?value_b ?unit_b ?file_a ?file_b ?quote_a ?quote_b ?a ?b
ORDER BY DESC(COUNT(DISTINCT ?shared)) ?unit_code ?file_a ?file_b ?a ?b"""
WHOLE_GRAPH_CO_MENTIONS = """PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?a_label ?b_label (SUM(?n) AS ?claims)
WHERE {
  { SELECT ?a ?b (COUNT(?claim) AS ?n) WHERE { ?claim schema:about ?a, ?b . FILTER(?a != ?b) } GROUP BY ?a ?b }
  FILTER(STR(?a) < STR(?b))
  ?a skos:prefLabel ?a_label FILTER(LANG(?a_label) = "en")
  ?b skos:prefLabel ?b_label FILTER(LANG(?b_label) = "en")
}
GROUP BY ?a_label ?b_label
ORDER BY DESC(?claims) ?a_label ?b_label"""


def mixed_figures():
    """Invented articles whose figures agree, disagree, bound or span each other, in two languages and units,
    about crowded and uncrowded entities (two entities share an English label): the store and its entities."""
    from claimsgraph.model import Entity
    from claimsgraph.rdf import entity_quads

    places = ["vellmar", "dorvik", "ostrava", "kessel", "lunde"]
    docs = []
    for i in range(70):
        about = (places[i % 5], places[(i * 3 + 1) % 5]) if i % 4 else (places[i % 5],)
        figure = ["Vellmar hired {} people.", "The port shipped {} tons of grain.", "Prices rose by more than {} percent.",
                  "Between {} and 90 people were hired."][i % 4].format(10 + (i * 7) % 40)
        lang, text = ("ru", f"Веллмар нанял {12 + i % 9} человек.") if i % 6 == 5 else ("en", figure)
        docs.append(quantity_claims(f"d{i:02}.txt", lang, text, about=about))
    entities = [Entity(key, key, "Place", ((key.title(), "en"),)) for key in places[:4]]
    entities.append(Entity("lunde", "lunde", "Place", (("Kessel", "en"),)))   # the same label as kessel
    return docs, entity_quads(entities)


def rows_of(store, sparql):
    """A SELECT's rows as dicts, shared entities' labels in label order (the whole-graph query gave them in
    the store's order)."""
    from claimsgraph.store import select

    names, rows = select(store, sparql)
    found = [dict(zip(names, r)) for r in rows]
    for r in found:
        if r.get("shared_entities"):
            r["shared_entities"] = ", ".join(sorted(r["shared_entities"].split(", ")))
    return names, found


def test_derived_conflicts_and_co_mentions_give_the_whole_graph_queries_rows():
    from claimsgraph.derived import derive
    from claimsgraph.query import saved_query

    docs, entities = mixed_figures()
    store = store_of(*docs)
    store.bulk_extend(entities)
    derive(store)   # again, now that the labels are in
    for saved, whole in [("conflicting_figures", WHOLE_GRAPH_CONFLICTS), ("co_mentioned", WHOLE_GRAPH_CO_MENTIONS)]:
        found, expected = rows_of(store, saved_query(saved).sparql), rows_of(store, whole)
        assert found == expected and len(found[1]) > 3, saved
    conflicts = rows_of(store, saved_query("conflicting_figures").sparql)[1]
    assert {"Dorvik, Vellmar", None} <= {r["shared_entities"] for r in conflicts}
    assert {r["unit_code"] for r in conflicts} == {"IE", "TNE"} and any(r["unit_a"] != r["unit_b"] for r in conflicts)


def test_the_derived_graph_written_in_batches_is_the_graph_made_at_once(monkeypatch):
    from claimsgraph import derived
    from claimsgraph.rdf import DERIVED_GRAPH

    docs, entities = mixed_figures()
    store = store_of(*docs)
    store.bulk_extend(entities)
    size = derived.derive(store)
    whole = set(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))
    monkeypatch.setattr(derived, "BATCH", 3)
    again = store_of(*docs)
    again.bulk_extend(entities)
    assert derived.derive(again) == size == len(whole) > 3
    assert set(again.quads_for_pattern(None, None, None, DERIVED_GRAPH)) == whole


def test_the_derived_graph_follows_changed_added_and_removed_documents():
    """Derived again after a document's graph is replaced, one added and one removed, it equals the derived
    graph of a store holding the new documents only."""
    import pyoxigraph as ox

    from claimsgraph.derived import DERIVED_GRAPH, derive
    from claimsgraph.ids import doc_graph_iri
    from claimsgraph.rdf import document_quads

    before = [quantity_claims(f"d{i}.txt", "en", f"Vellmar hired {40 + i} people.") for i in range(4)]
    changed = quantity_claims("d1.txt", "en", "Vellmar hired 40 people.")   # now agrees with d0
    added = quantity_claims("d9.txt", "en", "Vellmar hired 77 people.")
    store = store_of(*before)
    first = set(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))
    store.remove_graph(ox.NamedNode(doc_graph_iri("d1.txt")))
    store.remove_graph(ox.NamedNode(doc_graph_iri("d3.txt")))
    store.bulk_extend(document_quads(changed) + document_quads(added))
    derive(store)
    patched = set(store.quads_for_pattern(None, None, None, DERIVED_GRAPH))
    clean = set(store_of(before[0], changed, before[2], added).quads_for_pattern(None, None, None, DERIVED_GRAPH))
    assert patched == clean and patched != first


def test_saved_conflicting_figures_pages_by_rank():
    from claimsgraph.query import saved_query
    from claimsgraph.store import select

    store = store_of(*[quantity_claims(f"d{i:02}.txt", "en", f"Vellmar hired {i + 100} people.") for i in range(50)])
    sparql = saved_query("conflicting_figures").sparql
    first = [r[-2:] for r in select(store, sparql)[1]]
    second = [r[-2:] for r in select(store, sparql.replace("LIMIT 1000", "LIMIT 1000 OFFSET 1000"))[1]]
    everything = [r[-2:] for r in select(store, sparql.replace("LIMIT 1000", "LIMIT 2000"))[1]]
    assert len(everything) == 50 * 49 // 2 and first + second == everything and len(first) == 1000


def test_conflicts_from_each_documents_own_figure_rows_equal_those_read_from_the_store():
    """A build reads each document's figures from its graph alone, where it is extracted; merged, they
    give the conflicts of the whole store, claimants named by their English labels in the store."""
    import dataclasses

    import pyoxigraph as ox

    from claimsgraph.conflicts import figure_rows, find_conflicts
    from claimsgraph.rdf import ENTITIES_GRAPH, document_quads

    extractions = []
    for i in range(4):
        x = quantity_claims(f"d{i}.txt", "en", f"Vellmar hired {40 + i} people.")
        extractions.append(dataclasses.replace(x, claims=tuple(dataclasses.replace(c, claimant="vellmar")
                                                               for c in x.claims)))
    store = store_of(*extractions)
    (claimant,) = {q.object for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/ns/prov#wasAttributedTo"), None, None)}
    store.add(ox.Quad(claimant, ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                      ox.Literal("Vellmar Works", language="en"), ENTITIES_GRAPH))
    rows = []
    for x in reversed(extractions):   # any order: the figures are put in file and claim order
        own = ox.Store()
        own.extend(document_quads(x))
        rows += figure_rows(own)
    merged = find_conflicts(store, rows)
    assert merged == find_conflicts(store) and len(merged) == 6
    assert {c.a.claimant for c in merged} == {"Vellmar Works"}


def test_figures_in_rdf_a_hyphened_range_with_a_scale_and_a_factor():
    rows = figure_rows(store_of(quantity_claims("f.txt", "ru", "Веллмар отгрузил 30-40 тыс. тонн зерна, в 1,5 раза больше.")))
    # each end as written, the range's own figure with both bounds
    assert rows == [[1.5, "раза", "cg:times", None, None], [30000.0, "тонн зерна", "TNE", None, None],
                    [40000.0, "тонн зерна", "TNE", 30000.0, 40000.0]]
