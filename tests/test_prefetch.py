"""AsyncItemPaged prefetch: pages ahead, in order, errors in place, no runaway fetching."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from evalclients.errors import APIError
from evalclients.pagination import MISSING, AsyncItemPaged, Walker

SPEC: Any = {
    "style": "cursor",
    "items": ["data"],
    "cursor_param": "cursor",
    "limit_param": "limit",
    "next_cursor": ["next_cursor"],
}


class Server:
    """Serves ``pages`` pages of 3 items; logs when each fetch starts; can fail one page."""

    def __init__(self, pages: int, fail_on: int | None = None) -> None:
        self.pages = pages
        self.fail_on = fail_on
        self.log: list[str] = []

    async def fetch(self, params: dict[str, Any]) -> tuple[Any, Any]:
        n = int(params.get("cursor", "0"))
        self.log.append(f"fetch {n}")
        await asyncio.sleep(0)
        if n == self.fail_on:
            raise APIError(f"page {n} failed")
        nxt = str(n + 1) if n + 1 < self.pages else None
        return {"data": [f"{n}.{i}" for i in range(3)], "next_cursor": nxt}, MISSING

    def pager(self, prefetch: int) -> AsyncItemPaged[str]:
        return AsyncItemPaged(
            self.fetch, lambda tok: Walker(SPEC, {}, continuation_token=tok), prefetch=prefetch
        )


@pytest.mark.parametrize("prefetch", [0, 1, 3])
async def test_items_arrive_in_order_whatever_the_prefetch(prefetch: int) -> None:
    server = Server(6)
    items = [item async for item in server.pager(prefetch)]
    assert items == [f"{n}.{i}" for n in range(6) for i in range(3)]
    assert server.log == [f"fetch {n}" for n in range(6)]


async def test_the_next_page_is_fetched_while_the_current_one_is_handled() -> None:
    async def consume(server: Server, prefetch: int) -> None:
        async for page in server.pager(prefetch).by_page():
            n = page.items[0].split(".")[0]
            await asyncio.sleep(0.01)  # a slow consumer: a prefetching producer runs meanwhile
            server.log.append(f"done {n}")

    ahead, sequential = Server(4), Server(4)
    await consume(ahead, 1)
    await consume(sequential, 0)
    for n in range(3):
        assert ahead.log.index(f"fetch {n + 1}") < ahead.log.index(f"done {n}")
        assert sequential.log.index(f"fetch {n + 1}") > sequential.log.index(f"done {n}")


async def test_an_error_arrives_after_the_pages_before_it_with_its_token() -> None:
    server = Server(6, fail_on=3)
    got: list[str] = []
    with pytest.raises(APIError, match="page 3 failed") as info:
        async for item in server.pager(2):
            got.append(item)
    assert got == [f"{n}.{i}" for n in range(3) for i in range(3)]
    assert info.value.continuation_token == "3"


async def test_stopping_early_fetches_at_most_prefetch_pages_more() -> None:
    server = Server(50)
    pager = server.pager(2).by_page()
    seen = 0
    async for _page in pager:
        seen += 1
        if seen == 3:
            break
    await pager.aclose()
    await asyncio.sleep(0.01)
    fetched = len([e for e in server.log if e.startswith("fetch")])
    assert seen == 3 and fetched <= seen + 2


async def test_negative_prefetch_is_refused() -> None:
    with pytest.raises(ValueError):
        Server(1).pager(-1)
