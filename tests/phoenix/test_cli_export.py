"""``evalclients runs export`` against a real Arize Phoenix: every run, resume, speed."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing

from scripts.phoenix_server import PhoenixServer
from tests.phoenix.seed import SeededExperiment, global_id, make_client, seed_experiment

pytestmark = pytest.mark.phoenix

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = [json.loads(p.read_text()) for p in (ROOT / "specs/common").glob("*.schema.json")]
SCHEMA = json.loads((ROOT / "specs/common/export_record.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA,
    registry=referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s)) for s in SCHEMAS
    ),
)
EXAMPLES, REPETITIONS = 100, 5


@pytest.fixture(scope="module")
def seeded(phoenix: PhoenixServer) -> SeededExperiment:
    """100 examples x 5 repetitions: 500 runs."""
    with make_client(phoenix.base_url) as c:
        return seed_experiment(c, n_examples=EXAMPLES, repetitions=REPETITIONS, with_runs=True)


def _export(phoenix: PhoenixServer, experiment_id: str, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "evalclients.cli", "runs", "export", "phoenix", experiment_id,
        "--base-url", phoenix.base_url, "-o", str(out), *extra,
    ]  # fmt: skip


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("PHOENIX_")}


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=_env(), timeout=120)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_every_run_and_measure_speed(
    phoenix: PhoenixServer,
    seeded: SeededExperiment,
    tmp_path: Path,
    record_property: Any,
) -> None:
    out = tmp_path / "runs.jsonl"
    started = time.perf_counter()
    proc = _run(_export(phoenix, seeded.experiment_id, out, "--page-size", "100"))
    wall = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr
    records = _lines(out)
    assert sorted(r["id"] for r in records) == sorted(seeded.run_ids)
    assert {r["experiment_id"] for r in records} == {seeded.experiment_id}
    assert {(r["example_id"], r["repetition"]) for r in records} == {
        (e, rep) for e in seeded.dataset.example_ids for rep in range(1, REPETITIONS + 1)
    }
    for rec in records:
        VALIDATOR.validate(rec)
        assert rec["output"] == {"echo": rec["example_id"], "rep": rec["repetition"]}
        assert rec["raw"]["id"] == rec["id"] and rec["latency_ms"] is not None
    summary = re.search(r"\(([\d,]+) runs/s\)", proc.stderr)
    assert summary, proc.stderr
    rate = int(summary.group(1).replace(",", ""))
    record_property("runs_per_second_export", rate)
    record_property("runs_per_second_wall", round(len(records) / wall))
    print(f"\nPhoenix export: {len(records)} runs, {rate}/s in the export loop, "
          f"{len(records) / wall:.0f}/s including process start ({wall:.2f}s)")  # fmt: skip


def test_sigint_and_resume_matches_an_uninterrupted_export(
    phoenix: PhoenixServer, seeded: SeededExperiment, tmp_path: Path
) -> None:
    reference = tmp_path / "reference.csv"
    assert (
        _run(_export(phoenix, seeded.experiment_id, reference, "--page-size", "2")).returncode == 0
    )
    out = tmp_path / "runs.csv"
    cp = tmp_path / "runs.csv.checkpoint.json"
    # 250 pages of 2: long enough to interrupt after the second checkpoint.
    proc = subprocess.Popen(
        _export(phoenix, seeded.experiment_id, out, "--page-size", "2"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, "finished before it could be interrupted"
        try:
            if json.loads(cp.read_text())["pages"] >= 2:
                break
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert proc.returncode == 130
    checkpoint = json.loads(cp.read_text())
    assert checkpoint["pages"] < 250 and out.stat().st_size == checkpoint["bytes"]
    resumed = _run(_export(phoenix, seeded.experiment_id, out, "--page-size", "2", "--resume"))
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert not cp.exists()


def test_unknown_experiment_exits_4(phoenix: PhoenixServer, tmp_path: Path) -> None:
    proc = _run(_export(phoenix, global_id("Experiment", 987_654), tmp_path / "x.jsonl"))
    assert proc.returncode == 4, proc.stderr
    assert proc.stderr.startswith("evalclients: error: phoenix: GET /v1/experiments/")
    assert not (tmp_path / "x.jsonl").exists()
