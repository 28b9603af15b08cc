"""Braintrust through the facade (``Client("braintrust")``, both twins) against its resolved spec.

Two list shapes (issue 17; the pager's ``after_id`` and body-cursor styles are needed):
- ``get_experiment`` / ``get_dataset``: ``?starting_after=<id of the last object>&limit=`` →
  ``{objects}``, no has-more flag, so a listing ends on an empty page;
- ``post_experiment_id_fetch`` / ``post_dataset_id_fetch``: ``POST {cursor, limit, ...}`` →
  ``{events, cursor}``; the cursor is left out once a page is empty, and the caller's other
  body fields go out unchanged on every page. The fetch POST is a read: retried.
Errors are ``text/plain``; auth is a Bearer API key.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from evalclients_braintrust.api.experiments import get_experiment
from evalclients_braintrust.models import (
    CreateExperiment,
    Dataset,
    DatasetEvent,
    Experiment,
    ExperimentEvent,
    FetchEventsRequest,
    GetExperimentResponse200,
)

import evalclients
from tests.facade_helpers import MODES, Clock, call, collect, collect_pages, pages_until_error
from tests.fakeserver import non_json, reset, status
from tests.fakeserver.replies import VendorStyle
from tests.fakeserver.vendors import cached_spec, registry_entry
from tests.vendor_pages import AfterIdPages, BodyCursorPages, ListServer

KEY = "bt-test-key"
SIZE = 2
EXP = "0b8d7e52-3f2a-4c59-9a0e-6f4d2b1c7a90"
DS = "5a1f0c3e-7b2d-4e8a-9c6f-1d2e3f4a5b6c"

# Each list ends as documented (an empty page; for fetch, one without its cursor): the pager
# must not report a documented end as a possibly incomplete list.
pytestmark = pytest.mark.filterwarnings("error::evalclients.IncompleteListWarning")

# list operation -> (item schema, path params, generated item model)
OBJECT_LISTS: dict[str, tuple[str, type]] = {
    "get_experiment": ("Experiment", Experiment),
    "get_dataset": ("Dataset", Dataset),
}
EVENT_LISTS: dict[str, tuple[str, dict[str, str], type]] = {
    "post_experiment_id_fetch": ("ExperimentEvent", {"experiment_id": EXP}, ExperimentEvent),
    "post_dataset_id_fetch": ("DatasetEvent", {"dataset_id": DS}, DatasetEvent),
}


@pytest.fixture
def braintrust() -> Iterator[Callable[..., ListServer]]:
    """Factory of started Braintrust servers, stopped after the test (violations checked)."""
    servers: list[ListServer] = []

    def factory(**options: Any) -> ListServer:
        options.setdefault("api_key", KEY)
        server = ListServer(
            cached_spec("braintrust"),
            vendor_style=VendorStyle("braintrust", 400, "text"),
            registry=registry_entry("braintrust"),
            **options,
        )
        servers.append(server.start())
        return server

    yield factory
    unchecked = [v for s in servers for v in s.unchecked_violations]
    for server in servers:
        server.stop()
    assert unchecked == [], "fake server saw spec violations nobody checked"


@asynccontextmanager
async def client(mode: str, server: ListServer, clock: Clock, **options: Any) -> AsyncIterator[Any]:
    """``Client("braintrust")`` or its async twin on ``server``, closed afterwards."""
    options.setdefault("api_key", KEY)
    options.setdefault("retry_policy", clock.policy())
    if mode == "sync":
        with evalclients.Client("braintrust", base_url=server.base_url, **options) as sync:
            yield sync
    else:
        async with evalclients.AsyncClient(
            "braintrust", base_url=server.base_url, **options
        ) as aclient:
            yield aclient


def afters(server: ListServer) -> list[str | None]:
    return [r.param("starting_after") for r in server.requests]


def experiments(server: ListServer, n: int) -> list[dict[str, Any]]:
    served = server.make_items("Experiment", n)
    server.serve("get_experiment", AfterIdPages(served))
    return served


# -- starting_after lists ----------------------------------------------------------------


@MODES
@pytest.mark.parametrize("operation", sorted(OBJECT_LISTS))
@pytest.mark.parametrize("n", [5, 6])
async def test_objects_page_by_the_last_id(
    braintrust: Callable[..., ListServer], mode: str, operation: str, n: int
) -> None:
    server = braintrust()
    schema, model = OBJECT_LISTS[operation]
    served = server.make_items(schema, n)
    server.serve(operation, AfterIdPages(served))
    ids = [s["id"] for s in served]
    clock = Clock()
    async with client(mode, server, clock) as c:
        got = await collect_pages(c.paginate(operation, page_size=SIZE))
    items = [item for page in got for item in page.items]
    assert [str(item.id) for item in items] == ids
    assert all(type(item) is model for item in items)
    # no has-more flag: the id of each page's last object, until an empty page
    assert afters(server) == [None, *ids[SIZE - 1 :: SIZE], *([ids[-1]] if n % SIZE else [])]
    assert {r.param("limit") for r in server.requests} == {str(SIZE)}
    assert got[-1].continuation_token is None and not any(p.incomplete for p in got)
    assert clock.sleeps == [] and server.violations == []


@MODES
async def test_raw_objects_and_max_items(braintrust: Callable[..., ListServer], mode: str) -> None:
    server = braintrust()
    served = experiments(server, 5)
    async with client(mode, server, Clock()) as c:
        raw = await collect(c.paginate("get_experiment", raw=True, page_size=SIZE))
        server.reset()
        capped = await collect(c.paginate("get_experiment", page_size=SIZE, max_items=3))
    assert raw == served
    assert [str(e.id) for e in capped] == [s["id"] for s in served[:3]]
    assert afters(server) == [None, served[1]["id"]]
    assert server.violations == []


@MODES
async def test_filters_go_out_on_every_page(
    braintrust: Callable[..., ListServer], mode: str
) -> None:
    server = braintrust()
    experiments(server, 3)
    async with client(mode, server, Clock()) as c:
        await collect(c.paginate("get_experiment", project_name="evals/qa", page_size=SIZE))
    assert [r.param("project_name") for r in server.requests] == ["evals/qa"] * 3
    assert server.violations == []


# -- cursor in the POST body -------------------------------------------------------------


@MODES
@pytest.mark.parametrize("operation", sorted(EVENT_LISTS))
@pytest.mark.parametrize("n", [5, 6])
async def test_events_page_by_a_cursor_in_the_body(
    braintrust: Callable[..., ListServer], mode: str, operation: str, n: int
) -> None:
    server = braintrust()
    schema, params, model = EVENT_LISTS[operation]
    served = server.make_items(schema, n)
    pages_served = server.serve(operation, BodyCursorPages(served))
    assert isinstance(pages_served, BodyCursorPages)
    clock = Clock()
    body = FetchEventsRequest(max_xact_id="1000192656880881099", version="1000192656880881099")
    async with client(mode, server, clock) as c:
        got = await collect_pages(c.paginate(operation, body=body, page_size=SIZE, **params))
    items = [item for page in got for item in page.items]
    assert [item.id for item in items] == [s["id"] for s in served]
    assert all(type(item) is model for item in items)
    # the last non-empty page still carries a cursor; the empty page after it has none
    assert len(server.requests) == n // SIZE + (1 if n % SIZE else 0) + 1
    assert all(r.method == "POST" for r in server.requests)
    bodies = pages_served.bodies
    assert bodies[0].get("cursor") is None
    assert all(isinstance(b.get("cursor"), str) for b in bodies[1:])
    assert len({b["cursor"] for b in bodies[1:]}) == len(bodies) - 1
    for sent in bodies:
        assert sent["limit"] == SIZE
        others = {k: v for k, v in sent.items() if k not in ("cursor", "limit")}
        assert others == {"max_xact_id": body.max_xact_id, "version": body.version}
    assert got[-1].continuation_token is None and not any(p.incomplete for p in got)
    assert clock.sleeps == [] and server.violations == []


@MODES
async def test_a_fetch_post_is_retried_and_resumed(
    braintrust: Callable[..., ListServer], mode: str
) -> None:
    server = braintrust()
    served = server.make_items("ExperimentEvent", 5)
    pages_served = server.serve("post_experiment_id_fetch", BodyCursorPages(served))
    assert isinstance(pages_served, BodyCursorPages)
    server.set_faults([status(503).on_request(2), status(502).on_request(4, times=3)])
    clock = Clock()
    async with client(mode, server, clock) as c:
        paged = c.paginate("post_experiment_id_fetch", experiment_id=EXP, page_size=SIZE)
        before, error = await pages_until_error(paged)
        assert type(error) is evalclients.InternalServerError and error.status_code == 502
        assert error.continuation_token is not None
        rest = await collect_pages(paged, error.continuation_token)
    assert [e.id for page in before + rest for e in page.items] == [s["id"] for s in served]
    assert [r.fault for r in server.requests] == [
        *[None, "status:503", None],  # page 2 retried after a 503
        *["status:502"] * 3,  # page 3: retries exhausted
        *[None, None],  # resumed: page 3, then the empty page
    ]
    assert clock.sleeps == [0.5, 0.5, 1.0]
    cursors = [r.json().get("cursor") for r in server.requests]  # faults never reach render
    assert cursors[0] is None and cursors[1] == cursors[2] != cursors[3]
    assert cursors[3] == cursors[4] == cursors[5] == cursors[6] != cursors[7]
    assert server.violations == []


@MODES
async def test_an_invalid_cursor_is_a_400_with_the_vendors_text(
    braintrust: Callable[..., ListServer], mode: str
) -> None:
    server = braintrust()
    server.serve(
        "post_experiment_id_fetch", BodyCursorPages(server.make_items("ExperimentEvent", 3))
    )
    clock = Clock()
    async with client(mode, server, clock) as c:
        paged = c.paginate("post_experiment_id_fetch", experiment_id=EXP, page_size=SIZE)
        _, error = await pages_until_error(paged, "not-a-cursor")
    assert type(error) is evalclients.BadRequestError
    assert error.detail == "Invalid cursor 'not-a-cursor'"
    assert len(server.requests) == 1 and clock.sleeps == []
    assert server.violations == []


# -- faults on a starting_after list ------------------------------------------------------


@MODES
async def test_429_with_retry_after(braintrust: Callable[..., ListServer], mode: str) -> None:
    server = braintrust()
    served = experiments(server, 5)
    server.set_faults([status(429, headers={"Retry-After": "2"}).on_request(2)])
    clock = Clock()
    async with client(mode, server, clock) as c:
        got = await collect(c.paginate("get_experiment", page_size=SIZE))
    assert [str(e.id) for e in got] == [s["id"] for s in served]
    assert clock.sleeps == [2.0]
    ids = [s["id"] for s in served]
    assert afters(server) == [None, ids[1], ids[1], ids[3], ids[4]]
    assert server.violations == []


@MODES
async def test_retries_exhausted_then_resumed_from_the_last_id(
    braintrust: Callable[..., ListServer], mode: str
) -> None:
    server = braintrust()
    served = experiments(server, 5)
    ids = [s["id"] for s in served]
    server.set_faults([status(500).on_request(2, times=3)])
    clock = Clock()
    async with client(mode, server, clock) as c:
        paged = c.paginate("get_experiment", page_size=SIZE)
        before, error = await pages_until_error(paged)
        assert type(error) is evalclients.InternalServerError
        assert error.continuation_token is not None
        rest = await collect_pages(paged, error.continuation_token)
    assert [str(e.id) for page in before + rest for e in page.items] == ids
    assert afters(server) == [None, ids[1], ids[1], ids[1], ids[1], ids[3], ids[4]]
    assert clock.sleeps == [0.5, 1.0]
    assert server.violations == []


@MODES
async def test_non_json_200_is_a_decode_error(
    braintrust: Callable[..., ListServer], mode: str
) -> None:
    server = braintrust()
    experiments(server, 5)
    server.set_faults([non_json().on_request(2)])
    async with client(mode, server, Clock()) as c:
        before, error = await pages_until_error(c.paginate("get_experiment", page_size=SIZE))
    assert type(error) is evalclients.ResponseDecodeError
    assert error.status_code == 200 and len(before) == 1
    assert server.violations == []


@MODES
async def test_a_create_the_server_received_is_not_resent(
    braintrust: Callable[..., ListServer], mode: str
) -> None:
    server = braintrust()
    server.set_faults([reset().on("post_experiment")])
    async with client(mode, server, Clock()) as c:
        with pytest.raises(evalclients.APIConnectionError):
            await call(c.call("post_experiment", body=CreateExperiment(project_id=EXP)))
    posts = [r for r in server.requests if r.method == "POST"]
    assert [(r.json(), r.fault) for r in posts] == [({"project_id": EXP}, "reset")]
    assert server.violations == []


# -- getters -----------------------------------------------------------------------------


@MODES
async def test_experiment_getter_and_summary(
    braintrust: Callable[..., ListServer], mode: str
) -> None:
    server = braintrust()
    served = server.make_items("Experiment", 1, overrides={"id": EXP})[0]
    server.set_response("get_experiment_id", served, path_params={"experiment_id": EXP})
    async with client(mode, server, Clock()) as c:
        experiment = await call(c.call("get_experiment_id", experiment_id=EXP))
        await call(c.call("get_experiment_id_summarize", experiment_id=EXP))
    assert type(experiment) is Experiment
    assert (str(experiment.id), experiment.name) == (EXP, served["name"])
    assert [r.path for r in server.requests] == [
        f"/v1/experiment/{EXP}",
        f"/v1/experiment/{EXP}/summarize",
    ]
    assert server.violations == []


@MODES
async def test_an_event_carries_what_the_export_reads(
    braintrust: Callable[..., ListServer], mode: str
) -> None:
    # The fields the export mapping names (registry comment): scores, metrics, root span.
    server = braintrust()
    event = server.make_items("ExperimentEvent", 1)[0]
    event.update(
        scores={"accuracy": 0.75, "toxicity": None},
        metrics={"start": 1700000000.25, "end": 1700000001.5},
        is_root=True,
        error=None,
        output={"answer": "42"},
        origin={"object_type": "dataset", "object_id": DS, "id": "rec_1"},
    )
    server.serve("post_experiment_id_fetch", BodyCursorPages([event]))
    async with client(mode, server, Clock()) as c:
        (got,) = await collect(c.paginate("post_experiment_id_fetch", experiment_id=EXP))
    assert got.scores.additional_properties == {"accuracy": 0.75, "toxicity": None}
    assert (got.metrics.start, got.metrics.end) == (1700000000.25, 1700000001.5)
    assert (got.root_span_id, got.is_root, got.origin.id) == (event["root_span_id"], True, "rec_1")
    assert got.output == {"answer": "42"}
    assert server.violations == []


# -- auth --------------------------------------------------------------------------------


@MODES
async def test_bearer_key_and_a_wrong_key(braintrust: Callable[..., ListServer], mode: str) -> None:
    server = braintrust()
    experiments(server, 1)
    clock = Clock()
    async with client(mode, server, clock) as c:
        await collect(c.paginate("get_experiment", page_size=SIZE))
    assert {r.headers.get("authorization") for r in server.requests} == {f"Bearer {KEY}"}
    server.reset()
    async with client(mode, server, clock, api_key="bt-wrong-key") as c:
        with pytest.raises(evalclients.AuthenticationError) as info:
            await collect(c.paginate("get_experiment", page_size=SIZE))
    assert info.value.detail == "Invalid API key"
    assert "bt-wrong-key" not in str(info.value)
    assert len(server.requests) == 1 and clock.sleeps == []
    assert [v.split(": ", 1)[1] for v in server.violations] == ["auth: Invalid API key"]


def test_the_key_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRAINTRUST_API_KEY", raising=False)
    with pytest.raises(evalclients.ConfigurationError) as info:
        evalclients.Client("braintrust")
    assert "BRAINTRUST_API_KEY" in str(info.value)


# -- the generated client ----------------------------------------------------------------


async def test_generated_api_is_retried_and_authenticated(
    braintrust: Callable[..., ListServer],
) -> None:
    server = braintrust()
    served = experiments(server, 5)
    server.set_faults([status(502)])
    clock = Clock()
    async with client("async", server, clock) as c:
        response = await get_experiment.asyncio_detailed(client=c.api, limit=SIZE)
    assert isinstance(response.parsed, GetExperimentResponse200)
    assert [str(e.id) for e in response.parsed.objects] == [s["id"] for s in served[:SIZE]]
    assert clock.sleeps == [0.5]
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {KEY}"] * 2
    assert server.violations == []
