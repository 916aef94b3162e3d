#!/usr/bin/env python3
"""How far two annotators' gold for the same articles agree, in the figures `evaluate` gives.

    python3 scripts/agreement.py DOCS_DIR GOLD_A GOLD_B [--errors]

GOLD_B's claims and entities are read as if they were a built graph's listings and scored
against GOLD_A, on the documents GOLD_B annotates: the ceiling a system can be expected to
reach against one annotator's gold.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from claimsgraph.evaluate import Scores, load_gold, report, score


def listings(gold_dir: Path, texts: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """A gold folder's claims and entities in the form of `claimsgraph claims` and `entities` listings."""
    entities = json.loads((gold_dir / "entities.json").read_text(encoding="utf-8"))
    docs = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(gold_dir.glob("*.json"))
            if f.name != "entities.json"]
    claims = []
    for d in docs:
        for c in d["claims"]:
            start = texts[d["doc"]].find(c["evidence"])
            who = c.get("claimant")
            claims.append({"iri": f"{d['doc']}#{c['id']}", "doc": d["doc"], "kind": c["kind"], "claimant": who,
                           "claimant_label": entities[who]["label"] if who else None, "quote": c["evidence"],
                           "start": start, "end": start + len(c["evidence"]), "value": c.get("value"),
                           "unit": c.get("unit"), "confidence": 1.0})
    rows = [{"iri": key, "label": e["label"], "labels": [e["label"], *e.get("aliases", [])], "type": e["type"],
             "wikidata": e.get("wikidata"), "docs": [d["doc"] for d in docs if key in d["entities"]]}
            for key, e in entities.items()]
    return claims, [r for r in rows if r["docs"]]


def agreement(docs_dir: Path, gold_a: Path, gold_b: Path) -> Scores:
    names = {json.loads(f.read_text(encoding="utf-8"))["doc"] for f in gold_b.glob("*.json")
             if f.name != "entities.json"}
    texts = {name: (docs_dir / name).read_text(encoding="utf-8") for name in names}
    with tempfile.TemporaryDirectory() as shared:   # A's gold for B's documents only
        shutil.copy(gold_a / "entities.json", shared)
        for f in gold_a.glob("*.json"):
            if f.name != "entities.json" and json.loads(f.read_text(encoding="utf-8"))["doc"] in names:
                shutil.copy(f, shared)
        return score(load_gold(Path(shared), texts), *listings(gold_b, texts))


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    docs, a, b = (Path(p) for p in sys.argv[1:4])
    print(report(agreement(docs, a, b), errors="--errors" in sys.argv[4:]), end="")
