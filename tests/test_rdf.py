"""RDF building and serialisation: determinism, escaping, parsers other than ours."""
import subprocess
import sys

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph

from claimsgraph.export import serialize
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.rdf import corpus_quads
from tests.test_attribution import ENTITIES
from claimsgraph.link import Linker

HOSTILE = ('Putin said "<script>alert(1)</script>" and \\"""\'\'\' then\n'
           'the "Russian Foreign Ministry" said that <img src=x onerror=alert(2)> is fine.\n')
GRAPH = ox.NamedNode("https://w3id.org/claimsgraph/graph/t")


def quads(texts):
    linker = Linker(ENTITIES)
    xs = [extract(parse_document(name, text.encode(), "text/plain"), linker) for name, text in texts]
    return corpus_quads(xs, linker.entities)


def store_of(quad_list) -> ox.Store:
    store = ox.Store()
    store.extend(quad_list)
    return store


def test_stages_before_rdf_do_not_import_rdflib():
    code = ("import sys; import claimsgraph.ingest, graph.segment, graph.link, graph.extract; "
            "assert 'rdflib' not in sys.modules and 'pyoxigraph' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_same_input_gives_identical_bytes():
    texts = [("a.txt", HOSTILE), ("b file (1).txt", "Vladimir Putin met Ilham Aliyev in Moscow on Friday.")]
    for fmt in ("trig", "turtle", "nquads", "jsonld"):
        assert serialize(store_of(quads(texts)), fmt) == serialize(store_of(quads(list(reversed(texts)))), fmt)


def test_turtle_and_trig_parse_in_pyoxigraph_and_rdflib():
    store = store_of(quads([("a.txt", HOSTILE)]))
    ttl, trig = serialize(store, "turtle"), serialize(store, "trig")
    parsed = ox.Store()
    parsed.load(ttl.encode(), format=ox.RdfFormat.TURTLE)
    assert len(parsed) == len(store) == len(Graph().parse(data=ttl, format="turtle"))
    named = ox.Store()
    named.load(trig.encode(), format=ox.RdfFormat.TRIG)
    assert set(named) == set(store)
    assert len(serialize(store, "nquads").splitlines()) == len(store)
    assert serialize(store, "jsonld").startswith("[")


def test_exports_keep_the_datatypes_the_store_narrows_to_integer():
    """Oxigraph reads xsd:nonNegativeInteger back as xsd:integer; the exports say what rdf.py wrote."""
    store = store_of(quads([("a.txt", HOSTILE)]))
    for fmt in ("turtle", "trig", "nquads", "jsonld"):
        text = serialize(store, fmt)
        assert "nonNegativeInteger" in text and "XMLSchema#integer" not in text and "xsd:integer" not in text, fmt


def test_every_triple_is_in_exactly_one_graph():
    seen = {}
    for q in quads([("a.txt", HOSTILE), ("b.txt", "Vladimir Putin said that Russia is ready.")]):
        triple = (q.subject, q.predicate, q.object)
        assert triple not in seen or seen[triple] == q.graph_name
        seen[triple] = q.graph_name


def test_evidence_offsets_reproduce_the_quote():
    assert_offsets_reproduce_quotes(store_of(quads([("a.txt", HOSTILE)])))


def assert_offsets_reproduce_quotes(store: ox.Store) -> None:
    q = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <https://schema.org/>
           SELECT ?exact ?s ?e ?text WHERE { ?t oa:hasSelector ?sel ; oa:hasSource ?d . ?d schema:text ?text .
           ?sel oa:exact ?exact ; oa:start ?s ; oa:end ?e }"""
    rows = list(store.query(q, use_default_graph_as_union=True))
    assert rows
    for exact, s, e, text in rows:
        assert text.value[int(s.value):int(e.value)] == exact.value


def round_trip(text: str) -> None:
    store = store_of([ox.Quad(ox.NamedNode("https://w3id.org/claimsgraph/x"), ox.NamedNode("https://schema.org/text"),
                              ox.Literal(text), GRAPH)])
    for fmt, syntax in (("turtle", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG),
                        ("nquads", ox.RdfFormat.N_QUADS)):
        serialised = serialize(store, fmt)
        assert not any(ch in serialised for ch in _non_characters()), fmt
        parsed = ox.Store()
        parsed.load(serialised.encode(), format=syntax)
        (quad,) = list(parsed)
        assert quad.object.value == text


def _non_characters() -> list[str]:
    return [chr(c) for c in range(0xFDD0, 0xFDF0)] + [chr(p * 0x10000 + end) for p in range(17) for end in (0xFFFE, 0xFFFF)]


def test_every_unicode_non_character_is_escaped():
    assert len(_non_characters()) == 66
    round_trip("a" + "".join(_non_characters()) + "b")


@given(st.text(min_size=1, max_size=200, alphabet=st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(_non_characters()))))
@settings(max_examples=150, deadline=None)
def test_any_literal_round_trips_through_our_serialisations(text):
    round_trip(text)


def test_byte_order_probes_in_text_become_replacement_characters_with_offsets_kept():
    """rapper refuses U+FFFE and U+FFFF even escaped: the graph holds U+FFFD in their place."""
    store = store_of(quads([("a.txt", "Vladimir Putin \ufffe said \uffff that the talks were useful.")]))
    texts = [q.object.value for q in store if q.predicate.value == "https://schema.org/text"]
    assert texts == ["Vladimir Putin \ufffd said \ufffd that the talks were useful."]
    assert_offsets_reproduce_quotes(store)


def test_turtle_sorted_in_spilled_runs_is_the_same_as_sorted_at_once(monkeypatch):
    from claimsgraph import export

    store = store_of(quads([("a.txt", HOSTILE), ("b.txt", "Vladimir Putin said that Russia is ready.")]))
    # the same triple in two graphs is written once
    store.add(ox.Quad(ox.NamedNode("https://w3id.org/claimsgraph/x"), ox.NamedNode("https://schema.org/name"),
                      ox.Literal("x"), GRAPH))
    store.add(ox.Quad(ox.NamedNode("https://w3id.org/claimsgraph/x"), ox.NamedNode("https://schema.org/name"),
                      ox.Literal("x"), ox.NamedNode("https://w3id.org/claimsgraph/graph/u")))
    at_once = serialize(store, "turtle")
    monkeypatch.setattr(export, "RUN", 7)
    assert serialize(store, "turtle") == at_once
    assert at_once.count('schema:name "x"') == 1


def test_a_big_graphs_blocks_sorted_in_spilled_runs_are_its_blocks_sorted_at_once(monkeypatch):
    """The derived graph grows with the corpus: its blocks are sorted in runs spilled to files, and written
    as they come, in pieces; the same Turtle and TriG as blocks sorted at once and written whole."""
    from io import StringIO

    from claimsgraph import export

    store = store_of(quads([("a.txt", HOSTILE), ("b.txt", "Vladimir Putin said that Russia is ready.")]))
    graphs = export.graphs(store)
    whole = [(g, export.graph_blocks(export.quads(store, g))) for g in graphs]
    monkeypatch.setattr(export, "RUN", 7)
    monkeypatch.setattr(export, "TRIG_PIECE", 2)
    streamed = [(g, export.sorted_graph_blocks(export.quads(store, g))) for g in graphs]
    assert [(g, list(blocks)) for g, blocks in streamed] == whole and max(len(b) for _, b in whole) > 7
    written = []
    for graph_blocks in (whole, [(g, export.sorted_graph_blocks(export.quads(store, g))) for g in graphs]):
        turtle, trig = StringIO(), StringIO()
        export.write_blocks(graph_blocks, store, turtle=turtle, trig=trig)
        written.append((turtle.getvalue(), trig.getvalue()))
    assert written[0] == written[1] == (serialize(store, "turtle"), serialize(store, "trig"))


def test_relays_form_a_prov_quotation_chain_that_the_listing_reads_back(tmp_path):
    """"…, quoted by A and B": the claim was quoted from A's report, A's from B's; the listing gives [A, B]."""
    from claimsgraph.model import Claim, Document, Extraction, Span
    from claimsgraph.rdf import document_quads
    from claimsgraph.query import claims_listing
    import pyoxigraph as ox

    text = "The harbour will reopen, an official said, quoted by Outlet A and Outlet B."
    doc = Document("t.txt", text, "0", "en", "text/plain", "utf-8", body=(Span(0, len(text)),))
    claim = Claim("statement", Span(0, len(text)), "official", (), "verb_subject", 0.8, via=("outlet-a", "outlet-b"))
    store = ox.Store()
    store.extend(document_quads(Extraction(doc, (), (claim,))))
    [row] = claims_listing(store)
    assert row["via"] == ["https://w3id.org/claimsgraph/entity/outlet-a", "https://w3id.org/claimsgraph/entity/outlet-b"]
    chain = store.query("PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?who WHERE { ?c a ?k ; "
                        "prov:wasQuotedFrom/prov:wasQuotedFrom/prov:wasAttributedTo ?who }",
                        use_default_graph_as_union=True)
    assert [s["who"].value for s in chain] == ["https://w3id.org/claimsgraph/entity/outlet-b"]


def test_a_subject_in_several_graphs_is_one_turtle_statement(monkeypatch):
    """Turtle merges the graphs' statements by subject; one found in two graphs is rendered as one."""
    from claimsgraph import export

    s, name, label = (ox.NamedNode("https://w3id.org/claimsgraph/x"), ox.NamedNode("https://schema.org/name"),
                      ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"))
    other = ox.NamedNode("https://w3id.org/claimsgraph/graph/u")
    triples = [(s, name, ox.Literal("x")), (s, label, ox.Literal("y", language="en")),
               (ox.BlankNode("b1"), name, ox.Literal("z"))]
    spread = store_of(quads([("a.txt", HOSTILE)]))
    spread.extend([ox.Quad(*triples[0], GRAPH), ox.Quad(*triples[1], other), ox.Quad(*triples[2], other),
                   ox.Quad(*triples[0], other)])
    together = store_of(quads([("a.txt", HOSTILE)]))
    together.extend(ox.Quad(*t, GRAPH) for t in triples)
    monkeypatch.setattr(export, "RUN", 5)
    assert serialize(spread, "turtle") == serialize(together, "turtle")
    assert serialize(spread, "turtle").count("<https://w3id.org/claimsgraph/x>\n") == 1


def test_a_builds_turtle_and_trig_are_what_its_store_renders(seeds_build, seeds_store):
    """`export` copies a build's claims.ttl and claims.trig: they must be the store's own rendering."""
    for fmt, name in (("turtle", "claims.ttl"), ("trig", "claims.trig")):
        assert serialize(seeds_store, fmt) == (seeds_build[0] / name).read_text(encoding="utf-8")
