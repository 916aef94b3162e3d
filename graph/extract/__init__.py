"""Extraction: one document and the registry in, mentions and claims out.

``extract`` is a pure function of its arguments (no shared mutable state), so
documents can be processed in parallel, incrementally or elsewhere.
"""
from __future__ import annotations

from ..link import Linker
from ..model import Document, Extraction, MentionIndex
from ..names import find_names
from ..nlp import analyse
from ..segment import quote_regions, sentences
from .attribution import described_bodies
from .claims import extract_claims


def extract(doc: Document, linker: Linker) -> Extraction:
    known = linker.mentions(doc)
    analysis = analyse(doc)
    new_entities, named = find_names(doc, known, analysis.names, linker.entities)   # drops words of longer names
    entities = {**linker.entities, **{e.key: e for e in new_entities}}
    known = linker.title_holders(doc, known, [m for m in known + named
                                              if m.entity in entities and entities[m.entity].type == "Person"])
    pieces = sentences(doc)
    bodies, described = described_bodies(doc, [s.span for s in pieces], known + named, entities, analysis.parse_of)
    new_entities += bodies
    entities.update((e.key, e) for e in bodies)
    mentions = MentionIndex(known + named + described)
    publisher = linker.publisher_key(doc)
    claims = extract_claims(doc, pieces, quote_regions(doc), mentions, entities, publisher, analysis)
    return Extraction(document=doc, mentions=tuple(mentions.items), publisher=publisher,
                      claims=tuple(sorted(claims, key=lambda c: (c.span.start, c.span.end, c.kind))),
                      new_entities=tuple(new_entities))
