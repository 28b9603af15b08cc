"""Langfuse through the facade (``Client("langfuse")``, both twins) against its resolved spec.

Every list answers ``{data, meta: {page, limit, totalItems, totalPages}}`` for ``?page=&limit=``
(pages from 1), so the registry declares style "page" with ``total = "meta.totalItems"``: a
listing makes exactly ceil(n / limit) requests. Auth is HTTP Basic, the public key as user
name and the secret key as password (``username=``/``api_key=``, issue 17's shared
contract; these tests need the config work that implements it).
"""

from __future__ import annotations

import base64
import math
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from evalclients_langfuse.api.datasets import datasets_list
from evalclients_langfuse.models import (
    Dataset,
    DatasetItem,
    DatasetRun,
    DatasetRunItem,
    GetScoresResponseDataCategorical,
    GetScoresResponseDataNumeric,
    ObservationsView,
    PaginatedDatasets,
    TraceWithDetails,
    TraceWithFullDetails,
)

import evalclients
from tests.facade_helpers import MODES, Clock, call, collect, collect_pages, pages_until_error
from tests.fakeserver import non_json, reset, status
from tests.fakeserver.replies import Reply, VendorStyle
from tests.fakeserver.vendors import cached_spec, registry_entry
from tests.vendor_pages import ListServer, MetaPages

PUBLIC, SECRET = "pk-lf-test", "sk-lf-test"
BASIC = base64.b64encode(f"{PUBLIC}:{SECRET}".encode()).decode()
SIZE = 2
RUN = {"dataset_id": "ds_1", "run_name": "run 1"}


@dataclass(frozen=True)
class LangfuseStyle(VendorStyle):
    """Langfuse answers errors as JSON ``{"message": ...}`` (400s add zod issues)."""

    def error(
        self,
        status: int,
        message: str,
        *,
        instance: str = "",
        fields: list[tuple[list[str | int], str]] | None = None,
    ) -> Reply:
        body: dict[str, Any] = {"message": message}
        if fields:
            body["error"] = [{"path": loc, "message": msg} for loc, msg in fields]
        return Reply.json(body, status)


# Each list operation, what it lists (a schema for make_items), its required parameters and
# the generated model of an item.
LISTS: dict[str, tuple[str, dict[str, str], type]] = {
    "datasets_list": ("Dataset", {}, Dataset),
    "datasets_get_runs": ("DatasetRun", {"dataset_name": "qa set"}, DatasetRun),
    "dataset_items_list": ("DatasetItem", {}, DatasetItem),
    "dataset_run_items_list": ("DatasetRunItem", RUN, DatasetRunItem),
    "trace_list": ("TraceWithDetails", {}, TraceWithDetails),
    "scores_get_many": ("GetScoresResponseDataNumeric", {}, GetScoresResponseDataNumeric),
}


@pytest.fixture
def langfuse() -> Iterator[Callable[..., ListServer]]:
    """Factory of started Langfuse servers, stopped after the test (violations checked)."""
    servers: list[ListServer] = []

    def factory(**options: Any) -> ListServer:
        options.setdefault("api_key", BASIC)
        server = ListServer(
            cached_spec("langfuse"),
            vendor_style=LangfuseStyle("langfuse", 400, "text"),
            registry=registry_entry("langfuse"),
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
    """``Client("langfuse")`` or its async twin on ``server``, closed afterwards."""
    options.setdefault("username", PUBLIC)
    options.setdefault("api_key", SECRET)
    options.setdefault("retry_policy", clock.policy())
    if mode == "sync":
        with evalclients.Client("langfuse", base_url=server.base_url, **options) as sync:
            yield sync
    else:
        async with evalclients.AsyncClient(
            "langfuse", base_url=server.base_url, **options
        ) as aclient:
            yield aclient


def items_for(server: ListServer, operation: str, n: int) -> list[dict[str, Any]]:
    schema = LISTS[operation][0]
    items = server.make_items(schema, n)
    if schema == "GetScoresResponseDataNumeric":
        for item in items:
            item["dataType"] = "NUMERIC"
    return items


def pages(server: ListServer) -> list[str | None]:
    return [r.param("page") for r in server.requests]


# -- every list operation, many pages ---------------------------------------------------


@MODES
@pytest.mark.parametrize("operation", sorted(LISTS))
@pytest.mark.parametrize("n", [5, 6])
async def test_every_list_pages_to_its_total(
    langfuse: Callable[..., ListServer], mode: str, operation: str, n: int
) -> None:
    server = langfuse()
    served = items_for(server, operation, n)
    server.serve(operation, MetaPages(served))
    _, params, model = LISTS[operation]
    clock = Clock()
    async with client(mode, server, clock) as c:
        got = await collect_pages(c.paginate(operation, page_size=SIZE, **params))
    items = [item for page in got for item in page.items]
    assert [item.id for item in items] == [s["id"] for s in served]
    assert all(type(item) is model for item in items)
    # meta.totalItems says where the list ends: no request for an empty page past it; once
    # it is known, later pages are in flight together: each asked for once, in any order
    assert sorted(pages(server), key=int) == [str(p) for p in range(1, math.ceil(n / SIZE) + 1)]
    assert {r.param("limit") for r in server.requests} == {str(SIZE)}
    assert got[-1].continuation_token is None
    for request in server.requests:
        for name, value in params.items():
            camel = {"dataset_id": "datasetId", "run_name": "runName"}.get(name)
            if camel:
                assert request.param(camel) == value
    if operation == "datasets_get_runs":
        assert {r.path.rsplit("/", 2)[-2] for r in server.requests} == {"qa%20set"}
    assert clock.sleeps == [] and server.violations == []


@MODES
async def test_raw_pages_and_max_items(langfuse: Callable[..., ListServer], mode: str) -> None:
    server = langfuse()
    served = items_for(server, "datasets_list", 5)
    server.serve("datasets_list", MetaPages(served))
    async with client(mode, server, Clock()) as c:
        raw = await collect(c.paginate("datasets_list", raw=True, page_size=SIZE))
        server.reset()
        capped = await collect(c.paginate("datasets_list", page_size=SIZE, max_items=3))
    assert raw == served
    assert [d.id for d in capped] == [s["id"] for s in served[:3]]
    assert pages(server) == ["1", "2"]
    assert server.violations == []


@MODES
async def test_scores_decode_by_data_type(langfuse: Callable[..., ListServer], mode: str) -> None:
    # The overlay restates the score union; each kind must come back as its own model.
    server = langfuse()
    numeric = items_for(server, "scores_get_many", 1)[0]
    categorical = {
        **numeric,
        "id": "score_cat",
        "dataType": "CATEGORICAL",
        "value": 1.0,
        "stringValue": "good",
    }
    server.serve("scores_get_many", MetaPages([numeric, categorical]))
    async with client(mode, server, Clock()) as c:
        scores = await collect(c.paginate("scores_get_many", page_size=10))
    assert [type(s) for s in scores] == [
        GetScoresResponseDataNumeric,
        GetScoresResponseDataCategorical,
    ]
    assert (scores[1].value, scores[1].string_value) == (1.0, "good")
    assert scores[0].value == numeric["value"]
    assert server.violations == []


@MODES
async def test_getters(langfuse: Callable[..., ListServer], mode: str) -> None:
    server = langfuse()
    dataset = server.make_items("Dataset", 1)[0]
    server.set_response("datasets_get", dataset, path_params={"datasetName": "qa/set"})
    async with client(mode, server, Clock()) as c:
        got = await call(c.call("datasets_get", dataset_name="qa/set"))
    assert type(got) is Dataset and got.id == dataset["id"]
    assert [r.path for r in server.requests] == ["/api/public/v2/datasets/qa%2Fset"]
    assert server.violations == []


@MODES
async def test_a_trace_with_its_scores_and_observations(
    langfuse: Callable[..., ListServer], mode: str
) -> None:
    # trace_get: the ScoreV1 union and ObservationsView the overlay restates, decoded
    server = langfuse()
    trace = server.make_items("TraceWithFullDetails", 1)[0]
    boolean = {**trace["scores"][0], "id": "score_b", "dataType": "BOOLEAN"}
    boolean.update(value=1.0, stringValue="True")
    trace["scores"].append(boolean)
    server.set_response("trace_get", trace, path_params={"traceId": "tr 1"})
    async with client(mode, server, Clock()) as c:
        got = await call(c.call("trace_get", trace_id="tr 1"))
    assert type(got) is TraceWithFullDetails and got.id == trace["id"]
    assert [type(s).__name__ for s in got.scores] == ["NumericScoreV1", "BooleanScoreV1"]
    assert got.scores[1].string_value == "True"
    assert [type(o) for o in got.observations] == [ObservationsView] * len(trace["observations"])
    assert got.latency == trace["latency"] and got.html_path == trace["htmlPath"]
    assert [r.path for r in server.requests] == ["/api/public/traces/tr%201"]
    assert server.violations == []


# -- faults ------------------------------------------------------------------------------


def listing(langfuse: Callable[..., ListServer], n: int = 5) -> tuple[ListServer, list[str]]:
    server = langfuse()
    served = items_for(server, "trace_list", n)
    server.serve("trace_list", MetaPages(served))
    return server, [s["id"] for s in served]


@MODES
async def test_429_with_retry_after_is_waited_for(
    langfuse: Callable[..., ListServer], mode: str
) -> None:
    server, ids = listing(langfuse)
    server.set_faults([status(429, headers={"Retry-After": "3"}).on_page(2)])
    clock = Clock()
    async with client(mode, server, clock) as c:
        got = await collect(c.paginate("trace_list", page_size=SIZE))
    assert [t.id for t in got] == ids
    assert clock.sleeps == [3.0]
    assert sorted(pages(server), key=int) == ["1", "2", "2", "3"]  # 2 and 3 fetched together
    assert server.violations == []


@MODES
async def test_retries_exhausted_then_resumed_loses_nothing(
    langfuse: Callable[..., ListServer], mode: str
) -> None:
    server, ids = listing(langfuse)
    server.set_faults([reset().on_page(2), status(503).on_page(2, times=2)])
    clock = Clock()
    # fetched one page at a time, so the request sequence below is exact
    async with client(mode, server, clock, concurrency=1) as c:
        paged = c.paginate("trace_list", page_size=SIZE)
        before, error = await pages_until_error(paged)
        assert type(error) is evalclients.InternalServerError
        assert (error.status_code, error.continuation_token) == (503, "2")
        rest = await collect_pages(paged, error.continuation_token)
    assert [t.id for page in before + rest for t in page.items] == ids
    assert pages(server) == ["1", "2", "2", "2", "2", "3"]
    assert clock.sleeps == [0.5, 1.0]
    assert server.violations == []


@MODES
async def test_non_json_200_is_a_decode_error(
    langfuse: Callable[..., ListServer], mode: str
) -> None:
    server, _ = listing(langfuse)
    server.set_faults([non_json().on_page(2)])
    async with client(mode, server, Clock()) as c:
        before, error = await pages_until_error(c.paginate("trace_list", page_size=SIZE))
    assert type(error) is evalclients.ResponseDecodeError
    assert (error.status_code, error.continuation_token) == (200, "2")
    assert len(before) == 1
    assert server.violations == []


@MODES
async def test_message_errors_are_readable(langfuse: Callable[..., ListServer], mode: str) -> None:
    server, _ = listing(langfuse)
    body = {"message": "Invalid request data", "error": [{"path": ["limit"], "code": "too_big"}]}
    server.set_faults([status(400, body=body)])
    clock = Clock()
    async with client(mode, server, clock) as c:
        with pytest.raises(evalclients.BadRequestError) as info:
            await collect(c.paginate("trace_list", page_size=SIZE))
    assert info.value.body == body
    assert info.value.detail == "Invalid request data"
    assert len(server.requests) == 1 and clock.sleeps == []
    assert server.violations == []


@MODES
async def test_unknown_dataset_is_not_found(langfuse: Callable[..., ListServer], mode: str) -> None:
    server = langfuse()
    server.set_response("datasets_get", {"message": "Dataset not found"}, status=404)
    async with client(mode, server, Clock()) as c:
        with pytest.raises(evalclients.NotFoundError) as info:
            await call(c.call("datasets_get", dataset_name="nope"))
    assert info.value.detail == "Dataset not found"
    assert server.violations == []


# -- auth --------------------------------------------------------------------------------


@MODES
async def test_basic_auth_header_and_a_wrong_secret(
    langfuse: Callable[..., ListServer], mode: str
) -> None:
    server, _ = listing(langfuse, 3)
    clock = Clock()
    async with client(mode, server, clock) as c:
        await collect(c.paginate("trace_list", page_size=SIZE))
    assert [r.headers.get("authorization") for r in server.requests] == [f"Basic {BASIC}"] * 2
    server.reset()
    async with client(mode, server, clock, api_key="sk-lf-wrong") as c:
        assert "sk-lf-wrong" not in repr(c)
        with pytest.raises(evalclients.AuthenticationError) as info:
            await collect(c.paginate("trace_list", page_size=SIZE))
    assert info.value.status_code == 401
    assert "sk-lf-wrong" not in str(info.value)
    assert len(server.requests) == 1 and clock.sleeps == []
    assert [v.split(": ", 1)[1] for v in server.violations] == ["auth: Invalid API key"]


def test_a_missing_public_key_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGFUSE_PUBLIC_KEY", raising=False)
    with pytest.raises(evalclients.ConfigurationError) as info:
        evalclients.Client("langfuse", api_key=SECRET)
    assert "LANGFUSE_PUBLIC_KEY" in str(info.value) and SECRET not in str(info.value)


@MODES
async def test_keys_from_the_environment(
    langfuse: Callable[..., ListServer], mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, ids = listing(langfuse, 1)
    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", PUBLIC)
    monkeypatch.setenv("LANGFUSE_SECRET_KEY", SECRET)
    monkeypatch.setenv("LANGFUSE_BASE_URL", server.base_url)
    cls = evalclients.Client if mode == "sync" else evalclients.AsyncClient
    c = cls("langfuse", retry_policy=Clock().policy())
    try:
        assert [t.id for t in await collect(c.paginate("trace_list"))] == ids
    finally:
        await call(c.close())
    assert [r.headers.get("authorization") for r in server.requests] == [f"Basic {BASIC}"]
    assert server.violations == []


# -- the generated client ----------------------------------------------------------------


async def test_generated_api_is_retried_and_authenticated(
    langfuse: Callable[..., ListServer],
) -> None:
    server = langfuse()
    served = items_for(server, "datasets_list", 5)
    server.serve("datasets_list", MetaPages(served))
    server.set_faults([status(502)])
    clock = Clock()
    async with client("async", server, clock) as c:
        response = await datasets_list.asyncio_detailed(client=c.api, page=1, limit=SIZE)
    assert isinstance(response.parsed, PaginatedDatasets)
    assert [d.id for d in response.parsed.data] == [s["id"] for s in served[:SIZE]]
    assert (response.parsed.meta.total_items, response.parsed.meta.total_pages) == (5, 3)
    assert clock.sleeps == [0.5]
    assert [r.headers["authorization"] for r in server.requests] == [f"Basic {BASIC}"] * 2
    assert server.violations == []
