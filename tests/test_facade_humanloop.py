"""Humanloop / AsyncHumanloop against the spec-driven Humanloop server.

``list_evaluations`` pages by page/size with a total; ``list_runs_for_evaluation`` is one page.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

import pytest
from evalclients_humanloop.api.evaluations import list_evaluations
from evalclients_humanloop.models import (
    EvaluationResponse,
    EvaluationRunResponse,
    PaginatedEvaluationResponse,
)

import evalclients
from tests.facade_helpers import (
    KEY,
    MODES,
    Clock,
    collect,
    collect_pages,
    open_client,
    pages_until_error,
)
from tests.fakeserver import (
    FaultPlan,
    SpecServer,
    fastapi_validation,
    html_502,
    reset,
    status,
    truncated_json,
)
from tests.fakeserver.vendors import SpecServerFactory

FILE = "fl_1"
EVAL = "ev_1"
SIZE = 3

Items = list[dict[str, Any]]


def serve(spec_server: SpecServerFactory, n: int = 7, **kw: Any) -> tuple[SpecServer, Items]:
    """A Humanloop server with ``n`` evaluations (any file) and 4 runs of evaluation EVAL."""
    server = spec_server("humanloop", **kw)
    items = server.make_items("list_evaluations", n, overrides={"file_id": FILE})
    server.add_collection("list_evaluations", items)
    return server, items


def serve_runs(spec_server: SpecServerFactory, n: int = 4) -> tuple[SpecServer, Items]:
    server = spec_server("humanloop")
    runs = server.make_items("list_runs_for_evaluation", n)
    server.add_collection("list_runs_for_evaluation", runs, path_params={"id": EVAL})
    return server, runs


def ids_of(items: Items) -> list[str]:
    return [item["id"] for item in items]


def pages(server: SpecServer) -> list[str | None]:
    return [r.param("page") for r in server.requests]


def when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


# -- many pages --------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize("n", [7, 6, 2])
async def test_every_evaluation_once_and_no_request_past_the_total(
    spec_server: SpecServerFactory, mode: str, n: int
) -> None:
    server, items = serve(spec_server, n)
    clock = Clock()
    async with open_client(mode, "humanloop", server, clock) as client:
        got = await collect_pages(client.evaluations(FILE, size=SIZE))
    evals = [e for page in got for e in page.items]
    assert [e.id for e in evals] == ids_of(items)
    assert all(type(e) is EvaluationResponse for e in evals)
    for evaluation, served in zip(evals, items, strict=True):
        assert (evaluation.name, evaluation.file_id, evaluation.runs_count) == (
            served["name"],
            FILE,
            served["runs_count"],
        )
        assert evaluation.created_at == when(served["created_at"])
    wanted = math.ceil(n / SIZE)
    assert pages(server) == [str(p) for p in range(1, wanted + 1)]
    assert {r.param("size") for r in server.requests} == {str(SIZE)}
    assert {r.param("file_id") for r in server.requests} == {FILE}
    assert [p.continuation_token for p in got] == [str(p) for p in range(2, wanted + 1)] + [None]
    assert clock.sleeps == []
    assert server.violations == []


@MODES
async def test_raw_and_max_items(spec_server: SpecServerFactory, mode: str) -> None:
    server, items = serve(spec_server, 7)
    async with open_client(mode, "humanloop", server, Clock()) as client:
        raw = await collect(client.paginate("list_evaluations", file_id=FILE, raw=True))
        capped = await collect(client.evaluations(FILE, size=SIZE, max_items=4))
    assert raw == items
    assert [e.id for e in capped] == ids_of(items)[:4]
    # the default page size holds all 7 in one page; then pages 1 and 2 of size 3
    assert [(r.param("page"), r.param("size")) for r in server.requests] == [
        ("1", "100"),
        ("1", "3"),
        ("2", "3"),
    ]
    assert server.violations == []


@MODES
async def test_evaluation_runs_are_one_unpaginated_request(
    spec_server: SpecServerFactory, mode: str
) -> None:
    server, runs = serve_runs(spec_server, 4)
    async with open_client(mode, "humanloop", server, Clock()) as client:
        got = await collect_pages(client.evaluation_runs(EVAL))
    assert len(got) == 1 and got[0].continuation_token is None
    assert [r.id for r in got[0].items] == ids_of(runs)
    assert all(type(r) is EvaluationRunResponse for r in got[0].items)
    assert [r.status for r in got[0].items] == [run["status"] for run in runs]
    assert [(r.path, r.query) for r in server.requests] == [(f"/v5/evaluations/{EVAL}/runs", {})]
    assert server.violations == []


@MODES
async def test_resume_from_a_page_number_token(spec_server: SpecServerFactory, mode: str) -> None:
    server, items = serve(spec_server, 8)
    async with open_client(mode, "humanloop", server, Clock()) as client:
        rest = await collect_pages(client.evaluations(FILE, size=SIZE), "2")
    assert [e.id for p in rest for e in p.items] == ids_of(items)[SIZE:]
    assert pages(server) == ["2", "3"]  # 3 pages of 3 hold 8: page 3 is the last
    assert server.violations == []


# -- faults ------------------------------------------------------------------------------


@MODES
async def test_429_waits_exactly_the_retry_after(spec_server: SpecServerFactory, mode: str) -> None:
    server, items = serve(spec_server, 7)
    server.faults = FaultPlan([status(429, headers={"Retry-After": "7"}).on_page(2)])
    clock = Clock()
    async with open_client(mode, "humanloop", server, clock) as client:
        evals = await collect(client.evaluations(FILE, size=SIZE))
    assert [e.id for e in evals] == ids_of(items)
    assert clock.sleeps == [7.0]
    assert pages(server) == ["1", "2", "2", "3"]
    assert server.violations == []


@MODES
@pytest.mark.parametrize("fault", [status(503), reset()], ids=["503", "reset"])
async def test_a_failed_page_is_retried(
    spec_server: SpecServerFactory, mode: str, fault: Any
) -> None:
    server, items = serve(spec_server, 7)
    server.faults = FaultPlan([fault.on_page(3)])
    clock = Clock()
    async with open_client(mode, "humanloop", server, clock) as client:
        evals = await collect(client.evaluations(FILE, size=SIZE))
    assert [e.id for e in evals] == ids_of(items)
    assert clock.sleeps == [0.5]
    assert pages(server) == ["1", "2", "3", "3"]
    assert server.violations == []


@MODES
async def test_retries_exhausted_mid_listing_resume_loses_nothing(
    spec_server: SpecServerFactory, mode: str
) -> None:
    server, items = serve(spec_server, 7)
    server.faults = FaultPlan([html_502().on_page(2, times=3)])
    clock = Clock()
    async with open_client(mode, "humanloop", server, clock) as client:
        paged = client.evaluations(FILE, size=SIZE)
        before, error = await pages_until_error(paged)
        assert type(error) is evalclients.InternalServerError
        assert (error.status_code, error.detail) == (502, "502 Bad Gateway")
        assert error.continuation_token == "2"
        rest = await collect_pages(paged, error.continuation_token)
    assert [e.id for p in before + rest for e in p.items] == ids_of(items)
    assert pages(server) == ["1", "2", "2", "2", "2", "3"]
    assert clock.sleeps == [0.5, 1.0]
    assert server.violations == []


@MODES
async def test_truncated_json_is_a_decode_error(spec_server: SpecServerFactory, mode: str) -> None:
    server, _ = serve(spec_server, 7)
    server.faults = FaultPlan([truncated_json().on_page(1)])
    async with open_client(mode, "humanloop", server, Clock()) as client:
        with pytest.raises(evalclients.ResponseDecodeError) as info:
            await collect(client.evaluations(FILE, size=SIZE))
    assert info.value.status_code == 200 and info.value.continuation_token is None
    assert len(server.requests) == 1
    assert server.violations == []


@MODES
async def test_fastapi_422_lists_the_field_errors(
    spec_server: SpecServerFactory, mode: str
) -> None:
    server, _ = serve(spec_server, 7)
    errors = [
        {"loc": ["query", "size"], "msg": "ensure this value is less than 101", "type": "le"},
        {"loc": ["query", "file_id"], "msg": "field required", "type": "missing"},
    ]
    server.faults = FaultPlan([fastapi_validation(errors)])
    clock = Clock()
    async with open_client(mode, "humanloop", server, clock) as client:
        with pytest.raises(evalclients.UnprocessableEntityError) as info:
            await collect(client.evaluations(FILE, size=SIZE))
    error = info.value
    assert error.status_code == 422
    assert error.errors == errors
    assert error.detail == "size: ensure this value is less than 101; file_id: field required"
    assert error.continuation_token is None
    assert len(server.requests) == 1 and clock.sleeps == []
    assert server.violations == []


# -- auth --------------------------------------------------------------------------------


@MODES
async def test_the_key_goes_in_x_api_key(spec_server: SpecServerFactory, mode: str) -> None:
    server, _ = serve(spec_server, 7, api_key="hl-key-1")
    async with open_client(mode, "humanloop", server, Clock(), api_key="hl-key-1") as client:
        await collect(client.evaluations(FILE, size=SIZE))
    assert [r.headers.get("x-api-key") for r in server.requests] == ["hl-key-1"] * 3
    assert all("authorization" not in r.headers for r in server.requests)
    assert server.violations == []


@MODES
async def test_a_wrong_key_is_an_authentication_error(
    spec_server: SpecServerFactory, mode: str
) -> None:
    server, _ = serve_runs(spec_server)
    clock = Clock()
    async with open_client(mode, "humanloop", server, clock, api_key="wrong") as client:
        with pytest.raises(evalclients.AuthenticationError) as info:
            await collect(client.evaluation_runs(EVAL))
    assert (info.value.status_code, info.value.detail) == (401, "Invalid API key")
    assert len(server.requests) == 1 and clock.sleeps == []
    assert [v.split(": ", 1)[1] for v in server.violations] == ["auth: Invalid API key"]


# -- the generated client ----------------------------------------------------------------


def test_generated_api_is_retried_and_authenticated(spec_server: SpecServerFactory) -> None:
    server, items = serve(spec_server, 5)
    server.faults = FaultPlan([status(503)])
    clock = Clock()
    with evalclients.Humanloop(
        base_url=server.base_url, api_key=KEY, retry_policy=clock.policy()
    ) as client:
        response = list_evaluations.sync_detailed(client=client.api, file_id=FILE, size=2)
    assert response.status_code == 200
    assert isinstance(response.parsed, PaginatedEvaluationResponse)
    assert [e.id for e in response.parsed.records] == ids_of(items)[:2]
    assert response.parsed.total == 5
    assert clock.sleeps == [0.5]
    assert [r.headers["x-api-key"] for r in server.requests] == [KEY, KEY]
    assert server.violations == []
