"""API keys never show: not in repr/str, exception messages, log records at any level
(root, httpx and httpcore at DEBUG, real requests through the facade), tracebacks (also
with captured locals); never sent to another origin after a redirect; never sent over
plain http off loopback unless the caller says so.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import evalclients
from tests.fakeserver import reset, status
from tests.fakeserver.vendors import vendor_server
from tests.reliability._support import count

SECRET = "sk-live-3f9a8Zq7-NEVER-SHOW"
AUTH = {"arize": "bearer", "phoenix": "bearer", "humanloop": "header", "respan": "bearer"}
CALLS = {
    "arize": ("list_experiment_runs", {"experiment_id": "e1"}),
    "phoenix": ("list_experiment_runs", {"experiment_id": "e1"}),
    "humanloop": ("list_evaluations", {"file_id": "f1"}),
    "respan": ("list_experiments", {}),
}


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.text: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.text.append(self.format(record) + repr(record.args) + repr(record.__dict__))


@pytest.fixture
def debug_logs() -> Iterator[Capture]:
    capture = Capture()
    root = logging.getLogger()
    loggers = [root, logging.getLogger("httpx"), logging.getLogger("httpcore")]
    levels = [lg.level for lg in loggers]
    root.addHandler(capture)
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
    yield capture
    root.removeHandler(capture)
    for lg, level in zip(loggers, levels, strict=True):
        lg.setLevel(level)


def _everything_shown(exc: BaseException) -> str:
    plain = "".join(traceback.format_exception(exc))
    with_locals = "".join(
        traceback.TracebackException.from_exception(exc, capture_locals=True).format()
    )
    return f"{exc!s}{exc!r}{plain}{with_locals}{getattr(exc, 'body', '')!r}"


@pytest.mark.parametrize("vendor", list(CALLS))
def test_keys_stay_out_of_reprs_errors_logs_and_tracebacks(
    vendor: str, debug_logs: Capture
) -> None:
    server = vendor_server(vendor, api_key=SECRET)
    name, params = CALLS[vendor]
    try:
        path_params = params if vendor in ("arize", "phoenix") else None
        server.add_collection(name, server.make_items(name, 3), path_params=path_params)
        client = evalclients.Client(
            vendor, api_key=SECRET, base_url=server.base_url, timeout=5, max_retries=1
        )
        shown = [
            repr(client),
            str(client),
            repr(client.config),
            str(client.config),
            repr(client.api),
        ]
        shown += [repr(client.with_options(timeout=1)), repr(client._http), repr(vars(client))]
        assert len(list(client.paginate(name, **params))) == 3  # a successful listing, logged
        # errors: 401 echoing the key, a reset then a 500, plain 500s
        server.set_faults(
            [
                status(401, body={"detail": f"bad key {SECRET}"}),
                reset(),
                status(500, body=f"<html>{SECRET}</html>", content_type="text/html").repeat(2),
            ]
        )
        for _ in range(2):
            with pytest.raises(evalclients.APIError) as info:
                list(client.paginate(name, **params))
            shown.append(_everything_shown(info.value))
        client.close()
        shown += debug_logs.text
        count("secrets: log records inspected", len(debug_logs.text))
        count(
            "secrets: reprs, messages and tracebacks inspected", len(shown) - len(debug_logs.text)
        )
        assert any("httpcore" in line for line in debug_logs.text), "DEBUG logging did not run"
        leaks = [s for s in shown if SECRET in s]
        assert not leaks, leaks[0][:3000]
    finally:
        server.stop()
        _ = server.violations


class _Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, location: str | None) -> None:
        self.location = location
        self.seen: list[dict[str, str]] = []
        super().__init__(("127.0.0.1", 0), _RecordHandler)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _RecordHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Recorder

    def log_message(self, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        self.server.seen.append({k.lower(): v for k, v in self.headers.items()})
        if self.server.location is not None:
            self.send_response(302)
            self.send_header("Location", self.server.location + self.path)
            body = b""
        else:
            self.send_response(200)
            body = b'{"data": [], "next_cursor": null, "runs": [], "records": [], "total": 0, "page": 1, "size": 10, "results": [], "count": 0, "next": null, "experiment_runs": [], "pagination": {"has_more": false}}'
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def _serving(server: _Recorder) -> Iterator[_Recorder]:
    import threading

    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    ).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("vendor", list(CALLS))
def test_a_redirect_to_another_origin_does_not_carry_the_key(vendor: str) -> None:
    with _serving(_Recorder(None)) as other, _serving(_Recorder(other.origin)) as home:
        http = httpx.Client(follow_redirects=True, timeout=5)
        client = evalclients.Client(vendor, api_key=SECRET, base_url=home.origin, http_client=http)
        name, params = CALLS[vendor]
        list(client.paginate(name, **params))
        http.close()
    count("secrets: cross-origin redirects")
    assert len(home.seen) == 1 and len(other.seen) == 1
    assert SECRET in " ".join(home.seen[0].values())  # the configured origin gets the key
    assert SECRET not in repr(other.seen[0]), other.seen[0]  # the other port never does
    assert "authorization" not in other.seen[0] and "x-api-key" not in other.seen[0]


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1",
        "http://api.example.com",
        "http://localhost.evil.com",
        "http://127.0.0.1.nip.io",
        "http://[::ffff:10.0.0.1]",
        "http://0.0.0.0",
        "http://169.254.169.254",
    ],
)
def test_plain_http_off_loopback_is_refused_with_a_key(url: str) -> None:
    count("secrets: insecure base URLs refused")
    with pytest.raises(evalclients.ConfigurationError) as info:
        evalclients.Client("respan", api_key=SECRET, base_url=url)
    assert SECRET not in str(info.value)
    client = evalclients.Client("respan", api_key=SECRET, base_url=url, allow_insecure_http=True)
    assert SECRET not in repr(client)
    client.close()
