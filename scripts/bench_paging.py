"""Paging workloads for scripts/bench: the facade against a plain httpx loop, per vendor style.

Each workload pages through one listing of the pre-rendered server (scripts/bench_server)
and returns the number of items it saw. ``floor`` is what any client has to do (the same
requests with the same httpx settings, ``json.loads``, follow the vendor's paging fields);
``typed`` and ``raw`` are ``Client.paginate`` yielding models or plain dicts.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import itertools
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from evalclients import AsyncClient, Client
from evalclients._defaults import LIMITS
from evalclients.client import USER_AGENT
from evalclients.pagination import lookup

PER_PAGE = 100
KEY = "bench-key"


@dataclass(frozen=True)
class Style:
    """One vendor's listing on the bench server, and how a plain loop follows it."""

    vendor: str
    prefix: str  # base URL path after the origin
    operation: str
    params: dict[str, Any]
    path: str  # for the plain loop, relative to the base URL
    auth: dict[str, str]


STYLES = {
    "phoenix": Style(
        "phoenix", "", "list_experiment_runs", {"experiment_id": "bench"},
        "/v1/experiments/bench/runs", {"Authorization": f"Bearer {KEY}"},
    ),
    "arize": Style(
        "arize", "", "list_experiment_runs", {"experiment_id": "bench"},
        "/v2/experiments/bench/runs", {"Authorization": f"Bearer {KEY}"},
    ),
    "humanloop": Style(
        "humanloop", "/v5", "list_evaluations", {"file_id": "pr_0001"},
        "/evaluations", {"X-API-KEY": KEY},
    ),
    "respan": Style(
        "respan", "/api/v2", "list_experiments", {},
        "/experiments/list/", {"Authorization": f"Bearer {KEY}"},
    ),
}  # fmt: skip


def facade(style: Style, origin: str, prefix: str = "") -> Client:
    """The facade's client for ``style`` on the bench server."""
    return Client(style.vendor, base_url=origin + prefix + style.prefix, api_key=KEY)


def plain(style: Style, origin: str, prefix: str = "") -> httpx.Client:
    """An httpx client with the facade's settings (limits, timeout, headers, no redirects)."""
    probe = facade(style, origin, prefix)
    try:
        timeout = probe.config.timeout
    finally:
        probe.close()
    return httpx.Client(
        base_url=origin + prefix + style.prefix,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT, **style.auth},
        transport=httpx.HTTPTransport(limits=LIMITS),
    )


def floor_pages(http: httpx.Client, style: Style) -> int:
    """Page through the listing with httpx and json.loads only; the number of items."""
    seen = 0
    vendor = style.vendor
    params: dict[str, Any] = {k: v for k, v in style.params.items() if k != "experiment_id"}
    if vendor in ("phoenix", "arize"):
        params["limit"] = PER_PAGE
        while True:
            response = http.get(style.path, params=params)
            response.raise_for_status()
            data = json.loads(response.content)
            if vendor == "phoenix":
                items, cursor = data["data"], data.get("next_cursor")
            else:
                items, paging = data["experiment_runs"], data["pagination"]
                cursor = paging.get("next_cursor") if paging.get("has_more") else None
            for _ in items:
                seen += 1
            if not cursor:
                return seen
            params["cursor"] = cursor
    size_param = "size" if vendor == "humanloop" else "page_size"
    page = 1
    while True:
        params.update({"page": page, size_param: PER_PAGE})
        response = http.get(style.path, params=params)
        response.raise_for_status()
        data = json.loads(response.content)
        items = data["records"] if vendor == "humanloop" else data["results"]
        for _ in items:
            seen += 1
        if vendor == "humanloop":
            done = not items or page * PER_PAGE >= data["total"]
        else:
            done = data["next"] is None
        if done:
            return seen
        page += 1


def facade_pages(client: Client, style: Style, raw: bool) -> int:
    """Page through the listing with ``client.paginate``; the number of items."""
    seen = 0
    for _ in client.paginate(style.operation, page_size=PER_PAGE, raw=raw, **style.params):
        seen += 1
    return seen


def parser(client: Client, style: Style, n_items: int) -> Callable[[], int]:
    """The generated models alone: parse pages already decoded (no HTTP, no JSON decoding).

    Holds the first 10 decoded pages and parses them in turn as many times as the listing
    has pages (hot caches: the least the models can cost).
    """
    op = client.vendor.operation(style.operation)
    path = (op.pagination or {"items": [""]})["items"][0]
    pager = client.paginate(style.operation, page_size=PER_PAGE, raw=True, **style.params)
    pages = [page.raw for page in itertools.islice(pager.by_page(), 10)]
    schedule = list(itertools.islice(itertools.cycle(pages), -(-n_items // PER_PAGE)))

    def run() -> int:
        seen = 0
        for data in schedule:
            parsed = op.module.parse_body(200, data)
            seen += len(lookup(parsed, path))
        return seen

    return run


def gc_frozen(run: Callable[[], int]) -> Callable[[], int]:
    """``run`` after ``gc.freeze()``: start-up objects no longer walked by each collection."""

    def frozen() -> int:
        gc.freeze()
        try:
            return run()
        finally:
            gc.unfreeze()

    return frozen


def workloads(origin: str, n_items: int) -> dict[str, dict[str, Callable[[], int]]]:
    """Per vendor: ``floor``, ``typed``, ``typed_seq`` (no page fetched ahead, as the floor),
    ``raw``, ``typed_frozen`` and ``parse`` callables (clients opened once, warm)."""
    out: dict[str, dict[str, Callable[[], int]]] = {}
    for name, style in STYLES.items():
        http = plain(style, origin)
        client = facade(style, origin)
        typed = functools.partial(facade_pages, client, style, False)
        one_at_a_time = client.with_options(concurrency=1)
        out[name] = {
            "floor": functools.partial(floor_pages, http, style),
            "typed": typed,
            "typed_seq": functools.partial(facade_pages, one_at_a_time, style, False),
            "raw": functools.partial(facade_pages, client, style, True),
            "typed_frozen": gc_frozen(typed),
            "parse": parser(client, style, n_items),
        }
    return out


# Memory (run in a child process: ``python -m scripts.bench_paging memory <origin> <pages>``)


def rss_bytes() -> int:
    """This process's resident set size (Linux /proc; else the peak from getrusage)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def memory(origin: str, pages: int) -> dict[str, Any]:
    """Page through ``pages`` pages of 100 typed Phoenix runs; RSS after each page."""
    rss: list[int] = []
    items = 0
    start = time.perf_counter()
    with Client("phoenix", base_url=origin) as client:
        pager = client.paginate("list_experiment_runs", experiment_id="big", page_size=PER_PAGE)
        for page in pager.by_page():
            items += len(page.items)
            rss.append(rss_bytes())
            if len(rss) >= pages:
                break
    return {"items": items, "pages": len(rss), "seconds": time.perf_counter() - start, "rss": rss}


# Async: four vendors at once, with a slow consumer


async def _consume(
    client: AsyncClient,
    style: Style,
    prefetch: int,
    work: float,
    max_pages: int,
    concurrency: int | None,
) -> int:
    seen = 0
    pager = client.paginate(
        style.operation,
        page_size=PER_PAGE,
        max_items=max_pages * PER_PAGE,
        prefetch=prefetch,
        concurrency=concurrency,
        raw=True,
        **style.params,
    )
    async for page in pager.by_page():
        seen += len(page.items)
        await asyncio.sleep(work)  # the consumer's own I/O per page (e.g. writing it out)
    return seen


async def concurrent(
    origin: str, prefetch: int, work: float, max_pages: int, concurrency: int | None = None
) -> int:
    """Page the four vendors' slow listings concurrently; the total number of items
    (``concurrency=None``: the client's fetch-ahead window; 1: each page on demand)."""
    clients = [
        AsyncClient(s.vendor, base_url=origin + "/slow" + s.prefix, api_key=KEY)
        for s in STYLES.values()
    ]
    try:
        counts = await asyncio.gather(
            *(
                _consume(c, s, prefetch, work, max_pages, concurrency)
                for c, s in zip(clients, STYLES.values(), strict=True)
            )
        )
    finally:
        for c in clients:
            await c.close()
    return sum(counts)


if __name__ == "__main__":
    if sys.argv[1] == "memory":
        print(json.dumps(memory(sys.argv[2], int(sys.argv[3]))))
