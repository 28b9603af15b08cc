"""Braintrust and Langfuse as registry data: the named clients, ``evalclients experiments``,
``runs export`` to the common record with evaluations, ``runs summary`` and
``experiment_results``, against their spec-driven fakes (tests/vendor_pages.py).

Braintrust: a run is a root-span event (child spans are steps, not runs), timing is unix
seconds, evaluations are the ``scores`` object (one per key). Langfuse: a run is a dataset
run item, named on the command line as DATASET_ID/RUN_NAME; its evaluations are not joined.
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
import statistics
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import evalclients
from evalclients import AsyncClient, Client, cli
from tests.fakeserver.replies import VendorStyle
from tests.fakeserver.vendors import cached_spec, registry_entry
from tests.vendor_pages import BodyCursorPages, ListServer, MetaPages

KEY = "bt-test-key"
EXP = "0b8d7e52-3f2a-4c59-9a0e-6f4d2b1c7a90"
DS = "5a1f0c3e-7b2d-4e8a-9c6f-1d2e3f4a5b6c"
PUBLIC, SECRET = "pk-lf-test", "sk-lf-test"
BASIC = base64.b64encode(f"{PUBLIC}:{SECRET}".encode()).decode()


@pytest.fixture
def servers() -> Iterator[Callable[[str], ListServer]]:
    """Started fakes of a vendor (stopped after the test; violations checked)."""
    started: list[ListServer] = []

    def factory(vendor: str) -> ListServer:
        server = ListServer(
            cached_spec(vendor),
            vendor_style=VendorStyle(vendor, 400, "text"),
            registry=registry_entry(vendor),
            api_key=KEY if vendor == "braintrust" else BASIC,
        )
        started.append(server.start())
        return server

    yield factory
    unchecked = [v for s in started for v in s.unchecked_violations]
    for server in started:
        server.stop()
    assert unchecked == [], "fake server saw spec violations nobody checked"


# -- Braintrust ---------------------------------------------------------------------------------


def braintrust_experiment(
    server: ListServer, runs: int, seed: int, experiments: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """``runs`` root events of experiment ``EXP``, each followed by a child (scorer) span.

    ``get_experiment_id`` answers ``EXP``; with ``experiments`` (listed by get_experiment, the
    same resource for the fake) it is the first of them, renamed ``EXP``.
    """
    rng = random.Random(seed)
    events = server.make_items("ExperimentEvent", 2 * runs, seed=seed)
    for i in range(runs):
        root, child = events[2 * i], events[2 * i + 1]
        start = 1_700_000_000 + i + rng.randint(0, 999) / 1000
        root.update(
            experiment_id=EXP,
            is_root=True,
            span_parents=None,
            root_span_id=f"trace_{i}",
            origin={"object_type": "dataset", "object_id": DS, "id": f"rec_{i}"},
            output={"answer": i},
            error=None,
            metrics={"start": start, "end": start + rng.randint(1, 4000) / 1000},
            scores={"accuracy": rng.randint(0, 100) / 100, "judge": None if i % 4 == 0 else 0.5},
        )
        child.update(
            experiment_id=EXP,
            is_root=False,
            span_parents=[root["span_id"]],
            root_span_id=f"trace_{i}",
            scores={"accuracy": 0.0},
        )
    server.serve("post_experiment_id_fetch", BodyCursorPages(events))
    experiment = experiments[0] if experiments else server.make_items("Experiment", 1)[0]
    experiment["id"] = EXP
    server.set_response("get_experiment_id", experiment, path_params={"experiment_id": EXP})
    return [e for e in events if e["is_root"]]


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, tz=UTC).isoformat()


def test_braintrust_named_client_pages_experiments_and_events(
    servers: Callable[[str], ListServer],
) -> None:
    server = servers("braintrust")
    served = server.make_items("Experiment", 5)
    server.add_collection("get_experiment", served)
    roots = braintrust_experiment(server, 3, seed=1, experiments=served)
    with evalclients.Braintrust(api_key=KEY, base_url=server.base_url) as client:
        got = list(client.experiments(page_size=2))
        events = list(client.experiment_events(EXP, page_size=2))
        one = client.experiment(EXP)
    assert [str(e.id) for e in got] == [s["id"] for s in served]
    assert len(events) == 6 and [e.id for e in events if e.is_root] == [r["id"] for r in roots]
    assert str(one.id) == EXP

    async def run() -> list[Any]:
        async with evalclients.AsyncBraintrust(api_key=KEY, base_url=server.base_url) as aclient:
            return [e async for e in aclient.experiments(page_size=3)]

    assert [str(e.id) for e in asyncio.run(run())] == [s["id"] for s in served]
    assert server.violations == []


def test_braintrust_results_root_spans_with_scores_sync_and_async(
    servers: Callable[[str], ListServer],
) -> None:
    server = servers("braintrust")
    roots = braintrust_experiment(server, 7, seed=2)
    with Client("braintrust", api_key=KEY, base_url=server.base_url) as client:
        results = list(client.experiment_results(EXP, page_size=3))

    async def run() -> list[Any]:
        async with AsyncClient("braintrust", api_key=KEY, base_url=server.base_url) as aclient:
            return [r async for r in aclient.experiment_results(EXP, page_size=4)]

    for got in (results, asyncio.run(run())):
        assert [r.id for r in got] == [e["id"] for e in roots]  # child spans are not runs
        for result, event in zip(got, roots, strict=True):
            assert [(e["name"], e["score"]) for e in result.evaluations or []] == list(
                event["scores"].items()
            )
            rec = result.record
            assert rec["trace_id"] == event["root_span_id"]
            assert rec["example_id"] == event["origin"]["id"]
            assert rec["started_at"] == _iso(event["metrics"]["start"])
            assert rec["ended_at"] == _iso(event["metrics"]["end"])
            expected = (event["metrics"]["end"] - event["metrics"]["start"]) * 1000
            assert rec["latency_ms"] == pytest.approx(expected, abs=0.001)
    assert server.violations == []


def test_braintrust_cli_experiments_export_and_summary(
    servers: Callable[[str], ListServer],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("BRAINTRUST_API_KEY", KEY)
    server = servers("braintrust")
    served = server.make_items("Experiment", 3)
    server.add_collection("get_experiment", served)
    roots = braintrust_experiment(server, 9, seed=3, experiments=served)
    base = ["--base-url", server.base_url]

    assert cli.main(["experiments", "braintrust", *base, "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [s["id"] for s in served]

    out = tmp_path / "runs.jsonl"
    assert cli.main(["runs", "export", "braintrust", EXP, *base, "-o", str(out), "-q"]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == [e["id"] for e in roots]
    assert {r["vendor"] for r in records} == {"braintrust"}
    assert {r["experiment_id"] for r in records} == {EXP}
    assert [r["output"] for r in records] == [e["output"] for e in roots]
    assert [[(a["name"], a["score"]) for a in r["annotations"]] for r in records] == [
        list(e["scores"].items()) for e in roots
    ]

    capsys.readouterr()
    assert cli.main(["runs", "summary", "braintrust", EXP, *base, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    accuracy = [e["scores"]["accuracy"] for e in roots]
    judge = [e["scores"]["judge"] for e in roots if e["scores"]["judge"] is not None]
    got = doc["evaluations"]["accuracy"]
    assert got["count"] == 9
    assert got["mean"] == pytest.approx(statistics.fmean(accuracy))
    assert (got["min"], got["max"]) == (min(accuracy), max(accuracy))
    assert got["p50"] == pytest.approx(statistics.median(accuracy))
    assert got["p90"] == pytest.approx(statistics.quantiles(accuracy, n=10, method="inclusive")[8])
    assert doc["evaluations"]["judge"]["count"] == 9
    assert doc["evaluations"]["judge"]["scored"] == len(judge)
    assert doc["evaluations"]["judge"]["mean"] == pytest.approx(statistics.fmean(judge))
    assert server.violations == []


# -- Langfuse -----------------------------------------------------------------------------------


def langfuse_run(server: ListServer, n: int) -> list[dict[str, Any]]:
    items = server.make_items("DatasetRunItem", n)
    for i, item in enumerate(items):
        item.update(datasetRunId="run_1", datasetRunName="run/1", traceId=f"tr_{i}")
    server.serve("dataset_run_items_list", MetaPages(items))  # query params: checked after
    return items


def test_langfuse_named_client_and_cli(
    servers: Callable[[str], ListServer],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", PUBLIC)
    monkeypatch.setenv("LANGFUSE_SECRET_KEY", SECRET)
    server = servers("langfuse")
    runs = server.make_items("DatasetRun", 5)
    server.serve("datasets_get_runs", MetaPages(runs), {"datasetName": "qa set"})
    items = langfuse_run(server, 7)
    with evalclients.Langfuse(username=PUBLIC, api_key=SECRET, base_url=server.base_url) as c:
        got_runs = list(c.dataset_runs("qa set", page_size=2))
        got_items = list(c.dataset_run_items("ds_1", "run/1", page_size=3))
    listed = [r for r in server.requests if "dataset-run-items" in r.path]
    assert {(r.param("datasetId"), r.param("runName")) for r in listed} == {("ds_1", "run/1")}
    server.reset()
    assert [r.id for r in got_runs] == [r["id"] for r in runs]
    assert [i.id for i in got_items] == [i["id"] for i in items]

    base = ["--base-url", server.base_url]
    assert cli.main(["experiments", "langfuse", *base, "--dataset", "qa set", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in runs]
    assert cli.main(["experiments", "langfuse", *base]) == 2  # --dataset is required

    out = tmp_path / "runs.jsonl"
    assert cli.main(["runs", "export", "langfuse", "ds_1/run/1", *base, "-o", str(out), "-q"]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == [i["id"] for i in items]
    assert [(r["example_id"], r["trace_id"]) for r in records] == [
        (i["datasetItemId"], i["traceId"]) for i in items
    ]
    assert {r["experiment_id"] for r in records} == {"run_1"}
    assert all(r["annotations"] is None for r in records)  # not joined (registry note)
    exported = [r for r in server.requests if "dataset-run-items" in r.path]
    assert {(r.param("datasetId"), r.param("runName")) for r in exported} == {("ds_1", "run/1")}

    capsys.readouterr()
    assert cli.main(["runs", "export", "langfuse", "only-one-part", *base]) == 2
    assert "<datasetId>/<runName>" in capsys.readouterr().err
    assert server.violations == []
