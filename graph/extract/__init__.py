"""Extraction: one document and the registry in, mentions and claims out.

``extract`` is a pure function of its arguments (no shared mutable state), so
documents can be processed in parallel, incrementally or elsewhere.
"""
from __future__ import annotations

from ..link import Linker
from ..model import Document, Extraction
from ..segment import quote_regions, sentences
from .claims import extract_claims


def extract(doc: Document, linker: Linker) -> Extraction:
    mentions = linker.mentions(doc)
    publisher = linker.publisher_key(doc)
    claims = extract_claims(doc, sentences(doc), quote_regions(doc), mentions, linker.entities, publisher)
    return Extraction(document=doc, mentions=tuple(mentions), publisher=publisher,
                      claims=tuple(sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind))))
