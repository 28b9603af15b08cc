"""SpecServer: a local HTTP server that answers from an OpenAPI spec, validates every
exchange, pages registered data in the vendor's style and injects planned faults."""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.fakeserver.examples import make_example, make_items
from tests.fakeserver.faults import PAGING, REPLACING, Fault, FaultPlan
from tests.fakeserver.log import RecordedRequest
from tests.fakeserver.paging import BadPageRequest, Collection
from tests.fakeserver.replies import JSON, Reply, VendorStyle, style_for
from tests.fakeserver.spec import Operation, SpecIndex
from tests.fakeserver.validation import Problem, SpecValidator

DEFAULT_KEY = "test-key"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes; without this, delayed ACKs cost 40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True

    def _dispatch(self) -> None:
        self.server.app._serve(self)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _dispatch

    def read_body(self) -> bytes:
        """The request body (Content-Length or chunked)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, app: SpecServer, host: str) -> None:
        self.app = app
        self.connections: set[socket.socket] = set()
        self.conn_lock = threading.Lock()
        super().__init__((host, 0), _Handler)

    def track(self, conn: socket.socket, *, add: bool) -> None:
        with self.conn_lock:
            (self.connections.add if add else self.connections.discard)(conn)

    def drop_all(self) -> None:
        with self.conn_lock:
            conns = list(self.connections)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class SpecServer:
    """A real HTTP server on 127.0.0.1 that serves one vendor's spec.

    ``vendor_style`` names how errors look (phoenix, arize, humanloop, respan).
    ``registry`` is the vendor's entry from specs/vendors.toml (pagination per operation,
    auth). ``prefix`` defaults to the path of the spec's first server URL. ``api_key`` is
    the credential the server expects (``None``: any value).
    """

    def __init__(
        self,
        spec: dict[str, Any],
        *,
        vendor_style: str | VendorStyle = "phoenix",
        registry: dict[str, Any] | None = None,
        prefix: str | None = None,
        api_key: str | None = DEFAULT_KEY,
        auth_required: bool | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.spec = spec
        self.index = SpecIndex(spec)
        self.style = style_for(vendor_style)
        self.registry = registry or {}
        self.prefix = (self.index.server_prefix if prefix is None else prefix).rstrip("/")
        self.api_key = api_key
        if auth_required is None and "auth" in self.registry:
            auth_required = bool(self.registry["auth"].get("required", True))
        self.auth_required = auth_required
        self.host = host
        self.validator = SpecValidator.shared(spec, self.prefix)
        self.faults = FaultPlan()
        self._lock = threading.RLock()
        self._log: list[RecordedRequest] = []
        self._violations: list[str] = []
        self._violations_read = 0
        self._collections: dict[str, list[Collection]] = {}
        self._responses: dict[str, list[tuple[dict[str, str] | None, Reply]]] = {}
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> SpecServer:
        """Bind a free port and serve in a background thread."""
        if self._httpd is None:
            self._httpd = _HTTPServer(self, self.host)
            self._thread = threading.Thread(
                target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and drop open connections."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.drop_all()
            self._httpd.server_close()
            self._httpd = None
            self._thread = None

    def __enter__(self) -> SpecServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:PORT``."""
        if self._httpd is None:
            raise RuntimeError("server not started")
        return f"http://{self.host}:{self._httpd.server_address[1]}"

    @property
    def base_url(self) -> str:
        """The URL a client uses as its base URL (origin + prefix)."""
        return self.origin + self.prefix

    # -- state -----------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of the request log."""
        with self._lock:
            return list(self._log)

    @property
    def violations(self) -> list[str]:
        """Spec violations seen so far (reading them counts as checking them)."""
        with self._lock:
            self._violations_read = len(self._violations)
            return list(self._violations)

    @property
    def unchecked_violations(self) -> list[str]:
        """Violations recorded after the last read of ``violations``."""
        with self._lock:
            return self._violations[self._violations_read :]

    def reset(self) -> None:
        """Forget the request log, violations and faults (registered data stays)."""
        with self._lock:
            self._log.clear()
            self._violations.clear()
            self._violations_read = 0
            self.faults = FaultPlan()

    def set_faults(self, faults: Iterable[Fault]) -> FaultPlan:
        """Replace the fault plan."""
        self.faults = FaultPlan(faults)
        return self.faults

    def violate(self, message: str) -> None:
        """Record a violation."""
        with self._lock:
            self._violations.append(message)

    # -- data ------------------------------------------------------------------------

    def operation(self, name: str) -> Operation:
        """An operation by operationId or generated name."""
        return self.index.operation(name)

    def pagination(self, op: Operation) -> dict[str, Any] | None:
        """The registry's pagination entry for an operation."""
        entry = self.registry.get("operations", {}).get(op.name) or {}
        pagination = entry.get("pagination")
        return dict(pagination) if pagination else None

    def make_items(self, target: str, n: int, seed: int = 0, **kw: Any) -> list[dict[str, Any]]:
        """Valid items for a list operation or schema (see ``examples.make_items``)."""
        return make_items(self.index, target, n, seed, **kw)

    def add_collection(
        self,
        operation_id: str,
        items: list[dict[str, Any]],
        *,
        pagination: dict[str, Any] | None = None,
        path_params: dict[str, str] | None = None,
        **options: Any,
    ) -> Collection:
        """Serve ``items`` from a list operation, paged in the registry's style.

        ``options``: items_key ("" for a bare array), cursor_field, has_more_field,
        omit_null_cursor, default_limit, max_limit, envelope (cursor/records/drf/bare/none),
        validate.
        """
        op = self.operation(operation_id)
        pag = pagination or self.pagination(op)
        if pag is None:
            raise ValueError(f"{op.name}: no pagination in the registry; pass pagination=")
        coll = Collection(self.index, op, list(items), pag, path_params, **options)
        with self._lock:
            self._collections.setdefault(op.operation_id, []).insert(0, coll)
        return coll

    def set_response(
        self,
        operation_id: str,
        body: Any,
        status: int = 200,
        path_params: dict[str, str] | None = None,
        *,
        headers: dict[str, str] | None = None,
        content_type: str | None = None,
        validate: bool = True,
    ) -> None:
        """Answer an operation with ``body`` (dict/list as JSON, str, bytes, None: empty)."""
        op = self.operation(operation_id)
        if isinstance(body, (dict, list)):
            reply = Reply.json(body, status, content_type or JSON)
        elif body is None:
            reply = Reply(status, b"", content_type)
        else:
            raw = body.encode() if isinstance(body, str) else bytes(body)
            reply = Reply(status, raw, content_type or "text/plain")
        reply.headers.update(headers or {})
        reply.validate = validate
        with self._lock:
            # The newest reply for these path parameters shadows older ones: drop those (a long
            # fuzz run sets thousands of bodies, some of megabytes, on one server).
            kept = [r for r in self._responses.get(op.operation_id, []) if r[0] != path_params]
            self._responses[op.operation_id] = [(path_params, reply), *kept]

    # -- serving ---------------------------------------------------------------------

    def _serve(self, h: _Handler) -> None:
        split = urlsplit(h.path)
        pairs = parse_qsl(split.query, keep_blank_values=True)
        query: dict[str, list[str]] = {}
        for key, value in pairs:
            query.setdefault(key, []).append(value)
        headers: dict[str, str] = {}
        for key, value in h.headers.items():
            k = key.lower()
            headers[k] = f"{headers[k]}, {value}" if k in headers else value
        body = h.read_body()
        with self._lock:
            rec = RecordedRequest(
                len(self._log) + 1, h.command, split.path, query, headers, body, h.client_address[1]
            )
            self._log.append(rec)
        try:
            reply = self._answer(rec, pairs)
        except Exception as exc:  # a broken test setup must show up
            self._flag(rec, f"server error: {type(exc).__name__}: {exc}")
            reply = Reply.text(f"fakeserver error: {exc}", 500)
        rec.status = None if reply.action == "reset" else reply.status
        self._send(h, reply)

    def _flag(self, rec: RecordedRequest, message: str) -> None:
        text = f"{rec.method} {rec.path}: {message}"
        rec.violations.append(text)
        self.violate(text)

    def _answer(self, rec: RecordedRequest, pairs: list[tuple[str, str]]) -> Reply:
        style = self.style
        path = rec.path
        if not (path == self.prefix or path.startswith(self.prefix + "/")):
            self._flag(rec, f"outside the server prefix {self.prefix!r}")
            return style.error(404, "Not Found", instance=path)
        sub = path[len(self.prefix) :] or "/"
        match = self.index.match(rec.method, sub)
        if match is None:
            code = 405 if self.index.path_exists(sub) else 404
            self._flag(rec, f"no operation {rec.method} {sub} in the spec")
            return style.error(
                code, "Method Not Allowed" if code == 405 else "Not Found", instance=path
            )
        op, raw_params = match
        rec.operation_id = op.name
        rec.path_params = {k: unquote(v) for k, v in raw_params.items()}
        auth = self._auth_problem(op, rec)
        if auth:
            self._flag(rec, f"auth: {auth}")
            return style.error(401, auth, instance=path)
        problems = self.validator.request_problems(rec.method, path, pairs, rec.headers, rec.body)
        if problems:
            return self._invalid(rec, problems)
        coll, not_found = self._collection(op, rec.path_params)
        if coll is not None:
            try:
                _, rec.page, _ = coll.position(_paging_query(rec, coll))
            except BadPageRequest as exc:
                return self._invalid(rec, [Problem(["query", exc.param], str(exc))])
        fault = self.faults.pick(rec, (op.operation_id, op.name))
        rec.fault = fault.label if fault else None
        if fault is not None and fault.kind in REPLACING:
            return fault.reply(style, path)
        if fault is not None and fault.kind == "close_after" and fault.status is not None:
            reply = fault.reply(style, path)
            reply.action = "close_after"
            return reply
        if not_found:
            return style.error(404, "Not Found", instance=path)
        reply = self._normal(op, rec, coll, fault)
        if reply.validate and (fault is None or fault.kind not in PAGING):
            for problem in self.validator.response_problems(
                rec.method,
                path,
                pairs,
                rec.headers,
                reply.status,
                reply.content_type,
                reply.body,
                reply.headers,
            ):
                self._flag(rec, f"response {reply.status} does not match the spec: {problem}")
        return self._after(reply, fault)

    def _invalid(self, rec: RecordedRequest, problems: list[Problem]) -> Reply:
        for problem in problems:
            self._flag(rec, f"request: {problem}")
        message = "; ".join(str(p) for p in problems)
        fields = [(p.loc, p.message) for p in problems]
        return self.style.error(
            self.style.validation_status, message, instance=rec.path, fields=fields
        )

    def _collection(self, op: Operation, params: dict[str, str]) -> tuple[Collection | None, bool]:
        with self._lock:
            colls = list(self._collections.get(op.operation_id, []))
        for coll in colls:
            if coll.fits(params):
                return coll, False
        if colls:
            return None, True
        pag = self.pagination(op)
        if pag is not None and not self._response_for(op, params):
            return Collection(self.index, op, [], pag), False
        return None, False

    def _response_for(self, op: Operation, params: dict[str, str]) -> Reply | None:
        with self._lock:
            for wanted, reply in self._responses.get(op.operation_id, []):
                if all(params.get(k) == v for k, v in (wanted or {}).items()):
                    return reply
        return None

    def _normal(
        self, op: Operation, rec: RecordedRequest, coll: Collection | None, fault: Fault | None
    ) -> Reply:
        if coll is not None:
            kind = fault.kind if fault is not None and fault.kind in PAGING else None
            try:
                body = coll.render(_paging_query(rec, coll), kind, self.origin + rec.path)
            except BadPageRequest as exc:
                reply = self.style.error(exc.status or 404, str(exc), instance=rec.path)
                reply.validate = False
                return reply
            return Reply.json(body, validate=coll.validate)
        stored = self._response_for(op, rec.path_params)
        if stored is not None:
            return Reply(
                stored.status,
                stored.body,
                stored.content_type,
                dict(stored.headers),
                validate=stored.validate,
            )
        code, media, schema = self.index.success(op)
        if media is None:
            return Reply(code, b"", None)
        value = make_example(self.index, schema or {})
        if "json" in media:
            return Reply.json(value, code, media)
        return Reply(code, str(value).encode(), media)

    @staticmethod
    def _after(reply: Reply, fault: Fault | None) -> Reply:
        if fault is None:
            return reply
        if fault.kind == "delay":
            reply.delay = fault.seconds
        elif fault.kind == "truncated_json":
            reply.body = reply.body[: max(1, len(reply.body) // 2)]
        elif fault.kind == "close_after":
            reply.action = "close_after"
        return reply

    def _auth_problem(self, op: Operation, rec: RecordedRequest) -> str | None:
        requirements = self.index.security(op)
        if not requirements:
            return None
        optional = any(not req for req in requirements)
        required = self.auth_required if self.auth_required is not None else not optional
        presented = False
        for req in requirements:
            if not req:
                continue
            ok = True
            for name in req:
                value = self._credential(self.index.scheme(name), rec)
                presented = presented or value is not None
                ok = ok and value is not None and self.api_key in (None, value)
            if ok:
                return None
        if presented:
            return "Invalid API key"
        return "Missing API key" if required else None

    @staticmethod
    def _credential(scheme: dict[str, Any], rec: RecordedRequest) -> str | None:
        kind = scheme.get("type")
        if kind == "http":
            value = rec.headers.get("authorization")
            want = str(scheme.get("scheme", "bearer")).lower()
            if value is None or not value.lower().startswith(want + " "):
                return None
            return value.split(" ", 1)[1].strip()
        if kind == "apiKey":
            name = str(scheme.get("name", ""))
            where = scheme.get("in", "header")
            if where == "header":
                return rec.headers.get(name.lower())
            if where == "query":
                return rec.param(name)
        return None

    def _send(self, h: _Handler, reply: Reply) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        if reply.action == "reset":
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.close_connection = True
            h.connection.close()
            return
        try:
            h.send_response(reply.status)
            for key, value in reply.headers.items():
                h.send_header(key, value)
            if reply.content_type:
                h.send_header("Content-Type", reply.content_type)
            h.send_header("Content-Length", str(len(reply.body)))
            h.end_headers()
            if h.command != "HEAD" and reply.body:
                h.wfile.write(reply.body)
            h.wfile.flush()
        except OSError:
            h.close_connection = True
            return
        if reply.action == "close_after":
            h.close_connection = True


def _paging_query(rec: RecordedRequest, coll: Collection) -> dict[str, list[str]]:
    """The page parameters of a request: its query, or with ``cursor_in = "body"`` the JSON
    body's cursor and limit fields (as query-style lists, so that paging reads them alike)."""
    p = coll.pagination
    if p.get("cursor_in") != "body":
        return rec.query
    try:
        body = json.loads(rec.body or b"{}")
    except ValueError:
        return {}
    names = (p.get("cursor_param", "cursor"), p.get("limit_param"))
    return {
        n: [str(body[n])] for n in names if n and isinstance(body, dict) and body.get(n) is not None
    }


def dumps(value: Any) -> bytes:
    """JSON bytes (for tests that build bodies by hand)."""
    return json.dumps(value).encode()
