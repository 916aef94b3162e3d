"""RDF building and serialisation: determinism, escaping, parsers other than ours."""
import subprocess
import sys

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef

from claimsgraph.export import to_jsonld, to_nquads, to_trig, to_turtle
from claimsgraph.extract import extract
from claimsgraph.ingest import parse_document
from claimsgraph.rdf import build_dataset
from tests.test_attribution import ENTITIES
from claimsgraph.link import Linker

HOSTILE = ('Putin said "<script>alert(1)</script>" and \\"""\'\'\' then\n'
           'the "Russian Foreign Ministry" said that <img src=x onerror=alert(2)> is fine.\n')


def dataset(texts):
    linker = Linker(ENTITIES)
    xs = [extract(parse_document(name, text.encode(), "text/plain"), linker) for name, text in texts]
    return build_dataset(xs, linker.entities)


def test_stages_before_rdf_do_not_import_rdflib():
    code = ("import sys; import claimsgraph.ingest, graph.segment, graph.link, graph.extract; "
            "assert 'rdflib' not in sys.modules and 'pyoxigraph' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_same_input_gives_identical_bytes():
    texts = [("a.txt", HOSTILE), ("b file (1).txt", "Vladimir Putin met Ilham Aliyev in Moscow on Friday.")]
    assert to_trig(dataset(texts)) == to_trig(dataset(list(reversed(texts))))
    assert to_turtle(dataset(texts)) == to_turtle(dataset(texts))


def test_turtle_and_trig_parse_in_pyoxigraph_and_rdflib():
    ds = dataset([("a.txt", HOSTILE)])
    ttl, trig = to_turtle(ds), to_trig(ds)
    store = ox.Store()
    store.load(ttl.encode(), format=ox.RdfFormat.TURTLE)
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert len(store) == len(union) == len(Graph().parse(data=ttl, format="turtle"))
    named = ox.Store()
    named.load(trig.encode(), format=ox.RdfFormat.TRIG)
    assert len(named) == len(union)
    assert len(to_nquads(ds).splitlines()) == len(union)
    assert to_jsonld(ds).startswith("{")


def test_every_triple_is_in_exactly_one_graph():
    ds = dataset([("a.txt", HOSTILE), ("b.txt", "Vladimir Putin said that Russia is ready.")])
    seen = {}
    for s, p, o, g in ds.quads((None, None, None, None)):
        assert (s, p, o) not in seen or seen[(s, p, o)] == g
        seen[(s, p, o)] = g


def test_evidence_offsets_reproduce_the_quote():
    ds = dataset([("a.txt", HOSTILE)])
    ds.default_union = True
    q = """PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX schema: <https://schema.org/>
           SELECT ?exact ?s ?e ?text WHERE { ?t oa:hasSelector ?sel ; oa:hasSource ?d . ?d schema:text ?text .
           ?sel oa:exact ?exact ; oa:start ?s ; oa:end ?e }"""
    rows = list(ds.query(q))
    assert rows
    for exact, s, e, text in rows:
        assert str(text)[int(s):int(e)] == str(exact)


@given(st.text(min_size=1, max_size=200))
@settings(max_examples=150, deadline=None)
def test_any_literal_round_trips_through_our_turtle(text):
    ds = Dataset()
    ds.graph(URIRef("https://w3id.org/claimsgraph/graph/t")).add(
        (URIRef("https://w3id.org/claimsgraph/x"), URIRef("https://schema.org/text"), Literal(text)))
    for serialised, fmt in ((to_turtle(ds), ox.RdfFormat.TURTLE), (to_trig(ds), ox.RdfFormat.TRIG)):
        store = ox.Store()
        store.load(serialised.encode(), format=fmt)
        (quad,) = list(store)
        assert quad.object.value == text
