"""Serialisations of the built store that are byte-identical for the same input.

Turtle and TriG are written here, not by a library's writer: subjects sorted,
predicates grouped with `a` first, fixed prefixes, in linear time (rdflib's
prefix search grows with every claim IRI; pyoxigraph's writer keeps store
order, not IRI order). TriG goes graph by graph, so only one graph is in
memory at a time. Literals are escaped by the Turtle grammar, so any text
(quotes, backslashes, control characters, line separators, Unicode
non-characters, which rapper refuses raw) round-trips. N-Quads and JSON-LD
are pyoxigraph's, put in a fixed order.
"""
from __future__ import annotations

import heapq
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from functools import lru_cache
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox

from .errors import OutputError
from .output import current_umask
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


@lru_cache(maxsize=65536)   # predicates, classes, entities and documents recur on every page
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
    return (0, t.value, "", "")


# A statement in sortable form: subject key, rdf:type-last flag, predicate, object key, then the
# three terms as Turtle. Sorting these gives the layout; equal records are one triple.
Record = tuple[tuple, bool, str, tuple, str, str, str]
RUN = 100_000   # records sorted in memory at a time when writing Turtle


def _record(s, p, o) -> Record:
    return (_sort_key(s), p.value != _RDF_TYPE, p.value, _sort_key(o), term(s), term(p), term(o))


def _blocks(records: Iterable[Record]) -> Iterator[str]:
    """Sorted records to Turtle statements: one per subject, predicates grouped, objects listed."""
    subject, lines, objects, last = None, [], [], None
    for r in records:
        if r == last:
            continue
        last = r
        if r[4] != subject:
            if subject is not None:
                lines.append(objects)
                yield _block(subject, lines)
            subject, lines, objects = r[4], [], [r[5], r[6]]
        elif r[5] != objects[0]:
            lines.append(objects)
            objects = [r[5], r[6]]
        else:
            objects.append(r[6])
    if subject is not None:
        lines.append(objects)
        yield _block(subject, lines)


def _block(subject: str, lines: list[list[str]]) -> str:
    return subject + "\n" + " ;\n".join(f"    {p} " + ",\n        ".join(objects) for p, *objects in lines) + " ."


def _graph_records(store: ox.Store) -> Iterator[tuple[ox.NamedNode, list[Record]]]:
    """Each named graph, in IRI order, with its statements sorted."""
    for g in graphs(store):
        yield g, sorted(_record(q.subject, q.predicate, q.object) for q in quads(store, g))


def write_rdf(store: ox.Store, turtle: TextIO | None = None, trig: TextIO | None = None) -> None:
    """Turtle and TriG in one pass over the store: each graph is read and rendered once.

    TriG goes graph by graph, one graph in memory at a time. Turtle lists the
    subjects of all graphs in one IRI order, so it is an external sort: runs of
    RUN records are sorted and spilled to temporary files, then merged; memory
    holds one run, however large the store.
    """
    with ExitStack() as spills:
        runs: list[Iterable[Record]] = []
        run: list[Record] = []
        if trig:
            trig.write(_prefix_block().rstrip("\n"))
        for g, records in _graph_records(store):
            if trig and records:
                trig.write(f"\n\n{_iri(g.value)} {{\n" + "\n\n".join(_blocks(records)) + "\n}")
            if turtle:
                run += records
                if len(run) >= RUN:
                    runs.append(_spill(sorted(run), spills.enter_context(tempfile.TemporaryFile())))
                    run = []
        if trig:
            trig.write("\n")
        if turtle:
            turtle.write(_prefix_block())
            for i, block in enumerate(_blocks(heapq.merge(*runs, sorted(run)))):
                turtle.write(block if i == 0 else "\n\n" + block)
            turtle.write("\n")


def write_turtle(store: ox.Store, out: TextIO) -> None:
    """Every graph's triples in one Turtle document (each triple once), subjects in IRI order."""
    write_rdf(store, turtle=out)


def write_trig(store: ox.Store, out: TextIO) -> None:
    """One block per named graph, in IRI order."""
    write_rdf(store, trig=out)


def _spill(records: list[Record], file) -> Iterator[Record]:
    """Write sorted records to ``file``; return an iterator that reads them back in order."""
    for start in range(0, len(records), 1000):
        pickle.dump(records[start:start + 1000], file, protocol=pickle.HIGHEST_PROTOCOL)
    file.seek(0)

    def read() -> Iterator[Record]:
        while True:
            try:
                yield from pickle.load(file)
            except EOFError:
                return
    return read()


def _quad_key(q: ox.Quad) -> tuple:
    return q.subject.value, q.predicate.value, _sort_key(q.object)


def _sorted_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Graph by graph in IRI order, each graph's quads sorted."""
    for g in graphs(store):
        yield from sorted(quads(store, g), key=_quad_key)


def write_nquads(store: ox.Store, out: TextIO) -> None:
    for q in _sorted_quads(store):
        out.write(_escape_code_point(str(q)) + " .\n")


def write_jsonld(store: ox.Store, out: TextIO) -> None:
    """pyoxigraph's JSON-LD (expanded, full IRIs) of the sorted quads."""
    out.write(ox.serialize(_sorted_quads(store), format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n")


RDF_WRITERS = {"turtle": write_turtle, "trig": write_trig, "nquads": write_nquads, "jsonld": write_jsonld}


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


def to_network_file(g, fmt: str) -> str:
    """GraphML or GEXF of the projection, for Gephi and Cytoscape (list attributes joined by '; ')."""
    import io

    import networkx as nx

    flat = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        flat.add_node(_NOT_XML.sub("", n), **_flat(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        flat.add_edge(u, v, key=str(k), **_flat(d))
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buf, encoding="utf-8")
    else:
        nx.write_gexf(flat, buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _flat(attrs: dict) -> dict:
    """Attributes GraphML and GEXF can hold: lists joined, characters XML forbids dropped."""
    flat = {k: "; ".join(v) if isinstance(v, list) else v for k, v in attrs.items() if v is not None}
    return {k: _NOT_XML.sub("", v) if isinstance(v, str) else v for k, v in flat.items()}


def claims_csv(rows: list[dict]) -> str:
    """The claim listing as CSV, about-entities joined by spaces, text cells safe to open in a spreadsheet."""
    import csv
    import io

    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: csv_cell(" ".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    return buf.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """OWASP's defence against CSV injection: text that a spreadsheet would run as a formula
    (starting with = + - @, tab or CR, such as a document named `=1+2.txt`) gets a leading
    apostrophe, so it shows as text. Numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
