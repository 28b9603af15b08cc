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
    Listing,
    assert_key_refused,
    call,
    collect,
    ids_in,
    ids_of,
    listing_fixture,
)
from tests.fakeserver import SpecServer, non_json, reset, status
from tests.fakeserver.vendors import SpecServerFactory

SIZE = 2
ENVELOPES = pytest.mark.parametrize("envelope", ["drf", "bare"])


def serve(
    spec_server: SpecServerFactory, mode: str, n: int = 5, envelope: str = "drf", **kw: Any
) -> Listing:
    """A Respan server with ``n`` experiments in a DRF envelope or as a bare array, listed SIZE
    at a time by the ``mode`` twin."""
    server = spec_server("respan", **kw)
    items = server.make_items("list_experiments", n)
    server.add_collection("list_experiments", items, items_key="" if envelope == "bare" else None)
    return Listing(mode, "respan", server, items, lambda c: c.experiments(page_size=SIZE))


listing = listing_fixture(serve)


def pages(server: SpecServer) -> list[str | None]:
    return [r.param("page") for r in server.requests]


def expected_requests(n: int, envelope: str) -> int:
    # DRF's count says where the list ends; a bare array only ends on an empty page (the
    # registry gives no maximum page size, so a short page may be a capped one).
    return math.ceil(n / SIZE) if envelope == "drf" else math.ceil(n / SIZE) + 1


# -- many pages --------------------------------------------------------------------------


@MODES
@ENVELOPES
@pytest.mark.parametrize("n", [5, 6])
async def test_every_experiment_once_in_order(
    spec_server: SpecServerFactory, mode: str, envelope: str, n: int
) -> None:
    listing = serve(spec_server, mode, n, envelope)
    server = listing.server
    got = await listing.pages()
    experiments = [e for page in got for e in page.items]
    assert ids_of(experiments) == listing.ids
    assert all(type(e) is Experiment for e in experiments)
    for experiment, served in zip(experiments, listing.items, strict=True):
        assert (experiment.name, experiment.status, experiment.progress) == (
            served["name"],
            served["status"],
            served["progress"],
        )
        assert experiment.created_at == datetime.fromisoformat(served["created_at"])
    wanted = expected_requests(n, envelope)
    # once the total is known, later pages are in flight together: each asked for once
    assert sorted(pages(server), key=int) == [str(p) for p in range(1, wanted + 1)]
    assert {r.param("page_size") for r in server.requests} == {str(SIZE)}
    assert got[-1].continuation_token is None
    assert listing.clock.sleeps == []
    assert server.violations == []


@MODES
@ENVELOPES
async def test_raw_items_and_max_items(
    spec_server: SpecServerFactory, mode: str, envelope: str
) -> None:
    listing = serve(spec_server, mode, 5, envelope)
    server = listing.server
    async with listing.client() as client:
        raw = await collect(client.paginate("list_experiments", raw=True, page_size=SIZE))
        server.reset()
        capped = await collect(client.experiments(page_size=SIZE, max_items=3))
    assert raw == listing.items
    assert ids_of(capped) == listing.ids[:3]
    assert pages(server) == ["1", "2"]
    assert server.violations == []


@MODES
async def test_getter_returns_the_typed_experiment(
    spec_server: SpecServerFactory, mode: str
) -> None:
    listing = serve(spec_server, mode, 1)
    server, served = listing.server, listing.items[0]
    server.set_response("retrieve_experiment", served, path_params={"experiment_id": "x_1"})
    async with listing.client() as client:
        experiment = await call(client.experiment("x_1"))
    assert type(experiment) is Experiment
    assert (experiment.id, experiment.name) == (served["id"], served["name"])
    assert [r.path for r in server.requests] == ["/api/v2/experiments/x_1/"]
    assert server.violations == []


# -- faults ------------------------------------------------------------------------------


async def test_429_with_an_http_date_retry_after(listing: Listing) -> None:
    # Clock.policy() fixes now() at 1_000_000 s = Mon, 12 Jan 1970 13:46:40 GMT
    later = "Mon, 12 Jan 1970 13:46:45 GMT"
    listing.fail(status(429, headers={"Retry-After": later}).on_page(2))
    assert ids_of(await listing.all()) == listing.ids
    assert listing.clock.sleeps == [5.0]
    assert sorted(pages(listing.server)) == ["1", "2", "2", "3"]  # 2 and 3 fetched together
    assert listing.server.violations == []


@MODES
@ENVELOPES
async def test_retries_exhausted_mid_listing_resume_loses_nothing(
    spec_server: SpecServerFactory, mode: str, envelope: str
) -> None:
    listing = serve(spec_server, mode, 5, envelope)
    server = listing.server
    listing.fail(reset().on_page(2), status(503).on_page(2, times=2))

    def at_error(error: evalclients.APIError) -> None:
        assert type(error) is evalclients.InternalServerError
        assert (error.status_code, error.continuation_token) == (503, "2")
        assert [r.fault for r in server.requests] == [None, "reset", "status:503", "status:503"]

    before, _error, rest = await listing.resumed_after_error(at_error, concurrency=1)
    assert ids_in(before + rest) == listing.ids
    confirm = ["4"] if envelope == "bare" else []  # a bare array ends on an empty page
    assert pages(server) == ["1", "2", "2", "2", "2", "3", *confirm]
    assert listing.clock.sleeps == [0.5, 1.0]
    assert server.violations == []


async def test_non_json_200_is_a_decode_error(listing: Listing) -> None:
    listing.fail(non_json().on_page(2))
    before, error = await listing.pages_until_error(concurrency=1)  # no page 3 fetched ahead
    assert type(error) is evalclients.ResponseDecodeError
    assert error.status_code == 200 and error.continuation_token == "2"
    assert len(before) == 1 and len(listing.server.requests) == 2
    assert listing.server.violations == []


async def test_resuming_past_the_end_is_drf_invalid_page(listing: Listing) -> None:
    _, error = await listing.pages_until_error(token="9")
    assert type(error) is evalclients.NotFoundError
    assert error.detail == "Invalid page." and error.continuation_token == "9"
    assert listing.server.violations == []


async def test_drf_field_errors_are_readable(listing: Listing) -> None:
    body = {
        "page_size": ["Ensure this value is less than or equal to 100."],
        "non_field_errors": ["Invalid filter."],
    }
    listing.fail(status(400, body=body))
    error = await listing.error(evalclients.BadRequestError)
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
    assert len(listing.server.requests) == 1 and listing.clock.sleeps == []
    assert listing.server.violations == []


@MODES
async def test_a_post_the_server_received_is_not_resent(
    spec_server: SpecServerFactory, mode: str
) -> None:
    listing = serve(spec_server, mode, 1)
    server = listing.server
    listing.fail(
        status(500).on("retrieve_experiment").repeat(None), reset().on("create_experiment")
    )
    async with listing.client() as client:
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
    listing = serve(spec_server, mode, 3, api_key="rs-key-9")
    server = listing.server
    await listing.all(api_key="rs-key-9")
    assert [r.headers.get("authorization") for r in server.requests] == ["Bearer rs-key-9"] * 2
    server.reset()
    error = await listing.error(evalclients.AuthenticationError, api_key="rs-key-8")
    assert_key_refused(error, server, listing.clock)


# -- the generated client ----------------------------------------------------------------


async def test_generated_api_async_is_retried_and_authenticated(
    spec_server: SpecServerFactory,
) -> None:
    listing = serve(spec_server, "async", 5)
    listing.fail(status(502))
    async with listing.client() as client:
        response = await list_experiments.asyncio_detailed(client=client.api, page_size=SIZE)
    assert isinstance(response.parsed, PaginatedExperimentList)
    assert ids_of(response.parsed.results) == listing.ids[:SIZE]
    assert response.parsed.count == 5
    assert listing.clock.sleeps == [0.5]
    assert [r.headers["authorization"] for r in listing.server.requests] == [f"Bearer {KEY}"] * 2
    assert listing.server.violations == []
