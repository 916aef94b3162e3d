"""Exports opened by other programs: CSV cells a spreadsheet would run as formulas."""
import csv
import io

import pytest
from click.testing import CliRunner

from claimsgraph.cli import cli
from claimsgraph.export import claims_csv
from claimsgraph.formats import csv_cell


@pytest.mark.parametrize("text", ["=1+2", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"])
def test_text_that_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "a=b", "", -5, 1.5, 0])
def test_other_cells_are_unchanged(value):
    assert csv_cell(value) == value


def test_claims_csv_neutralises_a_hostile_file_name(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "=1+2.txt").write_text("Marta Velinova said that the harbour would reopen in May.", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "-q"]).exit_code == 0
    result = CliRunner().invoke(cli, ["export", "--graph", str(out), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and {r["doc"] for r in rows} == {"'=1+2.txt"}
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r.values())


def test_claims_csv_of_nothing_is_empty():
    assert claims_csv([]) == ""


NETWORK_FORMATS = [("graphml", "{http://graphml.graphdrawing.org/xmlns}"), ("gexf", "{http://gexf.net/1.3}")]


def network_file(store, fmt):
    from claimsgraph.export import to_network_file
    from claimsgraph.projection import project

    return to_network_file(project(store), fmt)


@pytest.mark.parametrize("fmt, ns", NETWORK_FORMATS)
def test_network_files_follow_gephis_rules_for_ids(seeds_store, fmt, ns):
    """Gephi refuses a file whose node or edge ids repeat, or whose edges name a missing node."""
    import xml.etree.ElementTree as ET

    import networkx as nx

    text = network_file(seeds_store, fmt)
    root = ET.fromstring(text)
    nodes = [n.get("id") for n in root.iter(f"{ns}node")]
    edges = [(e.get("id"), e.get("source"), e.get("target")) for e in root.iter(f"{ns}edge")]
    assert len(nodes) == len(set(nodes)) > 30 and len(edges) == len({e[0] for e in edges}) > len(nodes)
    assert {end for _, source, target in edges for end in (source, target)} <= set(nodes)
    assert "networkx_key" not in text
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.StringIO(text))
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(nodes), len(edges))
    assert network_file(seeds_store, fmt) == text          # the same bytes every time


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_label_claims_by_their_text_and_name_claimants_and_documents(seeds_store, fmt):
    import networkx as nx

    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(io.StringIO(network_file(seeds_store, fmt)))
    claims = [d for _, d in g.nodes(data=True) if d["kind"] == "claim"]
    assert claims and all(" ".join(d["quote"].split()).startswith(d["label"].removesuffix("…")) for d in claims)
    claimed = [d for d in claims if "claimant_iri" in d]
    assert claimed and all(not d["claimant"].startswith("https://") and d["claimant_iri"].startswith("https://")
                           and g.nodes[d["claimant_iri"]]["label"] == d["claimant"] for d in claimed)
    assert all(d["doc"].endswith(".txt") and g.nodes[d["doc_iri"]]["label"] == d["doc"] for d in claims)
    labels = {d["label"] for _, d in g.nodes(data=True) if d["kind"] != "claim"}
    assert not any(label.startswith("https://") for label in labels)


def test_network_files_carry_the_pages_positions_and_colours(seeds_store):
    import networkx as nx

    from claimsgraph.projection import project
    from claimsgraph.visualize import page_data

    page = {n["id"]: n for n in page_data(project(seeds_store))["nodes"]}
    graphml = nx.read_graphml(io.StringIO(network_file(seeds_store, "graphml")))
    gexf = nx.read_gexf(io.StringIO(network_file(seeds_store, "gexf")))
    for n, d in graphml.nodes(data=True):
        viz = gexf.nodes[n]["viz"]
        assert (d["x"], d["y"]) == (viz["position"]["x"], viz["position"]["y"])
        assert (d["r"], d["g"], d["b"]) == (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"])
        if n in page:
            assert (d["x"], d["y"]) == (page[n]["x"], page[n]["y"])
            assert f"#{d['r']:02x}{d['g']:02x}{d['b']:02x}" == page[n]["color"]
    assert set(page) <= set(graphml)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_write_figures_as_plain_digits(fmt):
    import re

    from tests.test_conflicts import quantity_claims, store_of

    text = network_file(store_of(quantity_claims("f.txt", "en", "Vellmar shipped 1.5 million tons and $2.4 trillion.")),
                        fmt)
    values = sorted(re.findall(r'(?:<data key="node_value">|<attvalue for="value" value=")([^<"]*)', text))
    assert values == ["1500000", "2400000000000"]
    assert "1,500,000 tons" in text and "e+" not in text


def test_jsonld_streamed_graph_by_graph_equals_pyoxigraphs_writer_on_the_sorted_quads():
    import pyoxigraph as ox

    from claimsgraph.export import serialize

    store = ox.Store()
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    for i in range(3000):   # far more than one write of the writer's buffer
        g = ox.NamedNode(f"https://example.org/graph/{i % 3}")
        store.add(ox.Quad(ox.NamedNode(f"https://example.org/e/{i:05d}"), label,
                          ox.Literal("Вера Ольхова 🌊 " * (i % 7 + 1), language="ru"), g))
    ordered = sorted(store, key=lambda q: (q.graph_name.value, str(q)))
    assert serialize(store, "jsonld") == ox.serialize(ordered, format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"


def test_jsonld_made_of_the_lines_equals_pyoxigraphs_writer_on_every_escape_and_term_kind(tmp_path):
    """Every code point N-Triples and JSON escape differently (controls, DEL, non-characters), an
    escaped backslash before a "u", blank nodes, typed and tagged literals, several predicates and
    subjects per graph: the same bytes as pyoxigraph's writer over the N-Quads export's quads."""
    import pyoxigraph as ox

    from claimsgraph.export import serialize, write_jsonld

    text = "".join(map(chr, range(0x100))) + "\u2028\ufdd0\ufffe\uffff\U0001fffe\ufeff a\\u0041 \\"
    store = ox.Store()
    p, q = ox.NamedNode("https://example.org/p"), ox.NamedNode("https://example.org/q")
    for g in (ox.NamedNode("https://example.org/graph/1"), ox.NamedNode("https://example.org/graph/2")):
        for s in (ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/s2"), ox.BlankNode("b1")):
            store.extend([ox.Quad(s, p, ox.Literal(text), g), ox.Quad(s, p, ox.Literal(text + "x", language="ru"), g),
                          ox.Quad(s, p, ox.Literal("5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")), g),
                          ox.Quad(s, q, ox.BlankNode("zz"), g), ox.Quad(s, q, ox.NamedNode("https://example.org/o"), g),
                          ox.Quad(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), q, g)])
    ordered = ox.parse(serialize(store, "nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True)
    expected = ox.serialize(ordered, format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"
    assert serialize(store, "jsonld") == expected
    with open(tmp_path / "out.jsonld", "w", encoding="utf-8", newline="\n") as f:   # written as bytes
        write_jsonld(store, f)
    assert (tmp_path / "out.jsonld").read_text(encoding="utf-8") == expected
    assert serialize(ox.Store(), "jsonld") == ox.serialize([], format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"


def test_graphs_loaded_from_their_blocks_in_one_write_are_the_graphs_written(tmp_path):
    """The build fills its store from documents' Turtle blocks, several documents' graphs parsed in one
    bulk load: each quad comes back in its own graph, terms as made (languages, datatypes, escapes)."""
    import pyoxigraph as ox

    from claimsgraph.export import graph_blocks, graph_trig, load_trig

    ex = "https://example.org/"
    made = []
    for n, name in enumerate(["first", "second"]):
        g = ox.NamedNode(f"{ex}graph/{name}")
        s = ox.NamedNode(f"{ex}claim/{name}-Квота")
        made += [ox.Quad(s, ox.NamedNode(f"{ex}says"), ox.Literal(f'He said "{n}"\nthen left', language="en"), g),
                 ox.Quad(s, ox.NamedNode(f"{ex}value"), ox.Literal(str(40 + n), datatype=ox.NamedNode(
                     "http://www.w3.org/2001/XMLSchema#decimal")), g),
                 ox.Quad(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         ox.NamedNode(f"{ex}Claim"), g),
                 ox.Quad(ox.NamedNode(f"{ex}entity/Tarvik"), ox.NamedNode(f"{ex}label"), ox.Literal("Тарвик"), g)]
    store = ox.Store(str(tmp_path / "store"))
    load_trig(store, [graph_trig(g, graph_blocks([q for q in made if q.graph_name == g]))
                      for g in dict.fromkeys(q.graph_name for q in made)])
    assert sorted(map(str, store)) == sorted(map(str, made))


def test_a_graph_sorted_in_spilled_runs_as_it_comes_has_the_blocks_and_count_of_the_graph(monkeypatch):
    """The build makes the derived graph's blocks from its quads as they come, repeats among them, in
    runs spilled to disk: the blocks of the graph sorted whole, each statement counted once."""
    from contextlib import ExitStack

    import pyoxigraph as ox

    from claimsgraph import export

    ex = "https://example.org/"
    triples = [(ox.NamedNode(f"{ex}entity/{n % 7}"), ox.NamedNode(f"{ex}rank/{n % 3}"), ox.Literal(str(n)))
               for n in range(40)]
    monkeypatch.setattr(export, "GRAPH_RUN", 6)
    with ExitStack() as spills:
        graph = export.SortedGraph(spills)
        assert graph.empty
        for t in [*reversed(triples), *triples[:9]]:
            graph.add(t)
        assert not graph.empty
        assert list(graph.blocks()) == export.graph_blocks(triples)
        assert graph.statements == 40
