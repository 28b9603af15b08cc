"""The pager at hosted-API latency: fetch-ahead and overlap ratios, measured side by side.

A local threaded server answers every request after ``--delay`` seconds. For a page list
that reports its total (Humanloop style) and a cursor list (Phoenix style) of ``--pages``
pages, it times ``Client.paginate`` (default window 4, and ``concurrency=1``) against the
same number of sequential round trips made with plain httpx, and prints each ratio with its
min-max over ``--repeats``. Goals (issue 19): page list with a total <= 0.35x of the
sequential round trips; cursor list <= 1.10x of pages x RTT. A third line gives a cursor list
whose consumer spends one RTT per page: overlap brings it towards pages x RTT instead of
pages x 2 RTT. Usage: ``python -m scripts.pager_latency [--delay 0.04] [--pages 30]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

import evalclients

PER_PAGE = 10


class _Handler(BaseHTTPRequestHandler):
    delay = 0.04
    total = 300
    lock = threading.Lock()
    in_flight = 0
    most = 0  # the most requests in flight at once since the last reset

    def do_GET(self) -> None:
        with self.lock:
            _Handler.in_flight += 1
            _Handler.most = max(_Handler.most, _Handler.in_flight)
        time.sleep(self.delay)
        with self.lock:
            _Handler.in_flight -= 1
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path.endswith("/evaluations"):  # page list with a total
            page, size = int(query.get("page", 1)), int(query.get("size", PER_PAGE))
            start = (page - 1) * size
            items = [{"id": f"ev_{i}"} for i in range(start, min(start + size, self.total))]
            body: dict[str, Any] = {"records": items, "page": page, "size": size}
            body["total"] = self.total
        else:  # cursor list
            start, size = int(query.get("cursor", 0)), int(query.get("limit", PER_PAGE))
            end = min(start + size, self.total)
            body = {"data": [{"id": f"run_{i}"} for i in range(start, end)]}
            body["next_cursor"] = str(end) if end < self.total else None
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _timed(work: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    n = work()
    return time.perf_counter() - started, n


def main(argv: list[str] | None = None) -> None:
    """Print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--delay", type=float, default=0.04)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    _Handler.delay, _Handler.total = args.delay, args.pages * PER_PAGE
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    humanloop = evalclients.Client("humanloop", api_key="k", base_url=origin + "/v5")
    phoenix = evalclients.Client("phoenix", base_url=origin)
    plain = httpx.Client()

    pages: int = args.pages

    def sequential() -> int:
        for page in range(pages):
            plain.get(f"{origin}/v1/experiments/E/runs", params={"cursor": page * PER_PAGE})
        return pages

    def pages_with_total(concurrency: int) -> Callable[[], int]:
        return lambda: len(
            list(
                humanloop.paginate(
                    "list_evaluations",
                    file_id="f",
                    page_size=PER_PAGE,
                    raw=True,
                    concurrency=concurrency,
                )
            )
        )

    def cursor(concurrency: int, consume: float = 0.0) -> Callable[[], int]:
        def work() -> int:
            n = 0
            pager = phoenix.paginate(
                "list_experiment_runs",
                experiment_id="E",
                page_size=PER_PAGE,
                raw=True,
                concurrency=concurrency,
            )
            for page in pager.by_page():
                n += len(page.items)
                if consume:
                    time.sleep(consume)
            return n

        return work

    cases: list[tuple[str, Callable[[], int], float, str]] = [
        ("page list with a total, window 4", pages_with_total(4), 1.0, "<= 0.35x"),
        ("page list with a total, concurrency=1", pages_with_total(1), 1.0, "(was 1.04x)"),
        ("cursor list, overlap", cursor(4), 1.0, "<= 1.10x"),
        ("cursor list, concurrency=1", cursor(1), 1.0, "—"),
        ("cursor list, consumer 1 RTT/page, overlap", cursor(4, args.delay), 1.0, "→ ~1.0x"),
        ("cursor list, consumer 1 RTT/page, concurrency=1", cursor(1, args.delay), 1.0, "~2x"),
    ]
    ratios: dict[str, list[float]] = {name: [] for name, *_ in cases}
    most: dict[str, int] = {}
    floors: list[float] = []
    sequential()  # warm up connections
    for _ in range(args.repeats):
        floor, _n = _timed(sequential)
        floors.append(floor)
        for name, work, _scale, _goal in cases:
            _Handler.most = 0
            elapsed, items = _timed(work)
            most[name] = max(most.get(name, 0), _Handler.most)
            assert items == args.pages * PER_PAGE, f"{name}: {items} items"
            ratios[name].append(elapsed / floor)
    rtt = statistics.median(floors) / args.pages
    print(
        f"{args.pages} pages at {args.delay * 1000:.0f} ms per request; "
        f"{args.pages} sequential round trips (httpx): {statistics.median(floors):.3f} s "
        f"(RTT {rtt * 1000:.1f} ms), {args.repeats} repeats"
    )
    for name, _work, _scale, goal in cases:
        got = ratios[name]
        print(
            f"  {name:<50} {statistics.median(got):5.2f}x "
            f"[{min(got):.2f}–{max(got):.2f}]  goal {goal:<12} in flight <= {most[name]}"
        )
    humanloop.close()
    phoenix.close()
    plain.close()
    server.shutdown()


if __name__ == "__main__":
    main()
