"""Writes are not repeated behind the caller's back: a POST or PATCH is sent once, whatever
goes wrong, unless the registry declares it safe to retry (``retry_post``); a declared-safe
retry that meets ``409 already exists`` raises ``ConflictError``. A real local server
counts the writes it received: it reads the whole request, then resets the connection
before answering (the write happened; the client cannot know), then answers 409 or 503.
"""

from __future__ import annotations

import inspect
import socket
import struct
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import evalclients
from evalclients import RetryPolicy
from evalclients.registry import get_vendor
from tests.fakeserver import make_example
from tests.fakeserver.vendors import cached_spec
from tests.reliability._support import count

VENDORS = ("arize", "phoenix", "humanloop", "respan")
WRITES = [
    (vendor, name)
    for vendor in VENDORS
    for name, op in sorted(get_vendor(vendor).operations.items())
    if op.method in ("POST", "PATCH")
]


class WriteCounter(ThreadingHTTPServer):
    """Answers each request per ``script`` (``reset`` or a status); counts what it received."""

    daemon_threads = True

    def __init__(self) -> None:
        self.script: list[str | int] = []
        self.received: list[tuple[str, str, bytes]] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)
        threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: WriteCounter

    def log_message(self, *args: Any) -> None:
        """Quiet."""

    def _any(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with self.server.lock:
            self.server.received.append((self.command, self.path, body))
            action = (
                self.server.script.pop(0) if len(self.server.script) > 1 else self.server.script[0]
            )
        if action == "reset":  # the write is done; the answer never comes
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        status = int(action)
        payload = b'{"detail": "Experiment run already exists"}' if status == 409 else b"{}"
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_POST = do_PATCH = do_PUT = do_GET = do_DELETE = _any


@pytest.fixture(scope="module")
def server() -> Iterator[WriteCounter]:
    srv = WriteCounter()
    yield srv
    srv.shutdown()
    srv.server_close()


def _arguments(vendor: str, name: str) -> dict[str, Any]:
    """Arguments for a write: ids, and a body built from the spec's request schema."""
    op = get_vendor(vendor).operation(name)
    spec = cached_spec(vendor)
    raw = spec["paths"][op.path][op.method.lower()]
    args: dict[str, Any] = {}
    for pname, param in inspect.signature(op.module.build_request).parameters.items():
        if pname == "body":
            content = raw["requestBody"]["content"]
            media = next(m for m in content if "json" in m)
            data = make_example(spec, content[media]["schema"])
            kinds = getattr(param.annotation, "__args__", (param.annotation,))
            model = next(k for k in kinds if hasattr(k, "from_dict"))
            args["body"] = model.from_dict(data)
        elif param.default is inspect.Parameter.empty:
            args[pname] = f"{pname}-1"
    return args


def _client(vendor: str, origin: str) -> evalclients.Client:
    return evalclients.Client(
        vendor,
        api_key="write-key",
        base_url=origin,
        max_retries=3,
        timeout=5,
        retry_policy=RetryPolicy(sleep=lambda _: None),
    )


@pytest.mark.parametrize("failure", ["reset", 503, 429])
@pytest.mark.parametrize(("vendor", "name"), WRITES, ids=[f"{v}.{n}" for v, n in WRITES])
def test_a_write_is_sent_once_unless_declared_safe(
    server: WriteCounter, vendor: str, name: str, failure: str | int
) -> None:
    op = get_vendor(vendor).operation(name)
    args = _arguments(vendor, name)
    with server.lock:
        server.received.clear()
        server.script = [failure, 409 if op.retry_post else 201]
    with _client(vendor, server.origin) as client, pytest.raises(evalclients.APIError) as info:
        client.call(name, **args)
    writes = [r for r in server.received if r[0] == op.method]
    count(f"writes: {vendor}.{name} (retry_post={op.retry_post})")
    if op.retry_post:
        # retried once, and the server's "already exists" is reported as what it is
        assert len(writes) == 2, writes
        assert isinstance(info.value, evalclients.ConflictError), info.value
        assert "already exists" in str(info.value)
        assert writes[0][2] == writes[1][2]  # the same body both times
    else:
        assert len(writes) == 1, f"{vendor}.{name} was sent {len(writes)} times"
        expected = (
            evalclients.APIConnectionError if failure == "reset" else evalclients.APIStatusError
        )
        assert isinstance(info.value, expected), info.value
        assert info.value.method == op.method
