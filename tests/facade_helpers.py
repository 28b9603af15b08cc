"""Shared helpers for the facade tests against the spec-driven fake servers (sync and async).

Tests are ``async def`` and parametrized over ``MODES``; these helpers drive either twin, so
one test body covers ``ArizeAX`` and ``AsyncArizeAX`` alike.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

import evalclients
from evalclients import APIError, AsyncItemPaged, Page
from tests.fakeserver import SpecServer
from tests.test_transport import Clock

__all__ = [
    "KEY",
    "MODES",
    "Clock",
    "call",
    "collect",
    "collect_pages",
    "open_client",
    "pages_until_error",
]

KEY = "test-key"
MODES = pytest.mark.parametrize("mode", ["sync", "async"])

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
