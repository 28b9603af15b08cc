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
    Listing,
    assert_key_refused,
    collect,
    ids_in,
    ids_of,
    listing_fixture,
)
from tests.fakeserver import (
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


def serve(spec_server: SpecServerFactory, mode: str, n: int = 7, **kw: Any) -> Listing:
    """A Humanloop server with ``n`` evaluations (any file), listed SIZE at a time by the
    ``mode`` twin."""
    server = spec_server("humanloop", **kw)
    items = server.make_items("list_evaluations", n, overrides={"file_id": FILE})
    server.add_collection("list_evaluations", items)
    return Listing(mode, "humanloop", server, items, lambda c: c.evaluations(FILE, page_size=SIZE))


def serve_runs(spec_server: SpecServerFactory, mode: str, n: int = 4) -> Listing:
    """A Humanloop server with ``n`` runs of evaluation EVAL (one page)."""
    server = spec_server("humanloop")
    runs = server.make_items("list_runs_for_evaluation", n)
    server.add_collection("list_runs_for_evaluation", runs, path_params={"id": EVAL})
    return Listing(mode, "humanloop", server, runs, lambda c: c.evaluation_runs(EVAL))


listing = listing_fixture(serve)


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
    listing = serve(spec_server, mode, n)
    server = listing.server
    got = await listing.pages()
    evals = [e for page in got for e in page.items]
    assert ids_of(evals) == listing.ids
    assert all(type(e) is EvaluationResponse for e in evals)
    for evaluation, served in zip(evals, listing.items, strict=True):
        assert (evaluation.name, evaluation.file_id, evaluation.runs_count) == (
            served["name"],
            FILE,
            served["runs_count"],
        )
        assert evaluation.created_at == when(served["created_at"])
    wanted = math.ceil(n / SIZE)
    # once the total is known, later pages are in flight together: each asked for once
    assert sorted(pages(server), key=int) == [str(p) for p in range(1, wanted + 1)]
    assert {r.param("size") for r in server.requests} == {str(SIZE)}
    assert {r.param("file_id") for r in server.requests} == {FILE}
    assert [p.continuation_token for p in got] == [str(p) for p in range(2, wanted + 1)] + [None]
    assert listing.clock.sleeps == []
    assert server.violations == []


async def test_raw_and_max_items(listing: Listing) -> None:
    async with listing.client() as client:
        raw = await collect(client.paginate("list_evaluations", file_id=FILE, raw=True))
        capped = await collect(client.evaluations(FILE, page_size=SIZE, max_items=4))
    assert raw == listing.items
    assert ids_of(capped) == listing.ids[:4]
    # the default page size holds all 7 in one page; then pages 1 and 2 of size 3
    assert [(r.param("page"), r.param("size")) for r in listing.server.requests] == [
        ("1", "100"),
        ("1", "3"),
        ("2", "3"),
    ]
    assert listing.server.violations == []


@MODES
async def test_evaluation_runs_are_one_unpaginated_request(
    spec_server: SpecServerFactory, mode: str
) -> None:
    listing = serve_runs(spec_server, mode, 4)
    got = await listing.pages()
    assert len(got) == 1 and got[0].continuation_token is None
    assert ids_of(got[0].items) == listing.ids
    assert all(type(r) is EvaluationRunResponse for r in got[0].items)
    assert [r.status for r in got[0].items] == [run["status"] for run in listing.items]
    assert [(r.path, r.query) for r in listing.server.requests] == [
        (f"/v5/evaluations/{EVAL}/runs", {})
    ]
    assert listing.server.violations == []


@MODES
async def test_resume_from_a_page_number_token(spec_server: SpecServerFactory, mode: str) -> None:
    listing = serve(spec_server, mode, 8)
    rest = await listing.pages(token="2")
    assert ids_in(rest) == listing.ids[SIZE:]
    assert pages(listing.server) == ["2", "3"]  # 3 pages of 3 hold 8: page 3 is the last
    assert listing.server.violations == []


# -- faults ------------------------------------------------------------------------------


async def test_429_waits_exactly_the_retry_after(listing: Listing) -> None:
    listing.fail(status(429, headers={"Retry-After": "7"}).on_page(2))
    assert ids_of(await listing.all()) == listing.ids
    assert listing.clock.sleeps == [7.0]
    # pages 2 and 3 are fetched together (the total is known): each retried on its own
    assert sorted(pages(listing.server)) == ["1", "2", "2", "3"]
    assert listing.server.violations == []


@pytest.mark.parametrize("fault", [status(503), reset()], ids=["503", "reset"])
async def test_a_failed_page_is_retried(listing: Listing, fault: Any) -> None:
    listing.fail(fault.on_page(3))
    assert ids_of(await listing.all()) == listing.ids
    assert listing.clock.sleeps == [0.5]
    assert sorted(pages(listing.server)) == ["1", "2", "3", "3"]  # 2 and 3 fetched together
    assert listing.server.violations == []


async def test_retries_exhausted_mid_listing_resume_loses_nothing(listing: Listing) -> None:
    listing.fail(html_502().on_page(2, times=3))
    # fetched one page at a time, so the request sequence below is exact
    before, error, rest = await listing.resumed_after_error(concurrency=1)
    assert type(error) is evalclients.InternalServerError
    assert (error.status_code, error.detail) == (502, "502 Bad Gateway")
    assert error.continuation_token == "2"
    assert ids_in(before + rest) == listing.ids
    assert pages(listing.server) == ["1", "2", "2", "2", "2", "3"]
    assert listing.clock.sleeps == [0.5, 1.0]
    assert listing.server.violations == []


async def test_truncated_json_is_a_decode_error(listing: Listing) -> None:
    listing.fail(truncated_json().on_page(1))
    error = await listing.error(evalclients.ResponseDecodeError)
    assert error.status_code == 200 and error.continuation_token is None
    assert len(listing.server.requests) == 1
    assert listing.server.violations == []


async def test_fastapi_422_lists_the_field_errors(listing: Listing) -> None:
    errors = [
        {"loc": ["query", "size"], "msg": "ensure this value is less than 101", "type": "le"},
        {"loc": ["query", "file_id"], "msg": "field required", "type": "missing"},
    ]
    listing.fail(fastapi_validation(errors))
    error = await listing.error(evalclients.UnprocessableEntityError)
    assert error.status_code == 422
    assert error.errors == errors
    assert error.detail == "size: ensure this value is less than 101; file_id: field required"
    assert error.continuation_token is None
    assert len(listing.server.requests) == 1 and listing.clock.sleeps == []
    assert listing.server.violations == []


# -- auth --------------------------------------------------------------------------------


@MODES
async def test_the_key_goes_in_x_api_key(spec_server: SpecServerFactory, mode: str) -> None:
    listing = serve(spec_server, mode, 7, api_key="hl-key-1")
    await listing.all(api_key="hl-key-1")
    requests = listing.server.requests
    assert [r.headers.get("x-api-key") for r in requests] == ["hl-key-1"] * 3
    assert all("authorization" not in r.headers for r in requests)
    assert listing.server.violations == []


@MODES
async def test_a_wrong_key_is_an_authentication_error(
    spec_server: SpecServerFactory, mode: str
) -> None:
    listing = serve_runs(spec_server, mode)
    error = await listing.error(evalclients.AuthenticationError, api_key="wrong")
    assert_key_refused(error, listing.server, listing.clock)


# -- the generated client ----------------------------------------------------------------


async def test_generated_api_is_retried_and_authenticated(spec_server: SpecServerFactory) -> None:
    listing = serve(spec_server, "sync", 5)
    listing.fail(status(503))
    async with listing.client() as client:
        response = list_evaluations.sync_detailed(client=client.api, file_id=FILE, size=2)
    assert response.status_code == 200
    assert isinstance(response.parsed, PaginatedEvaluationResponse)
    assert ids_of(response.parsed.records) == listing.ids[:2]
    assert response.parsed.total == 5
    assert listing.clock.sleeps == [0.5]
    assert [r.headers["x-api-key"] for r in listing.server.requests] == [KEY, KEY]
    assert listing.server.violations == []
