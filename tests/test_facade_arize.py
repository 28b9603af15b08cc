"""ArizeAX / AsyncArizeAX against the spec-driven Arize AX server: paging, faults, auth, .api."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from evalclients_arize.api.experiments import list_experiment_runs
from evalclients_arize.models import ExperimentRun, ListExperimentRunsResponse

import evalclients
from tests.facade_helpers import (
    KEY,
    MODES,
    SLOW,
    TIMEOUT,
    Listing,
    assert_key_refused,
    collect,
    ids_in,
    ids_of,
    listing_fixture,
)
from tests.fakeserver import (
    SpecServer,
    close_after,
    cursor_type_change,
    delay,
    empty_page_with_cursor,
    has_more_without_cursor,
    html_502,
    non_json,
    problem,
    repeat_cursor,
    reset,
    status,
    truncated_json,
)
from tests.fakeserver.vendors import SpecServerFactory

EXP = "exp_1"
N = 8  # with limit=3: pages of 3, 3 and 2
LIMIT = 3
SPELLINGS = {
    "snake": {},
    "camel": {"cursor_field": "pagination.nextCursor", "has_more_field": "pagination.hasMore"},
}


def serve(spec_server: SpecServerFactory, mode: str, spelling: str = "snake", **kw: Any) -> Listing:
    """An Arize AX server with N runs of experiment EXP, paged in the given spelling, listed
    LIMIT at a time by the ``mode`` twin."""
    server = spec_server("arize", **kw)
    items = server.make_items("list_experiment_runs", N)
    server.add_collection(
        "list_experiment_runs", items, path_params={"experiment_id": EXP}, **SPELLINGS[spelling]
    )
    return Listing(mode, "arize", server, items, lambda c: c.experiment_runs(EXP, page_size=LIMIT))


listing = listing_fixture(serve)


def pages(server: SpecServer) -> list[int | None]:
    return [r.page for r in server.requests]


# -- many pages --------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize("spelling", ["snake", "camel"])
async def test_every_run_once_in_order_one_request_per_page(
    spec_server: SpecServerFactory, mode: str, spelling: str
) -> None:
    listing = serve(spec_server, mode, spelling)
    server, items = listing.server, listing.items
    got = await listing.pages()
    runs = [run for page in got for run in page.items]
    assert ids_of(runs) == listing.ids
    assert all(type(run) is ExperimentRun for run in runs)
    assert [run.to_dict() for run in runs] == items
    assert (runs[4].example_id, runs[4].output) == (
        items[4]["example_id"],
        items[4]["output"],
    )
    assert [len(p.items) for p in got] == [3, 3, 2] and [p.number for p in got] == [1, 2, 3]
    # the spelling the server used is the one the pager followed
    cursor_key = "next_cursor" if spelling == "snake" else "nextCursor"
    assert got[0].raw["pagination"][cursor_key] == server.requests[1].param("cursor")
    assert [p.continuation_token for p in got] == [
        server.requests[1].param("cursor"),
        server.requests[2].param("cursor"),
        None,
    ]
    assert pages(server) == [1, 2, 3]
    assert [r.param("limit") for r in server.requests] == ["3", "3", "3"]
    assert server.requests[0].param("cursor") is None
    assert {r.path for r in server.requests} == {f"/v2/experiments/{EXP}/runs"}
    assert listing.clock.sleeps == []
    assert server.violations == []


async def test_raw_items_are_the_served_json(listing: Listing) -> None:
    raw = await listing.all(
        lambda c: c.paginate("list_experiment_runs", experiment_id=EXP, page_size=5, raw=True)
    )
    assert raw == listing.items
    assert [r.param("limit") for r in listing.server.requests] == ["5", "5"]
    assert listing.server.violations == []


async def test_max_items_trims_the_last_request(listing: Listing) -> None:
    runs = await listing.all(lambda c: c.experiment_runs(EXP, page_size=LIMIT, max_items=5))
    assert ids_of(runs) == listing.ids[:5]
    assert [r.param("limit") for r in listing.server.requests] == ["3", "2"]
    assert listing.server.violations == []


async def test_page_size_is_capped_at_the_documented_maximum(listing: Listing) -> None:
    async with listing.client() as client:
        runs = await collect(client.experiment_runs(EXP, page_size=1000))
        again = await collect(client.paginate("list_experiment_runs", experiment_id=EXP))
    assert ids_of(runs) == ids_of(again) == listing.ids
    assert [r.param("limit") for r in listing.server.requests] == ["500", "100"]
    assert listing.server.violations == []


# -- faults that a retry gets through ----------------------------------------------------


async def test_429_waits_exactly_the_retry_after(listing: Listing) -> None:
    listing.fail(status(429, headers={"Retry-After": "3"}).on_page(2))
    assert ids_of(await listing.all()) == listing.ids
    assert listing.clock.sleeps == [3.0]
    assert pages(listing.server) == [1, 2, 2, 3]
    assert [r.status for r in listing.server.requests] == [200, 429, 200, 200]
    assert listing.server.violations == []


@pytest.mark.parametrize(
    "fault",
    [status(503), reset(), close_after(503, {"detail": "draining"})],
    ids=["503", "reset", "close_after-503"],
)
async def test_a_failed_page_is_retried_once_after_backoff(listing: Listing, fault: Any) -> None:
    server, clock = listing.server, listing.clock
    listing.fail(fault.on_page(2))
    assert ids_of(await listing.all()) == listing.ids
    assert clock.sleeps[0] == 0.5  # backoff_base * 2**0, no jitter
    # after a 5xx that dropped the connection, a resend on the dead socket is immediate
    assert clock.sleeps[1:] in (([], [0.0]) if fault.kind == "close_after" else ([],))
    assert pages(server) == [1, 2, 2, 3]
    assert server.requests[1].fault == fault.label
    if fault.kind in ("reset", "close_after"):  # the retry needed a new connection
        assert server.requests[2].connection != server.requests[1].connection
    assert server.violations == []


async def test_server_closing_a_kept_alive_connection_after_answering(listing: Listing) -> None:
    server = listing.server
    listing.fail(close_after().on_page(1))
    assert ids_of(await listing.all()) == listing.ids
    assert pages(server) == [1, 2, 3]  # nothing asked twice that the server saw
    assert server.requests[1].connection != server.requests[0].connection
    assert server.requests[2].connection == server.requests[1].connection
    # If the client raced the server's FIN it got a reset on the stale connection and the
    # transport retried once; either way the listing completes.
    assert listing.clock.sleeps in ([], [0.5])
    assert server.violations == []


async def test_a_timed_out_page_is_retried(listing: Listing) -> None:
    listing.fail(delay(SLOW).on_page(2))
    assert ids_of(await listing.all(timeout=TIMEOUT)) == listing.ids
    assert listing.clock.sleeps == [0.5]
    assert pages(listing.server) == [1, 2, 2, 3]
    assert listing.server.violations == []


# -- faults that end the listing with an error -------------------------------------------


async def test_timeouts_exhaust_the_retries_then_resume(listing: Listing) -> None:
    server = listing.server
    listing.fail(delay(SLOW).on_page(2, times=3))

    def at_error(error: evalclients.APIError) -> None:
        assert type(error) is evalclients.APITimeoutError
        assert (error.vendor, error.method) == ("arize", "GET")
        assert error.continuation_token == server.requests[1].param("cursor")
        assert listing.clock.sleeps == [0.5, 1.0]
        assert pages(server) == [1, 2, 2, 2]

    before, _error, rest = await listing.resumed_after_error(at_error, timeout=TIMEOUT)
    assert ids_in(before + rest) == listing.ids
    assert pages(server) == [1, 2, 2, 2, 2, 3]
    assert server.violations == []


async def test_retries_exhausted_mid_listing_resume_loses_nothing(listing: Listing) -> None:
    server = listing.server
    listing.fail(status(503).on_page(3, times=3))
    before, error, rest = await listing.resumed_after_error()
    assert type(error) is evalclients.InternalServerError
    assert error.status_code == 503
    assert error.continuation_token == before[-1].continuation_token
    assert error.continuation_token == server.requests[2].param("cursor")
    assert "resume with the error's continuation_token" in str(error)
    assert [len(p.items) for p in before] == [3, 3] and [len(p.items) for p in rest] == [2]
    assert ids_in(before + rest) == listing.ids
    assert pages(server) == [1, 2, 3, 3, 3, 3]
    assert listing.clock.sleeps == [0.5, 1.0]
    assert server.violations == []


async def test_truncated_json_is_a_decode_error_and_resumable(listing: Listing) -> None:
    server = listing.server
    listing.fail(truncated_json().on_page(2))
    before, error, rest = await listing.resumed_after_error()
    assert type(error) is evalclients.ResponseDecodeError
    assert isinstance(error, evalclients.APIError)
    assert error.status_code == 200 and "is not valid JSON" in error.message
    assert error.continuation_token == server.requests[1].param("cursor")
    assert ids_in(before + rest) == listing.ids
    assert pages(server) == [1, 2, 2, 3]  # a 200 is not retried
    assert listing.clock.sleeps == []
    assert server.violations == []


async def test_non_json_200_is_a_decode_error(listing: Listing) -> None:
    listing.fail(non_json())
    error = await listing.error(evalclients.ResponseDecodeError)
    assert error.status_code == 200
    assert "is not valid JSON" in error.message
    assert error.continuation_token is None  # the first page: start again
    assert len(listing.server.requests) == 1
    assert listing.server.violations == []


async def test_html_502_after_retries_is_an_internal_server_error(listing: Listing) -> None:
    listing.fail(html_502().repeat(None))
    error = await listing.error(evalclients.InternalServerError)
    assert (error.status_code, error.detail, error.title) == (502, "502 Bad Gateway", None)
    assert "<html>" not in str(error) and "502 Bad Gateway" in str(error)
    assert len(listing.server.requests) == 3 and listing.clock.sleeps == [0.5, 1.0]
    assert listing.server.violations == []


async def test_problem_json_404_carries_title_detail_and_the_access_hint(listing: Listing) -> None:
    listing.fail(problem(404, "Experiment exp_9 not found", title="Not Found"))
    error = await listing.error(evalclients.NotFoundError, lambda c: c.experiment_runs("exp_9"))
    assert (error.status_code, error.title, error.detail) == (
        404,
        "Not Found",
        "Experiment exp_9 not found",
    )
    assert error.body["type"] == "about:blank"
    assert "Experiment exp_9 not found" in str(error)
    assert "no read access" in str(error)
    assert len(listing.server.requests) == 1 and listing.clock.sleeps == []
    assert listing.server.violations == []


# -- pagination the server gets wrong ----------------------------------------------------


async def test_repeated_cursor_is_a_pagination_error_not_a_loop(listing: Listing) -> None:
    listing.fail(repeat_cursor().on_page(2, times=None))
    before, error = await listing.pages_until_error()
    assert type(error) is evalclients.PaginationError
    assert "repeated cursor" in error.message
    assert ids_in(before) == listing.ids[:6]  # page 2's items are new; its cursor is not
    assert pages(listing.server) == [1, 2]
    assert listing.server.violations == []


async def test_has_more_without_cursor_ends_incomplete_with_a_warning(listing: Listing) -> None:
    listing.fail(has_more_without_cursor().on_page(2))
    with pytest.warns(evalclients.IncompleteListWarning):
        got = await listing.pages()
    assert [p.incomplete for p in got] == [False, True]
    assert got[-1].continuation_token is None
    assert ids_in(got) == listing.ids[:6]
    assert pages(listing.server) == [1, 2]
    assert listing.server.violations == []


@pytest.mark.parametrize(
    ("page", "sizes"), [(1, [0, 3, 3, 2]), (2, [3, 0, 3, 2])], ids=["first", "middle"]
)
async def test_an_empty_page_with_a_cursor_continues(
    listing: Listing, page: int, sizes: list[int]
) -> None:
    listing.fail(empty_page_with_cursor().on_page(page))
    got = await listing.pages()
    assert [len(p.items) for p in got] == sizes
    assert ids_in(got) == listing.ids
    assert len(listing.server.requests) == 4
    assert listing.server.violations == []


async def test_integer_cursor_is_sent_back_as_text(listing: Listing) -> None:
    server = listing.server
    listing.fail(cursor_type_change().on_page(1))
    got = await listing.pages()
    # pagination.py: an integer cursor is followed as its decimal text; other types fail
    assert got[0].raw["pagination"]["next_cursor"] == LIMIT
    assert got[0].continuation_token == str(LIMIT)
    assert server.requests[1].param("cursor") == str(LIMIT)
    assert ids_in(got) == listing.ids
    assert pages(server) == [1, 2, 3]
    assert server.violations == []


# -- auth --------------------------------------------------------------------------------


@MODES
async def test_bearer_key_reaches_the_server(spec_server: SpecServerFactory, mode: str) -> None:
    listing = serve(spec_server, mode, api_key="sk-arize-42")
    await listing.all(api_key="sk-arize-42")
    requests = listing.server.requests
    assert [r.headers.get("authorization") for r in requests] == ["Bearer sk-arize-42"] * 3
    assert all("x-api-key" not in r.headers for r in requests)
    assert listing.server.violations == []


async def test_a_wrong_key_is_an_authentication_error(listing: Listing) -> None:
    error = await listing.error(
        evalclients.AuthenticationError, lambda c: c.experiment_runs(EXP), api_key="wrong"
    )
    assert_key_refused(error, listing.server, listing.clock)


# -- the generated client through the facade's transport ---------------------------------


async def test_generated_api_is_retried_and_authenticated(spec_server: SpecServerFactory) -> None:
    listing = serve(spec_server, "sync")
    server = listing.server
    listing.fail(status(503))
    async with listing.client() as client:
        response = list_experiment_runs.sync_detailed(EXP, client=client.api, limit=LIMIT)
    assert response.status_code == 200
    assert isinstance(response.parsed, ListExperimentRunsResponse)
    assert ids_of(response.parsed.experiment_runs) == listing.ids[:3]
    assert listing.clock.sleeps == [0.5]
    assert [r.status for r in server.requests] == [503, 200]
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {KEY}"] * 2
    assert server.violations == []


async def test_generated_api_async_is_retried_and_authenticated(
    spec_server: SpecServerFactory,
) -> None:
    listing = serve(spec_server, "async")
    server = listing.server
    listing.fail(reset())
    async with listing.client() as client:
        parsed = await list_experiment_runs.asyncio(EXP, client=client.api, limit=LIMIT)
    assert isinstance(parsed, ListExperimentRunsResponse)
    assert ids_of(parsed.experiment_runs) == listing.ids[:3]
    assert listing.clock.sleeps == [0.5]
    assert [r.fault for r in server.requests] == ["reset", None]
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {KEY}"] * 2
    assert server.violations == []


def test_no_warning_on_a_complete_listing(spec_server: SpecServerFactory) -> None:
    listing = serve(spec_server, "sync")
    with warnings.catch_warnings():
        warnings.simplefilter("error", evalclients.IncompleteListWarning)
        with evalclients.ArizeAX(base_url=listing.server.base_url, api_key=KEY) as client:
            assert ids_of(list(client.experiment_runs(EXP, page_size=LIMIT))) == listing.ids
    assert listing.server.violations == []
