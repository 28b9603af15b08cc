"""Respan / AsyncRespan against the spec-driven Respan server.

``list_experiments`` answers either a DRF envelope ``{count, next, previous, results}`` or a
bare array (the registry accepts both); both are paged by page/page_size.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

import pytest
from evalclients_respan.api.experiments import list_experiments
from evalclients_respan.models import Experiment, ExperimentCreate, PaginatedExperimentList

import evalclients
from tests.facade_helpers import (
    KEY,
    MODES,
    Clock,
    call,
    collect,
    collect_pages,
    open_client,
    pages_until_error,
)
from tests.fakeserver import FaultPlan, SpecServer, non_json, reset, status
from tests.fakeserver.vendors import SpecServerFactory

SIZE = 2
ENVELOPES = pytest.mark.parametrize("envelope", ["drf", "bare"])

Items = list[dict[str, Any]]


def serve(
    spec_server: SpecServerFactory, n: int = 5, envelope: str = "drf", **kw: Any
) -> tuple[SpecServer, Items]:
    """A Respan server with ``n`` experiments in a DRF envelope or as a bare array."""
    server = spec_server("respan", **kw)
    items = server.make_items("list_experiments", n)
    server.add_collection("list_experiments", items, items_key="" if envelope == "bare" else None)
    return server, items


def ids_of(items: Items) -> list[str]:
    return [item["id"] for item in items]


def pages(server: SpecServer) -> list[str | None]:
    return [r.param("page") for r in server.requests]


def expected_requests(n: int, envelope: str) -> int:
    # DRF's count says where the list ends; a bare array only ends on a short page, so a
    # list that fills its last page costs one more (empty) request.
    return math.ceil(n / SIZE) if envelope == "drf" else n // SIZE + 1


# -- many pages --------------------------------------------------------------------------


@MODES
@ENVELOPES
@pytest.mark.parametrize("n", [5, 6])
async def test_every_experiment_once_in_order(
    spec_server: SpecServerFactory, mode: str, envelope: str, n: int
) -> None:
    server, items = serve(spec_server, n, envelope)
    clock = Clock()
    async with open_client(mode, "respan", server, clock) as client:
        got = await collect_pages(client.experiments(page_size=SIZE))
    experiments = [e for page in got for e in page.items]
    assert [e.id for e in experiments] == ids_of(items)
    assert all(type(e) is Experiment for e in experiments)
    for experiment, served in zip(experiments, items, strict=True):
        assert (experiment.name, experiment.status, experiment.progress) == (
            served["name"],
            served["status"],
            served["progress"],
        )
        assert experiment.created_at == datetime.fromisoformat(served["created_at"])
    wanted = expected_requests(n, envelope)
    assert pages(server) == [str(p) for p in range(1, wanted + 1)]
    assert {r.param("page_size") for r in server.requests} == {str(SIZE)}
    assert got[-1].continuation_token is None
    assert clock.sleeps == []
    assert server.violations == []


@MODES
@ENVELOPES
async def test_raw_items_and_max_items(
    spec_server: SpecServerFactory, mode: str, envelope: str
) -> None:
    server, items = serve(spec_server, 5, envelope)
    async with open_client(mode, "respan", server, Clock()) as client:
        raw = await collect(client.paginate("list_experiments", raw=True, page_size=SIZE))
        server.reset()
        capped = await collect(client.experiments(page_size=SIZE, max_items=3))
    assert raw == items
    assert [e.id for e in capped] == ids_of(items)[:3]
    assert pages(server) == ["1", "2"]
    assert server.violations == []


@MODES
async def test_getter_returns_the_typed_experiment(
    spec_server: SpecServerFactory, mode: str
) -> None:
    server, items = serve(spec_server, 1)
    server.set_response("retrieve_experiment", items[0], path_params={"experiment_id": "x_1"})
    async with open_client(mode, "respan", server, Clock()) as client:
        experiment = await call(client.experiment("x_1"))
    assert type(experiment) is Experiment
    assert (experiment.id, experiment.name) == (items[0]["id"], items[0]["name"])
    assert [r.path for r in server.requests] == ["/api/v2/experiments/x_1/"]
    assert server.violations == []


# -- faults ------------------------------------------------------------------------------


@MODES
async def test_429_with_an_http_date_retry_after(spec_server: SpecServerFactory, mode: str) -> None:
    server, items = serve(spec_server, 5)
    # Clock.policy() fixes now() at 1_000_000 s = Mon, 12 Jan 1970 13:46:40 GMT
    later = "Mon, 12 Jan 1970 13:46:45 GMT"
    server.faults = FaultPlan([status(429, headers={"Retry-After": later}).on_page(2)])
    clock = Clock()
    async with open_client(mode, "respan", server, clock) as client:
        experiments = await collect(client.experiments(page_size=SIZE))
    assert [e.id for e in experiments] == ids_of(items)
    assert clock.sleeps == [5.0]
    assert pages(server) == ["1", "2", "2", "3"]
    assert server.violations == []


@MODES
@ENVELOPES
async def test_retries_exhausted_mid_listing_resume_loses_nothing(
    spec_server: SpecServerFactory, mode: str, envelope: str
) -> None:
    server, items = serve(spec_server, 5, envelope)
    server.faults = FaultPlan([reset().on_page(2), status(503).on_page(2, times=2)])
    clock = Clock()
    async with open_client(mode, "respan", server, clock) as client:
        paged = client.experiments(page_size=SIZE)
        before, error = await pages_until_error(paged)
        assert type(error) is evalclients.InternalServerError
        assert (error.status_code, error.continuation_token) == (503, "2")
        assert [r.fault for r in server.requests] == [None, "reset", "status:503", "status:503"]
        rest = await collect_pages(paged, error.continuation_token)
    assert [e.id for p in before + rest for e in p.items] == ids_of(items)
    assert pages(server) == ["1", "2", "2", "2", "2", "3"]
    assert clock.sleeps == [0.5, 1.0]
    assert server.violations == []


@MODES
async def test_non_json_200_is_a_decode_error(spec_server: SpecServerFactory, mode: str) -> None:
    server, _ = serve(spec_server, 5)
    server.faults = FaultPlan([non_json().on_page(2)])
    async with open_client(mode, "respan", server, Clock()) as client:
        before, error = await pages_until_error(client.experiments(page_size=SIZE))
    assert type(error) is evalclients.ResponseDecodeError
    assert error.status_code == 200 and error.continuation_token == "2"
    assert len(before) == 1 and len(server.requests) == 2
    assert server.violations == []


@MODES
async def test_resuming_past_the_end_is_drf_invalid_page(
    spec_server: SpecServerFactory, mode: str
) -> None:
    server, _ = serve(spec_server, 5)
    async with open_client(mode, "respan", server, Clock()) as client:
        _, error = await pages_until_error(client.experiments(page_size=SIZE), "9")
    assert type(error) is evalclients.NotFoundError
    assert error.detail == "Invalid page." and error.continuation_token == "9"
    assert server.violations == []


@MODES
async def test_drf_field_errors_are_readable(spec_server: SpecServerFactory, mode: str) -> None:
    server, _ = serve(spec_server, 5)
    body = {
        "page_size": ["Ensure this value is less than or equal to 100."],
        "non_field_errors": ["Invalid filter."],
    }
    server.faults = FaultPlan([status(400, body=body)])
    clock = Clock()
    async with open_client(mode, "respan", server, clock) as client:
        with pytest.raises(evalclients.BadRequestError) as info:
            await collect(client.experiments(page_size=SIZE))
    error = info.value
    assert error.body == body
    assert error.errors == [
        {"loc": ["page_size"], "msg": "Ensure this value is less than or equal to 100."},
        {"loc": [], "msg": "Invalid filter."},
    ]
    assert (
        error.detail
        == "page_size: Ensure this value is less than or equal to 100.; Invalid filter."
    )
    assert str(error).endswith("→ 400 Bad Request: " + error.detail)
    assert len(server.requests) == 1 and clock.sleeps == []
    assert server.violations == []


@MODES
async def test_a_post_the_server_received_is_not_resent(
    spec_server: SpecServerFactory, mode: str
) -> None:
    server, _ = serve(spec_server, 1)
    server.faults = FaultPlan(
        [status(500).on("retrieve_experiment").repeat(None), reset().on("create_experiment")]
    )
    async with open_client(mode, "respan", server, Clock()) as client:
        with pytest.raises(evalclients.InternalServerError):
            await call(client.experiment("x_1"))
        with pytest.raises(evalclients.APIConnectionError):
            await call(client.call("create_experiment", body=ExperimentCreate(name="once")))
    posts = [r for r in server.requests if r.method == "POST"]
    assert [(r.json(), r.fault) for r in posts] == [({"name": "once"}, "reset")]
    assert server.violations == []


# -- auth --------------------------------------------------------------------------------


@MODES
async def test_bearer_key_and_wrong_key(spec_server: SpecServerFactory, mode: str) -> None:
    server, _ = serve(spec_server, 3, api_key="rs-key-9")
    clock = Clock()
    async with open_client(mode, "respan", server, clock, api_key="rs-key-9") as client:
        await collect(client.experiments(page_size=SIZE))
    assert [r.headers.get("authorization") for r in server.requests] == ["Bearer rs-key-9"] * 2
    server.reset()
    async with open_client(mode, "respan", server, clock, api_key="rs-key-8") as client:
        with pytest.raises(evalclients.AuthenticationError) as info:
            await collect(client.experiments(page_size=SIZE))
    assert (info.value.status_code, info.value.detail) == (401, "Invalid API key")
    assert len(server.requests) == 1 and clock.sleeps == []
    assert [v.split(": ", 1)[1] for v in server.violations] == ["auth: Invalid API key"]


# -- the generated client ----------------------------------------------------------------


async def test_generated_api_async_is_retried_and_authenticated(
    spec_server: SpecServerFactory,
) -> None:
    server, items = serve(spec_server, 5)
    server.faults = FaultPlan([status(502)])
    clock = Clock()
    async with evalclients.AsyncRespan(
        base_url=server.base_url, api_key=KEY, retry_policy=clock.policy()
    ) as client:
        response = await list_experiments.asyncio_detailed(client=client.api, page_size=SIZE)
    assert isinstance(response.parsed, PaginatedExperimentList)
    assert [e.id for e in response.parsed.results] == ids_of(items)[:SIZE]
    assert response.parsed.count == 5
    assert clock.sleeps == [0.5]
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {KEY}"] * 2
    assert server.violations == []
