"""A local HTTP/1.1 keep-alive server that answers from pre-rendered pages (for scripts/bench).

Every listing is rendered to bytes before the first request, so what the benchmark measures
is the client, not the server. Pages are looked up by path and the value of the paging
parameter (``cursor`` or ``page``); other query parameters are ignored. Paths under
``/slow`` answer after ``SLOW_SECONDS`` (to show prefetching), paths under ``/delay/<ms>``
answer after that many milliseconds (hosted-API latency, for the latency section), and
``/v1/experiments/big/runs`` serves one pre-rendered page of items forever under changing
cursors, its first and last run ids numbered by page (memory test; the pager refuses a page
that repeats an earlier one).

Run ``python -m scripts.bench_server``: it prints the port, then serves until stdin closes.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

SLOW_SECONDS = 0.004
DELAY_PREFIX = b"/delay/"
BIG_PATH = b"/v1/experiments/big/runs"
BIG_PAGES = 10_000
STAMP = "2025-01-01T00:00:0{}Z"

# The vendors' list styles (the paging parameter, and how a page body is rendered).
ItemFactory = Callable[[int], dict[str, Any]]


def phoenix_run(i: int) -> dict[str, Any]:
    """A Phoenix ``ExperimentRun``."""
    return {
        "id": f"RXhwZXJpbWVudFJ1bjo{i:08d}",
        "experiment_id": "RXhwZXJpbWVudDox",
        "dataset_example_id": f"RGF0YXNldEV4YW1wbGU6{i // 3:06d}",
        "repetition_number": i % 3 + 1,
        "start_time": STAMP.format(i % 10),
        "end_time": STAMP.format(i % 10),
        "output": {"answer": f"a{i}", "score": 0.5},
        "error": None,
        "trace_id": f"{i:032x}",
    }


def arize_run(i: int) -> dict[str, Any]:
    """An Arize AX ``ExperimentRun``."""
    return {
        "id": f"run_{i:08d}",
        "example_id": f"example_{i // 3:06d}",
        "output": f"answer {i}",
        "error": None,
        "annotations": [{"name": "correctness"}],
    }


def humanloop_evaluation(i: int) -> dict[str, Any]:
    """A Humanloop ``EvaluationResponse``."""
    return {
        "id": f"evr_{i:08d}",
        "name": f"evaluation {i}",
        "file_id": "pr_0001",
        "runs_count": 3,
        "created_at": STAMP.format(i % 10),
        "updated_at": STAMP.format(i % 10),
        "url": f"https://app.humanloop.com/evaluations/evr_{i:08d}",
        "created_by": {"id": "usr_1", "email_address": "a@example.com", "full_name": "A B"},
        "evaluators": [
            {
                "orchestrated": False,
                "added_at": STAMP.format(1),
                "version": {
                    "id": "ev_1",
                    "version_id": "evv_1",
                    "name": "accuracy",
                    "path": "evals/accuracy",
                    "inputs": [],
                    "created_at": STAMP.format(1),
                    "updated_at": STAMP.format(1),
                    "last_used_at": STAMP.format(1),
                    "total_logs_count": 2,
                    "version_logs_count": 2,
                    "spec": {
                        "arguments_type": "target_required",
                        "return_type": "number",
                        "evaluator_type": "llm",
                    },
                },
            }
        ],
    }


def humanloop_run(i: int) -> dict[str, Any]:
    """A Humanloop ``EvaluationRunResponse``."""
    return {
        "id": f"rn_{i:08d}",
        "orchestrated": False,
        "added_at": STAMP.format(i % 10),
        "created_at": STAMP.format(i % 10),
        "created_by": {"id": "usr_1", "email_address": "a@example.com", "full_name": "A B"},
        "status": "completed",
        "control": i == 0,
    }


def respan_experiment(i: int) -> dict[str, Any]:
    """A Respan experiment."""
    return {
        "id": f"exp_{i:08d}",
        "name": f"experiment {i}",
        "description": "nightly",
        "status": "completed",
        "dataset_id": "ds_1",
        "dataset_name": "golden",
        "created_at": STAMP.format(i % 10),
        "started_at": STAMP.format(i % 10),
        "completed_at": STAMP.format(i % 10),
        "progress": 1.0,
        "batch_size": 10,
        "concurrency": 4,
        "evaluator_slugs": ["accuracy"],
        "enable_tracing": False,
    }


BRAINTRUST_PROJECT = "00000000-0000-4000-8000-0000000000aa"
BRAINTRUST_EXPERIMENT = "00000000-0000-4000-8000-0000000000bb"


def braintrust_experiment(i: int) -> dict[str, Any]:
    """A Braintrust ``Experiment``."""
    return {
        "id": f"00000000-0000-4000-8000-{i:012d}",
        "project_id": BRAINTRUST_PROJECT,
        "name": f"experiment {i}",
        "public": False,
        "created": STAMP.format(i % 10),
        "description": "nightly",
        "user_id": "00000000-0000-4000-8000-0000000000cc",
        "metadata": {"model": "m1"},
        "tags": ["bench"],
    }


def braintrust_event(i: int) -> dict[str, Any]:
    """A Braintrust ``ExperimentEvent`` (a root span: one run)."""
    return {
        "id": f"event_{i:08d}",
        "_xact_id": f"{1000000 + i}",
        "created": STAMP.format(i % 10),
        "project_id": BRAINTRUST_PROJECT,
        "experiment_id": BRAINTRUST_EXPERIMENT,
        "span_id": f"span_{i:08d}",
        "root_span_id": f"span_{i:08d}",
        "is_root": True,
        "input": {"question": f"q{i}"},
        "output": f"answer {i}",
        "expected": f"answer {i}",
        "scores": {"accuracy": 1.0},
        "metrics": {"start": 1735689600.0, "end": 1735689601.5},
        "metadata": {"example": i // 3},
    }


def langfuse_dataset_item(i: int) -> dict[str, Any]:
    """A Langfuse ``DatasetItem``."""
    return {
        "id": f"di_{i:08d}",
        "status": "ACTIVE",
        "input": {"question": f"q{i}"},
        "expectedOutput": f"answer {i}",
        "metadata": {"example": i // 3},
        "sourceTraceId": None,
        "sourceObservationId": None,
        "datasetId": "ds_1",
        "datasetName": "golden",
        "createdAt": STAMP.format(i % 10),
        "updatedAt": STAMP.format(i % 10),
        "mediaReferences": [],
    }


def _dump(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


class Listing:
    """One listing's pre-rendered pages: request key (paging parameter value) -> body.

    ``in_body``: the key is the JSON request body's ``param`` field (a cursor in the body).
    """

    def __init__(self, param: bytes | None, pages: dict[bytes, bytes], in_body: bool = False):
        self.param = param
        self.pages = pages
        self.in_body = in_body

    def key(self, query: bytes, body: bytes) -> bytes:
        """The page key of a request."""
        if self.param is None:
            return b""
        if self.in_body:
            value = json.loads(body or b"{}").get(self.param.decode())
            return value.encode() if isinstance(value, str) else b""
        return _param(query, self.param)


def after_id_listing(
    items: list[dict[str, Any]], per_page: int, render: Callable[[list[Any]], Any]
) -> Listing:
    """Pages keyed by the id of the previous page's last item (``starting_after``); the
    page after the last is empty (the list has no has-more flag)."""
    pages: dict[bytes, bytes] = {}
    key = b""
    for start in range(0, len(items), per_page):
        chunk = items[start : start + per_page]
        pages[key] = _dump(render(chunk))
        key = str(chunk[-1]["id"]).encode()
    pages[key] = _dump(render([]))
    return Listing(b"starting_after", pages)


def offset_listing(
    items: list[dict[str, Any]], per_page: int, render: Callable[[list[Any], int | None], Any]
) -> Listing:
    """Pages keyed by ``offset``; ``render`` gets the next page's offset (None: last page)."""
    pages: dict[bytes, bytes] = {}
    for start in range(0, len(items), per_page):
        nxt = start + per_page if start + per_page < len(items) else None
        key = b"" if start == 0 else str(start).encode()
        pages[key] = _dump(render(items[start : start + per_page], nxt))
    pages[b"0"] = pages[b""]  # a first request may name offset 0
    return Listing(b"offset", pages)


def cursor_listing(
    items: list[dict[str, Any]], per_page: int, render: Callable[[list[Any], str | None], Any]
) -> Listing:
    """Cursor pages; the first page answers a request without a cursor."""
    pages: dict[bytes, bytes] = {}
    n_pages = (len(items) + per_page - 1) // per_page
    for p in range(n_pages):
        cursor = f"c{p + 1:06d}" if p + 1 < n_pages else None
        key = b"" if p == 0 else f"c{p:06d}".encode()
        pages[key] = _dump(render(items[p * per_page : (p + 1) * per_page], cursor))
    return Listing(b"cursor", pages)


def page_listing(
    items: list[dict[str, Any]], per_page: int, render: Callable[[list[Any], int, int], Any]
) -> Listing:
    """Numbered pages from 1."""
    pages: dict[bytes, bytes] = {}
    n_pages = (len(items) + per_page - 1) // per_page
    for p in range(1, n_pages + 1):
        pages[str(p).encode()] = _dump(render(items[(p - 1) * per_page : p * per_page], p, n_pages))
    return Listing(b"page", pages)


def build_listings(n_items: int, per_page: int, n_runs: int) -> dict[bytes, Listing]:
    """Every listing the benchmark pages through, keyed by path."""
    total = n_items

    def phoenix(items: list[Any], cursor: str | None) -> Any:
        return {"data": items, "next_cursor": cursor}

    def arize(items: list[Any], cursor: str | None) -> Any:
        paging = {"has_more": bool(cursor), "next_cursor": cursor}
        return {"experiment_runs": items, "pagination": paging}

    def humanloop(items: list[Any], page: int, n_pages: int) -> Any:
        return {"records": items, "page": page, "size": per_page, "total": total}

    def respan(items: list[Any], page: int, n_pages: int) -> Any:
        nxt = f"http://bench/api/v2/experiments/list/?page={page + 1}" if page < n_pages else None
        prev = f"http://bench/api/v2/experiments/list/?page={page - 1}" if page > 1 else None
        return {"count": total, "next": nxt, "previous": prev, "results": items}

    def braintrust(items: list[Any], cursor: str | None) -> Any:
        return {"events": items, "cursor": cursor}

    def langfuse(items: list[Any], page: int, n_pages: int) -> Any:
        meta = {"page": page, "limit": per_page, "totalItems": total, "totalPages": n_pages}
        return {"data": items, "meta": meta}

    def link(items: list[Any], nxt: int | None) -> Any:  # relative: resolved on the base URL
        return {"items": items, "next": None if nxt is None else f"styles/links?offset={nxt}"}

    runs = [phoenix_run(i) for i in range(n_items)]
    listings = {
        b"/v1/experiments/bench/runs": cursor_listing(runs, per_page, phoenix),
        b"/v2/experiments/bench/runs": cursor_listing(
            [arize_run(i) for i in range(n_items)], per_page, arize
        ),
        b"/v5/evaluations": page_listing(
            [humanloop_evaluation(i) for i in range(n_items)], per_page, humanloop
        ),
        b"/api/v2/experiments/list/": page_listing(
            [respan_experiment(i) for i in range(n_items)], per_page, respan
        ),
        b"/v5/evaluations/bench/runs": Listing(
            None, {b"": _dump({"runs": [humanloop_run(i) for i in range(n_runs)]})}
        ),
        b"/v1/experiment": after_id_listing(
            [braintrust_experiment(i) for i in range(n_items)], per_page, lambda xs: {"objects": xs}
        ),
        b"/v1/experiment/" + BRAINTRUST_EXPERIMENT.encode() + b"/fetch": Listing(
            b"cursor",
            cursor_listing(
                [braintrust_event(i) for i in range(n_items)], per_page, braintrust
            ).pages,
            in_body=True,
        ),
        b"/api/public/dataset-items": page_listing(
            [langfuse_dataset_item(i) for i in range(n_items)], per_page, langfuse
        ),
        b"/styles/offset": offset_listing(
            runs, per_page, lambda xs, nxt: {"items": xs, "total": total}
        ),
        b"/styles/links": offset_listing(runs, per_page, link),
    }
    for path in list(listings):
        listings[b"/slow" + path] = listings[path]
    return listings


def _big_page(key: bytes, runs: tuple[dict[str, Any], bytes, dict[str, Any]]) -> bytes:
    number = int(key[1:]) if key else 0
    nxt = b'"c%06d"' % (number + 1) if number + 1 < BIG_PAGES else b"null"
    first, middle, last = runs
    ends = [_dump({**run, "id": f"{run['id']}-{number}"}) for run in (first, last)]
    return b'{"data":[%s,%s,%s],"next_cursor":%s}' % (ends[0], middle, ends[1], nxt)


def _param(query: bytes, name: bytes) -> bytes:
    for part in query.split(b"&"):
        key, _, value = part.partition(b"=")
        if key == name:
            return value
    return b""


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n"
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\ncontent-length: 2\r\n\r\n{}"


class Server:
    """Serve ``listings`` on 127.0.0.1 (thread per connection, keep-alive)."""

    def __init__(self, listings: dict[bytes, Listing]) -> None:
        self.listings = listings
        runs = [phoenix_run(i) for i in range(100)]
        self.big = (runs[0], _dump(runs[1:-1])[1:-1], runs[-1])
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.port: int = self.sock.getsockname()[1]

    def answer(self, target: bytes, body: bytes = b"") -> bytes:
        path, _, query = target.partition(b"?")
        if path.startswith(DELAY_PREFIX):
            millis, _, rest = path[len(DELAY_PREFIX) :].partition(b"/")
            time.sleep(int(millis) / 1000)
            path = b"/" + rest
        slow = path.startswith(b"/slow")
        if slow:
            time.sleep(SLOW_SECONDS)
        if path == BIG_PATH:
            body = _big_page(_param(query, b"cursor"), self.big)
            return HEAD % len(body) + body
        listing = self.listings.get(path)
        if listing is None:
            return NOT_FOUND
        body_or_none = listing.pages.get(listing.key(query, body))
        if body_or_none is None:
            return NOT_FOUND
        return HEAD % len(body_or_none) + body_or_none

    def handle(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = b""
        with conn:
            while True:
                end = buffer.find(b"\r\n\r\n")
                while end < 0:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                    end = buffer.find(b"\r\n\r\n")
                head, buffer = buffer[:end], buffer[end + 4 :]
                target = head.split(b" ", 2)[1]
                length = _content_length(head)
                while len(buffer) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:length], buffer[length:]
                conn.sendall(self.answer(target, body))

    def serve_forever(self) -> None:
        while True:
            conn, _ = self.sock.accept()
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()


def main() -> None:
    n_items, per_page, n_runs = (int(a) for a in sys.argv[1:4])
    server = Server(build_listings(n_items, per_page, n_runs))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.port, flush=True)
    sys.stdin.read()  # until the parent closes our stdin (or exits)


if __name__ == "__main__":
    main()
