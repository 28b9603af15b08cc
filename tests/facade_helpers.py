"""Shared helpers for the facade tests against the spec-driven fake servers (sync and async).

Tests are ``async def`` and parametrized over ``MODES`` (or take a module's ``listing``
fixture, made by ``listing_fixture`` for both twins); these helpers drive either twin, so one
test body covers ``ArizeAX`` and ``AsyncArizeAX`` alike.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest

import evalclients
from evalclients import APIError, AsyncItemPaged, Page
from tests.fakeserver import Fault, FaultPlan, SpecServer
from tests.fakeserver.vendors import SpecServerFactory
from tests.test_transport import Clock

__all__ = [
    "KEY",
    "MODES",
    "SLOW",
    "TIMEOUT",
    "Clock",
    "Items",
    "Listing",
    "assert_key_refused",
    "call",
    "collect",
    "collect_pages",
    "ids_in",
    "ids_of",
    "listing_fixture",
    "open_client",
    "pages_until_error",
]

KEY = "test-key"
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TIMEOUT = 1.0  # a client timeout for delay faults; a normal answer on a loaded machine fits
SLOW = 2.5  # a delayed answer: always past TIMEOUT

CLIENTS: dict[str, tuple[type[evalclients.Client], type[evalclients.AsyncClient]]] = {
    "arize": (evalclients.ArizeAX, evalclients.AsyncArizeAX),
    "humanloop": (evalclients.Humanloop, evalclients.AsyncHumanloop),
    "respan": (evalclients.Respan, evalclients.AsyncRespan),
    "phoenix": (evalclients.Phoenix, evalclients.AsyncPhoenix),
}


@asynccontextmanager
async def open_client(
    mode: str, vendor: str, server: SpecServer, clock: Clock, **options: Any
) -> AsyncIterator[Any]:
    """The vendor's named client (sync or async twin) for ``server``, closed afterwards."""
    sync_cls, async_cls = CLIENTS[vendor]
    options.setdefault("api_key", KEY)
    options.setdefault("retry_policy", clock.policy())
    if mode == "sync":
        with sync_cls(base_url=server.base_url, **options) as client:
            yield client
    else:
        async with async_cls(base_url=server.base_url, **options) as aclient:
            yield aclient


async def call(value: Any) -> Any:
    """A getter's result from either twin (awaits the async one)."""
    return await value if inspect.isawaitable(value) else value


async def collect(paged: Any) -> list[Any]:
    """Every item of an ``ItemPaged`` or ``AsyncItemPaged``."""
    if isinstance(paged, AsyncItemPaged):
        return [item async for item in paged]
    return list(paged)


async def collect_pages(paged: Any, token: str | None = None) -> list[Page[Any]]:
    """Every page of either twin's ``by_page(token)``."""
    if isinstance(paged, AsyncItemPaged):
        return [page async for page in paged.by_page(token)]
    return list(paged.by_page(token))


async def pages_until_error(
    paged: Any, token: str | None = None
) -> tuple[list[Page[Any]], APIError]:
    """The pages yielded before ``by_page(token)`` raised, and the error it raised."""
    got: list[Page[Any]] = []
    try:
        if isinstance(paged, AsyncItemPaged):
            async for page in paged.by_page(token):
                got.append(page)
        else:
            for page in paged.by_page(token):
                got.append(page)
    except APIError as exc:
        return got, exc
    raise AssertionError(f"no error after {len(got)} pages")


Items = list[dict[str, Any]]
Lister = Callable[[Any], Any]  # a client -> its ItemPaged or AsyncItemPaged
E = TypeVar("E", bound=APIError)


def ids_of(objects: list[Any]) -> list[str]:
    """The ``id`` of every typed item."""
    return [obj.id for obj in objects]


def ids_in(pages: list[Page[Any]]) -> list[str]:
    """The ``id`` of every typed item on ``pages``, in order."""
    return [obj.id for page in pages for obj in page.items]


def assert_key_refused(
    error: APIError, server: SpecServer, clock: Clock, detail: str = "Invalid API key"
) -> None:
    """A 401 with ``detail`` on the first request, not retried, and the server saw why."""
    assert (error.status_code, error.detail) == (401, detail)
    assert len(server.requests) == 1 and clock.sleeps == []
    assert [v.split(": ", 1)[1] for v in server.violations] == [f"auth: {detail}"]


@dataclass
class Listing:
    """One vendor's listing under test: its server, the items served, one twin (``mode``).

    ``lister`` makes the pager from a client (``lambda c: c.experiment_runs(EXP, page_size=3)``);
    each method may be given another. Every method opens a fresh client on ``server`` with
    ``clock``'s retry policy (``options`` go to the client) and closes it before returning.
    """

    mode: str
    vendor: str
    server: SpecServer
    items: Items
    lister: Lister
    clock: Clock = field(default_factory=Clock)

    @property
    def ids(self) -> list[str]:
        """The ids of the served items, in order."""
        return [item["id"] for item in self.items]

    def fail(self, *faults: Fault) -> None:
        """Plan ``faults`` on the server."""
        self.server.faults = FaultPlan(list(faults))

    def client(self, **options: Any) -> AbstractAsyncContextManager[Any]:
        return open_client(self.mode, self.vendor, self.server, self.clock, **options)

    async def all(self, lister: Lister | None = None, **options: Any) -> list[Any]:
        """Every item of the listing."""
        async with self.client(**options) as client:
            return await collect((lister or self.lister)(client))

    async def pages(
        self, lister: Lister | None = None, token: str | None = None, **options: Any
    ) -> list[Page[Any]]:
        """Every page of the listing (from ``token``)."""
        async with self.client(**options) as client:
            return await collect_pages((lister or self.lister)(client), token)

    async def error(self, expected: type[E], lister: Lister | None = None, **options: Any) -> E:
        """The ``expected`` error that listing raises."""
        async with self.client(**options) as client:
            with pytest.raises(expected) as info:
                await collect((lister or self.lister)(client))
        return info.value

    async def pages_until_error(
        self, lister: Lister | None = None, token: str | None = None, **options: Any
    ) -> tuple[list[Page[Any]], APIError]:
        """The pages yielded before the listing (from ``token``) raised, and the error."""
        async with self.client(**options) as client:
            return await pages_until_error((lister or self.lister)(client), token)

    async def resumed_after_error(
        self, at_error: Callable[[APIError], None] | None = None, **options: Any
    ) -> tuple[list[Page[Any]], APIError, list[Page[Any]]]:
        """The pages before the listing raised, the error, and the pages got by resuming
        from its ``continuation_token`` on the same pager; ``at_error`` checks the state
        at the moment of the error, before the resume."""
        async with self.client(**options) as client:
            paged = self.lister(client)
            before, error = await pages_until_error(paged)
            if at_error is not None:
                at_error(error)
            rest = await collect_pages(paged, error.continuation_token)
        return before, error, rest


def listing_fixture(serve: Callable[[SpecServerFactory, str], Listing]) -> Any:
    """A module's ``listing`` fixture: ``serve(spec_server, mode)`` for each twin (ids
    ``sync`` and ``async``, as ``MODES`` gives)."""

    @pytest.fixture(params=["sync", "async"])
    def listing(spec_server: SpecServerFactory, request: pytest.FixtureRequest) -> Listing:
        return serve(spec_server, request.param)

    return listing
