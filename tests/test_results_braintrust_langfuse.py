"""Braintrust and Langfuse as registry data: the named clients, ``evalclients experiments``,
``runs export`` to the common record with evaluations, ``runs summary`` and
``experiment_results``, against their spec-driven fakes (tests/vendor_pages.py).

Braintrust: a run is a root-span event (child spans are steps, not runs), timing is unix
seconds, evaluations are the ``scores`` object (one per key); a later page repeating an event
with an older ``_xact_id`` is dropped (the registry's ``dedupe``). Langfuse: a run is a
dataset run item, named on the command line as DATASET_ID/RUN_NAME; its evaluations are its
trace's scores, listed by scores v3 for 50 traces at a time (the registry's ``run_keys``).
"""

from __future__ import annotations

import asyncio
import base64
import copy
import dataclasses
import io
import json
import math
import random
import statistics
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import evalclients
from evalclients import AsyncClient, Client, cli
from evalclients.results import EVALUATION_FIELDS
from tests.fakeserver import status
from tests.fakeserver.log import RecordedRequest
from tests.fakeserver.replies import VendorStyle
from tests.fakeserver.vendors import cached_spec, registry_entry
from tests.vendor_pages import BodyCursorPages, ListServer, MetaPages, ScoresV3Pages

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


def braintrust_versions(server: ListServer, seed: int) -> tuple[list[dict[str, Any]], int]:
    """8 runs whose events are served newest first, with older versions of three root
    events (and of a child span) on later pages and an exact repeat of a fourth: the roots
    as they should come out (newest versions, first-seen order) and the rows to drop."""
    roots = braintrust_experiment(server, 8, seed=seed)
    events: list[dict[str, Any]] = server.lists["post_experiment_id_fetch"][0].items  # type: ignore[attr-defined]
    for i, event in enumerate(events):
        event["_xact_id"] = str(1_000_000_000_000 - 10 * i)  # newest first, as fetch pages

    def older(event: dict[str, Any], by: int) -> dict[str, Any]:
        stale = copy.deepcopy(event)
        stale["_xact_id"] = str(int(event["_xact_id"]) - by)
        stale["output"] = {"answer": "stale"}
        stale["scores"] = {"accuracy": 0.0}
        return stale

    root = {e["id"]: e for e in roots}
    r0, r2, r3, r5 = (roots[i]["id"] for i in (0, 2, 3, 5))
    served = [
        *events[:7],
        older(root[r0], 1_000),  # page 3 of 3-row pages repeats page 1's row
        *events[7:12],
        older(root[r2], 5),
        copy.deepcopy(root[r3]),  # the same version again: an exact repeat
        older(events[1], 3),  # a child span's older version (not a run either way)
        *events[12:],
        older(root[r5], 7),  # the last page
    ]
    server.serve("post_experiment_id_fetch", BodyCursorPages(served))
    return roots, len(served) - len(events)


def test_braintrust_keeps_the_newest_version_of_each_event_across_pages(
    servers: Callable[[str], ListServer],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    server = servers("braintrust")
    roots, _ = braintrust_versions(server, seed=5)

    def check(results: list[Any]) -> None:
        assert [r.id for r in results] == [e["id"] for e in roots]  # each once, in order
        for result, event in zip(results, roots, strict=True):
            assert result.record["output"] == event["output"] != {"answer": "stale"}
            assert result.raw["_xact_id"] == event["_xact_id"]
            got = result.evaluations or []
            assert [(e["name"], e["score"]) for e in got] == list(event["scores"].items())
            for evaluation in got:  # the common shape, every member present
                assert tuple(evaluation) == EVALUATION_FIELDS
                assert evaluation["raw"] == {
                    "name": evaluation["name"],
                    "value": evaluation["score"],
                }
                assert [evaluation[k] for k in ("kind", "label", "error", "annotator")] == [
                    None
                ] * 4

    for page_size in (3, 4, 100):
        with Client("braintrust", api_key=KEY, base_url=server.base_url) as client:
            check(list(client.experiment_results(EXP, page_size=page_size)))

    async def run() -> list[Any]:
        async with AsyncClient("braintrust", api_key=KEY, base_url=server.base_url) as aclient:
            return [r async for r in aclient.experiment_results(EXP, page_size=3)]

    check(asyncio.run(run()))
    monkeypatch.setenv("BRAINTRUST_API_KEY", KEY)
    out = tmp_path / "runs.jsonl"
    args = ["runs", "export", "braintrust", EXP, "--base-url", server.base_url, "-o", str(out)]
    assert cli.main([*args, "-q", "--page-size", "3"]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["output"]) for r in records] == [(e["id"], e["output"]) for e in roots]
    assert server.violations == []


def test_an_export_without_a_results_entry_also_keeps_the_newest_versions(
    servers: Callable[[str], ListServer],
) -> None:
    from evalclients.export import Exporter, JsonlWriter

    server = servers("braintrust")
    roots, _ = braintrust_versions(server, seed=4)
    out = io.BytesIO()
    with Client("braintrust", api_key=KEY, base_url=server.base_url) as client:
        client.vendor = dataclasses.replace(client.vendor, results=None)  # runs only
        Exporter(client, EXP, JsonlWriter(), stream=out, page_size=3).run()
    records = [json.loads(line) for line in out.getvalue().decode().splitlines()]
    assert [(r["id"], r["output"]) for r in records] == [(e["id"], e["output"]) for e in roots]
    assert {r["annotations"] is None for r in records} == {True}
    assert server.violations == []


def test_braintrust_a_newer_version_on_a_later_page_stops_the_listing_loudly(
    servers: Callable[[str], ListServer],
) -> None:
    server = servers("braintrust")
    roots = braintrust_experiment(server, 4, seed=6)
    events: list[dict[str, Any]] = server.lists["post_experiment_id_fetch"][0].items  # type: ignore[attr-defined]
    for i, event in enumerate(events):
        event["_xact_id"] = str(500 - i)
    newer = {**copy.deepcopy(roots[0]), "_xact_id": "999", "output": {"answer": "new"}}
    server.serve("post_experiment_id_fetch", BodyCursorPages([*events, newer]))
    with Client("braintrust", api_key=KEY, base_url=server.base_url) as client:
        pager = client.experiment_results(EXP, page_size=3)
        seen = []
        with pytest.raises(evalclients.PaginationError, match="came back newer") as err:
            for result in pager:
                seen.append(result.id)
    assert seen == [e["id"] for e in roots[:3]]  # page 3 (root 3 and the newer row) raises
    assert roots[0]["id"] in str(err.value) and err.value.continuation_token is None
    assert server.violations == []


# -- Langfuse -----------------------------------------------------------------------------------


def langfuse_run(server: ListServer, n: int) -> list[dict[str, Any]]:
    items = server.make_items("DatasetRunItem", n)
    for i, item in enumerate(items):
        item.update(datasetRunId="run_1", datasetRunName="run/1", traceId=f"tr_{i}")
    server.serve("dataset_run_items_list", MetaPages(items))  # query params: checked after
    return items


def _score(
    sid: str, name: str, kind: str, value: Any, subject: Any, **extra: Any
) -> dict[str, Any]:
    """A scores v3 record (fields=details,subject,annotation)."""
    return {
        "id": sid,
        "projectId": "proj_1",
        "name": name,
        "source": extra.get("source", "EVAL"),
        "timestamp": f"2026-11-30T10:{int(sid[1:].rstrip('abc') or 0) % 60:02d}:00.000Z",
        "environment": "default",
        "createdAt": "2026-11-30T10:00:00.500Z",
        "updatedAt": "2026-11-30T11:00:00.000Z",
        "dataType": kind,
        "value": value,
        "comment": extra.get("comment"),
        "configId": None,
        "metadata": None,
        "authorUserId": extra.get("author"),
        "queueId": None,
        "subject": subject,
    }


def langfuse_scores(server: ListServer, items: list[dict[str, Any]], seed: int) -> ScoresV3Pages:
    """Scores of the run items' traces (every fifth has none; trace and observation scores of
    four data types), plus scores of no run item, served by scores v3 in a shuffled order."""
    rng = random.Random(seed)
    scores = []
    for i, item in enumerate(items):
        if i % 5 == 4:
            continue
        trace = {"kind": "trace", "id": item["traceId"]}
        accuracy = rng.randint(0, 100) / 100
        scores.append(_score(f"s{i}a", "accuracy", "NUMERIC", accuracy, trace, comment=f"why {i}"))
        scores.append(_score(f"s{i}b", "correct", "BOOLEAN", i % 2 == 0, trace, source="API"))
        scores.append(_score(f"s{i}c", "judge", "NUMERIC", rng.randint(0, 4), trace))
        if i % 3 == 0:
            observation = {"kind": "observation", "id": f"obs_{i}", "traceId": item["traceId"]}
            tone = _score(f"s{i}", "tone", "CATEGORICAL", "polite", observation)
            scores.append({**tone, "source": "ANNOTATION", "authorUserId": "user_7"})
    scores += [
        _score("s900", "accuracy", "NUMERIC", 0.1, {"kind": "trace", "id": "tr_elsewhere"}),
        _score("s901", "overall", "NUMERIC", 0.5, {"kind": "experiment", "id": "run_1"}),
        _score("s902", "note", "TEXT", "meh", {"kind": "observation", "id": "o", "traceId": None}),
    ]
    rng.shuffle(scores)
    return server.serve("scores_v3_get_many_v3", ScoresV3Pages(scores))  # type: ignore[return-value]


def _expected(score: dict[str, Any]) -> dict[str, Any]:
    value = score["value"]
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return {
        "name": score["name"],
        "kind": score["source"],
        "label": None
        if number
        else ("true" if value is True else "false" if value is False else value),
        "score": float(value) if number else None,
        "explanation": score["comment"],
        "error": None,
        "annotator": score["authorUserId"],
        "started_at": None,
        "ended_at": score["timestamp"],
        "updated_at": score["updatedAt"],
        "raw": score,
    }


def _of_trace(scores: list[dict[str, Any]], trace: str) -> list[dict[str, Any]]:
    subjects = [(s, s["subject"]) for s in scores]
    return [
        _expected(s)
        for s, sub in subjects
        if (sub["kind"] == "trace" and sub["id"] == trace)
        or (sub["kind"] == "observation" and sub["traceId"] == trace)
    ]


def _score_requests(server: ListServer) -> list[RecordedRequest]:
    return [r for r in server.requests if r.path.endswith("/api/public/v3/scores")]


def test_langfuse_results_join_each_run_items_trace_scores_a_page_at_a_time(
    servers: Callable[[str], ListServer],
) -> None:
    server = servers("langfuse")
    items = langfuse_run(server, 120)
    scores = langfuse_scores(server, items, seed=7).items

    def check(results: list[Any]) -> None:
        assert [r.id for r in results] == [i["id"] for i in items]
        for result, item in zip(results, items, strict=True):
            assert result.evaluations == _of_trace(scores, item["traceId"])
            assert result.record["annotations"] == result.evaluations
        assert sum(len(r.evaluations) for r in results) == len(scores) - 3  # 3 belong to no item

    with Client("langfuse", username=PUBLIC, api_key=SECRET, base_url=server.base_url) as client:
        check(list(client.experiment_results("ds_1/run/1", page_size=60)))
    # Cost: per page of 60 runs, one listing per 50 traces, each paged by 100 scores.
    asked = _score_requests(server)
    pages = [items[i : i + 60] for i in range(0, 120, 60)]
    chunks = [page[j : j + 50] for page in pages for j in range(0, len(page), 50)]
    expected_requests = sum(
        max(1, math.ceil(sum(len(_of_trace(scores, i["traceId"])) for i in chunk) / 100))
        for chunk in chunks
    )
    assert len(asked) == expected_requests < len(items) / 10
    assert {(r.param("fields"), r.param("limit")) for r in asked} == {
        ("details,subject,annotation", "100")
    }
    for request in asked:  # memory: one page of runs at a time
        traces = (request.param("traceId") or "").split(",")
        assert len(traces) <= 50
        assert any(set(traces) <= {i["traceId"] for i in page} for page in pages)
    server.reset()

    async def run() -> list[Any]:
        async with AsyncClient(
            "langfuse", username=PUBLIC, api_key=SECRET, base_url=server.base_url
        ) as aclient:
            return [r async for r in aclient.experiment_results("ds_1/run/1", page_size=25)]

    check(asyncio.run(run()))
    assert server.violations == []


def test_langfuse_a_failed_scores_page_resumes_at_the_page_of_runs_being_joined(
    servers: Callable[[str], ListServer],
) -> None:
    server = servers("langfuse")
    items = langfuse_run(server, 90)
    scores = langfuse_scores(server, items, seed=8).items
    second = {i["traceId"] for i in items[30:60]}

    def in_second_page(rec: RecordedRequest) -> bool:
        return bool(second & set((rec.param("traceId") or "").split(",")))

    server.set_faults(
        [status(503).on_page(1, "scores_v3_get_many_v3").when(in_second_page).repeat(None)]
    )
    got: list[Any] = []
    with Client(
        "langfuse", username=PUBLIC, api_key=SECRET, base_url=server.base_url, max_retries=1
    ) as client:
        pager = client.experiment_results("ds_1/run/1", page_size=30)
        with pytest.raises(evalclients.InternalServerError) as err:
            for page in pager.by_page():
                got.extend(page.items)
                token = page.continuation_token
        assert [r.id for r in got] == [i["id"] for i in items[:30]]
        assert err.value.continuation_token == token is not None
        server.set_faults([])
        rest = client.experiment_results("ds_1/run/1", page_size=30)
        got += [r for page in rest.by_page(err.value.continuation_token) for r in page.items]
    assert [r.id for r in got] == [i["id"] for i in items]
    assert [r.evaluations for r in got] == [_of_trace(scores, i["traceId"]) for i in items]
    assert server.violations == []


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
    scores = langfuse_scores(server, items, seed=9).items
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
    assert [r["annotations"] for r in records] == [_of_trace(scores, i["traceId"]) for i in items]
    assert [] in [r["annotations"] for r in records]  # a run item without scores: []
    exported = [r for r in server.requests if "dataset-run-items" in r.path]
    assert {(r.param("datasetId"), r.param("runName")) for r in exported} == {("ds_1", "run/1")}

    capsys.readouterr()
    # one part is a v4 experiment id now; an id of neither form is a usage error
    assert cli.main(["runs", "export", "langfuse", "ds_1/", *base]) == 2
    assert "<experimentId> or <datasetId>/<runName>, got 'ds_1/'" in capsys.readouterr().err
    assert server.violations == []
