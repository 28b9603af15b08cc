"""Latency workloads for scripts/bench: listings at hosted-API round trips, against their limit.

The bench server answers under ``/delay/<ms>`` after that many milliseconds. For a list of
``pages`` pages, nothing can beat its physical limit, computed from the round trip measured
in the same repeat (one request of one page):

- cursor lists: ``pages x RTT`` (each page names the next, so the requests are sequential);
- page lists that report their total: ``(1 + ceil((pages - 1) / window)) x RTT`` with the
  pager's fetch-ahead window (the first page comes alone to learn the total, the rest
  ``window`` at a time; ``pages x RTT / window`` when the first page is not counted). A build
  whose ``paginate`` has no ``concurrency=`` fetches one page at a time: its window is 1.

Whatever the pager does, the section measures it: the ratio to the limit says how close it
is, the ratio to ``pages x RTT`` says what fetching ahead gained.
"""

from __future__ import annotations

import inspect
import math
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

from evalclients import Client
from evalclients.registry import get_vendor
from scripts.bench_paging import PER_PAGE, STYLES, Style, facade, plain

PAGES = 30
PAGE_SIZE = PER_PAGE  # items per page, as in the paging section
WINDOW = 4  # the fetch-ahead window asked for (issue 19's default)
DELAYS_MS = (20, 50, 100)


def prefix(delay_ms: int) -> str:
    """The bench server's path prefix for answers after ``delay_ms``."""
    return f"/delay/{delay_ms}"


def supports_concurrency() -> bool:
    """Whether this build's ``Client.paginate`` takes ``concurrency=`` (fetch-ahead)."""
    return "concurrency" in inspect.signature(Client.paginate).parameters


def kind(style: Style) -> str:
    """``"cursor"`` or ``"page+total"`` (a page list whose total is known after page one)."""
    pagination = get_vendor(style.vendor).operation(style.operation).pagination
    assert pagination is not None
    if pagination["style"] == "page" and pagination.get("total"):
        return "page+total"
    return "cursor"


def window(style: Style) -> int:
    """Requests in flight the pager may use for ``style`` in this build."""
    return WINDOW if kind(style) == "page+total" and supports_concurrency() else 1


def limit_seconds(style: Style, rtt: float, pages: int = PAGES) -> float:
    """The physical limit of listing ``pages`` pages at round trip ``rtt`` (module doc)."""
    if kind(style) == "cursor":
        return pages * rtt
    return (1 + math.ceil((pages - 1) / window(style))) * rtt


def listing(origin: str, style: Style, delay_ms: int) -> Callable[[], int]:
    """Page through the whole listing with the facade at ``delay_ms``; the item count."""
    client = facade(style, origin, prefix(delay_ms))
    extra: dict[str, Any] = {"concurrency": WINDOW} if window(style) > 1 else {}

    def run() -> int:
        seen = 0
        for _ in client.paginate(style.operation, page_size=PER_PAGE, **style.params, **extra):
            seen += 1
        return seen

    return run


def round_trip(origin: str, style: Style, delay_ms: int) -> Callable[[], float]:
    """One page requested alone over a warm connection (median of three); seconds."""
    http = plain(style, origin, prefix(delay_ms))
    params: dict[str, Any] = {k: v for k, v in style.params.items() if k != "experiment_id"}
    params["limit" if kind(style) == "cursor" else "page"] = (
        PER_PAGE if kind(style) == "cursor" else 1
    )
    http.get(style.path, params=params).raise_for_status()  # open the connection

    def run() -> float:
        samples = []
        for _ in range(3):
            start = time.perf_counter()
            response: httpx.Response = http.get(style.path, params=params)
            response.raise_for_status()
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    return run


def measure(origin: str, style: Style, delay_ms: int, repeats: int) -> dict[str, list[float]]:
    """Per repeat: the listing's wall time, the round trip and the limit it implies."""
    run, rtt = listing(origin, style, delay_ms), round_trip(origin, style, delay_ms)
    expected = PAGES * PER_PAGE
    if (got := run()) != expected:  # warm up, and check every item arrives
        raise SystemExit(f"latency {style.vendor} {delay_ms} ms: {got} items, expected {expected}")
    out: dict[str, list[float]] = {"listing": [], "rtt": [], "limit": [], "sequential": []}
    for r in range(repeats):
        if r % 2:
            trip = rtt()
        start = time.perf_counter()
        run()
        out["listing"].append(time.perf_counter() - start)
        if not r % 2:
            trip = rtt()
        out["rtt"].append(trip)
        out["limit"].append(limit_seconds(style, trip))
        out["sequential"].append(PAGES * trip)
    return out


def styles() -> dict[str, Style]:
    """The four vendor styles of scripts/bench_paging (two cursor lists, two page lists)."""
    return dict(STYLES)
