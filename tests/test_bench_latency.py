"""The latency section's limits and the bench server's delayed answers (issue 19)."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from scripts import bench_latency as lat
from scripts.bench_server import Server, build_listings


def test_cursor_lists_are_limited_by_one_round_trip_per_page() -> None:
    style = lat.styles()["phoenix"]
    assert lat.kind(style) == "cursor"
    assert lat.window(style) == 1
    assert lat.limit_seconds(style, 0.05, pages=30) == pytest.approx(1.5)


def test_page_lists_with_a_total_are_limited_by_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    style = lat.styles()["humanloop"]
    assert lat.kind(style) == "page+total"
    monkeypatch.setattr(lat, "supports_concurrency", lambda: True)
    # The first page alone (it gives the total), then 29 pages four at a time: 1 + 8 trips.
    assert lat.limit_seconds(style, 0.04, pages=30) == pytest.approx(9 * 0.04)
    monkeypatch.setattr(lat, "supports_concurrency", lambda: False)
    assert lat.limit_seconds(style, 0.04, pages=30) == pytest.approx(30 * 0.04)


def test_the_bench_server_answers_under_a_delay_prefix_after_the_delay() -> None:
    server = Server(build_listings(300, 100, 1))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.port}"
    with httpx.Client(base_url=origin) as http:
        assert http.get("/v1/experiments/bench/runs").json()["next_cursor"] == "c000001"
        start = time.perf_counter()
        page = http.get(lat.prefix(60) + "/v1/experiments/bench/runs", params={"cursor": "c000001"})
        took = time.perf_counter() - start
    assert page.status_code == 200 and page.json()["next_cursor"] == "c000002"
    assert took >= 0.06
