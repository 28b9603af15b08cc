"""The ``evalclients`` command line, driven as a user drives it: a subprocess against local
spec-driven fake servers (tests/fakeserver), with and without a terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing

from evalclients.export import COLUMNS, RecordError, to_record
from evalclients.registry import get_vendor
from evalclients.results import normalize_evaluation
from tests.fakeserver import SpecServer, delay, status

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = {p.name: json.loads(p.read_text()) for p in (ROOT / "specs/common").glob("*.schema.json")}
SCHEMA = SCHEMAS["export_record.schema.json"]
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA,
    registry=referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s)) for s in SCHEMAS.values()
    ),
)
KEY = "test-key"
VENDOR_ENV = ("ARIZE", "PHOENIX", "HUMANLOOP", "RESPAN")
RUNS_OP = {
    "phoenix": "list_experiment_runs",
    "arize": "list_experiment_runs",
    "humanloop": "list_runs_for_evaluation",
    "respan": "list_experiment_traces",
}
ID_PARAM = {"humanloop": "id"}
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")

Factory = Callable[..., SpecServer]


def cli_env(**extra: str) -> dict[str, str]:
    """The environment without any vendor key or base URL, plus ``extra``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(tuple(f"{p}_" for p in VENDOR_ENV)) and k not in ("COLUMNS", "CI")
    }
    env.update({"COLUMNS": "100", "PYTHONUNBUFFERED": "1", "NO_COLOR": "1"}, **extra)
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "evalclients.cli", *args]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI without a terminal."""
    return subprocess.run(
        command(*args), capture_output=True, text=True, env=env or cli_env(), timeout=60
    )


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    """The error: one line, the last on stderr (plain progress lines may come before it)."""
    lines = proc.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("evalclients: error: ")]
    assert errors == lines[-1:], proc.stderr
    assert not any(line.startswith(("Traceback", "  ")) for line in lines), proc.stderr
    return lines[-1]


def serve_runs(
    spec_server: Factory, vendor: str, n: int, experiment_id: str = "exp_1", **items: Any
) -> tuple[SpecServer, list[dict[str, Any]]]:
    """A fake server holding ``n`` runs of one experiment (evaluation)."""
    server = spec_server(vendor, api_key=KEY)
    op = RUNS_OP[vendor]
    overrides = {"experiment_id": experiment_id} if vendor == "phoenix" else None
    runs = server.make_items(op, n, overrides=overrides, **items)
    server.add_collection(
        op, runs, path_params={ID_PARAM.get(vendor, "experiment_id"): experiment_id}
    )
    if vendor == "phoenix":  # its evaluations come from the experiment's JSON export
        for i, r in enumerate(runs):
            r["dataset_example_id"], r["repetition_number"] = f"ex_{i // 2}", i % 2 + 1
        server.set_response(
            "get_experiment_json",
            [phoenix_export_record(r) for r in runs],
            path_params={"experiment_id": experiment_id},
            content_type="application/json",
            validate=False,  # declared text/plain; Phoenix answers application/json
        )
    return server, runs


def phoenix_export_record(run: dict[str, Any]) -> dict[str, Any]:
    """The record Phoenix's JSON export holds for ``run`` (one evaluation, error-only on odd)."""
    failed = run["repetition_number"] == 2
    return {
        "example_id": run["dataset_example_id"],
        "repetition_number": run["repetition_number"],
        "output": run["output"],
        "annotations": [
            {
                "name": "correct",
                "annotator_kind": "CODE",
                "label": None if failed else "yes",
                "score": None if failed else 1.0,
                "explanation": None,
                "trace_id": None,
                "error": "boom\u2028line two" if failed else None,
                "metadata": {},
                "start_time": "2025-01-01T00:00:00+00:00",
                "end_time": "2025-01-01T00:00:01+00:00",
            }
        ],
    }


def expected_record(vendor: str, raw: dict[str, Any], exp: str = "exp_1") -> dict[str, Any]:
    """The exported record: ``to_record`` plus the run's evaluations, normalized."""
    rec: dict[str, Any] = dict(to_record(vendor, exp, raw))
    results = get_vendor(vendor).results
    assert results is not None
    source = results["evaluations"]
    fields = source.get("fields") or {"name": ["name"]}
    found: Any = None
    if vendor == "phoenix":
        found = phoenix_export_record(raw)["annotations"]
    elif source["source"] == "run":
        found = raw.get(source.get("path", ""))
    if isinstance(found, list):
        rec["annotations"] = [normalize_evaluation(a, fields) for a in found]
    elif isinstance(found, dict):  # an object keyed by evaluator (Respan 1.0.0's scores)
        rec["annotations"] = [normalize_evaluation(a, fields, k) for k, a in found.items()]
    return rec


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def export_args(
    server: SpecServer, vendor: str, out: Path, *extra: str, exp: str = "exp_1"
) -> list[str]:
    return ["runs", "export", vendor, exp, "--base-url", server.base_url, "-o", str(out), *extra]


# -- the record mapping (in-process) -------------------------------------------------------


def test_phoenix_record_mapping_and_latency() -> None:
    raw = {
        "id": "RXhwZXJpbWVudFJ1bjox",
        "experiment_id": "RXhwZXJpbWVudDox",
        "dataset_example_id": "RGF0YXNldEV4YW1wbGU6MQ==",
        "repetition_number": 2,
        "output": {"answer": 4},
        "error": None,
        "start_time": "2025-01-01T00:00:00Z",
        "end_time": "2025-01-01T00:00:01.250000+00:00",
        "trace_id": None,
    }
    rec = to_record("phoenix", "RXhwZXJpbWVudDox", raw)
    VALIDATOR.validate(rec)
    assert rec["example_id"] == raw["dataset_example_id"]
    assert (rec["repetition"], rec["output"], rec["latency_ms"]) == (2, {"answer": 4}, 1250.0)
    assert (rec["started_at"], rec["ended_at"]) == (raw["start_time"], raw["end_time"])
    assert rec["annotations"] is None and rec["status"] is None
    assert rec["raw"] == raw


def test_arize_record_mapping_annotations() -> None:
    """to_record maps the run; its annotations are joined by evalclients.results (below)."""
    raw = {
        "id": "run_001",
        "example_id": "ex_1",
        "output": "4",
        "latency_ms": 120,
        "model": "gpt-4",
        "annotations": [
            {
                "name": "correct",
                "label": "yes",
                "score": 1,
                "annotator": {"id": "u1", "email": "a@b.c"},
            },
            {"name": "note", "text": "fine", "updated_at": "2025-01-01T00:00:00Z"},
        ],
    }
    rec = to_record("arize", "exp_9", raw)
    VALIDATOR.validate(rec)
    assert (rec["experiment_id"], rec["example_id"], rec["latency_ms"]) == ("exp_9", "ex_1", 120.0)
    assert rec["annotations"] is None and rec["raw"] == raw
    joined = expected_record("arize", raw, "exp_9")
    VALIDATOR.validate(joined)
    assert [
        {k: e[k] for k in ("name", "label", "score", "explanation", "annotator", "updated_at")}
        for e in joined["annotations"]
    ] == [
        {
            "name": "correct",
            "label": "yes",
            "score": 1.0,
            "explanation": None,
            "annotator": "a@b.c",
            "updated_at": None,
        },
        {
            "name": "note",
            "label": None,
            "score": None,
            "explanation": "fine",
            "annotator": None,
            "updated_at": "2025-01-01T00:00:00Z",
        },
    ]
    assert [e["raw"] for e in joined["annotations"]] == raw["annotations"]
    assert rec["started_at"] is None and rec["repetition"] is None
    no_annotations = to_record("arize", "exp_9", {"id": "r", "example_id": "e"})
    assert no_annotations["annotations"] is None and no_annotations["latency_ms"] is None


def test_humanloop_and_respan_records_invent_nothing() -> None:
    hl = {
        "id": "run_1",
        "status": "completed",
        "created_at": "2025-01-01T00:00:00Z",
        "control": True,
    }
    rec = to_record("humanloop", "evr_1", hl)
    VALIDATOR.validate(rec)
    assert (rec["id"], rec["experiment_id"], rec["status"]) == ("run_1", "evr_1", "completed")
    empty = ("example_id", "output", "error", "started_at", "ended_at", "latency_ms", "annotations")
    assert all(rec[k] is None for k in empty)  # type: ignore[literal-required]
    trace = {"id": "log_1", "output": "x", "latency": 0.5}
    rec = to_record("respan", "exp_1", trace)
    VALIDATOR.validate(rec)
    assert rec["raw"] == trace and all(rec[k] is None for k in empty)  # type: ignore[literal-required]
    with pytest.raises(RecordError):
        to_record("phoenix", "e", {"output": 1})


# -- vendors and experiments ---------------------------------------------------------------


def test_vendors_shows_key_variables_never_keys() -> None:
    proc = run("vendors", env=cli_env(ARIZE_API_KEY="sk-very-secret-1234"))
    assert proc.returncode == 0, proc.stderr
    for name in ("arize", "phoenix", "humanloop", "respan", "ARIZE_API_KEY", "us-east-1b"):
        assert name in proc.stdout
    assert "sk-very-secret" not in proc.stdout + proc.stderr
    rows = {r["vendor"]: r for r in map(json.loads, run("vendors", "--json").stdout.splitlines())}
    assert rows["phoenix"]["api_key_required"] is False
    assert rows["arize"]["api_key_set"] is False
    assert rows["humanloop"]["export"] == "list_runs_for_evaluation"


def test_experiments_table(spec_server: Factory) -> None:
    server = spec_server("phoenix", api_key=KEY)
    exps = server.make_items("list_experiments", 3, overrides={"dataset_id": "ds_1"})
    server.add_collection("list_experiments", exps, path_params={"dataset_id": "ds_1"})
    proc = run("experiments", "phoenix", "--dataset", "ds_1", "--base-url", server.base_url)
    assert proc.returncode == 0, proc.stderr
    for exp in exps:
        assert exp["id"] in proc.stdout and exp["name"] in proc.stdout
    assert max(len(line) for line in proc.stdout.splitlines()) <= 100
    assert proc.stderr.strip() == "3 experiments"
    as_json = run(
        "experiments", "phoenix", "--dataset", "ds_1", "--json", "--base-url", server.base_url
    )
    assert [json.loads(line) for line in as_json.stdout.splitlines()] == exps
    missing = run("experiments", "phoenix", "--base-url", server.base_url)
    assert missing.returncode == 2 and "--dataset" in one_line_error(missing)
    assert server.violations == []


# -- export --------------------------------------------------------------------------------


def test_export_jsonl_has_exactly_the_servers_runs(spec_server: Factory, tmp_path: Path) -> None:
    server, runs = serve_runs(spec_server, "phoenix", 250)
    out = tmp_path / "runs.jsonl"
    proc = run(*export_args(server, "phoenix", out, "--page-size", "100"))
    assert proc.returncode == 0, proc.stderr
    records = read_jsonl(out)
    assert [r["raw"] for r in records] == runs
    assert records == [expected_record("phoenix", r) for r in runs]
    assert sum(len(r["annotations"]) for r in records) == len(runs)  # every one, errors too
    for rec in records[:5]:
        VALIDATOR.validate(rec)
        assert list(rec) == list(COLUMNS)
    pages = [r for r in server.requests if r.operation_id == "list_experiment_runs"]
    assert [r.param("limit") for r in pages] == ["100", "100", "100"]
    assert not (tmp_path / "runs.jsonl.checkpoint.json").exists()
    # No terminal: plain progress lines, no escape codes, and a summary.
    assert "\x1b[" not in proc.stderr
    assert re.search(r"exported 250 runs \(3 pages, [\d,]+ bytes\) to .*runs\.jsonl", proc.stderr)
    assert server.violations == []


def test_export_csv_nested_fields_as_json(spec_server: Factory, tmp_path: Path) -> None:
    # Every run gets an annotation: since Arize AX 1.0.0 (the SDK's rendering) no run field is
    # required, so the spec-driven example generator leaves nested lists empty.
    server = spec_server("arize", api_key=KEY)
    annotations = server.make_items("Annotation", 1)
    runs = server.make_items(RUNS_OP["arize"], 30, overrides={"annotations": annotations})
    server.add_collection(RUNS_OP["arize"], runs, path_params={"experiment_id": "exp_1"})
    out = tmp_path / "runs.csv"
    proc = run(
        *export_args(server, "arize", out, "--page-size", "7"), env=cli_env(ARIZE_API_KEY=KEY)
    )
    assert proc.returncode == 0, proc.stderr
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 30 and list(rows[0]) == list(COLUMNS)
    for row, raw in zip(rows, runs, strict=True):
        assert json.loads(row["raw"]) == raw
        assert row["id"] == raw["id"] and row["example_id"] == raw["example_id"]
        assert json.loads(row["annotations"])[0]["name"] == raw["annotations"][0]["name"]
        assert row["started_at"] == ""  # null: Arize runs carry no times
    assert server.violations == []


@pytest.mark.parametrize("vendor", ["humanloop", "respan"])
def test_export_other_vendors(spec_server: Factory, tmp_path: Path, vendor: str) -> None:
    server, runs = serve_runs(spec_server, vendor, 12)
    out = tmp_path / "runs.jsonl"
    env = cli_env(**{f"{vendor.upper()}_API_KEY": KEY})
    proc = run(*export_args(server, vendor, out, "--page-size", "5"), env=env)
    assert proc.returncode == 0, proc.stderr
    assert read_jsonl(out) == [expected_record(vendor, r) for r in runs]
    assert server.violations == []


def test_export_to_stdout_with_limit(spec_server: Factory) -> None:
    server, runs = serve_runs(spec_server, "phoenix", 50)
    proc = run(
        "runs",
        "export",
        "phoenix",
        "exp_1",
        "--base-url",
        server.base_url,
        "--limit",
        "25",
        "--page-size",
        "10",
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["raw"] for line in proc.stdout.splitlines()] == runs[:25]
    limits = [r.param("limit") for r in server.requests if r.operation_id == "list_experiment_runs"]
    assert limits == ["10", "10", "5"]
    assert server.violations == []


def test_export_on_a_terminal_shows_a_progress_bar(spec_server: Factory, tmp_path: Path) -> None:
    server, runs = serve_runs(spec_server, "phoenix", 60)
    server.set_faults([delay(0.05).on("list_experiment_runs").repeat(None)])
    out = tmp_path / "runs.jsonl"
    master, slave = pty.openpty()
    env = cli_env()
    env.pop("NO_COLOR")
    env["TERM"] = "xterm-256color"
    proc = subprocess.Popen(
        command(*export_args(server, "phoenix", out, "--page-size", "10")),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=30) == 0
    os.close(master)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert "\x1b[" in screen  # a live display, not plain lines
    visible = [ANSI.sub("", part) for part in re.split(r"\r\n|\r|\n", screen)]
    assert any("exporting phoenix experiment exp_1" in v and "runs/s" in v for v in visible)
    assert any(re.search(r"\b60 runs\b.*\b6 pages\b", v) for v in visible)
    bars = [
        v
        for v in visible
        if v.strip().startswith(("⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏", "exporting"))
        or "exporting phoenix" in v
    ]
    assert bars and max(len(v.rstrip()) for v in bars) <= 100  # the bar fits COLUMNS
    assert [r["raw"] for r in read_jsonl(out)] == runs
    server.violations  # noqa: B018 - delays are no violations; mark them read


# -- interruption and resume ---------------------------------------------------------------


def _wait_for_pages(cp: Path, pages: int, proc: subprocess.Popen[str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the export finished before it could be interrupted"
        try:
            if json.loads(cp.read_text())["pages"] >= pages:
                return
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.02)
    raise AssertionError(f"no checkpoint with {pages} pages in {timeout}s")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_kill_and_resume_gives_the_uninterrupted_file(
    spec_server: Factory, tmp_path: Path, sig: signal.Signals
) -> None:
    server, runs = serve_runs(spec_server, "phoenix", 120)
    reference = tmp_path / "reference.jsonl"
    assert run(*export_args(server, "phoenix", reference, "--page-size", "10")).returncode == 0

    out = tmp_path / "runs.jsonl"
    cp = tmp_path / "runs.jsonl.checkpoint.json"
    server.set_faults([delay(0.15).on("list_experiment_runs").repeat(None)])  # ~1.8s in all
    proc = subprocess.Popen(
        command(*export_args(server, "phoenix", out, "--page-size", "10")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    _wait_for_pages(cp, 2, proc)
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=30)
    checkpoint = json.loads(cp.read_text())
    assert 2 <= checkpoint["pages"] < 12
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
        assert out.stat().st_size >= checkpoint["bytes"]
    else:
        assert proc.returncode == 128 + sig
        assert checkpoint["reason"] == "interrupted"
        assert out.stat().st_size == checkpoint["bytes"]  # cut at the last whole page
        assert len(read_jsonl(out)) == checkpoint["records"]
        last = stderr.strip().splitlines()[-1]
        assert last.startswith(f"evalclients: error: interrupted ({sig.name}) after ")
        assert last.endswith("--page-size 10 --resume")

    server.set_faults([])
    server.reset()
    again = run(*export_args(server, "phoenix", out, "--page-size", "10"))
    assert again.returncode == 2 and "--resume" in one_line_error(again)
    resumed = run(*export_args(server, "phoenix", out, "--page-size", "10", "--resume"))
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert [r["raw"]["id"] for r in read_jsonl(out)] == [r["id"] for r in runs]
    first = next(r for r in server.requests if r.operation_id == "list_experiment_runs")
    assert first.param("cursor") == checkpoint["continuation_token"]  # continued, not restarted
    assert not cp.exists()
    assert server.violations == []


def test_failure_after_retries_saves_a_checkpoint(spec_server: Factory, tmp_path: Path) -> None:
    server, _ = serve_runs(spec_server, "phoenix", 50)
    reference = tmp_path / "reference.csv"
    assert run(*export_args(server, "phoenix", reference, "--page-size", "10")).returncode == 0
    out = tmp_path / "runs.csv"
    server.set_faults([status(503).on_page(3, "list_experiment_runs").repeat(None)])
    proc = run(*export_args(server, "phoenix", out, "--page-size", "10", "--max-retries", "1"))
    assert proc.returncode == 6
    line = one_line_error(proc)
    assert "503" in line and "after 20 runs (2 pages" in line and line.endswith("--resume")
    checkpoint = json.loads((tmp_path / "runs.csv.checkpoint.json").read_text())
    assert (checkpoint["reason"], checkpoint["records"], checkpoint["format"]) == (
        "failed",
        20,
        "csv",
    )
    assert len([r for r in server.requests if r.fault == "status:503"]) == 2  # tried, retried once
    mismatch = run(*export_args(server, "phoenix", out, "--format", "jsonl", "--resume"))
    assert mismatch.returncode == 2 and "--format" in one_line_error(mismatch)
    server.set_faults([])
    resumed = run(*export_args(server, "phoenix", out, "--page-size", "10", "--resume"))
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert server.violations == []


# -- exit codes ----------------------------------------------------------------------------


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    for args in (
        ["runs", "export", "nosuchvendor", "x"],
        ["runs", "export", "phoenix"],
        ["runs", "export", "phoenix", "x", "--format", "xml"],
        ["runs", "export", "phoenix", "x", "--resume"],
        ["runs", "export", "arize", "x", "--region", "mars-1"],
        ["frobnicate"],
    ):
        proc = run(*args, env=cli_env(ARIZE_API_KEY=KEY))
        assert proc.returncode == 2, (args, proc.stderr)
        one_line_error(proc)
    assert "nosuchvendor" in one_line_error(run("runs", "export", "nosuchvendor", "x"))


def test_auth_errors_exit_3(spec_server: Factory, tmp_path: Path) -> None:
    server, _ = serve_runs(spec_server, "arize", 3)
    out = tmp_path / "runs.jsonl"
    missing = run(*export_args(server, "arize", out))
    assert missing.returncode == 3 and "ARIZE_API_KEY" in one_line_error(missing)
    wrong = run(*export_args(server, "arize", out), env=cli_env(ARIZE_API_KEY="wrong"))
    assert wrong.returncode == 3
    assert "401" in one_line_error(wrong) and "ARIZE_API_KEY, which is set" in wrong.stderr
    other_var = run(
        *export_args(server, "arize", out, "--api-key-env", "MY_KEY"), env=cli_env(MY_KEY=KEY)
    )
    assert other_var.returncode == 0, other_var.stderr
    assert not (tmp_path / "runs.jsonl.checkpoint.json").exists()
    server.violations  # noqa: B018 - the 401s were meant


def test_unknown_ids_exit_4(spec_server: Factory, tmp_path: Path) -> None:
    arize, _ = serve_runs(spec_server, "arize", 3)
    out = tmp_path / "runs.jsonl"
    proc = run(*export_args(arize, "arize", out, exp="nope"), env=cli_env(ARIZE_API_KEY=KEY))
    assert proc.returncode == 4 and "404" in one_line_error(proc)
    assert not out.exists()  # nothing written for a failed first page
    # Phoenix lists runs of an unknown experiment as empty: the export asks first.
    phoenix, _ = serve_runs(spec_server, "phoenix", 3)
    phoenix.set_response("get_experiment", "Experiment not found", 404, {"experiment_id": "nope"})
    proc = run(*export_args(phoenix, "phoenix", out, exp="nope"))
    assert proc.returncode == 4 and "Experiment not found" in one_line_error(proc)
    assert phoenix.violations == []
    arize.violations  # noqa: B018


def test_rejected_and_network_errors(spec_server: Factory, tmp_path: Path) -> None:
    server, _ = serve_runs(spec_server, "phoenix", 3)
    server.set_faults([status(422).on("list_experiment_runs")])
    proc = run(*export_args(server, "phoenix", tmp_path / "a.jsonl"))
    assert proc.returncode == 5 and "422" in one_line_error(proc)
    server.violations  # noqa: B018
    closed = "http://127.0.0.1:9"  # discard port: nothing listens
    proc = run(
        "runs",
        "export",
        "phoenix",
        "x",
        "--base-url",
        closed,
        "--max-retries",
        "0",
        "-o",
        str(tmp_path / "b.jsonl"),
    )
    assert proc.returncode == 7 and "ConnectError" in one_line_error(proc)
    debug = run(
        "runs", "export", "phoenix", "x", "--base-url", closed, "--max-retries", "0", "--debug"
    )
    assert debug.returncode == 7 and "Traceback" in debug.stderr


def test_help_documents_exit_codes() -> None:
    proc = run("--help")
    assert proc.returncode == 0
    assert "2 usage, 3 auth, 4 not found" in " ".join(proc.stdout.split())
    assert io.StringIO(run("runs", "export", "--help").stdout).read().count("--resume") >= 1


# -- never destroy what it did not write (issue 15, rule 1) ---------------------------------


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_an_existing_file_needs_force_and_survives_every_early_failure(
    spec_server: Factory, tmp_path: Path
) -> None:
    precious = b"precious, not ours\n"
    out = tmp_path / "runs.jsonl"
    out.write_bytes(precious)
    phoenix, runs = serve_runs(spec_server, "phoenix", 12)
    refused = run(*export_args(phoenix, "phoenix", out))
    assert refused.returncode == 2 and "--force" in one_line_error(refused)
    assert out.read_bytes() == precious and not phoenix.requests  # refused before any request
    # Typo'd id (404 from the check), 5xx on the first page: FILE as it was, nothing left over.
    phoenix.set_response("get_experiment", "Experiment not found", 404, {"experiment_id": "nope"})
    typo = run(*export_args(phoenix, "phoenix", out, "--force", exp="nope"))
    assert typo.returncode == 4, typo.stderr
    phoenix.set_faults([status(503).on("list_experiment_runs").repeat(None)])
    failing = run(*export_args(phoenix, "phoenix", out, "--force", "--max-retries", "0"))
    assert failing.returncode == 6, failing.stderr
    assert out.read_bytes() == precious
    assert _leftovers(tmp_path, {"runs.jsonl"}) == []
    phoenix.violations  # noqa: B018 - the faults were meant
    # Wrong key (401) before the first page.
    arize, _ = serve_runs(spec_server, "arize", 3)
    wrong = run(*export_args(arize, "arize", out, "--force"), env=cli_env(ARIZE_API_KEY="wrong"))
    assert wrong.returncode == 3 and out.read_bytes() == precious
    assert _leftovers(tmp_path, {"runs.jsonl"}) == []
    arize.violations  # noqa: B018
    # --force, and the export completes: FILE is replaced by the export.
    phoenix.set_faults([])
    done = run(*export_args(phoenix, "phoenix", out, "--force", "--page-size", "5"))
    assert done.returncode == 0, done.stderr
    assert [r["raw"]["id"] for r in read_jsonl(out)] == [r["id"] for r in runs]
    assert _leftovers(tmp_path, {"runs.jsonl"}) == []
    # An empty existing file holds nothing to lose: no --force needed.
    empty = tmp_path / "empty.jsonl"
    empty.touch()
    assert run(*export_args(phoenix, "phoenix", empty)).returncode == 0
    assert len(read_jsonl(empty)) == len(runs)


def test_ctrl_c_before_the_first_page_leaves_the_file_as_it_was(
    spec_server: Factory, tmp_path: Path
) -> None:
    server, _ = serve_runs(spec_server, "phoenix", 10)
    server.set_faults([delay(20).on("list_experiment_runs")])
    out = tmp_path / "runs.csv"
    out.write_bytes(b"id\r\nkeep-me\r\n")
    proc = subprocess.Popen(
        command(*export_args(server, "phoenix", out, "--force")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    deadline = time.monotonic() + 30
    while not any(r.operation_id == "list_experiment_runs" for r in server.requests):
        assert time.monotonic() < deadline and proc.poll() is None, proc.stderr
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert out.read_bytes() == b"id\r\nkeep-me\r\n"
    assert _leftovers(tmp_path, {"runs.csv"}) == []  # no checkpoint, no temporary file
    server.violations  # noqa: B018


def test_a_fifo_is_written_never_replaced_or_removed(spec_server: Factory, tmp_path: Path) -> None:
    import stat
    import threading

    server, runs = serve_runs(spec_server, "phoenix", 7)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # A failure before the first page never opens it (no reader needed, nothing blocks).
    server.set_response("get_experiment", "Experiment not found", 404, {"experiment_id": "nope"})
    proc = run(*export_args(server, "phoenix", fifo, exp="nope"))
    assert proc.returncode == 4 and stat.S_ISFIFO(fifo.stat().st_mode)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    proc = run(*export_args(server, "phoenix", fifo, "--page-size", "3"))
    reader.join(30)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the FIFO, not a regular file
    lines = received[0].decode().splitlines()
    assert [json.loads(line)["raw"]["id"] for line in lines] == [r["id"] for r in runs]
    assert _leftovers(tmp_path, {"pipe"}) == []  # no checkpoint beside a FIFO
    assert server.violations == []


def test_output_that_is_a_directory_or_in_a_missing_one_is_a_usage_error(
    spec_server: Factory, tmp_path: Path
) -> None:
    server, _ = serve_runs(spec_server, "phoenix", 3)
    for out in (tmp_path, tmp_path / "missing" / "runs.jsonl"):
        proc = run(*export_args(server, "phoenix", out))
        assert proc.returncode == 2, proc.stderr
        one_line_error(proc)
    assert not server.requests and _leftovers(tmp_path, set()) == []


def test_jsonl_lines_equal_records_whatever_the_text(spec_server: Factory, tmp_path: Path) -> None:
    server, runs = serve_runs(spec_server, "phoenix", 9)
    breakers = "a\u2028b\u2029c\x85d\x0be\x0cf\x1cg\x1dh\x1ei\rj\nk\u00e9\U0001f642"
    for r in runs:
        r["output"] = {"text": breakers}
        r["error"] = breakers
    out = tmp_path / "runs.jsonl"
    proc = run(*export_args(server, "phoenix", out))
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert len(text.splitlines()) == len(runs)
    records = [json.loads(line) for line in text.splitlines()]
    assert [r["output"] for r in records] == [{"text": breakers}] * len(runs)
    assert "\u00e9\U0001f642" in text  # everything else stays UTF-8
    assert server.violations == []


def test_max_items_caps_and_limit_is_a_deprecated_spelling(
    spec_server: Factory, tmp_path: Path
) -> None:
    server, runs = serve_runs(spec_server, "phoenix", 30)
    capped = run(*export_args(server, "phoenix", tmp_path / "a.jsonl", "--max-items", "7"))
    assert capped.returncode == 0, capped.stderr
    assert len(read_jsonl(tmp_path / "a.jsonl")) == 7 and "deprecated" not in capped.stderr
    # Without --page-size, the registry's page size for Phoenix runs (500).
    limits = {r.param("limit") for r in server.requests if r.operation_id == "list_experiment_runs"}
    assert limits == {"7"}
    server.reset()
    old = run(*export_args(server, "phoenix", tmp_path / "b.jsonl", "--limit", "25"))
    assert old.returncode == 0, old.stderr
    assert len(read_jsonl(tmp_path / "b.jsonl")) == 25
    assert "--limit is deprecated; use --max-items" in old.stderr
    server.reset()
    assert run(*export_args(server, "phoenix", tmp_path / "c.jsonl")).returncode == 0
    limits = {r.param("limit") for r in server.requests if r.operation_id == "list_experiment_runs"}
    assert limits == {"500"} and len(read_jsonl(tmp_path / "c.jsonl")) == len(runs)
    assert server.violations == []


def test_parquet_export_with_nested_annotations(spec_server: Factory, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")  # the `parquet` extra (in dev)
    server, runs = serve_runs(spec_server, "phoenix", 23)
    out = tmp_path / "runs.parquet"
    out.write_bytes(b"old")
    server.set_response("get_experiment", "Experiment not found", 404, {"experiment_id": "nope"})
    failed = run(*export_args(server, "phoenix", out, "--force", exp="nope"))
    assert failed.returncode != 0 and out.read_bytes() == b"old"
    proc = run(*export_args(server, "phoenix", out, "--force", "--page-size", "10"))
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS) and table.num_rows == len(runs)
    assert pq.ParquetFile(out).num_row_groups == 3  # one per page
    rows = table.to_pylist()
    for row, raw in zip(rows, runs, strict=True):
        want = expected_record("phoenix", raw)
        assert json.loads(row["raw"]) == raw and row["id"] == raw["id"]
        assert row["repetition"] == want["repetition"]
        assert [{**a, "raw": json.loads(a["raw"])} for a in row["annotations"]] == want[
            "annotations"
        ]
    assert _leftovers(tmp_path, {"runs.parquet"}) == []
    server.violations  # noqa: B018 - the 404 probe was meant
