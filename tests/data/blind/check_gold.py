#!/usr/bin/env python3
"""Standalone consistency check for a blind gold set.

usage: check_gold.py DOCS_DIR GOLD_DIR
  e.g. python3 tests/data/blind/check_gold.py tests/data/blind/other tests/data/blind/other-gold

Checks that every gold file parses, names an existing article, that every
evidence string and boilerplate fragment is an exact substring of the article
text, that every claimant / about / via key and every key of a document's
`entities` list exists in GOLD_DIR/entities.json, and a few format rules
(kinds, quantity values, unique claim ids).  Exit status 1 on any error.
Needs nothing but the Python standard library.
"""
import json
import sys
from pathlib import Path

KINDS = {"statement", "quantity", "event"}
TYPES = {"Person", "Organization", "Country", "Place", "Group", "Event", "Agreement"}


def main(docs_dir: Path, gold_dir: Path) -> int:
    errors, warnings = [], []
    entities = json.loads((gold_dir / "entities.json").read_text(encoding="utf-8"))
    for key, ent in entities.items():
        if ent.get("type") not in TYPES:
            errors.append(f"entities.json: {key}: bad type {ent.get('type')!r}")
        if not ent.get("label") or not isinstance(ent.get("aliases"), list):
            errors.append(f"entities.json: {key}: missing label or aliases")
    gold_files = sorted(gold_dir.glob("*.txt.json"))
    articles = {p.name for p in docs_dir.glob("*.txt")}
    for name in sorted(articles - {g.name[:-5] for g in gold_files}):
        errors.append(f"{name}: article without gold file")
    n_claims = 0
    for gf in gold_files:
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            errors.append(f"{gf.name}: invalid JSON: {exc}")
            continue
        doc = gold.get("doc")
        where = gf.name
        if doc != gf.name[:-5]:
            errors.append(f"{where}: doc field {doc!r} does not match file name")
        path = docs_dir / (doc or "")
        if not path.is_file():
            errors.append(f"{where}: article {doc!r} not found in {docs_dir}")
            continue
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        if b"\r" in raw:
            errors.append(f"{where}: article has CR line endings")
        for field in ("doc", "lang", "title", "date", "publisher", "boilerplate", "entities", "claims"):
            if field not in gold:
                errors.append(f"{where}: missing field {field}")
        if gold.get("lang") not in ("en", "ru"):
            errors.append(f"{where}: bad lang {gold.get('lang')!r}")
        if gold.get("publisher") is not None and gold["publisher"] not in entities:
            errors.append(f"{where}: publisher {gold['publisher']!r} not in entities.json")
        for frag in gold.get("boilerplate", []):
            if frag not in text:
                errors.append(f"{where}: boilerplate fragment not in text: {frag[:60]!r}")
        doc_entities = set(gold.get("entities", []))
        for key in gold.get("entities", []):
            if key not in entities:
                errors.append(f"{where}: entity {key!r} not in entities.json")
        ids = set()
        for claim in gold.get("claims", []):
            n_claims += 1
            cid = claim.get("id")
            if cid in ids:
                errors.append(f"{where}: duplicate claim id {cid}")
            ids.add(cid)
            ev = claim.get("evidence", "")
            pos = text.find(ev) if ev else -1
            if pos < 0:
                errors.append(f"{where} {cid}: evidence not found: {ev[:70]!r}")
            elif text.count(ev) > 1:
                warnings.append(f"{where} {cid}: evidence occurs {text.count(ev)} times (first one is used)")
            if claim.get("kind") not in KINDS:
                errors.append(f"{where} {cid}: bad kind {claim.get('kind')!r}")
            if claim.get("kind") == "quantity":
                if not isinstance(claim.get("value"), (int, float)) or not claim.get("unit"):
                    errors.append(f"{where} {cid}: quantity without numeric value and unit")
            elif claim.get("value") is not None:
                errors.append(f"{where} {cid}: non-quantity claim with a value")
            if "via" not in claim or not isinstance(claim["via"], list):
                errors.append(f"{where} {cid}: missing via list")
            keys = [("claimant", claim.get("claimant"))]
            keys += [("about", k) for k in claim.get("about", [])]
            keys += [("via", k) for k in claim.get("via", [])]
            for role, key in keys:
                if key is None:
                    continue
                if key not in entities:
                    errors.append(f"{where} {cid}: {role} {key!r} not in entities.json")
                elif key not in doc_entities:
                    warnings.append(f"{where} {cid}: {role} {key!r} not in the document's entities list")
            for frag in gold.get("boilerplate", []):
                bp = text.find(frag)
                if pos >= 0 and bp >= 0 and pos < bp + len(frag) and bp < pos + len(ev):
                    errors.append(f"{where} {cid}: evidence overlaps boilerplate {frag[:40]!r}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold_files)} gold files, {n_claims} claims, {len(entities)} entities: "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
