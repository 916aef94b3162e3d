#!/usr/bin/env python3
"""Confidences for the claim rules, from how often each rule was right on scored builds.

    python3 scripts/calibrate.py --fit BUILD=GOLD [--fit ...] --prior BUILD=GOLD [--prior ...] [--weight 10]

Each BUILD is a folder `claimsgraph build` wrote and GOLD its gold annotations. A rule's
confidence is its precision (claims found with the right claimant, out of the claims it made)
on the --fit sets, drawn towards its precision on the --prior sets as if those added --weight
claims: a rule seen a few times on the fit sets keeps about its prior. Fit on sets no rule was
written from; the prior may be the development sets. Prints the two tables of
graph/extract/claims.py (statements; figures, whose rules `evaluate` names "quantity/…") and,
for each fit set, the calibration error it would have with confidences fitted on the others
(the honest figure; with one fit set, on itself).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from claimsgraph.api import open_graph
from claimsgraph.evaluate import Scores

FIGURES = "quantity/"


def scored(pairs: list[str]) -> list[tuple[str, Scores]]:
    out = []
    for pair in pairs:
        build, _, gold = pair.partition("=")
        out.append((pair, open_graph(Path(build)).evaluate(Path(gold))))
    return out


def counts(sets: list[Scores]) -> dict[str, tuple[int, int]]:
    """Per rule: claims made and claims right."""
    total: dict[str, tuple[int, int]] = {}
    for scores in sets:
        for rule, (_, right) in zip(scores.rules, scores.outcomes):
            n, ok = total.get(rule, (0, 0))
            total[rule] = (n + 1, ok + right)
    return total


def fitted(fit: dict[str, tuple[int, int]], prior: dict[str, tuple[int, int]], weight: float) -> dict[str, float]:
    """Each rule's precision on the fit sets, drawn towards its precision on the prior sets, itself drawn
    towards the precision of all claims there: a rule seen twice gets no 0 or 1."""
    base = prior or fit
    overall = sum(ok for _, ok in base.values()) / max(1, sum(n for n, _ in base.values()))
    table = {}
    for rule in sorted(set(fit) | set(prior)):
        n, ok = fit.get(rule, (0, 0))
        pn, pok = prior.get(rule, (0, 0))
        p_prior = (pok + weight * overall) / (pn + weight)
        table[rule] = round((ok + weight * p_prior) / (n + weight), 2)
    return table


def calibration_error(scores: Scores, table: dict[str, float]) -> float:
    outcomes = [(table.get(rule, conf), right) for rule, (conf, right) in zip(scores.rules, scores.outcomes)]
    return Scores(outcomes=outcomes).calibration_error()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fit", action="append", required=True, metavar="BUILD=GOLD")
    parser.add_argument("--prior", action="append", default=[], metavar="BUILD=GOLD")
    parser.add_argument("--weight", type=float, default=10.0, help="claims the prior counts as [10]")
    args = parser.parse_args()
    fit, prior = scored(args.fit), scored(args.prior)
    prior_counts = counts([s for _, s in prior])
    table = fitted(counts([s for _, s in fit]), prior_counts, args.weight)
    fit_counts = counts([s for _, s in fit])
    print(f"{'rule':24} {'fit n':>6} {'right':>6} {'prior n':>8} {'right':>6}  confidence")
    for rule, conf in table.items():
        n, ok = fit_counts.get(rule, (0, 0))
        pn, pok = prior_counts.get(rule, (0, 0))
        print(f"{rule:24} {n:6} {ok:6} {pn:8} {pok:6}  {conf:.2f}")
    for name, kind in (("CONFIDENCE", False), ("FIGURE_CONFIDENCE", True)):
        rows = {r[len(FIGURES):] if kind else r: c for r, c in table.items() if r.startswith(FIGURES) == kind}
        print(f"\n{name} = {{" + ", ".join(f'"{r}": {c}' for r, c in rows.items()) + "}")
    print()
    for i, (name, scores) in enumerate(fit):
        others = [s for j, (_, s) in enumerate(fit) if j != i] or [scores]
        held_out = fitted(counts(others), prior_counts, args.weight)
        print(f"calibration error of {name}: now {scores.calibration_error():.3f}, "
              f"fitted on {'the others' if len(fit) > 1 else 'itself'} {calibration_error(scores, held_out):.3f}")


if __name__ == "__main__":
    main()
