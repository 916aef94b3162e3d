"""Inputs built to stall a build: each one is read and extracted, or refused, in seconds.

Every case goes the whole way a corpus file goes, ``extract(read_document(path), linker)``,
under an alarm on the process's CPU time, so a regex that backtracks without end fails the
test instead of hanging it, and other work on a shared machine does not.
"""
from __future__ import annotations

import signal
import time
from contextlib import contextmanager

import pytest

from claimsgraph.errors import TooLarge
from claimsgraph.extract import extract
from claimsgraph.ingest import MAX_CHARS, MAX_LINE, MAX_PARAGRAPHS, read_document

LEAD = "Talks in Vellmar went well, the minister said.\n\n"
SIZE = 100_000


def repeat(unit: str, size: int = SIZE) -> str:
    return unit * (size // len(unit))


PATHOLOGICAL = {
    "hyphenated capitals (dateline city)": repeat("Ab-"),
    "Cyrillic hyphenated capitals": repeat("Аб-"),
    "capitalised words": repeat("Ab "),
    "distinct capitalised words": " ".join(f"Ab{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(SIZE // 5)),
    "Cyrillic capitalised words": repeat("Аб "),
    "upper-case words": repeat("ABC "),
    "dots": repeat("."),
    "abbreviation-like dots": repeat("a. "),
    "initials": repeat("A. "),
    "ellipses": repeat("Ab... "),
    "abbreviations": repeat("No. Mr. i.e. U.S. "),
    "straight quotes": repeat('"'),
    "curly quotes": repeat("“"),
    "quoted words": repeat('"a '),
    "guillemets": repeat("«Ab » "),
    "spaces inside a line": "Word" + " " * SIZE + "word",
    "dateline then spaces": "VELLMAR, November 12" + " " * SIZE + "x",
    "dateline then slashes": "VELLMAR, November 12" + repeat(" /"),
    "semicolons": repeat("word word word word; "),
    "commas": repeat("Ab, "),
    "colons": repeat("Ab: "),
    "reported speech": repeat("Ab Cd said the talks went well. "),
    "one-word names saying": repeat("Ab said that Cd said that "),
    "links before a post's handle": repeat("https://") + " x (@abc)",
    "quotations": repeat("“The talks went well,” Ab Cd said. "),
    "hyphens": repeat("-") + " word",
    "parentheses": repeat("(") + "word",
    "one word": repeat("a"),
    "tabs": repeat("word\t"),
}
# Sentences of nothing but figures: each figure looks a bounded window around itself.
MANY_FIGURES = {
    "bare figures": repeat("1 "),
    "grouped figures": repeat("1,000,000 "),
    "percentages": repeat("50% "),
    "number words": repeat("one two "),
}
LIMIT = 30   # CPU seconds; a linear pass takes one to ten


@contextmanager
def deadline(seconds: int):
    def stop(signum, frame):
        raise TimeoutError(f"over {seconds} CPU s")

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def read_and_extract(path, linker):
    with deadline(LIMIT):
        return extract(read_document(path), linker)


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
@pytest.mark.parametrize("lead", ["", LEAD], ids=["alone", "after a sentence"])
def test_pathological_100kb_input_is_extracted_in_seconds(text, lead, linker, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(lead + text, encoding="utf-8")
    try:
        read_and_extract(path, linker)
    except TooLarge:
        pytest.fail("100 KB is within the limits")
    except Exception as e:  # noqa: BLE001 - a refusal with a code is an answer; a hang or a crash is not
        assert "[E0" in str(e) and not isinstance(e, TimeoutError), e


@pytest.mark.slow
@pytest.mark.parametrize("text", MANY_FIGURES.values(), ids=MANY_FIGURES.keys())
def test_pathological_figures_are_extracted_in_seconds(text, linker, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(LEAD + text, encoding="utf-8")
    read_and_extract(path, linker)


@pytest.mark.parametrize("text, limit", [
    ("Ab said the talks went well. " * 170_000, f"characters of text is over the limit of {MAX_CHARS}"),
    ("word " * 30_000 + "\nThe end.\n", f"a line of 150000 characters is over the limit of {MAX_LINE}"),
    ("Ab\n" * 100_000, f"100000 paragraphs is over the limit of {MAX_PARAGRAPHS}"),
    ("a" * 4_000_000, "4000000 characters of text is over the limit"),
], ids=["5 MB single line", "a 150 KB line", "100,000 paragraphs", "4 MB single word"])
def test_work_beyond_the_bounds_is_refused_in_seconds(text, limit, linker, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    started = time.process_time()   # CPU: other work on the machine does not count
    with pytest.raises(TooLarge, match=rf"big\.txt: \[E014\] .*{limit}"):
        read_and_extract(path, linker)
    assert time.process_time() - started < 10


def test_a_text_just_within_every_bound_is_read(tmp_path):
    line = ("The delegation of Vellmar met its neighbours. " * (MAX_LINE // 46))[:MAX_LINE - 1]
    text = line + "\n" + "Talks went on.\n" * (MAX_PARAGRAPHS - 1)
    assert len(text) <= MAX_CHARS
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert len(read_document(path).body) == MAX_PARAGRAPHS
