"""Extraction on an existing Dask cluster, for archives one machine cannot read in time.

Extraction is a pure function of (document, registry, models), so this is
all a cluster build needs: the linker goes to every worker once, each file's
bytes go to one worker, and the documents come back built (their graph's
Turtle blocks made there too) in file order into the same build as a local
one (store, exports, cache), which they therefore equal byte for byte. The workers need claimsgraph installed, not the corpus:
files are read here and refused here as in a local build. At most WINDOW
files are on the cluster at a time, so memory on both sides stays bounded
however large the corpus.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .errors import InputRefused
from .ingest import CorpusFile, parse_document, read_file
from .link import Linker
from .model import Skipped

if TYPE_CHECKING:
    from .pipeline import Built

WINDOW = 256   # files submitted and not yet collected


def build_on_cluster(files: list[CorpusFile], linker: Linker, address: str) -> Iterator[Built | Skipped]:
    """Each file's document built (or its refusal), in file order, on the cluster at ``address``."""
    from distributed import Client

    with Client(address, set_as_default=False) as client:
        shared = client.scatter(linker, broadcast=True)
        pending: deque = deque()
        try:
            for file in files:
                pending.append(_submit(client, file, shared))
                if len(pending) >= WINDOW:
                    yield _collect(pending.popleft())
            while pending:
                yield _collect(pending.popleft())
        finally:
            client.cancel([f for f in pending if not isinstance(f, Skipped)])


def _submit(client, file: CorpusFile, linker):
    """A future of the file's extraction, or the refusal itself when the file cannot be read here."""
    try:
        name, raw, media_type, source = read_file(file.path, file.name)
    except InputRefused as e:
        return Skipped(str(file.path), str(e))
    return client.submit(_build, name, raw, media_type, source, linker, pure=False)


def _collect(pending) -> Built | Skipped:
    return pending if isinstance(pending, Skipped) else pending.result()


def _build(name: str, raw: bytes, media_type: str, source: str, linker: Linker) -> Built | Skipped:
    from .pipeline import build_document, extract_safely

    result = extract_safely(lambda: parse_document(name, raw, media_type, source), linker, source)
    return result if isinstance(result, Skipped) else build_document(result)
