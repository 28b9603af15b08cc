"""A connection that answered 5xx is not used again.

Servers often drop a kept-alive connection after a 5xx, and uvicorn (Phoenix) does so only
after logging the error, which under load can take longer than the pause before the next
write: that write, not safe to resend, then met a reset (``test_request_after_a_500_...`` of
the real-Phoenix suite failed so once, beside the long fuzz). A real local HTTP/1.1 server
here answers a 500 and keeps the connection open; the request after it must come on a new
connection, and a 2xx must keep its connection.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from evalclients_phoenix.models import CreateExperimentRequestBody

import evalclients


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: list[int] = []
        self.connections: list[tuple[str, int]] = []


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the connection stays open after each answer
    server: _Server

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.server.connections.append(self.client_address)
        status = self.server.script.pop(0)
        data = {"detail": "boom"} if status >= 500 else {"data": {"id": "e1", "dataset_id": "d"}}
        body = json.dumps(data).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _url(srv: _Server) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}"


def test_after_a_5xx_the_next_write_goes_on_a_new_connection(server: _Server) -> None:
    server.script = [201, 201, 500, 201]
    body = CreateExperimentRequestBody()
    with evalclients.Phoenix(base_url=_url(server), max_retries=0) as client:
        client.call("create_experiment", dataset_id="d", body=body)
        client.call("create_experiment", dataset_id="d", body=body)
        with pytest.raises(evalclients.InternalServerError):
            client.call("create_experiment", dataset_id="d", body=body)
        client.call("create_experiment", dataset_id="d", body=body)
    first, second, failed, after = server.connections
    assert first == second == failed  # kept alive while the answers are 2xx
    assert after != failed


async def test_async_after_a_5xx_the_next_write_goes_on_a_new_connection(server: _Server) -> None:
    server.script = [201, 500, 201]
    body = CreateExperimentRequestBody()
    async with evalclients.AsyncPhoenix(base_url=_url(server), max_retries=0) as client:
        await client.call("create_experiment", dataset_id="d", body=body)
        with pytest.raises(evalclients.InternalServerError):
            await client.call("create_experiment", dataset_id="d", body=body)
        await client.call("create_experiment", dataset_id="d", body=body)
    first, failed, after = server.connections
    assert first == failed and after != failed
