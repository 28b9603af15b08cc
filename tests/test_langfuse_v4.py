"""Langfuse v4 experiment items (``GET /api/public/experiment-items``) against the resolved spec.

Langfuse Cloud removed the v3 run items listing on 2026-11-16; v4 lists an experiment's items
newest first by a cursor in the query (``meta.cursor``, absent on the last page), at most
100 a page, and requires ``fromStartTime``. ``Langfuse.experiment_items`` defaults it to the
Unix epoch, so the helper lists every item unless the caller bounds it.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from evalclients_langfuse import AsyncLangfuse, Langfuse
from evalclients_langfuse.models import BooleanScoreV3, ExperimentItem, NumericScoreV3
from evalclients_langfuse.types import Unset

import evalclients
from evalclients import cli
from evalclients.pagination import IncompleteListWarning
from tests.facade_helpers import MODES, Clock, collect, collect_pages, pages_until_error
from tests.fakeserver import non_json, status
from tests.fakeserver.log import RecordedRequest
from tests.fakeserver.vendors import cached_spec, registry_entry
from tests.test_facade_langfuse import BASIC, PUBLIC, SECRET, LangfuseStyle
from tests.test_results_braintrust_langfuse import _expected, _score
from tests.vendor_pages import ExperimentItemsPages, ListServer

EXP = "exp_1"
EPOCH = "1970-01-01T00:00:00+00:00"
OP = "experiments_list_items"


def v4_items(
    server: ListServer, n: int, experiment: str = EXP, day: int = 28
) -> list[dict[str, Any]]:
    """``n`` items of ``experiment``, newest first (one minute apart), two scores each."""
    items = server.make_items("ExperimentItem", n, id_prefix=f"{experiment}_item")
    for i, item in enumerate(items):
        trace = {"kind": "trace", "id": f"tr_{experiment}_{i}"}
        item.update(
            experimentId=experiment,
            traceId=trace["id"],
            startTime=f"2026-11-{day:02d}T10:{59 - i:02d}:00+00:00",
            endTime=f"2026-11-{day:02d}T10:{59 - i:02d}:01.250000+00:00",
            scores=[
                _score(f"s{i}a", "accuracy", "NUMERIC", i / 10, trace, comment=f"why {i}"),
                _score(f"s{i}b", "correct", "BOOLEAN", i % 2 == 0, trace, source="API"),
            ],
        )
    return items


@pytest.fixture
def server() -> Iterator[ListServer]:
    """A Langfuse server listing two experiments' items (violations checked after)."""
    srv = ListServer(
        cached_spec("langfuse"),
        vendor_style=LangfuseStyle("langfuse", 400, "text"),
        registry=registry_entry("langfuse"),
        api_key=BASIC,
    ).start()
    yield srv
    unchecked = srv.unchecked_violations
    srv.stop()
    assert unchecked == [], "fake server saw spec violations nobody checked"


def serve(
    server: ListServer, n: int, renderer: type[ExperimentItemsPages] = ExperimentItemsPages
) -> list[dict[str, Any]]:
    """Serve ``n`` items of EXP and 3 of another experiment; EXP's items."""
    mine = v4_items(server, n)
    server.serve(OP, renderer([*mine, *v4_items(server, 3, "exp_other", day=29)]))
    return mine


@asynccontextmanager
async def langfuse(
    mode: str, server: ListServer, clock: Clock, **options: Any
) -> AsyncIterator[Any]:
    """``Langfuse`` or ``AsyncLangfuse`` on ``server``, closed afterwards."""
    options = {"username": PUBLIC, "api_key": SECRET, "retry_policy": clock.policy(), **options}
    if mode == "sync":
        with Langfuse(base_url=server.base_url, **options) as sync:
            yield sync
    else:
        async with AsyncLangfuse(base_url=server.base_url, **options) as aclient:
            yield aclient


def cursors(server: ListServer) -> list[str | None]:
    return [r.param("cursor") for r in server.requests]


@MODES
@pytest.mark.parametrize("n", [4, 5])
async def test_experiment_items_page_by_cursor_from_the_epoch(
    server: ListServer, mode: str, n: int
) -> None:
    served = serve(server, n)
    clock = Clock()
    async with langfuse(mode, server, clock) as lf:
        with warnings.catch_warnings():
            warnings.simplefilter("error", IncompleteListWarning)  # the last page has no cursor
            pages = await collect_pages(lf.experiment_items(EXP, page_size=2))
    items = [item for page in pages for item in page.items]
    assert [i.id for i in items] == [s["id"] for s in served]
    assert all(type(i) is ExperimentItem for i in items)
    assert len(server.requests) == (n + 1) // 2 and pages[-1].continuation_token is None
    assert cursors(server)[0] is None and None not in cursors(server)[1:]
    for request in server.requests:
        assert request.param("fromStartTime") == EPOCH
        assert (request.param("experimentId"), request.param("limit")) == (EXP, "2")
        assert request.headers["authorization"] == f"Basic {BASIC}"
    assert clock.sleeps == [] and server.violations == []


@MODES
async def test_page_size_is_capped_at_100_and_defaults_to_it(server: ListServer, mode: str) -> None:
    serve(server, 3)
    async with langfuse(mode, server, Clock()) as lf:
        await collect(lf.experiment_items(EXP, page_size=500))
        await collect(lf.experiment_items(EXP))
    assert [r.param("limit") for r in server.requests] == ["100", "100"]
    assert server.violations == []


@MODES
async def test_a_start_time_given_is_sent_instead_of_the_epoch(
    server: ListServer, mode: str
) -> None:
    served = serve(server, 6)
    since = datetime(2026, 11, 28, 10, 56, tzinfo=UTC)
    async with langfuse(mode, server, Clock()) as lf:
        got = await collect(lf.experiment_items(EXP, since, page_size=10))
        everything = await collect(lf.experiment_items(page_size=10))
    assert [i.id for i in got] == [s["id"] for s in served[:4]]  # 10:59 .. 10:56
    assert len(everything) == 9  # no experiment id: both experiments
    assert [r.param("fromStartTime") for r in server.requests] == [since.isoformat(), EPOCH]
    assert server.requests[1].param("experimentId") is None
    assert server.violations == []


@MODES
async def test_scores_and_io_come_inline_when_fields_ask_for_them(
    server: ListServer, mode: str
) -> None:
    served = serve(server, 3)
    async with langfuse(mode, server, Clock()) as lf:
        bare = await collect(lf.experiment_items(EXP))
        full = await collect(lf.experiment_items(EXP, fields="core,io,scores"))
    assert all(isinstance(i.scores, Unset) for i in bare)
    assert [[type(s) for s in i.scores] for i in full] == [[NumericScoreV3, BooleanScoreV3]] * 3
    assert [(i.scores[0].value, i.scores[1].value) for i in full] == [
        (s["scores"][0]["value"], s["scores"][1]["value"]) for s in served
    ]
    assert [i.output for i in full] == [s["output"] for s in served]
    assert server.requests[1].param("fields") == "core,io,scores"
    assert server.violations == []


def test_paginate_without_a_start_time_is_a_type_error_before_any_request(
    server: ListServer,
) -> None:
    serve(server, 1)
    lf = Langfuse(base_url=server.base_url, username=PUBLIC, api_key=SECRET)
    with lf, pytest.raises(TypeError, match="from_start_time"):
        list(lf.paginate(OP, experiment_id=EXP))
    assert server.requests == []


# -- faults ------------------------------------------------------------------------------


@MODES
async def test_429_with_retry_after_is_waited_for(server: ListServer, mode: str) -> None:
    served = serve(server, 5)
    server.set_faults([status(429, headers={"Retry-After": "3"}).on_page(2)])
    clock = Clock()
    async with langfuse(mode, server, clock) as lf:
        got = await collect(lf.experiment_items(EXP, page_size=2))
    assert [i.id for i in got] == [s["id"] for s in served]
    assert clock.sleeps == [3.0] and len(server.requests) == 4
    assert server.violations == []


@MODES
async def test_retries_exhausted_then_resumed_from_the_cursor(
    server: ListServer, mode: str
) -> None:
    served = serve(server, 5)
    server.set_faults([status(503).on_page(2, times=3)])
    clock = Clock()
    async with langfuse(mode, server, clock, concurrency=1) as lf:
        paged = lf.experiment_items(EXP, page_size=2)
        before, error = await pages_until_error(paged)
        assert type(error) is evalclients.InternalServerError
        token = error.continuation_token
        assert token is not None and token == cursors(server)[1]
        rest = await collect_pages(lf.experiment_items(EXP, page_size=2), token)
    got = [i.id for page in before + rest for i in page.items]
    assert got == [s["id"] for s in served]
    assert clock.sleeps == [0.5, 1.0]
    assert server.violations == []


@MODES
async def test_non_json_200_is_a_decode_error(server: ListServer, mode: str) -> None:
    serve(server, 5)
    server.set_faults([non_json().on_page(2)])
    async with langfuse(mode, server, Clock()) as lf:
        before, error = await pages_until_error(lf.experiment_items(EXP, page_size=2))
    assert type(error) is evalclients.ResponseDecodeError
    assert error.status_code == 200 and error.continuation_token == cursors(server)[1]
    assert len(before) == 1
    assert server.violations == []


@dataclass
class RepeatedCursor(ExperimentItemsPages):
    """Every page hands back the cursor of page 2: a loop the pager must break."""

    def render(self, rec: RecordedRequest) -> Any:
        answer = super().render(rec)
        answer["meta"]["cursor"] = "c2"
        return answer

    def page(self, rec: RecordedRequest) -> int:
        return 1 if rec.param("cursor") is None else 2

    def _start(self, rec: RecordedRequest) -> int:
        return 0 if rec.param("cursor") is None else 2


@dataclass
class NoMeta(ExperimentItemsPages):
    """The first page lacks its ``meta`` block altogether: more may exist, none is said."""

    def render(self, rec: RecordedRequest) -> Any:
        answer = super().render(rec)
        del answer["meta"]
        return answer


@MODES
async def test_a_repeated_cursor_is_a_pagination_error(server: ListServer, mode: str) -> None:
    served = serve(server, 6, RepeatedCursor)
    async with langfuse(mode, server, Clock()) as lf:
        before, error = await pages_until_error(lf.experiment_items(EXP, page_size=2))
    assert type(error) is evalclients.PaginationError and error.continuation_token is None
    assert [i.id for page in before for i in page.items] == [s["id"] for s in served[:4]]
    assert len(server.requests) <= 4
    assert server.violations == []


@MODES
@pytest.mark.filterwarnings("ignore::evalclients.DriftWarning")  # meta is required: drift
async def test_a_page_without_meta_ends_the_listing_with_a_warning(
    server: ListServer, mode: str
) -> None:
    served = serve(server, 5, NoMeta)
    async with langfuse(mode, server, Clock()) as lf:
        with pytest.warns(IncompleteListWarning):
            pages = await collect_pages(lf.experiment_items(EXP, page_size=2))
    assert [i.id for i in pages[0].items] == [s["id"] for s in served[:2]]
    assert len(pages) == 1 and pages[0].incomplete
    assert [v.rsplit("(", 1)[1] for v in server.violations] == ["'meta' is a required property)"]
    server.violations.clear()


# -- results and export: v4 for an experiment id, v3 for DATASET_ID/RUN_NAME -------------


async def each(results: Any, seen: Callable[[str], None] = lambda _: None) -> list[Any]:
    """Every result of either twin's ``experiment_results``, each id told to ``seen``."""
    got = []
    if isinstance(results, AsyncIterator):
        async for result in results:
            seen(result.id)
            got.append(result)
    else:
        for result in results:
            seen(result.id)
            got.append(result)
    return got


def _record(item: dict[str, Any]) -> dict[str, Any]:
    """The export record the registry's v4 mapping makes of ``item`` (computed here)."""
    return {
        "id": item["id"],
        "vendor": "langfuse",
        "experiment_id": item["experimentId"],
        "example_id": item["experimentItemId"],
        "repetition": None,
        "status": None,
        "output": item["output"],
        "error": "ERROR" if item.get("level") == "ERROR" else None,  # a failed item
        "started_at": item["startTime"],
        "ended_at": item["endTime"],
        "latency_ms": 1250.0,
        "trace_id": item["traceId"],
        "annotations": [_expected(score) for score in item["scores"]],
        "raw": item,
    }


@MODES
async def test_experiment_results_read_v4_items_with_their_scores_inline(
    server: ListServer, mode: str
) -> None:
    served = serve(server, 5)
    served[3]["scores"] = []  # an item nobody scored
    for item, level in zip(
        served, ["DEFAULT", "ERROR", "WARNING", "DEBUG", "DEFAULT"], strict=True
    ):
        item["level"] = level  # one failed item
    async with langfuse(mode, server, Clock()) as lf:
        results = await each(lf.experiment_results(EXP, page_size=2))
    assert [r.record for r in results] == [_record(item) for item in served]
    assert [r.evaluations for r in results] == [_record(i)["annotations"] for i in served]
    assert results[3].evaluations == []
    assert [r.record["error"] for r in results] == [None, "ERROR", None, None, None]
    assert {r.path for r in server.requests} == {"/api/public/experiment-items"}  # no joins
    for request in server.requests:
        assert request.param("fields") == "core,dataset,io,scores"
        assert (request.param("scoreLimit"), request.param("limit")) == ("50", "2")
        assert (request.param("experimentId"), request.param("fromStartTime")) == (EXP, EPOCH)
    assert server.violations == []


@pytest.mark.parametrize("quiet", [[], ["-q"]])
def test_an_export_of_no_runs_with_an_unconfirmed_id_warns(
    server: ListServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    quiet: list[str],
) -> None:
    # v4 has no call that confirms an experiment id: a typo would export nothing, silently
    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", PUBLIC)
    monkeypatch.setenv("LANGFUSE_SECRET_KEY", SECRET)
    serve(server, 3)
    out = tmp_path / "runs.jsonl"
    argv = ["runs", "export", "langfuse", "exp-typo", "--base-url", server.base_url, "-o", str(out)]
    assert cli.main([*argv, *quiet]) == 0
    assert out.read_bytes() == b""
    err = capsys.readouterr().err
    assert "warning: no runs for experiment 'exp-typo'" in " ".join(err.split())
    served_argv = ["runs", "export", "langfuse", EXP, "--base-url", server.base_url, "-q"]
    assert cli.main([*served_argv, "-o", str(tmp_path / "ok.jsonl")]) == 0
    assert "warning" not in capsys.readouterr().err


@MODES
async def test_experiment_results_resume_at_the_page_that_failed(
    server: ListServer, mode: str
) -> None:
    served = serve(server, 5)
    server.set_faults([status(503).on_page(2, times=3)])
    async with langfuse(mode, server, Clock(), concurrency=1) as lf:
        paged = lf.experiment_results(EXP, page_size=2)
        got: list[str] = []
        with pytest.raises(evalclients.InternalServerError) as info:
            await each(paged, got.append)
        token = info.value.continuation_token
        assert token is not None and got == [s["id"] for s in served[:2]]
        rest = lf.experiment_results(EXP, page_size=2, continuation_token=token)
        got += [r.id for r in await each(rest)]
    assert got == [s["id"] for s in served]
    assert server.violations == []


def test_cli_exports_a_v4_experiment(
    server: ListServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", PUBLIC)
    monkeypatch.setenv("LANGFUSE_SECRET_KEY", SECRET)
    served = serve(server, 5)
    out = tmp_path / "runs.jsonl"
    argv = ["runs", "export", "langfuse", EXP, "--base-url", server.base_url, "-o", str(out)]
    assert cli.main([*argv, "--page-size", "2", "-q"]) == 0
    assert [json.loads(line) for line in out.read_text().splitlines()] == [
        _record(item) for item in served
    ]
    assert len(server.requests) == 3
    assert {r.path for r in server.requests} == {"/api/public/experiment-items"}
    capsys.readouterr()
    assert (
        cli.main(["runs", "summary", "langfuse", EXP, "--base-url", server.base_url, "--json"]) == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["runs"] == 5
    assert server.violations == []


@MODES
async def test_an_item_at_the_score_limit_warns_that_it_may_hold_more(
    server: ListServer, mode: str
) -> None:
    served = serve(server, 3)
    trace = {"kind": "trace", "id": served[1]["traceId"]}
    served[1]["scores"] = [_score(f"s{i}", f"m{i}", "NUMERIC", 1, trace) for i in range(50)]
    served[2]["scores"] = served[1]["scores"][:49]
    async with langfuse(mode, server, Clock()) as lf:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            results = await each(lf.experiment_results(EXP))
    assert [len(r.evaluations) for r in results] == [2, 50, 49]
    told = [str(w.message) for w in caught if w.category is IncompleteListWarning]
    assert told == [
        f"Langfuse: run {served[1]['id']} holds 50 evaluations, the most the API returns "
        "per run; it may have more"
    ]
    assert server.violations == []
