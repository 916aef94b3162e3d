"""Scores of the built graph against gold annotations, as the evaluation guidelines define them.

Entities: per document, the canonical entities the graph says it mentions,
matched by label or alias. Claims: evidence spans overlapping by at least half
of the shorter; a gold quantity also needs an equal value, and a predicted
value only matches a gold quantity. Each claim matches at most once, the
largest overlaps first. Claimant accuracy counts the publisher as the
article's own voice.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GoldError


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower().replace("ё", "е")
    s = re.sub(r"[\"'“”«»’‘`.,:;!?()\[\]]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def _num(v: object) -> float | None:
    try:
        return float(str(v).replace(",", "").replace(" ", ""))
    except (TypeError, ValueError):
        return None


def _doc_name(value: object) -> str:
    return re.split(r"[/#]", str(value or ""))[-1]


@dataclass
class Gold:
    entities: dict
    alias: dict[str, str]
    docs: dict[str, dict]

    def key(self, *names, wikidata: str | None = None) -> str | None:
        if wikidata:
            k = self.alias.get("wd:" + str(wikidata).split("/")[-1])
            if k:
                return k
        for n in names:
            for m in (n if isinstance(n, list) else [n]):
                if m and self.alias.get(norm(m)):
                    return self.alias[norm(m)]
        return None


def load_gold(gold_dir: Path, texts: dict[str, str]) -> Gold:
    """Gold annotations; ``texts`` maps document names to the text the graph holds."""
    gold_dir = Path(gold_dir)
    path = gold_dir / "entities.json"
    if not path.is_file():
        raise GoldError("no entities.json in the gold folder", path=str(gold_dir))
    entities = json.loads(path.read_text(encoding="utf-8"))
    alias: dict[str, str] = {}
    for key, ent in entities.items():
        for a in [ent.get("label", "")] + ent.get("aliases", []):
            if norm(a):
                alias.setdefault(norm(a), key)
        if ent.get("wikidata"):
            alias.setdefault("wd:" + ent["wikidata"], key)
    docs = {}
    for f in sorted(gold_dir.glob("*.json")):
        if f.name == "entities.json":
            continue
        g = json.loads(f.read_text(encoding="utf-8"))
        text = texts.get(g["doc"])
        if text is None:
            raise GoldError(f"document {g['doc']} is not in the graph", path=str(f))
        for c in g["claims"]:
            i = text.find(c["evidence"])
            if i < 0:
                raise GoldError(f"gold evidence not in {g['doc']}: {c['evidence'][:60]}", path=str(f))
            c["span"] = (i, i + len(c["evidence"]))
        g["text"] = text
        docs[g["doc"]] = g
    if not docs:
        raise GoldError("no gold documents (*.json besides entities.json)", path=str(gold_dir))
    return Gold(entities, alias, docs)


def _pred_span(c: dict, text: str) -> tuple[int, int] | None:
    s, e = c.get("start"), c.get("end")
    quote = c.get("quote") or ""
    if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
        if not quote or norm(text[s:e])[:40] == norm(quote)[:40]:
            return (s, e)
    if quote:
        i = text.find(quote)
        if i >= 0:
            return (i, i + len(quote))
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / min(a[1] - a[0], b[1] - b[0]) if inter > 0 else 0.0


@dataclass
class Scores:
    docs: dict[str, dict] = field(default_factory=dict)
    overall: dict = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    # (confidence, right) per predicted claim; right = matched with the right claimant
    outcomes: list[tuple[float, bool]] = field(default_factory=list)
    # the rule that made each predicted claim, in the order of ``outcomes`` (figures' rules start "quantity/")
    rules: list[str] = field(default_factory=list)

    def calibration_error(self, edges=(0.0, 0.7, 0.8, 0.9, 1.01)) -> float:
        """Expected calibration error: how far, weighted by claims, each band's precision is from its
        mean confidence. 0 when a claim scored 0.8 is right 80% of the time."""
        total, gap = len(self.outcomes), 0.0
        for low, high in zip(edges, edges[1:]):
            bucket = [(conf, right) for conf, right in self.outcomes if low <= conf < high]
            if bucket:
                mean_conf = sum(c for c, _ in bucket) / len(bucket)
                precision = sum(r for _, r in bucket) / len(bucket)
                gap += len(bucket) * abs(mean_conf - precision)
        return round(gap / total, 3) if total else 0.0

    def precision_by_rule(self) -> list[dict]:
        """Per extraction rule: how many claims it made, their mean confidence and the share it got
        right; what the rule's confidence should be."""
        groups: dict[str, list[tuple[float, bool]]] = {}
        for rule, outcome in zip(self.rules, self.outcomes):
            groups.setdefault(rule, []).append(outcome)
        return [{"rule": rule, "n": len(group), "confidence": round(sum(c for c, _ in group) / len(group), 3),
                 "precision": round(sum(r for _, r in group) / len(group), 3)}
                for rule, group in sorted(groups.items())]

    def rows(self) -> list[dict]:
        """The report's table as records: one per document, then ``(all)`` with the overall scores."""
        def row(name: str, r: dict, pred: int, gold: int) -> dict:
            return {"document": name, **{f"{what}_{m}": v for what in ("entity", "claim")
                                         for m, v in zip("prf", r["entities" if what == "entity" else "claims"])},
                    "claimant_acc": r["claimant_acc"], "pred": pred, "gold": gold}
        rows = [row(d, r, r["n_pred"], r["n_gold"]) for d, r in self.docs.items()]
        return rows + [row("(all)", self.overall, sum(r["pred"] for r in rows), sum(r["gold"] for r in rows))]

    def precision_by_confidence(self, edges=(0.0, 0.7, 0.8, 0.9, 1.01)) -> list[tuple[str, int, float]]:
        rows = []
        for low, high in zip(edges, edges[1:]):
            bucket = [right for conf, right in self.outcomes if low <= conf < high]
            if bucket:
                rows.append((f"[{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}", len(bucket),
                             round(sum(bucket) / len(bucket), 3)))
        return rows


def score(gold: Gold, claims: list[dict], entities: list[dict], rules: dict[str, str] | None = None) -> Scores:
    """``rules`` maps claim IRIs to the rule that made them, for ``Scores.precision_by_rule``."""
    out = Scores()
    etp = efp = efn = 0
    pred_by_doc: dict[str, set[str]] = {d: set() for d in gold.docs}
    unmatched: dict[str, list[str]] = {d: [] for d in gold.docs}
    for e in entities:
        k = gold.key(e.get("label"), e.get("labels") or [], wikidata=e.get("wikidata"))
        for d in e.get("docs") or []:
            d = _doc_name(d)
            if d not in gold.docs:
                continue
            if k:
                pred_by_doc[d].add(k)
            else:
                unmatched[d].append(e.get("label") or e.get("iri"))
    for d, g in gold.docs.items():
        gs, ps = set(g["entities"]), pred_by_doc[d]
        tp, fp, fn = len(gs & ps), len(ps - gs) + len(unmatched[d]), len(gs - ps)
        etp, efp, efn = etp + tp, efp + fp, efn + fn
        out.docs[d] = {"entities": prf(tp, fp, fn), "missed_entities": sorted(gs - ps)}
        out.errors[d] = ([f"entity missed: {k}" for k in sorted(gs - ps)]
                         + [f"entity extra: {k}" for k in sorted(ps - gs)]
                         + [f"entity unknown to gold: {k}" for k in sorted(unmatched[d])])
    ctp = cfp = cfn = attributed = 0
    qtp = qfp = qfn = 0
    kind_ok = kind_n = 0
    by_doc: dict[str, list[dict]] = {d: [] for d in gold.docs}
    for c in claims:
        d = _doc_name(c.get("doc"))
        if d in by_doc:
            by_doc[d].append(c)
    for d, g in gold.docs.items():
        text = g["text"]
        preds = [(c, _pred_span(c, text)) for c in by_doc[d]]
        pairs = []
        for gi, gc in enumerate(g["claims"]):
            gval = _num(gc.get("value")) if gc["kind"] == "quantity" else None
            for pi, (pc, sp) in enumerate(preds):
                if sp is None:
                    continue
                ov = _overlap(gc["span"], sp)
                if ov < 0.5:
                    continue
                pval = _num(pc.get("value"))
                if gval is not None:
                    if pval is None or abs(pval - gval) > 1e-6 * max(1.0, abs(gval)):
                        continue
                elif pval is not None:
                    continue
                pairs.append((ov, gi, pi))
        pairs.sort(reverse=True)
        used_g, used_p, matched = set(), set(), []
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
        tp, fp, fn = len(matched), len(preds) - len(matched), len(g["claims"]) - len(matched)
        ok = 0
        publisher_key = gold.key(g.get("publisher")) if g.get("publisher") else None
        errs = out.errors[d]
        right_claimant: set[int] = set()
        for gi, pi in matched:
            gc, pc = g["claims"][gi], preds[pi][0]
            pk = gold.key(pc.get("claimant_label"), pc.get("claimant"), wikidata=pc.get("claimant_wikidata"))
            if pc.get("claimant_label") is None and pc.get("claimant") is None:
                pk = None
            if pk == publisher_key:
                pk = None if gc["claimant"] is None else pk
            if pk == gc["claimant"]:
                ok += 1
                right_claimant.add(pi)
            else:
                said = pk if pk is not None or pc.get("claimant_label") is None \
                    else f"{pc['claimant_label']!r} (unknown to gold)"
                errs.append(f"claimant wrong: gold {gc['claimant']}, graph {said}: {gc['evidence'][:100]}")
        for gi, pi in matched:   # event or statement, among claims without a figure; a relation is a statement
            gk, pk = g["claims"][gi]["kind"], preds[pi][0].get("kind")
            if gk != "quantity":
                kind_n += 1
                kind_ok += (pk if pk != "relation" else "statement") == gk
        for gi, gc in enumerate(g["claims"]):
            if gi not in used_g:
                value = f" [{gc.get('value')} {gc.get('unit')}]" if gc["kind"] == "quantity" else ""
                errs.append(f"claim missed ({gc['kind']}){value}: {gc['evidence'][:110]}")
        out.outcomes += [(float(pc.get("confidence") or 0.0), pi in right_claimant)
                         for pi, (pc, _) in enumerate(preds)]
        out.rules += [(rules or {}).get(pc.get("iri"), "?") for pc, _ in preds]
        for pi, (pc, _) in enumerate(preds):
            if pi not in used_p:
                value = f" [{pc.get('value')} {pc.get('unit')}]" if pc.get("value") is not None else ""
                errs.append(f"claim extra ({pc['kind']}){value}: {pc['quote'][:110]}")
        gq = {i for i, c in enumerate(g["claims"]) if c["kind"] == "quantity"}
        pq = [i for i, (c, _) in enumerate(preds) if _num(c.get("value")) is not None]
        mq = [(gi, pi) for gi, pi in matched if gi in gq]
        qtp, qfp, qfn = qtp + len(mq), qfp + len(pq) - len(mq), qfn + len(gq) - len(mq)
        ctp, cfp, cfn, attributed = ctp + tp, cfp + fp, cfn + fn, attributed + ok
        out.docs[d].update({"claims": prf(tp, fp, fn), "claimant_acc": round(ok / tp, 3) if tp else 0.0,
                            "n_pred": len(preds), "n_gold": len(g["claims"])})
    out.overall = {
        "entities": prf(etp, efp, efn), "claims": prf(ctp, cfp, cfn),
        "claimant_acc": round(attributed / ctp, 3) if ctp else 0.0,
        "attributed": prf(attributed, cfp + (ctp - attributed), cfn + (ctp - attributed)),
        "quantities": prf(qtp, qfp, qfn),
        "kind_acc": round(kind_ok / kind_n, 3) if kind_n else 0.0,
        "calibration_error": out.calibration_error(),
    }
    return out


def report(scores: Scores, errors: bool = False, by_rule: bool = False) -> str:
    rows = [("document", "entity F1", "claim P", "claim R", "claim F1", "claimant acc", "pred", "gold")]
    for d, r in scores.docs.items():
        p, rec, f = r["claims"]
        rows.append((d, f"{r['entities'][2]:.3f}", f"{p:.3f}", f"{rec:.3f}", f"{f:.3f}",
                     f"{r['claimant_acc']:.3f}", str(r["n_pred"]), str(r["n_gold"])))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    o = scores.overall
    lines += ["", "overall            P      R      F1",
              f"entities        {o['entities'][0]:.3f}  {o['entities'][1]:.3f}  {o['entities'][2]:.3f}",
              f"claims          {o['claims'][0]:.3f}  {o['claims'][1]:.3f}  {o['claims'][2]:.3f}",
              f"attributed      {o['attributed'][0]:.3f}  {o['attributed'][1]:.3f}  {o['attributed'][2]:.3f}",
              f"quantities      {o['quantities'][0]:.3f}  {o['quantities'][1]:.3f}  {o['quantities'][2]:.3f}",
              f"claimant accuracy on matched claims: {o['claimant_acc']:.3f}",
              f"kind accuracy (event or statement) on matched claims: {o['kind_acc']:.3f}",
              "", f"precision (found with the right claimant) by confidence "
                  f"(calibration error {o['calibration_error']:.3f}):"]
    lines += [f"  {band:12} {n:4} claims  {p:.3f}" for band, n, p in scores.precision_by_confidence()]
    if by_rule:
        lines += ["", "precision (found with the right claimant) by rule:",
                  f"  {'rule':24} {'claims':>6}  confidence  precision"]
        lines += [f"  {r['rule']:24} {r['n']:6}  {r['confidence']:10.3f}  {r['precision']:9.3f}"
                  for r in scores.precision_by_rule()]
    if errors:
        for d, errs in scores.errors.items():
            lines += ["", f"== {d}"] + [f"  {e}" for e in errs]
    return "\n".join(lines) + "\n"
