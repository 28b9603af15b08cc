"""Large and slow answers: a 50 MB page, a server that trickles bytes, a server that never
answers, a body larger than the facade accepts. Memory (tracemalloc) and time stay bounded,
and the errors say what happened (``APITimeoutError``, ``APIConnectionError``).
"""

from __future__ import annotations

import json
import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

import evalclients
import evalclients._guard
from tests.reliability._support import count

MB = 2**20


class RawServer:
    """A socket server whose answer is a function of the connection (bytes, pauses, silence)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.mode = "big"
        self.body = b""
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            try:
                data = b""
                while b"\r\n\r\n" not in data:
                    data += conn.recv(65536)
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                if self.mode == "never":
                    self.stop.wait(10)
                elif self.mode == "trickle":
                    conn.sendall(head + b"Content-Length: 100000\r\n\r\n")
                    for _ in range(100_000):
                        if self.stop.wait(0.02):
                            return
                        conn.sendall(b" ")
                elif self.mode == "endless":  # claims nothing, streams forever (chunked)
                    conn.sendall(head + b"Transfer-Encoding: chunked\r\n\r\n")
                    chunk = b"%x\r\n%s\r\n" % (MB, b" " * MB)
                    while not self.stop.is_set():
                        conn.sendall(chunk)
                else:
                    conn.sendall(head + b"Content-Length: %d\r\n\r\n" % len(self.body))
                    conn.sendall(self.body)
            except OSError:
                pass

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def raw() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.close()


def _client(origin: str, **kw: Any) -> evalclients.Client:
    return evalclients.Client("phoenix", base_url=origin, max_retries=0, **kw)


def _big_page(size: int) -> bytes:
    item = {
        "id": "",
        "experiment_id": "e",
        "dataset_example_id": "x",
        "repetition_number": 1,
        "start_time": "2025-01-01T00:00:00Z",
        "end_time": "2025-01-01T00:00:01Z",
        "output": "o" * 4000,
        "error": None,
        "trace_id": None,
    }
    n = size // (len(json.dumps(item)) + 10)
    items = [{**item, "id": f"run_{i:07d}"} for i in range(n)]
    return json.dumps({"data": items, "next_cursor": None}).encode()


def test_a_50_mb_page_is_read_with_bounded_memory_and_time(raw: RawServer) -> None:
    raw.body = _big_page(50 * MB)
    with _client(raw.origin, timeout=30) as client:
        tracemalloc.start()
        started = time.monotonic()
        try:
            page = next(iter(client.paginate("list_experiment_runs", experiment_id="e").by_page()))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        elapsed = time.monotonic() - started
    count("large: 50 MB pages", 1)
    count("large: items in 50 MB pages", len(page.items))
    count("large: peak MB traced while reading a 50 MB page", peak // MB)
    assert len(page.items) > 10_000 and page.items[-1].output.endswith("o")
    # body bytes + decoded JSON + typed models: a few times the body, never unbounded
    assert peak < 8 * len(raw.body), (
        f"peak {peak / MB:.0f} MB for a {len(raw.body) / MB:.0f} MB page"
    )
    assert elapsed < 30


def test_a_body_over_the_size_limit_is_refused_while_reading(
    raw: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evalclients._guard, "MAX_RESPONSE_BYTES", 8 * MB)
    for mode in ("big", "endless"):
        raw.mode = mode
        raw.body = _big_page(20 * MB)
        with _client(raw.origin, timeout=10) as client:
            tracemalloc.start()
            try:
                with pytest.raises(evalclients.APIConnectionError, match="larger than"):
                    client.call("get_experiment", experiment_id="e")
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
        count("large: bodies over the limit refused")
        assert peak < 4 * 8 * MB, f"{mode}: peak {peak / MB:.0f} MB"


def test_a_trickling_server_times_out(raw: RawServer) -> None:
    raw.mode = "trickle"  # a byte every 20 ms: no single read ever times out
    started = time.monotonic()
    with (
        _client(raw.origin, timeout=0.5) as client,
        pytest.raises(evalclients.APITimeoutError) as info,
    ):
        client.call("get_experiment", experiment_id="e")
    count("slow: trickling servers")
    assert time.monotonic() - started < 3
    assert "ReadTimeout" in str(info.value)


def test_a_server_that_never_answers_times_out(raw: RawServer) -> None:
    raw.mode = "never"
    started = time.monotonic()
    with (
        _client(raw.origin, timeout=0.3) as client,
        pytest.raises(evalclients.APITimeoutError) as info,
    ):
        list(client.paginate("list_experiment_runs", experiment_id="e"))
    count("slow: silent servers")
    assert time.monotonic() - started < 2
    assert info.value.continuation_token is None and "ReadTimeout" in str(info.value)


async def test_async_twin_has_the_same_bounds(
    raw: RawServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evalclients._guard, "MAX_RESPONSE_BYTES", 8 * MB)
    raw.mode = "endless"
    async with evalclients.AsyncClient(
        "phoenix", base_url=raw.origin, max_retries=0, timeout=5
    ) as client:
        with pytest.raises(evalclients.APIConnectionError, match="larger than"):
            await client.call("get_experiment", experiment_id="e")
    raw.mode = "trickle"
    started = time.monotonic()
    async with evalclients.AsyncClient(
        "phoenix", base_url=raw.origin, max_retries=0, timeout=0.5
    ) as client:
        with pytest.raises(evalclients.APITimeoutError):
            await client.call("get_experiment", experiment_id="e")
    count("slow: async bounds")
    assert time.monotonic() - started < 3
