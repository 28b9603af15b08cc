"""Phoenix / AsyncPhoenix against the spec-driven Phoenix server (the spec, not a real Phoenix).

``list_experiment_runs`` pages by cursor with ``next_cursor`` only (null on the last page).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from evalclients_phoenix.api.experiments import list_experiment_runs
from evalclients_phoenix.models import Experiment, ExperimentRun, ListExperimentRunsResponseBody

import evalclients
from tests.facade_helpers import (
    KEY,
    MODES,
    SLOW,
    TIMEOUT,
    Listing,
    assert_key_refused,
    call,
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
    repeat_cursor,
    reset,
    status,
    text,
    truncated_json,
)
from tests.fakeserver.vendors import SpecServerFactory

EXP = "RXhwZXJpbWVudDox"
N = 7  # with limit=3: pages of 3, 3 and 1
LIMIT = 3


def serve(spec_server: SpecServerFactory, mode: str, **kw: Any) -> Listing:
    """A Phoenix server with N runs of experiment EXP, listed LIMIT at a time by the ``mode``
    twin."""
    server = spec_server("phoenix", **kw)
    items = server.make_items("list_experiment_runs", N, overrides={"experiment_id": EXP})
    server.add_collection("list_experiment_runs", items, path_params={"experiment_id": EXP})
    return Listing(
        mode, "phoenix", server, items, lambda c: c.experiment_runs(EXP, page_size=LIMIT)
    )


listing = listing_fixture(serve)


def pages(server: SpecServer) -> list[int | None]:
    return [r.page for r in server.requests]


def when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


# -- many pages --------------------------------------------------------------------------


async def test_every_run_once_in_order_one_request_per_page(listing: Listing) -> None:
    server = listing.server
    got = await listing.pages()
    runs = [run for page in got for run in page.items]
    assert ids_of(runs) == listing.ids
    assert all(type(run) is ExperimentRun for run in runs)
    for run, served in zip(runs, listing.items, strict=True):
        assert (run.experiment_id, run.dataset_example_id, run.repetition_number) == (
            EXP,
            served["dataset_example_id"],
            served["repetition_number"],
        )
        assert (run.start_time, run.output) == (when(served["start_time"]), served["output"])
    assert [len(p.items) for p in got] == [3, 3, 1]
    assert pages(server) == [1, 2, 3]
    assert [p.continuation_token for p in got] == [
        server.requests[1].param("cursor"),
        server.requests[2].param("cursor"),
        None,
    ]
    assert {r.param("limit") for r in server.requests} == {"3"}
    assert listing.clock.sleeps == []
    assert server.violations == []


async def test_raw_max_items_and_page_size(listing: Listing) -> None:
    async with listing.client() as client:
        raw = await collect(
            client.paginate("list_experiment_runs", experiment_id=EXP, raw=True, page_size=4)
        )
        capped = await collect(client.experiment_runs(EXP, page_size=LIMIT, max_items=4))
    assert raw == listing.items
    assert ids_of(capped) == listing.ids[:4]
    assert [r.param("limit") for r in listing.server.requests] == ["4", "4", "3", "1"]
    assert listing.server.violations == []


async def test_experiment_getter_unwraps_data(listing: Listing) -> None:
    server = listing.server
    (experiment,) = server.make_items("#/components/schemas/Experiment", 1, id_prefix="exp")
    server.set_response("get_experiment", {"data": experiment}, path_params={"experiment_id": EXP})
    async with listing.client() as client:
        got = await call(client.experiment(EXP))
    assert type(got) is Experiment
    assert (got.id, got.name, got.example_count) == (
        experiment["id"],
        experiment["name"],
        experiment["example_count"],
    )
    assert got.created_at == when(experiment["created_at"])
    assert server.violations == []


# -- faults ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "sleeps"),
    [
        (status(429, headers={"Retry-After": "2"}), [2.0]),
        (status(503), [0.5]),
        (reset(), [0.5]),
        (delay(SLOW), [0.5]),
    ],
    ids=["429-retry-after", "503", "reset", "timeout"],
)
async def test_a_failed_page_is_retried(listing: Listing, fault: Any, sleeps: list[float]) -> None:
    listing.fail(fault.on_page(2))
    assert ids_of(await listing.all(timeout=TIMEOUT)) == listing.ids
    assert listing.clock.sleeps == sleeps
    assert pages(listing.server) == [1, 2, 2, 3]
    assert listing.server.violations == []


async def test_phoenix_closing_the_connection_after_a_5xx(listing: Listing) -> None:
    server, clock = listing.server, listing.clock
    listing.fail(close_after(500, {"detail": "boom"}).on_page(2))
    assert ids_of(await listing.all()) == listing.ids
    assert pages(server) == [1, 2, 2, 3]
    assert server.requests[2].connection != server.requests[1].connection
    # the backoff for the 500; a resend on the dropped connection would add an immediate 0.0
    assert clock.sleeps[0] == 0.5 and clock.sleeps[1:] in ([], [0.0])
    assert server.violations == []


async def test_timeouts_exhausted_raise_api_timeout_error(listing: Listing) -> None:
    listing.fail(delay(SLOW).repeat(None))
    error = await listing.error(evalclients.APITimeoutError, timeout=TIMEOUT)
    assert isinstance(error, evalclients.APIConnectionError)
    assert error.continuation_token is None
    assert len(listing.server.requests) == 3 and listing.clock.sleeps == [0.5, 1.0]
    assert listing.server.violations == []


async def test_retries_exhausted_mid_listing_resume_loses_nothing(listing: Listing) -> None:
    listing.fail(status(429).on_page(2, times=3))
    before, error, rest = await listing.resumed_after_error()
    assert type(error) is evalclients.RateLimitError
    assert error.retry_after is None
    assert error.continuation_token == listing.server.requests[1].param("cursor")
    assert ids_in(before + rest) == listing.ids
    assert pages(listing.server) == [1, 2, 2, 2, 2, 3]
    assert listing.clock.sleeps == [0.5, 1.0]
    assert listing.server.violations == []


async def test_truncated_json_is_a_decode_error(listing: Listing) -> None:
    listing.fail(truncated_json().on_page(3))
    before, error = await listing.pages_until_error()
    assert type(error) is evalclients.ResponseDecodeError
    assert error.continuation_token == listing.server.requests[2].param("cursor")
    assert len(before) == 2 and pages(listing.server) == [1, 2, 3]
    assert listing.server.violations == []


async def test_text_404_is_not_found_with_the_text_as_detail(listing: Listing) -> None:
    listing.fail(text(404, "Experiment not found"))
    error = await listing.error(evalclients.NotFoundError, lambda c: c.experiment_runs(EXP))
    assert (error.status_code, error.detail) == (404, "Experiment not found")
    assert "no read access" not in str(error)  # that hint is Arize AX's
    assert len(listing.server.requests) == 1
    assert listing.server.violations == []


async def test_repeated_cursor_is_a_pagination_error(listing: Listing) -> None:
    listing.fail(repeat_cursor().on_page(3, times=None))
    before, error = await listing.pages_until_error()
    assert type(error) is evalclients.PaginationError
    # page 3's items are new and handed out; the repeated cursor is not followed, and not
    # offered as a token (resuming would meet it again)
    assert error.continuation_token is None and "resume" not in str(error)
    assert ids_in(before) == listing.ids[:9]
    assert pages(listing.server) == [1, 2, 3]
    assert listing.server.violations == []


async def test_integer_cursor_and_empty_first_page(listing: Listing) -> None:
    server = listing.server
    listing.fail(empty_page_with_cursor().on_page(1), cursor_type_change())
    got = await listing.pages()
    assert [len(p.items) for p in got] == [0, 3, 3, 1]
    assert ids_in(got) == listing.ids
    assert [r.fault for r in server.requests] == [
        "empty_page_with_cursor",
        "cursor_type_change",
        None,
        None,
    ]
    assert server.requests[2].param("cursor") == str(LIMIT)
    assert server.violations == []


# -- auth --------------------------------------------------------------------------------


async def test_bearer_when_given_nothing_when_not(listing: Listing) -> None:
    await listing.all(lambda c: c.experiment_runs(EXP))
    await listing.all(lambda c: c.experiment_runs(EXP), api_key=None)
    assert [r.headers.get("authorization") for r in listing.server.requests] == [
        f"Bearer {KEY}",
        None,
    ]
    assert listing.server.violations == []


@MODES
async def test_auth_on_without_a_key_is_an_authentication_error(
    spec_server: SpecServerFactory, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PHOENIX_API_KEY", raising=False)
    listing = serve(spec_server, mode, auth_required=True)
    error = await listing.error(
        evalclients.AuthenticationError, lambda c: c.experiment_runs(EXP), api_key=None
    )
    assert_key_refused(error, listing.server, listing.clock, "Missing API key")


# -- the generated client ----------------------------------------------------------------


async def test_generated_api_is_retried_and_authenticated(spec_server: SpecServerFactory) -> None:
    listing = serve(spec_server, "sync")
    listing.fail(status(504))
    async with listing.client() as client:
        parsed = list_experiment_runs.sync(EXP, client=client.api, limit=LIMIT)
    assert isinstance(parsed, ListExperimentRunsResponseBody)
    assert ids_of(parsed.data) == listing.ids[:LIMIT]
    assert listing.clock.sleeps == [0.5]
    assert [r.headers["authorization"] for r in listing.server.requests] == [f"Bearer {KEY}"] * 2
    assert listing.server.violations == []
