"""The paging section's style workloads: every style of the registry, each side sees every
item of the bench server's listing (the facade with a stand-in operation for offset and
next_url, which no vendor uses)."""

from __future__ import annotations

import threading

from evalclients.registry import get_vendor
from scripts import bench_styles
from scripts.bench_server import Server, build_listings


def test_every_side_of_every_style_sees_every_item() -> None:
    server = Server(build_listings(250, 100, 1))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    counts = {
        (name, side): run()
        for name, sides in bench_styles.workloads(f"http://127.0.0.1:{server.port}").items()
        for side, run in sides.items()
    }
    assert set(counts.values()) == {250}
    assert {case.style for case in bench_styles.CASES.values()} == {
        "cursor_body", "after_id", "page", "offset", "next_url"
    }  # fmt: skip
    assert len(counts) == 3 * 3 + 2 * 2  # typed only where a generated model exists


def test_the_vendor_cases_use_their_registry_styles() -> None:
    for case in bench_styles.CASES.values():
        if case.pagination is None:
            pagination = get_vendor(case.vendor).operation(case.operation).pagination
            assert pagination is not None
            style = pagination["style"]
            if pagination.get("cursor_in") == "body":
                style = "cursor_body"
            assert style == case.style
