"""Rows as text, one way for every command: a table for people, CSV, TSV, JSON or JSON Lines for tools.

Figures follow ``numbers``: grouped digits in a table (``1,500,000``), plain
digits in every data format (``1500000``), never an exponent. A table cuts
its widest cells only when given a width (the terminal's, or ``--width``);
piped into a file or another program it is never cut.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from .numbers import grouped, plain, plain_text

ROW_FORMATS = ("table", "csv", "tsv", "json", "jsonl")
ENTITY_PREFIX = "https://w3id.org/claimsgraph/entity/"   # shown as cge: in tables
MIN_CELL = 8   # a table narrower than this per column is not worth reading
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Rows(list):
    """Records (dicts) that keep their column names, so an empty answer still has a header."""

    def __init__(self, records: Iterable[dict], columns: Sequence[str]):
        super().__init__(records)
        self.columns = list(columns)


def format_records(records: Sequence[dict], fmt: str, columns: Sequence[str] | None = None,
                   width: int | None = None) -> str:
    """``records`` in ``fmt``; ``columns`` picks and orders the fields (default: all, as the records have them)."""
    if columns is None:
        columns = getattr(records, "columns", None) or (list(records[0]) if records else [])
    return format_rows(list(columns), [[r.get(c) for c in columns] for r in records], fmt, width)


def format_rows(names: list[str], rows: list[list[object]], fmt: str, width: int | None = None) -> str:
    if fmt == "table":
        numeric = [all(_is_number(r[i]) or r[i] is None for r in rows) and any(_is_number(r[i]) for r in rows)
                   for i in range(len(names))]
        return table(names, [[_for_people(v) for v in r] for r in rows], width, numeric)
    rows = [[_for_data(v) for v in r] for r in rows]
    if fmt == "json":
        return json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(dict(zip(names, r)), ensure_ascii=False) + "\n" for r in rows)
    if fmt in ("csv", "tsv"):   # opened in spreadsheets: lists joined, formula-like text defused
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows([[_cell(v) for v in r] for r in rows])
        return buf.getvalue()
    raise ValueError(f"unknown row format {fmt!r}")


def _cell(value: object) -> object:
    """A CSV cell: lists joined by spaces, figures in plain digits (0.00001, not 1e-05), formulas defused."""
    if isinstance(value, list):
        return csv_cell(" ".join(map(str, value)))
    return plain_text(value) if isinstance(value, float) else csv_cell(value)


def _for_data(value: object) -> object:
    return plain(value) if isinstance(value, float) else value


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _for_people(value: object) -> str:
    if value is None:
        return ""
    if _is_number(value):
        return grouped(value)
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    return str(value).replace(ENTITY_PREFIX, "cge:").replace("\n", " ")


def table(names: list[str], rows: list[list[str]], width: int | None = None,
          numeric: list[bool] | None = None) -> str:
    """A plain text table, ``numeric`` columns aligned right; with ``width``, the widest columns
    are cut (with …) until lines fit in it."""
    numeric = numeric or [False] * len(names)
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    if width:
        cap = _column_cap(widths, width - 3 * (len(names) - 1))
        widths = [min(w, cap) for w in widths]
    cut = lambda s, w: s if len(s) <= w else s[:w - 1] + "…"   # noqa: E731
    line = lambda vals, align: " | ".join(   # noqa: E731
        cut(v, w).rjust(w) if right else cut(v, w).ljust(w) for v, w, right in zip(vals, widths, align)).rstrip()
    out = [line(names, [False] * len(names)), "-+-".join("-" * w for w in widths)] + [line(r, numeric) for r in rows]
    out.append(f"({len(rows):,} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _column_cap(widths: list[int], room: int) -> int:
    """The largest cell width such that the columns, each cut to it, fit in ``room`` (at least MIN_CELL)."""
    cap = max(widths, default=0)
    while cap > MIN_CELL and sum(min(w, cap) for w in widths) > room:
        cap -= 1
    return cap


def csv_cell(value: object) -> object:
    """OWASP's defence against CSV injection: text that a spreadsheet would run as a formula
    (starting with = + - @, tab or CR, such as a document named `=1+2.txt`) gets a leading
    apostrophe, so it shows as text. Numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
