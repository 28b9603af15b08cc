"""``evalclients runs summary`` and ``runs compare``: how evaluation users read experiments.

    evalclients runs summary VENDOR EXPERIMENT_ID [--json] [--bins N]
    evalclients runs compare VENDOR ID_A ID_B [--top N] [--json]

Both read every run with its evaluations through ``Client.experiment_results`` (the
registry's ``results`` entry), keeping only what the figures need: names, scores, labels,
errors and each run's example and repetition.

Percentiles interpolate linearly between the two nearest ranks (NumPy's default, "type 7").
``compare`` matches runs by (example, repetition); a run without an example id cannot be
matched and counts as only in its experiment. A run's score for an evaluation is the mean of
its scores of that name (one, normally).
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.table import Table

from evalclients.client import Client
from evalclients.results import RunResult

__all__ = ["RunFacts", "add_parsers", "compare", "histogram", "percentile", "summarize"]


@dataclass
class RunFacts:
    """What summary and compare keep of one run."""

    id: str
    example_id: str | None
    repetition: int | None
    error: str | None
    scores: dict[str, list[float]] = field(default_factory=dict)
    labels: dict[str, list[str]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    evaluated: bool = True  # False: the vendor exposes no evaluations for this run

    @classmethod
    def of(cls, result: RunResult) -> RunFacts:
        """The facts of one result."""
        rec = result.record
        facts = cls(rec["id"], rec["example_id"], rec["repetition"], rec["error"])
        facts.evaluated = result.evaluations is not None
        for ev in result.evaluations or ():
            name = ev["name"]
            facts.names.append(name)
            if ev["score"] is not None:
                facts.scores.setdefault(name, []).append(ev["score"])
            if ev["label"] is not None:
                facts.labels.setdefault(name, []).append(ev["label"])
            if ev["error"] is not None:
                facts.errors[name] = facts.errors.get(name, 0) + 1
        return facts

    def score(self, name: str) -> float | None:
        """This run's score for ``name`` (the mean if it has several)."""
        values = self.scores.get(name)
        return sum(values) / len(values) if values else None


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of sorted ``values``, linear between ranks."""
    if not values:
        raise ValueError("no values")
    pos = (len(values) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (pos - lo)


def histogram(values: Sequence[float], bins: int = 10) -> list[tuple[float, float, int]]:
    """Equal-width bins over [min, max]: (low, high, count); the last bin includes max."""
    if not values:
        return []
    lo, hi = min(values), max(values)
    if lo == hi:
        return [(lo, hi, len(values))]
    width = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        counts[min(int((v - lo) / width), bins - 1)] += 1
    return [(lo + i * width, lo + (i + 1) * width, c) for i, c in enumerate(counts)]


def _stats(scores: list[float]) -> dict[str, float | None]:
    if not scores:
        return dict.fromkeys(("mean", "min", "max", "p50", "p90"))
    s = sorted(scores)
    return {
        "mean": sum(s) / len(s),
        "min": s[0],
        "max": s[-1],
        "p50": percentile(s, 50),
        "p90": percentile(s, 90),
    }


def summarize(facts: Iterable[RunFacts], bins: int = 10) -> dict[str, Any]:
    """Runs, errors, and per evaluation: count, score statistics, label counts, histogram."""
    runs = errors = unevaluated = 0
    counts: Counter[str] = Counter()
    scores: dict[str, list[float]] = {}
    labels: dict[str, Counter[str]] = {}
    failed: Counter[str] = Counter()
    for f in facts:
        runs += 1
        errors += f.error is not None
        unevaluated += not f.evaluated
        counts.update(f.names)
        for name, values in f.scores.items():
            scores.setdefault(name, []).extend(values)
        for name, texts in f.labels.items():
            labels.setdefault(name, Counter()).update(texts)
        failed.update(f.errors)
    evaluations = {}
    for name in sorted(counts):
        values = scores.get(name, [])
        evaluations[name] = {
            "count": counts[name],
            "scored": len(values),
            "errors": failed.get(name, 0),
            **_stats(values),
            "labels": dict(sorted(labels.get(name, Counter()).items())),
            "histogram": [
                {"low": lo, "high": hi, "count": c} for lo, hi, c in histogram(values, bins)
            ],
        }
    return {
        "runs": runs,
        "errors": errors,
        "runs_without_evaluations_exposed": unevaluated,
        "evaluations": evaluations,
    }


def _key(f: RunFacts) -> tuple[str, int | None] | None:
    return (f.example_id, f.repetition) if f.example_id is not None else None


def compare(a: Iterable[RunFacts], b: Iterable[RunFacts], top: int = 5) -> dict[str, Any]:
    """Two experiments matched by (example, repetition): deltas, worse/better, unmatched."""
    side_a: dict[Any, RunFacts] = {}
    side_b: dict[Any, RunFacts] = {}
    only_a: list[RunFacts] = []
    only_b: list[RunFacts] = []
    all_a, all_b = list(a), list(b)
    for facts, side, alone in ((all_a, side_a, only_a), (all_b, side_b, only_b)):
        for f in facts:
            key = _key(f)
            if key is None or key in side:
                alone.append(f)  # unmatchable (no example) or a duplicate key
            else:
                side[key] = f
    matched = [k for k in side_a if k in side_b]
    only_a += [f for k, f in side_a.items() if k not in side_b]
    only_b += [f for k, f in side_b.items() if k not in side_a]
    names = sorted({n for f in (*all_a, *all_b) for n in f.scores})
    per_eval: dict[str, Any] = {}
    for name in names:
        # Each experiment's mean over all its runs; deltas over the matched ones.
        scores_a = [s for f in all_a if (s := f.score(name)) is not None]
        scores_b = [s for f in all_b if (s := f.score(name)) is not None]
        pairs = []
        for key in matched:
            sa, sb = side_a[key].score(name), side_b[key].score(name)
            if sa is not None and sb is not None:
                pairs.append((key, side_a[key], side_b[key], sb - sa))
        deltas = [d for *_, d in pairs]
        row: dict[str, Any] = {
            "mean_a": sum(scores_a) / len(scores_a) if scores_a else None,
            "mean_b": sum(scores_b) / len(scores_b) if scores_b else None,
            "pairs": len(pairs),
            "mean_delta": sum(deltas) / len(deltas) if deltas else None,
            "worse": sum(d < 0 for d in deltas),
            "better": sum(d > 0 for d in deltas),
            "same": sum(d == 0 for d in deltas),
        }

        def pick(items: list[Any], name: str = name) -> list[dict[str, Any]]:
            return [
                {
                    "example_id": key[0],
                    "repetition": key[1],
                    "run_a": fa.id,
                    "run_b": fb.id,
                    "score_a": fa.score(name),
                    "score_b": fb.score(name),
                    "delta": d,
                }
                for key, fa, fb, d in items[:top]
            ]

        ordered = sorted(pairs, key=lambda p: (p[3], p[0][0], p[0][1] or 0))
        row["top_worse"] = pick([p for p in ordered if p[3] < 0])
        row["top_better"] = pick([p for p in reversed(ordered) if p[3] > 0])
        per_eval[name] = row
    return {
        "matched": len(matched),
        "only_a": [_run_ref(f) for f in only_a],
        "only_b": [_run_ref(f) for f in only_b],
        "evaluations": per_eval,
    }


def _run_ref(f: RunFacts) -> dict[str, Any]:
    return {"id": f.id, "example_id": f.example_id, "repetition": f.repetition}


# -- command line -----------------------------------------------------------------------------


def add_parsers(runs_sub: Any, parents: list[argparse.ArgumentParser], count: Any) -> None:
    """Add ``summary`` and ``compare`` to the ``runs`` sub-command parser."""
    summary = runs_sub.add_parser(
        "summary",
        parents=parents,
        help="runs, errors and every evaluation's statistics for one experiment",
        description="Read every run of an experiment with its evaluations and print the run "
        "and error counts and, per evaluation: count, mean/min/max/p50/p90 of its scores, "
        "label counts and a histogram of the scores.",
    )
    summary.add_argument("experiment_id", metavar="EXPERIMENT_ID")
    summary.add_argument("--bins", type=count, default=10, help="histogram bins (default 10)")
    compare_p = runs_sub.add_parser(
        "compare",
        parents=parents,
        help="two experiments side by side, matched by example and repetition",
        description="Match the runs of two experiments on the same dataset by example and "
        "repetition; per evaluation: means, the mean of the paired deltas (B − A), the "
        "examples that got worse and better (top N), and the runs only in one.",
    )
    compare_p.add_argument("experiment_a", metavar="ID_A")
    compare_p.add_argument("experiment_b", metavar="ID_B")
    compare_p.add_argument("--top", type=count, default=5, help="examples listed (default 5)")
    for p in (summary, compare_p):
        p.add_argument("--page-size", type=count, metavar="N", help="runs per request")
        p.add_argument("--json", action="store_true", help="one JSON document on stdout")


def _facts(client: Client, experiment_id: str, page_size: int | None) -> list[RunFacts]:
    return [RunFacts.of(r) for r in client.experiment_results(experiment_id, page_size=page_size)]


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}"


def cmd_summary(args: argparse.Namespace, client: Client, out: Console) -> int:
    """Print an experiment's summary."""
    summary = summarize(_facts(client, args.experiment_id, args.page_size), args.bins)
    note = _note(client)
    if args.json:
        print(json.dumps({"experiment_id": args.experiment_id, **summary, "note": note}))
        return 0
    out.print(
        f"{client.vendor.display_name} experiment {args.experiment_id}: "
        f"{summary['runs']:,} runs, {summary['errors']:,} with errors",
        highlight=False,
    )
    if note:
        out.print(note, highlight=False)
    table = Table(title="evaluations")
    for col in ("name", "count", "errors", "mean", "min", "max", "p50", "p90", "labels"):
        table.add_column(col, overflow="fold")
    for name, row in summary["evaluations"].items():
        labels = ", ".join(f"{k}: {v}" for k, v in row["labels"].items())
        table.add_row(
            name,
            f"{row['count']:,}",
            f"{row['errors']:,}",
            *(_fmt(row[k]) for k in ("mean", "min", "max", "p50", "p90")),
            labels,
        )
    out.print(table)
    for name, row in summary["evaluations"].items():
        if row["histogram"]:
            out.print(f"\n{name} scores", highlight=False)
            out.print(_bars(row["histogram"]), highlight=False)
    return 0


def _bars(rows: list[dict[str, Any]], width: int = 40) -> str:
    peak = max(r["count"] for r in rows) or 1
    lines = []
    for r in rows:
        bar = "█" * round(r["count"] / peak * width)
        lines.append(f"{_fmt(r['low']):>9} – {_fmt(r['high']):<9} {bar} {r['count']}")
    return "\n".join(lines)


def _note(client: Client) -> str | None:
    results = client.vendor.results
    if results is None:
        return None
    note = results["evaluations"].get("note")
    return f"{client.vendor.display_name}: {note}" if note else None


def cmd_compare(args: argparse.Namespace, client: Client, out: Console) -> int:
    """Print two experiments side by side."""
    a = _facts(client, args.experiment_a, args.page_size)
    b = _facts(client, args.experiment_b, args.page_size)
    result = compare(a, b, args.top)
    if args.json:
        doc = {"experiment_a": args.experiment_a, "experiment_b": args.experiment_b, **result}
        print(json.dumps({**doc, "runs_a": len(a), "runs_b": len(b), "note": _note(client)}))
        return 0
    out.print(
        f"A {args.experiment_a}: {len(a):,} runs · B {args.experiment_b}: {len(b):,} runs · "
        f"{result['matched']:,} matched by example and repetition · "
        f"{len(result['only_a']):,} only in A · {len(result['only_b']):,} only in B",
        highlight=False,
    )
    table = Table(title="evaluations (delta = B − A over matched runs)")
    for col in ("name", "mean A", "mean B", "pairs", "mean delta", "worse", "better", "same"):
        table.add_column(col, overflow="fold")
    for name, row in result["evaluations"].items():
        table.add_row(
            name,
            _fmt(row["mean_a"]),
            _fmt(row["mean_b"]),
            f"{row['pairs']:,}",
            _fmt(row["mean_delta"]),
            *(f"{row[k]:,}" for k in ("worse", "better", "same")),
        )
    out.print(table)
    for name, row in result["evaluations"].items():
        for what in ("worse", "better"):
            items = row[f"top_{what}"]
            if not items:
                continue
            t = Table(title=f"{name}: top {len(items)} {what}")
            for col in ("example", "rep", "A", "B", "delta"):
                t.add_column(col, overflow="fold")
            for i in items:
                t.add_row(
                    str(i["example_id"]),
                    "" if i["repetition"] is None else str(i["repetition"]),
                    _fmt(i["score_a"]),
                    _fmt(i["score_b"]),
                    _fmt(i["delta"]),
                )
            out.print(t)
    for side in ("a", "b"):
        only = result[f"only_{side}"]
        if only:
            ids = ", ".join(r["id"] for r in only[: args.top])
            more = f" (+{len(only) - args.top:,} more)" if len(only) > args.top else ""
            out.print(f"only in {side.upper()}: {ids}{more}", highlight=False)
    return 0
