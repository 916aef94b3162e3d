"""Serialisations of the built store that are byte-identical for the same input.

Turtle and TriG are written here, not by a library's writer: subjects sorted,
predicates grouped with `a` first, fixed prefixes, in linear time (rdflib's
prefix search grows with every claim IRI; pyoxigraph's writer keeps store
order, not IRI order). Each graph is rendered as blocks, one statement per
subject: TriG is the graphs' blocks graph by graph, Turtle the same blocks
merged in subject order, so a build renders only the graphs that changed.
Literals are escaped by the Turtle grammar, so any text (quotes,
backslashes, control characters, line separators, Unicode non-characters,
which rapper refuses raw) round-trips. N-Quads and JSON-LD
are pyoxigraph's, put in a fixed order. GraphML and GEXF are written here too,
to Gephi's rules (unique node and edge ids, edges between existing nodes) and
with what the page shows: names, short claim texts, positions and colours.
"""
from __future__ import annotations

import heapq
import math
import os
import pickle
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from .errors import OutputError
from .formats import format_records
from .output import current_umask
from .numbers import plain_text
from .store import graphs, quads
from .vocab import PREFIXES

_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
_LOCAL = r"[A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?"
# One pattern for all the prefixes, longest namespace first: a name the longest cannot
# shorten falls back to a shorter one, as trying them in turn would.
_GROUPS = {prefix: f"local{i}" for i, (prefix, _) in enumerate(_BY_LENGTH)}
_PREFIXED = re.compile("|".join(f"{re.escape(ns)}(?P<{_GROUPS[p]}>{_LOCAL})" for p, ns in _BY_LENGTH))
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
# Unicode's 66 non-characters: U+FDD0..U+FDEF and the last two code points of every plane
NON_CHARACTERS = "\ufdd0-\ufdef" + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}"
                                           for p in range(17))
_NEEDS_ESCAPE = re.compile(f'[\\\\"\x00-\x1f\x7f\u2028\u2029{NON_CHARACTERS}]')
_NON_CHARACTER = re.compile(f"[{NON_CHARACTERS}]")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _prefix_block() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n"


# predicates, classes, entities and documents recur on every page; most IRIs (claims, mentions) are met
# once, and kept 65,536 of them cost 20 MB for the same hits
@lru_cache(maxsize=4096)
def _iri(text: str) -> str:
    prefixed = _PREFIXED.fullmatch(text)
    if prefixed:
        prefix = next(p for p, group in _GROUPS.items() if prefixed.group(group) is not None)
        return f"{prefix}:{prefixed.group(_GROUPS[prefix])}"
    return "<" + _escape_code_point(text.replace(">", "\\u003E").replace(" ", "\\u0020")) + ">"


def _code_point(ch: str) -> str:
    return f"\\u{ord(ch):04X}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08X}"


def _escape_code_point(text: str) -> str:
    return text if text.isascii() else _NON_CHARACTER.sub(lambda m: _code_point(m.group()), text)


def _string(text: str) -> str:
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m.group()) or _code_point(m.group()), text) + '"'


def term(t: ox.NamedNode | ox.Literal | ox.BlankNode) -> str:
    """One RDF term in Turtle syntax."""
    if isinstance(t, ox.NamedNode):
        return "a" if t.value == _RDF_TYPE else _iri(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return f"{_string(t.value)}@{t.language}"
        if t.datatype.value != _XSD_STRING:
            return f"{_string(t.value)}^^{_iri(t.datatype.value)}"
        return _string(t.value)
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    raise TypeError(f"not an RDF term: {t!r}")


def _sort_key(t) -> tuple:
    if isinstance(t, ox.Literal):
        datatype = t.datatype.value
        return (1, t.value, "" if datatype in (_XSD_STRING, _LANG_STRING) else datatype, t.language or "")
    return (0, t.value, "", "_" if isinstance(t, ox.BlankNode) else "")


def _subject(key: tuple) -> ox.NamedNode | ox.BlankNode:
    return ox.BlankNode(key[1]) if key[3] == "_" else ox.NamedNode(key[1])


# A statement in sortable form: subject key, rdf:type-last flag, predicate, object key, then the
# three terms as Turtle. Sorting these gives the layout; equal records are one triple.
Record = tuple[tuple, bool, str, tuple, str, str, str]
# One subject's statement: its sort key and its Turtle text. A graph is its blocks in key order.
Block = tuple[tuple, str]
RUN = 20_000   # blocks sorted in memory at a time when writing Turtle
GRAPH_RUN = 5_000   # statements of a big graph sorted in memory at a time: they wait there beside its write
TRIG_PIECE = 2_000   # blocks joined into one write of TriG
SPILL_PIECE = 100   # blocks pickled together in a spilled run: the merge holds one piece per run, and runs grow with the corpus


def _record(s, p, o) -> Record:
    return (_sort_key(s), p.value != _RDF_TYPE, p.value, _sort_key(o), term(s), term(p), term(o))


def graph_blocks(triples: Iterable) -> list[Block]:
    """A graph's statements, one block per subject in subject order (a repeated triple once).

    ``triples`` are quads or (subject, predicate, object) tuples of one graph.
    """
    return list(_blocks(sorted(_record(t[0], t[1], t[2]) for t in triples)))


def graph_trig(g: ox.NamedNode, blocks: list[Block]) -> str:
    """A graph's blocks as TriG without prefixes (``load_trig`` adds them): the blocks are made
    where a document is extracted, and the store is filled from them in the build by pyoxigraph's
    parser, no quad a Python object (the same terms; the parser skips the IRI checks the writer's
    terms already passed)."""
    return f"{_iri(g.value)} {{\n" + "\n\n".join(text for _, text in blocks) + "\n}\n"


def load_trig(store: ox.Store, graphs: list[str]) -> None:
    """Bulk-load ``graph_trig`` texts into ``store`` in one write."""
    store.bulk_load((_prefix_block() + "".join(graphs)).encode("utf-8"), format=ox.RdfFormat.TRIG, lenient=True)


def _blocks(records: Iterable[Record]) -> Iterator[Block]:
    """Sorted records to Turtle statements: one per subject, predicates grouped, objects listed."""
    subject, key, lines, objects, last = None, None, [], [], None
    for r in records:
        if r == last:
            continue
        last = r
        if r[4] != subject:
            if subject is not None:
                lines.append(objects)
                yield key, _block(subject, lines)
            subject, key, lines, objects = r[4], r[0], [], [r[5], r[6]]
        elif r[5] != objects[0]:
            lines.append(objects)
            objects = [r[5], r[6]]
        else:
            objects.append(r[6])
    if subject is not None:
        lines.append(objects)
        yield key, _block(subject, lines)


def _block(subject: str, lines: list[list[str]]) -> str:
    return subject + "\n" + " ;\n".join(f"    {p} " + ",\n        ".join(objects) for p, *objects in lines) + " ."


def write_rdf(store: ox.Store, turtle: TextIO | None = None, trig: TextIO | None = None) -> None:
    """Turtle and TriG of the store in one pass: each graph is read and rendered once."""
    write_blocks(((g, graph_blocks(quads(store, g))) for g in graphs(store)), store, turtle, trig)


def write_blocks(graph_blocks: Iterable[tuple[ox.NamedNode, Iterable[Block]]],
                 store: ox.Store | Callable[[tuple], str],
                 turtle: TextIO | None = None, trig: TextIO | None = None) -> None:
    """Turtle and TriG from each named graph's blocks, given in graph IRI order.

    TriG goes graph by graph, each in pieces as its blocks come. Turtle lists the
    subjects of all graphs in one order, so it is an external sort (``_Sorted``);
    memory holds one run, however large the store. A subject found in more than one
    graph is rendered again from ``store``, its statements in all graphs as one, or
    by ``store`` itself if it is a function of the subject's sort key (``subject_block``
    where the store is: a build's is in a process of its own).
    """
    render = store if callable(store) else partial(subject_block, store)
    with ExitStack() as spills:
        order = _Sorted(spills, RUN)
        if trig:
            trig.write(_prefix_block().rstrip("\n"))
        for g, blocks in graph_blocks:
            written = False
            for piece in _pieces(blocks, TRIG_PIECE):   # a big graph (the derived one) in pieces, never as one string
                if trig:
                    trig.write((f"\n\n{_iri(g.value)} {{\n" if not written else "\n\n")
                               + "\n\n".join(text for _, text in piece))
                if turtle:
                    order.add(piece)
                written = True
            if trig and written:
                trig.write("\n}")
        if trig:
            trig.write("\n")
        if turtle:
            turtle.write(_prefix_block())
            for i, text in enumerate(_joined(order.merged(), render)):
                turtle.write(text if i == 0 else "\n\n" + text)
            turtle.write("\n")


def sorted_graph_blocks(triples: Iterable) -> Iterator[Block]:
    """``graph_blocks`` of a graph too big to sort in memory (``SortedGraph``)."""
    with ExitStack() as spills:
        graph = SortedGraph(spills)
        for t in triples:
            graph.add(t)
        yield from graph.blocks()


class SortedGraph:
    """A graph too big to sort in memory (the derived one grows with the corpus), given statement by
    statement as it is made: sorted in runs spilled to temporary files (entered into ``spills``), its
    blocks made as the runs merge, its statements counted there (a repeated one once)."""

    def __init__(self, spills: ExitStack):
        self.records = _Sorted(spills, GRAPH_RUN)
        self.statements = 0   # once its blocks are all read

    @property
    def empty(self) -> bool:
        return not self.records.runs and not self.records.run

    def add(self, t) -> None:
        """A quad or (subject, predicate, object)."""
        self.records.append(_record(t[0], t[1], t[2]))

    def blocks(self) -> Iterator[Block]:
        return _blocks(self._counted(self.records.merged()))

    def _counted(self, records: Iterable[Record]) -> Iterator[Record]:
        last = None
        for r in records:
            if r != last:
                self.statements += 1
                last = r
                yield r


class _Sorted:
    """Items in sorted order, however many: runs of ``size`` items are sorted in memory and spilled to
    temporary files (entered into ``spills``), then merged as they are read back."""

    def __init__(self, spills: ExitStack, size: int):
        self.spills, self.size = spills, size
        self.runs: list[Iterator] = []
        self.run: list = []

    def add(self, items: Iterable) -> None:
        items = iter(items)
        while True:
            self.run += islice(items, self.size - len(self.run))
            if len(self.run) < self.size:
                return
            self._spill_run()

    def append(self, item) -> None:
        self.run.append(item)
        if len(self.run) >= self.size:
            self._spill_run()

    def _spill_run(self) -> None:
        self.runs.append(_spill(sorted(self.run), self.spills.enter_context(tempfile.TemporaryFile())))
        self.run = []

    def merged(self) -> Iterator:
        return heapq.merge(*self.runs, sorted(self.run))


def _pieces(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while piece := list(islice(items, size)):
        yield piece


def _joined(blocks: Iterable[Block], subject_block: Callable[[tuple], str]) -> Iterator[str]:
    """Merged blocks' texts, a subject whose statements are in several graphs as one block."""
    held: Block | None = None
    shared = False
    for block in blocks:
        if held is not None and block[0] == held[0]:
            shared = True
            continue
        if held is not None:
            yield subject_block(held[0]) if shared else held[1]
        held, shared = block, False
    if held is not None:
        yield subject_block(held[0]) if shared else held[1]


def subject_block(store: ox.Store, key: tuple) -> str:
    """One subject's statements across all graphs, each triple once."""
    (_, text), = graph_blocks(quads(store, None, _subject(key)))
    return text


def write_turtle(store: ox.Store, out: TextIO) -> None:
    """Every graph's triples in one Turtle document (each triple once), subjects in IRI order."""
    write_rdf(store, turtle=out)


def write_trig(store: ox.Store, out: TextIO) -> None:
    """One block per named graph, in IRI order."""
    write_rdf(store, trig=out)


def _spill(blocks: list, file) -> Iterator:
    """Write sorted blocks (or records) to ``file``; return an iterator that reads them back in order."""
    for start in range(0, len(blocks), SPILL_PIECE):
        pickle.dump(blocks[start:start + SPILL_PIECE], file, protocol=pickle.HIGHEST_PROTOCOL)
    file.seek(0)

    def read() -> Iterator[Block]:
        while True:
            try:
                yield from pickle.load(file)
            except EOFError:
                return
    return read()


def _graph_nquads(store: ox.Store, g: ox.NamedNode) -> bytes:
    """A graph's N-Quads lines, sorted, as UTF-8: its sorted N-Triples with the graph appended."""
    return _graph_lines(store, g).replace(b" .\n", f" <{g.value}> .\n".encode("utf-8"))


def _graph_lines(store: ox.Store, g: ox.NamedNode) -> bytes:
    """A graph's N-Triples lines, sorted, as UTF-8: pyoxigraph's own dump, the datatypes the store
    narrows to xsd:integer put back, Unicode non-characters escaped. All in bytes (UTF-8 sorts as
    its code points do): decoding and joining lines as text cost half the dump."""
    raw = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
    for pattern, datatype in _narrowed():
        raw = pattern.sub(datatype, raw)
    if any(b in raw for b in _NON_CHARACTER_BYTES):   # rare; the regex alone would cost more than the dump
        raw = _escape_code_point(raw.decode("utf-8")).encode("utf-8")
    # "\n" ends a line, nothing else: a literal holds U+0085 or U+2028 raw, which splitlines() would cut at
    lines = raw.split(b"\n")
    lines.pop()
    lines.sort()
    lines.append(b"")
    return b"\n".join(lines)


# What every non-character's UTF-8 holds: EF B7 90..AF (U+FDD0..U+FDEF), BF BE or BF BF (U+xFFFE, U+xFFFF)
_NON_CHARACTER_BYTES = (b"\xef\xb7", b"\xbf\xbe", b"\xbf\xbf")


@lru_cache(maxsize=1)
def _narrowed() -> list[tuple[re.Pattern, bytes]]:
    """Per datatype rdf.py narrows to, a pattern of an integer object of a predicate written with it
    (a raw quote after the predicate: inside a literal a quote is escaped) and its replacement."""
    from .rdf import NARROWER_DATATYPES

    predicates: dict[str, list[str]] = {}
    for predicate, datatype in NARROWER_DATATYPES.items():
        predicates.setdefault(datatype.value, []).append(re.escape(predicate.value))
    return [(re.compile(f'(> <(?:{"|".join(names)})> "[0-9]+"\\^\\^<)http://www\\.w3\\.org/2001/XMLSchema#integer>'
                        .encode("ascii")), f"\\g<1>{datatype}>".encode("ascii"))
            for datatype, names in sorted(predicates.items())]


def write_nquads(store: ox.Store, out: TextIO) -> None:
    """Graph by graph in IRI order, each graph's lines sorted."""
    binary = getattr(out, "buffer", None)
    if binary is not None:
        out.flush()
    for g in graphs(store):
        lines = _graph_nquads(store, g)
        if binary is not None:
            binary.write(lines)
        else:
            out.write(lines.decode("utf-8"))


def write_jsonld(store: ox.Store, out: TextIO) -> None:
    """Expanded JSON-LD with full IRIs, as pyoxigraph's writer makes it of the quads in N-Quads order
    (per graph, its subjects, per subject its predicates, each with its objects), made of the sorted
    N-Triples lines as bytes: N-Triples and JSON escape a string alike but for a few code points
    (``_json_escapes``), so a term's text is copied, never made a Python object and written again."""
    binary = getattr(out, "buffer", None)
    if binary is not None:
        out.flush()
    first = True
    for g in graphs(store):
        text = (b"[" if first else b",") + _jsonld_graph(g, _graph_lines(store, g))
        first = False
        if binary is not None:
            binary.write(text)
        else:
            out.write(text.decode("utf-8"))
    out.write("[]\n" if first else "]\n")


_TRIPLE = re.compile(rb"(?:<([^>]*)>|(_:[^ ]*)) <([^>]*)> (.*) \.")


def _jsonld_graph(g: ox.NamedNode, lines: bytes) -> bytes:
    """One named graph's JSON-LD object, of its sorted N-Triples lines."""
    if b"\\u" in lines or b"\\U" in lines:
        lines = _json_escapes(lines)
    parts = [b'{"@id":"', g.value.encode("utf-8"), b'","@graph":[']
    subject = predicate = None
    for line in lines.split(b"\n")[:-1]:
        iri, blank, p, o = _TRIPLE.fullmatch(line).groups()
        s = iri if blank is None else blank
        if s != subject:
            parts += [b"]}," if subject is not None else b"", b'{"@id":"', s, b'","', p, b'":[']
            subject, predicate = s, p
        elif p != predicate:
            parts += [b'],"', p, b'":[']
            predicate = p
        else:
            parts.append(b",")
        parts.append(_jsonld_object(o))
    parts.append(b"]}]}" if subject is not None else b"]}")
    return b"".join(parts)


def _jsonld_object(o: bytes) -> bytes:
    if o[0] == 0x3C:   # <iri>
        return b'{"@id":"' + o[1:-1] + b'"}'
    if o[0] == 0x5F:   # _:blank
        return b'{"@id":"' + o + b'"}'
    end = o.rindex(b'"')
    if end == len(o) - 1:
        return b'{"@value":' + o + b"}"
    if o[end + 1] == 0x40:   # "text"@lang
        return b'{"@language":"' + o[end + 2:] + b'","@value":' + o[:end + 1] + b"}"
    return b'{"@type":"' + o[end + 4:-1] + b'","@value":' + o[:end + 1] + b"}"   # "text"^^<datatype>


_CODE_POINT_ESCAPE = re.compile(rb"\\\\|\\u([0-9A-F]{4})|\\U([0-9A-F]{8})")


def _json_escapes(lines: bytes) -> bytes:
    """N-Triples' ``\\uXXXX`` escapes as JSON writes the same code points: control characters with
    lower-case hex digits, the rest (DEL, non-characters) raw."""
    def json(m: re.Match) -> bytes:
        if m.group(0) == b"\\\\":
            return m.group(0)
        code = int(m.group(1) or m.group(2), 16)
        return b"\\u%04x" % code if code < 0x20 else chr(code).encode("utf-8")
    return _CODE_POINT_ESCAPE.sub(json, lines)


RDF_WRITERS = {"turtle": write_turtle, "trig": write_trig, "nquads": write_nquads, "jsonld": write_jsonld}
BUILD_FILES = {"turtle": "claims.ttl", "trig": "claims.trig"}   # what a build writes beside its store


def write_export(graph_dir: Path, store: ox.Store, fmt: str, out: TextIO) -> None:
    """An RDF export of a built graph. Its Turtle and TriG are the build's own files, written
    from the same graphs as its store, so they are copied rather than rendered again."""
    saved = Path(graph_dir) / BUILD_FILES.get(fmt, "-")
    if fmt in BUILD_FILES and saved.is_file():
        with open(saved, encoding="utf-8", newline="") as f:
            while chunk := f.read(1 << 20):
                out.write(chunk)
    else:
        RDF_WRITERS[fmt](store, out)


def serialize(store: ox.Store, fmt: str) -> str:
    import io

    buffer = io.StringIO()
    RDF_WRITERS[fmt](store, buffer)
    return buffer.getvalue()


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and a rename; errors name the file."""
    write_atomic_with(path, lambda f: f.write(text))


def write_atomic_with(path: Path, write: Callable[[TextIO], object]) -> None:
    """``write`` fills a temporary file that is then renamed to ``path``: a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.fchmod(fd, 0o666 & ~current_umask())   # mkstemp makes it 0600; others may read what we write
    except OSError as e:
        raise OutputError(f"cannot write here: {e.strerror or e}", path=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            write(f)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write here: {e.strerror or e}", path=str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


GRAPH_FORMATS = ("graphml", "gexf")
CLAIM_LABEL = 80     # characters of a claim's quote that label its node
# Entities keep the page's colours (by type) and positions; claims and documents get these colours,
# documents a ring around the entities, and each claim a place between its document and its entities.
NODE_COLOURS = {"claim": "#a9a9a9", "document": "#505050"}
RING = 900.0
# The columns of the network files, with their types: every node fills those that apply to its kind.
NODE_COLUMNS = {"kind": "string", "type": "string", "aliases": "string", "claim_kind": "string", "quote": "string",
                "figure": "string", "value": "double", "unit": "string", "unit_code": "string", "date": "string",
                "lang": "string", "claimant": "string", "claimant_iri": "string", "doc": "string",
                "doc_iri": "string", "title": "string", "quote_start": "long", "quote_end": "long"}
EDGE_COLUMNS = {"claim_iri": "string"}


@dataclass(frozen=True, slots=True)
class NetworkNode:
    id: str              # the IRI
    label: str           # a name, a file name, or a claim's short text
    attrs: dict[str, object]
    x: float
    y: float
    colour: tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    id: str
    source: str
    target: str
    label: str           # about, claims, source, or the relation a claim states
    attrs: dict[str, object]


def network(g) -> tuple[list[NetworkNode], list[NetworkEdge]]:
    """The projection as Gephi, Cytoscape and yEd take it: unique ids, edges between existing
    nodes, readable labels, names beside IRIs, and the page's layout and colours."""
    attrs = dict(g.nodes(data=True))
    places = _places(g, attrs)
    nodes = [_network_node(n, attrs, places) for n in sorted(attrs)]
    edges = [NetworkEdge(f"e{i}", u, v, d["relation"], {} if key in ("about", "claims", "source")
                         else {"claim_iri": key})
             for i, (u, v, key, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]))]
    return nodes, edges


def _places(g, attrs: dict[str, dict]) -> dict[str, tuple[float, float, str]]:
    """Where each node goes and its colour: entities as the page draws them, documents on a ring
    around them, each claim between its document and its entities (on a spiral, so none stack)."""
    from .visualize import page_data

    places = {n["id"]: (n["x"], n["y"], n["color"]) for n in page_data(g)["nodes"]}
    docs = sorted((n for n, d in attrs.items() if d.get("kind") == "document"), key=lambda n: attrs[n]["file"])
    for i, doc in enumerate(docs):
        angle = 2 * math.pi * i / len(docs)
        places[doc] = (round(RING * math.cos(angle), 1), round(RING * math.sin(angle), 1), NODE_COLOURS["document"])
    linked: dict[str, list[str]] = {}
    for u, v, relation in g.edges(keys=True):
        if relation in ("about", "source"):
            linked.setdefault(u, []).append(v)
        elif relation == "claims":
            linked.setdefault(v, []).append(u)
    around: Counter[str] = Counter()
    for c in sorted(n for n, d in attrs.items() if d.get("kind") == "claim"):
        spots = [places[m] for m in linked[c] if m in places]      # its document at least
        k = around[attrs[c]["doc"]] = around[attrs[c]["doc"]] + 1
        x = sum(p[0] for p in spots) / len(spots) + 12 * math.sqrt(k) * math.cos(k * 2.39996)
        y = sum(p[1] for p in spots) / len(spots) + 12 * math.sqrt(k) * math.sin(k * 2.39996)
        places[c] = (round(x, 1), round(y, 1), NODE_COLOURS["claim"])
    return places


def _network_node(n: str, attrs: dict[str, dict], places: dict[str, tuple[float, float, str]]) -> NetworkNode:
    from .visualize import TYPE_COLOURS

    d = attrs[n]
    if d.get("kind") == "claim":
        quote = " ".join(d["quote"].split())
        label = quote if len(quote) <= CLAIM_LABEL else quote[:CLAIM_LABEL - 1] + "…"
        values = {"kind": "claim", "claim_kind": d["claim_kind"], "quote": d["quote"], "figure": d["figure"],
                  "value": d["value"], "unit": d["unit"], "unit_code": d.get("unit_code"), "date": d["date"],
                  "lang": d["lang"], "claimant": attrs.get(d["claimant"], {}).get("label", d["claimant"]),
                  "claimant_iri": d["claimant"], "doc": attrs[d["doc"]]["file"], "doc_iri": d["doc"],
                  "quote_start": d["start"], "quote_end": d["end"]}
    elif d.get("kind") == "document":
        label, values = d["file"], {"kind": "document", "title": d["title"], "date": d["date"], "lang": d["lang"]}
    else:      # an entity, or a claimant the projection knows only by its IRI
        label = d.get("label") or n
        values = {"kind": "entity", "type": d.get("type"), "aliases": "; ".join(d.get("aliases", []))}
    x, y, colour = places.get(n, (0.0, 0.0, TYPE_COLOURS["Thing"]))
    return NetworkNode(n, label, {k: v for k, v in values.items() if v not in (None, "")}, x, y,
                       (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)))


def to_network_file(g, fmt: str) -> str:
    """GraphML or GEXF of the projection, for Gephi, Cytoscape and yEd."""
    nodes, edges = network(g)
    return (_graphml if fmt == "graphml" else _gexf)(nodes, edges)


def _graphml(nodes: list[NetworkNode], edges: list[NetworkEdge]) -> str:
    """GraphML whose label, x, y, r, g, b keys are those Gephi's importer reads as label, position and colour."""
    node_keys = {"label": "string", "x": "double", "y": "double", "r": "int", "g": "int", "b": "int", **NODE_COLUMNS}
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/'
           'xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
    for scope, keys in (("node", node_keys), ("edge", {"label": "string", **EDGE_COLUMNS})):
        out += [f'  <key id="{scope}_{name}" for="{scope}" attr.name="{name}" attr.type="{kind}"/>\n'
                for name, kind in keys.items()]
    out.append('  <graph id="claimsgraph" edgedefault="directed">\n')
    for n in nodes:
        values = {"label": n.label, "x": n.x, "y": n.y, **dict(zip("rgb", n.colour)), **n.attrs}
        out.append(f"    <node id={_xml_attr(n.id)}>{_data('node', values)}</node>\n")
    for e in edges:
        out.append(f"    <edge id={_xml_attr(e.id)} source={_xml_attr(e.source)} target={_xml_attr(e.target)}>"
                   f"{_data('edge', {'label': e.label, **e.attrs})}</edge>\n")
    out.append("  </graph>\n</graphml>\n")
    return "".join(out)


def _data(scope: str, values: dict[str, object]) -> str:
    return "".join(f'<data key="{scope}_{k}">{_xml_text(v)}</data>' for k, v in values.items())


def _gexf(nodes: list[NetworkNode], edges: list[NetworkEdge]) -> str:
    """GEXF 1.3 with viz:position and viz:color, read by Gephi as the layout and colours."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" '
           'xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n'
           '  <meta><creator>claimsgraph</creator></meta>\n  <graph defaultedgetype="directed" mode="static">\n']
    for scope, columns in (("node", NODE_COLUMNS), ("edge", EDGE_COLUMNS)):
        out.append(f'    <attributes class="{scope}">\n'
                   + "".join(f'      <attribute id="{name}" title="{name}" type="{kind}"/>\n'
                             for name, kind in columns.items()) + "    </attributes>\n")
    out.append("    <nodes>\n")
    for n in nodes:
        out.append(f"      <node id={_xml_attr(n.id)} label={_xml_attr(n.label)}>{_attvalues(n.attrs)}"
                   f'<viz:color r="{n.colour[0]}" g="{n.colour[1]}" b="{n.colour[2]}"/>'
                   f'<viz:position x="{plain_text(n.x)}" y="{plain_text(n.y)}" z="0"/></node>\n')
    out.append("    </nodes>\n    <edges>\n")
    for e in edges:
        out.append(f"      <edge id={_xml_attr(e.id)} source={_xml_attr(e.source)} target={_xml_attr(e.target)} "
                   f"label={_xml_attr(e.label)}>{_attvalues(e.attrs)}</edge>\n")
    out.append("    </edges>\n  </graph>\n</gexf>\n")
    return "".join(out)


def _attvalues(values: dict[str, object]) -> str:
    if not values:
        return ""
    return "<attvalues>" + "".join(f'<attvalue for="{k}" value={_xml_attr(v)}/>' for k, v in values.items()) \
        + "</attvalues>"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_value(value: object) -> str:
    """A value as XML text: figures in plain digits, characters XML cannot hold dropped."""
    text = plain_text(value) if isinstance(value, float) else str(value)
    return _NOT_XML.sub("", text)


@lru_cache(maxsize=1)
def _saxutils():
    """``xml.sax.saxutils``, imported when XML is first written: it imports urllib's HTTP client, which a build
    never needs."""
    from xml.sax import saxutils

    return saxutils


def _xml_text(value: object) -> str:
    return _saxutils().escape(_xml_value(value))


def _xml_attr(value: object) -> str:
    return _saxutils().quoteattr(_xml_value(value))


def claims_csv(rows: list[dict]) -> str:
    """The claim listing as CSV: the listing commands' own CSV (about-entities joined by spaces,
    figures in plain digits, text cells safe to open in a spreadsheet)."""
    return format_records(rows, "csv") if rows else ""


def serve_store(path: str, previous_store: str, batch_quads: str, orders_fd: str, answers_fd: str) -> None:
    """The build's store, written in a process of its own as the build orders (``pipeline._GraphStore``).

    A new interpreter, never a fork: RocksDB keeps its threads' state in the
    process, and a fork of a process that had opened a store waits for threads
    it does not have. It reads the previous build's documents from ``orders``
    and copies and patches that build's store if one is there, answers whether
    it did, then follows ``orders``: documents' graphs as TriG, loaded in
    batches of ``batch_quads``; the shared graphs (the last batch with them); a
    checkpoint for the page; the derived graph; subjects found in several
    graphs; closing. An error goes to ``answers`` (an OSError as itself) and
    ends the process, with no traceback.
    """
    import signal
    import sys
    from multiprocessing.connection import Connection

    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the build's to handle
    die_with_parent()
    orders, answers = Connection(int(orders_fd), writable=False), Connection(int(answers_fd), readable=False)
    try:
        _serve_store(path, previous_store, set(orders.recv()), int(batch_quads), orders, answers)
    except OSError as e:   # pyoxigraph's have no errno
        answers.send(("error", True, e.errno, e.strerror or str(e)))
        sys.exit(1)
    except Exception as e:  # noqa: BLE001 - sent to the build, which reports it
        answers.send(("error", False, None, f"{type(e).__name__}: {e}"))
        sys.exit(1)


def _serve_store(path: str, previous_store: str, previous: set[str], batch_quads: int, orders, answers) -> None:
    import shutil

    from .derived import write_derived
    from .ids import doc_graph_iri
    from .rdf import ENTITIES_GRAPH, PROVENANCE_GRAPH

    patched = False
    if previous:
        try:
            ox.Store.read_only(previous_store).backup(path)
            store = ox.Store(path)
            patched = True
        except OSError:   # no store there, or a damaged one: a new store, every graph written
            shutil.rmtree(path, ignore_errors=True)
    if not patched:
        store = ox.Store(path)
    answers.send(("ready", patched))
    batch: list[str] = []   # documents' graphs as TriG, loaded by pyoxigraph: never Python quads
    batched = 0             # quads in them

    def derived_quads() -> Iterator[ox.Quad]:
        while piece := orders.recv_bytes():
            yield from ox.parse(piece, format=ox.RdfFormat.N_QUADS)

    while True:
        try:
            order = orders.recv()
        except EOFError:   # the build ended without closing the store: it is deleted
            return
        if order[0] == "close":
            break
        if order[0] == "graph":
            _, name, trig, quads = order
            if patched and name in previous:
                store.remove_graph(ox.NamedNode(doc_graph_iri(name)))
            batch.append(trig)
            batched += quads
            if batched >= batch_quads:
                load_trig(store, batch)
                batch, batched = [], 0
            continue
        if order[0] == "finish":
            _, gone, shared = order
            for name in gone:
                store.remove_graph(ox.NamedNode(doc_graph_iri(name)))
            if patched:
                for g in (ENTITIES_GRAPH, PROVENANCE_GRAPH):
                    store.remove_graph(g)
            if batch:
                load_trig(store, batch)
            store.bulk_load(shared, format=ox.RdfFormat.N_QUADS)
            batch, batched = [], 0
            store.flush()
            answers.send(("done",))
        elif order[0] == "backup":
            store.backup(order[1])
            answers.send(("done",))
        elif order[0] == "derived":
            write_derived(store, derived_quads())
            answers.send(("done",))
        elif order[0] == "subject":
            answers.send(("block", subject_block(store, order[1])))
    del store   # closed: its files whole on disk


_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Linux's parent-death signal: a build's process outliving a killed build would run on for nothing."""
    import ctypes
    import signal

    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):   # not Linux: the process ends when its orders end
        return
    if os.getppid() != parent:   # the parent died before the signal was armed
        os._exit(1)
