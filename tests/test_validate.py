"""`validate` compiles the SHACL shapes to SPARQL over the store: it must find what pySHACL finds."""
import io

import pyoxigraph as ox
import pytest

from claimsgraph.export import write_trig
from claimsgraph.validate import validate
from tests.conftest import ONTOLOGY

SHAPES = ONTOLOGY / "shapes.ttl"
CG = "https://w3id.org/claimsgraph/ontology#"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def first(store, predicate, obj=None):
    return next(iter(store.quads_for_pattern(None, ox.NamedNode(predicate), obj)))


def replace(store, quad, obj):
    store.remove(quad)
    store.add(ox.Quad(quad.subject, quad.predicate, obj, quad.graph_name))


def break_min_count(store):
    store.remove(first(store, PROV + "wasDerivedFrom"))


def break_max_count(store):
    q = first(store, CG + "confidence")
    store.add(ox.Quad(q.subject, q.predicate, ox.Literal("0.5", datatype=ox.NamedNode(XSD + "decimal")), q.graph_name))


def break_range(store):
    replace(store, first(store, CG + "confidence"), ox.Literal("7", datatype=ox.NamedNode(XSD + "decimal")))


def break_datatype(store):
    replace(store, first(store, CG + "rule"), ox.Literal("rule", language="en"))


def break_offset_datatype(store):
    # a selector that does not open its text: from a position before the first character the engines part ways
    # (Oxigraph's SUBSTR follows XPath and counts from there, rdflib's slices from the end), which is not at issue
    quad = next(q for q in store.quads_for_pattern(None, ox.NamedNode(OA + "start"), None) if q.object.value != "0")
    replace(store, quad, ox.Literal("-3", datatype=ox.NamedNode(XSD + "integer")))


def break_class(store):
    q = first(store, CG + "evidence")
    store.remove(next(iter(store.quads_for_pattern(q.object, RDF_TYPE, None))))


def break_node_kind(store):
    replace(store, first(store, PROV + "wasAttributedTo"), ox.Literal("someone"))


def break_pattern(store):
    replace(store, first(store, CG + "sha256"), ox.Literal("not a hash"))


def break_min_length_and_quote(store):
    replace(store, first(store, OA + "exact"), ox.Literal(""))


def break_in(store):
    replace(store, first(store, CG + "bound"), ox.Literal("sideways"))


def break_unique_lang(store):
    q = first(store, SKOS + "prefLabel")
    store.add(ox.Quad(q.subject, q.predicate, ox.Literal("Another name", language=q.object.language), q.graph_name))


def break_focus_node_kind(store):
    q = first(store, RDF_TYPE.value, ox.NamedNode(CG + "Mention"))
    store.add(ox.Quad(ox.BlankNode("b1"), RDF_TYPE, ox.NamedNode(CG + "Mention"), q.graph_name))


def break_range_order(store):
    q = first(store, SCHEMA + "value")
    decimal = ox.NamedNode(XSD + "decimal")
    store.add(ox.Quad(q.subject, ox.NamedNode(SCHEMA + "minValue"), ox.Literal("10", datatype=decimal), q.graph_name))
    store.add(ox.Quad(q.subject, ox.NamedNode(SCHEMA + "maxValue"), ox.Literal("5", datatype=decimal), q.graph_name))


BREAKS = [break_range_order, break_min_count, break_max_count, break_range, break_datatype, break_offset_datatype, break_class,
          break_node_kind, break_pattern, break_min_length_and_quote, break_in, break_unique_lang,
          break_focus_node_kind]


def pyshacl_violations(trig: str) -> set[tuple[str, str | None]]:
    import pyshacl
    from rdflib import Dataset, Graph
    from rdflib.namespace import SH

    ds = Dataset()
    ds.parse(data=trig, format="trig")
    data = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        data.add((s, p, o))
    _, report, _ = pyshacl.validate(data, shacl_graph=Graph().parse(SHAPES), advanced=True, allow_warnings=True)
    found = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        path = report.value(result, SH.resultPath)
        found.add((str(report.value(result, SH.focusNode)), str(path) if path is not None else None))
    return found


@pytest.fixture(scope="module")
def seeds_trig(seeds_build):
    return (seeds_build[0] / "claims.trig").read_text(encoding="utf-8")


def test_the_seeds_conform(seeds_build):
    assert validate(seeds_build[0], SHAPES) == []


@pytest.mark.slow
@pytest.mark.parametrize("damage", BREAKS, ids=lambda f: f.__name__)
def test_a_broken_graph_gives_the_violations_pyshacl_gives(seeds_trig, tmp_path, damage):
    store = ox.Store()
    store.load(seeds_trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
    damage(store)
    text = io.StringIO()
    write_trig(store, text)
    (tmp_path / "claims.trig").write_text(text.getvalue(), encoding="utf-8")
    ours = validate(tmp_path, SHAPES)
    assert ours, "the damage went unnoticed"
    found = {(v.focus, v.path) for v in ours}
    expected = pyshacl_violations(text.getvalue())
    # pySHACL names blank nodes its own way
    assert {f for f in found if f[0].startswith("http")} == {e for e in expected if e[0].startswith("http")}
    assert len(found) == len(expected)


def test_a_shape_feature_not_compiled_is_refused(seeds_build, tmp_path):
    from claimsgraph.errors import OntologyError

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                      "<urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ; sh:closed true .\n", encoding="utf-8")
    with pytest.raises(OntologyError, match=r"\[E050\] the shapes use SHACL features this validator does not "
                                            r"compile: http://www.w3.org/ns/shacl#closed"):
        validate(seeds_build[0], shapes)
