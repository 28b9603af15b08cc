"""Experiment results against a real Arize Phoenix 20.26.1: every stored evaluation on its run
(error-only ones included) in ``runs export`` and ``experiment_results``, and ``runs summary`` /
``runs compare`` figures checked against values computed here from what was stored."""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from evalclients import AsyncClient, Client
from scripts.phoenix_server import PhoenixServer
from tests.phoenix.seed import create_experiment, make_client, post_run, upload_dataset

pytestmark = pytest.mark.phoenix

ZONES = ("+00:00", "-08:00", "+05:30", "+09:00")


@dataclass
class Stored:
    """What the test wrote: runs and their evaluations, by run id."""

    experiment_id: str
    runs: dict[str, dict[str, Any]] = field(default_factory=dict)
    evaluations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _stamp(i: int) -> str:
    return f"2025-03-0{1 + i % 9}T1{i % 10}:00:00{ZONES[i % len(ZONES)]}"


def _experiment(
    client: httpx.Client, dataset: Any, repetitions: int, seed: int, examples: int
) -> Stored:
    rng = random.Random(seed)
    exp = create_experiment(client, dataset.dataset_id, repetitions=repetitions)
    stored = Stored(exp["id"])
    for example_id in dataset.example_ids[:examples]:
        for rep in range(1, repetitions + 1):
            failed = rng.random() < 0.1
            run_id = post_run(
                client,
                exp["id"],
                example_id,
                rep,
                error="TimeoutError: task failed" if failed else None,
            )
            stored.runs[run_id] = {"example_id": example_id, "repetition": rep, "failed": failed}
            evaluations = []
            for name in ("correct", "relevance"):
                i = len(stored.runs) * 2 + len(evaluations)
                body: dict[str, Any] = {
                    "experiment_run_id": run_id,
                    "name": name,
                    "annotator_kind": "CODE" if name == "correct" else "LLM",
                    "start_time": _stamp(i),
                    "end_time": _stamp(i + 1),
                }
                if failed or rng.random() < 0.12:  # error-only evaluations
                    body["error"] = f"ValueError: {name} could not judge"
                    body["result"] = None
                else:
                    score = float(rng.random() < 0.6) if name == "correct" else rng.random()
                    label = ("yes" if score else "no") if name == "correct" else None
                    body["result"] = {"score": score, "label": label, "explanation": f"e{i}"}
                resp = client.post("/v1/experiment_evaluations", json=body)
                resp.raise_for_status()
                evaluations.append(body)
            stored.evaluations[run_id] = evaluations
    return stored


@pytest.fixture(scope="module")
def two_experiments(phoenix: PhoenixServer) -> tuple[Stored, Stored]:
    """A: 24 examples x 2 repetitions; B: 20 of them x 1, on the same dataset."""
    with make_client(phoenix.base_url) as c:
        dataset = upload_dataset(c, 24)
        return (
            _experiment(c, dataset, repetitions=2, seed=1, examples=24),
            _experiment(c, dataset, repetitions=1, seed=2, examples=20),
        )


def _facts(body: dict[str, Any]) -> tuple[Any, ...]:
    result = body.get("result") or {}
    return (body["name"], result.get("score"), result.get("label"), body.get("error"))


def _cli(phoenix: PhoenixServer, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PHOENIX_")}
    return subprocess.run(
        [sys.executable, "-m", "evalclients.cli", *args, "--base-url", phoenix.base_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_export_and_results_carry_every_stored_evaluation(
    phoenix: PhoenixServer, two_experiments: tuple[Stored, Stored], tmp_path: Path
) -> None:
    stored, _ = two_experiments
    total = sum(len(v) for v in stored.evaluations.values())
    errors_only = sum(1 for v in stored.evaluations.values() for b in v if b.get("error"))
    assert errors_only > 0 and total == 2 * len(stored.runs)
    # The server holds exactly these (its JSON export, read directly).
    with make_client(phoenix.base_url) as c:
        export = c.get(f"/v1/experiments/{stored.experiment_id}/json").json()
    assert sum(len(r["annotations"]) for r in export) == total

    out = tmp_path / "runs.jsonl"
    proc = _cli(phoenix, "runs", "export", "phoenix", stored.experiment_id, "-o", str(out),
                "--page-size", "7")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(stored.runs)
    for rec in records:
        got = sorted((a["name"], a["score"], a["label"], a["error"]) for a in rec["annotations"])
        assert got == sorted(_facts(b) for b in stored.evaluations[rec["id"]]), rec["id"]
        assert all(a["started_at"] and a["ended_at"] for a in rec["annotations"])
    assert sum(len(r["annotations"]) for r in records) == total

    with Client("phoenix", base_url=phoenix.base_url) as client:
        results = list(client.experiment_results(stored.experiment_id, page_size=5))
    assert sorted(r.id for r in results) == sorted(stored.runs)
    assert sum(len(r.evaluations or []) for r in results) == total
    for r in results:
        got = sorted((e["name"], e["score"], e["label"], e["error"]) for e in r.evaluations or [])
        assert got == sorted(_facts(b) for b in stored.evaluations[r.id])

    async def read() -> int:
        async with AsyncClient("phoenix", base_url=phoenix.base_url) as client:
            pager = client.experiment_results(stored.experiment_id, page_size=9)
            return sum([len(r.evaluations or []) async for r in pager])

    assert asyncio.run(read()) == total


def _scores(stored: Stored, name: str) -> list[float]:
    return [
        b["result"]["score"]
        for v in stored.evaluations.values()
        for b in v
        if b["name"] == name and b.get("result")
    ]


def test_summary_and_compare_against_the_real_server(
    phoenix: PhoenixServer, two_experiments: tuple[Stored, Stored]
) -> None:
    a, b = two_experiments
    proc = _cli(phoenix, "runs", "summary", "phoenix", a.experiment_id, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["runs"] == len(a.runs)
    assert doc["errors"] == sum(r["failed"] for r in a.runs.values())
    for name in ("correct", "relevance"):
        scores = _scores(a, name)
        got = doc["evaluations"][name]
        assert got["count"] == len(a.runs)
        assert got["errors"] == sum(
            1 for v in a.evaluations.values() for e in v if e["name"] == name and e.get("error")
        )
        assert got["mean"] == pytest.approx(statistics.fmean(scores))
        assert (got["min"], got["max"]) == (min(scores), max(scores))
        assert got["p50"] == pytest.approx(statistics.median(scores))
        assert got["p90"] == pytest.approx(
            statistics.quantiles(scores, n=10, method="inclusive")[8]
        )
    labels = [
        e["result"]["label"]
        for v in a.evaluations.values()
        for e in v
        if e["name"] == "correct" and e.get("result")
    ]
    assert doc["evaluations"]["correct"]["labels"] == {
        k: labels.count(k) for k in sorted(set(labels))
    }

    proc = _cli(phoenix, "runs", "compare", "phoenix", a.experiment_id, b.experiment_id, "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    key_a = {(r["example_id"], r["repetition"]): rid for rid, r in a.runs.items()}
    key_b = {(r["example_id"], r["repetition"]): rid for rid, r in b.runs.items()}
    matched = [k for k in key_a if k in key_b]
    assert doc["matched"] == len(matched) == 20
    assert len(doc["only_a"]) == len(a.runs) - 20 and doc["only_b"] == []

    def score(stored: Stored, run_id: str, name: str) -> float | None:
        for e in stored.evaluations[run_id]:
            if e["name"] == name and e.get("result"):
                return float(e["result"]["score"])
        return None

    for name in ("correct", "relevance"):
        deltas = [
            sb - sa
            for k in matched
            if (sa := score(a, key_a[k], name)) is not None
            and (sb := score(b, key_b[k], name)) is not None
        ]
        row = doc["evaluations"][name]
        assert row["pairs"] == len(deltas)
        assert row["mean_delta"] == pytest.approx(statistics.fmean(deltas))
        assert (row["worse"], row["better"]) == (
            sum(d < 0 for d in deltas),
            sum(d > 0 for d in deltas),
        )
        assert row["mean_a"] == pytest.approx(statistics.fmean(_scores(a, name)))
        assert row["mean_b"] == pytest.approx(statistics.fmean(_scores(b, name)))


# Written the way users write experiments: the official client's run_experiment (installed
# with the Phoenix server), with a task and an evaluator that raise on some examples.
OFFICIAL_CLIENT_SCRIPT = """
import json, sys, uuid
from phoenix.client import Client

client = Client(base_url=sys.argv[1])
dataset = client.datasets.create_dataset(
    name="official-" + uuid.uuid4().hex[:8],
    inputs=[{"q": i} for i in range(12)],
    outputs=[{"a": i * 2} for i in range(12)],
)

def task(input):
    if input["q"] % 5 == 4:
        raise RuntimeError("task failed on purpose")
    return {"a": input["q"] * 2 if input["q"] % 3 else -1}

def exact(output, expected):
    return float(output == expected)

def picky(output, input):
    if input["q"] % 4 == 1:
        raise ValueError("evaluator failed on purpose")
    return {"score": input["q"] / 12, "label": "even" if input["q"] % 2 == 0 else "odd"}

ran = client.experiments.run_experiment(
    dataset=dataset, task=task, evaluators=[exact, picky], repetitions=2,
    print_summary=False, timeout=120,
)
print(json.dumps({"experiment_id": ran["experiment_id"]}))
"""


def test_an_official_client_experiment_keeps_every_evaluation(
    phoenix: PhoenixServer, tmp_path: Path
) -> None:
    from scripts.phoenix_server import ensure_phoenix

    script = tmp_path / "official.py"
    script.write_text(OFFICIAL_CLIENT_SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PHOENIX_", "OTEL_"))}
    written = subprocess.run(
        [str(ensure_phoenix() / "bin" / "python"), str(script), phoenix.base_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert written.returncode == 0, written.stderr[-3000:]
    experiment_id = json.loads(written.stdout.strip().splitlines()[-1])["experiment_id"]
    with make_client(phoenix.base_url) as c:
        stored = c.get(f"/v1/experiments/{experiment_id}/json").json()
    by_key = {
        (r["example_id"], r["repetition_number"]): sorted(
            (a["name"], a["score"], a["label"], a["error"]) for a in r["annotations"]
        )
        for r in stored
    }
    total = sum(len(v) for v in by_key.values())
    assert len(stored) == 24 and any(e[3] for v in by_key.values() for e in v)  # error-only

    out = tmp_path / "runs.jsonl"
    proc = _cli(phoenix, "runs", "export", "phoenix", experiment_id, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(stored)
    assert sum(len(r["annotations"]) for r in records) == total
    for rec in records:
        got = sorted((a["name"], a["score"], a["label"], a["error"]) for a in rec["annotations"])
        assert got == by_key[(rec["example_id"], rec["repetition"])]
    with Client("phoenix", base_url=phoenix.base_url) as client:
        results = list(client.experiment_results(experiment_id, page_size=5))
    assert sum(len(r.evaluations or []) for r in results) == total
