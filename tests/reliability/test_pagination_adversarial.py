"""Adversarial list servers for every pagination style (issue 15's fuzz bar).

Servers that cap page sizes in silence (declared in the registry or not), repeat items under
fresh cursors, cycle back to an earlier cursor or link, drop their cursor / has-more / link /
total field, or fail a page: every listing returns exactly the server's items, or raises, or
warns over a clean prefix. Zero silent truncations, zero endless loops (a request budget of
3 per item turns a loop into a failure), sync and async, with and without fetch-ahead.
``make fuzz`` runs 3,000 random cases with lists of up to 2,000 items.
"""

from __future__ import annotations

import asyncio

from hypothesis import given
from hypothesis import strategies as st

from tests.pagination_servers import STYLES, StyleServer, acollect, check_outcome, collect
from tests.reliability._support import LONG, count, fuzz_settings

MAX_ITEMS = 2_000 if LONG else 120


@st.composite
def servers(draw: st.DrawFn) -> tuple[StyleServer, int, int, bool]:
    """A server with up to two faults, a page size, a window and a twin."""
    n = draw(st.integers(0, MAX_ITEMS))
    style = draw(st.sampled_from(STYLES))
    page_size = draw(st.integers(1, 40))
    cap = draw(st.none() | st.integers(1, 40))
    fault = draw(st.sampled_from(["none", "repeat", "cycle", "drop", "fail"]))
    at = draw(st.integers(1, 8))
    server = StyleServer(
        n,
        style,
        cap=cap,
        declare_cap=draw(st.booleans()),
        repeat_from=at + 1 if fault == "repeat" else None,
        cycle_at=at + 1 if fault == "cycle" else None,
        drop_from=at if fault == "drop" else None,
        fail_at=at if fault == "fail" else None,
    )
    return server, page_size, draw(st.sampled_from([1, 2, 4])), draw(st.booleans())


@fuzz_settings(ci=300, long=3_000)
@given(servers())
def test_no_silent_truncation_and_no_endless_loop(case: tuple[StyleServer, int, int, bool]) -> None:
    server, page_size, concurrency, use_async = case
    if use_async:
        out = asyncio.run(acollect(server, concurrency=concurrency, page_size=page_size))
    else:
        out = collect(server, concurrency=concurrency, page_size=page_size)
    outcome = check_outcome(server, out)
    count(f"adversarial listings: {outcome}")
    count("adversarial listings: items", len(out.ids))
    count("adversarial listings: requests", out.requests)
    fault_free = not (server.repeat_from or server.cycle_at or server.drop_from or server.fail_at)
    if fault_free:
        assert outcome == "complete", f"{server.style}: {outcome} without a fault"
    if server.repeat_from is not None and outcome == "error":
        # stopped within two pages that made no progress (plus the pages fetched ahead)
        assert out.requests <= server.repeat_from + 1 + concurrency
