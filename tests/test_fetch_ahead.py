"""The pager through a real client (httpx mock transport): fetch-ahead window, 429 shrinking
it, overlap, next-page links on the configured origin only, and a cursor in the JSON body."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from typing import Any

import httpx
import pytest

import evalclients
from evalclients import RetryPolicy
from evalclients.pagination import Window

PAGE = 10


class Server:
    """A Humanloop-style page list with a total (or any handler), counting requests in flight."""

    def __init__(self, total: int, delay: float = 0.01, throttle_page: int | None = None) -> None:
        self.total = total
        self.delay = delay
        self.throttle_page = throttle_page
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most = 0
        self.log: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
        try:
            time.sleep(self.delay)
            page = int(request.url.params["page"])
            size = int(request.url.params["size"])
            with self.lock:
                throttled = page == self.throttle_page and f"429 {page}" not in self.log
                self.log.append(f"429 {page}" if throttled else str(page))
            if throttled:
                return httpx.Response(429, headers={"Retry-After": "1"}, json={"detail": "slow"})
            start = (page - 1) * size
            records = [{"id": f"ev_{i:04d}"} for i in range(start, min(start + size, self.total))]
            body = {"records": records, "page": page, "size": size, "total": self.total}
            return httpx.Response(200, json=body)
        finally:
            with self.lock:
                self.in_flight -= 1


def _humanloop(handler: Any, **options: Any) -> evalclients.Client:
    http = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://hl.test/v5")
    sleeps: list[float] = []
    return evalclients.Client(
        "humanloop",
        api_key="hl-test-key",
        base_url="https://hl.test/v5",
        http_client=http,
        retry_policy=RetryPolicy(sleep=sleeps.append, random=lambda: 0.0),
        **options,
    )


@pytest.mark.parametrize("window", [1, 2, 4, 7])
def test_a_page_list_with_a_total_keeps_at_most_the_window_in_flight(window: int) -> None:
    server = Server(PAGE * 30)
    with _humanloop(server) as client:
        pager = client.paginate(
            "list_evaluations", file_id="f", page_size=PAGE, raw=True, concurrency=window
        )
        pages = list(pager.by_page())
    ids = [item["id"] for page in pages for item in page.items]
    assert ids == [f"ev_{i:04d}" for i in range(PAGE * 30)]
    assert [p.continuation_token for p in pages] == [str(n) for n in range(2, 31)] + [None]
    assert sorted(server.log, key=int) == [str(n) for n in range(1, 31)]  # no page twice
    assert server.most <= window and (window == 1 or server.most >= 2)


def test_the_client_wide_concurrency_applies_and_with_options_changes_it() -> None:
    server = Server(PAGE * 12)
    with _humanloop(server, concurrency=2) as client:
        list(client.paginate("list_evaluations", file_id="f", page_size=PAGE, raw=True))
        assert server.most == 2
        server.most = 0
        one = client.with_options(concurrency=1)
        list(one.paginate("list_evaluations", file_id="f", page_size=PAGE, raw=True))
        assert server.most == 1
    with pytest.raises(ValueError, match="concurrency"):
        _humanloop(server, concurrency=0)


def test_a_429_halves_the_window_and_the_throttled_page_is_retried_in_place() -> None:
    server = Server(PAGE * 20, throttle_page=3)
    with _humanloop(server, concurrency=4) as client:
        pager = client.paginate("list_evaluations", file_id="f", page_size=PAGE, raw=True)
        ids = [item["id"] for item in pager]
        assert pager.concurrency == 2
    assert ids == [f"ev_{i:04d}" for i in range(PAGE * 20)]
    assert server.log.count("3") == 1 and "429 3" in server.log


def test_a_page_that_fails_hands_over_its_own_token_while_later_pages_were_in_flight() -> None:
    server = Server(PAGE * 20)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "5":
            return httpx.Response(404, json={"detail": "gone"})
        return server(request)

    with _humanloop(handler, max_retries=0) as client:
        got: list[str] = []
        with pytest.raises(evalclients.NotFoundError) as info:
            for item in client.paginate("list_evaluations", file_id="f", page_size=PAGE, raw=True):
                got.append(item["id"])
    assert got == [f"ev_{i:04d}" for i in range(40)]
    assert info.value.continuation_token == "5"


def test_stopping_early_leaves_at_most_the_window_of_extra_requests() -> None:
    server = Server(PAGE * 100)
    with _humanloop(server, concurrency=3) as client:
        pager = client.paginate("list_evaluations", file_id="f", page_size=PAGE, raw=True)
        for page in pager.by_page():
            if page.number == 2:
                break
    time.sleep(0.1)
    assert len(server.log) <= 2 + 3


def test_a_cursor_list_requests_the_next_page_while_the_caller_works() -> None:
    log: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("cursor", "0"))
        log.append(f"fetch {start // PAGE}")
        # A server that takes its time (a server that answers at once is read on demand:
        # FETCH_AHEAD_WAIT), so the pager fetches ahead from page 2 on.
        time.sleep(0.01)
        end = min(start + PAGE, 50)
        body = {"data": [{"id": f"r{i}"} for i in range(start, end)]}
        body["next_cursor"] = str(end) if end < 50 else None  # type: ignore[assignment]
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(handler), base_url="http://px.test")
    with evalclients.Client("phoenix", base_url="http://px.test", http_client=http) as client:
        pager = client.paginate("list_experiment_runs", experiment_id="E", page_size=PAGE, raw=True)
        for page in pager.by_page():
            time.sleep(0.05)  # the caller works; the next page is fetched meanwhile
            log.append(f"done {page.number - 1}")
    for n in range(4):
        assert log.index(f"fetch {n + 1}") < log.index(f"done {n}")


def _patched(client: Any, operation: str, pagination: dict[str, Any]) -> None:
    """Serve ``operation`` in another pagination style (a vendor using it is declared so)."""
    vendor = client.vendor
    op = dataclasses.replace(vendor.operations[operation], pagination=pagination)
    client.vendor = dataclasses.replace(vendor, operations={**vendor.operations, operation: op})


@pytest.mark.parametrize("relative", [True, False])
def test_next_url_is_followed_as_given_with_the_key_on_the_configured_origin(
    relative: bool,
) -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers.get("authorization")))
        offset = int(request.url.params.get("offset", "0"))
        link = f"/v1/experiments/E/runs?offset={offset + PAGE}&limit={PAGE}"
        if not relative:
            link = "https://px.test" + link
        body = {"data": [{"id": f"r{i}"} for i in range(offset, offset + PAGE)]}
        body["links"] = {"next": link if offset + PAGE < 30 else None}  # type: ignore[assignment]
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with evalclients.Client(
        "phoenix", base_url="https://px.test", api_key="px-key", http_client=http
    ) as client:
        _patched(
            client,
            "list_experiment_runs",
            {"style": "next_url", "items": ["data"], "next_url": ["links.next"]},
        )
        ids = [
            r["id"] for r in client.paginate("list_experiment_runs", experiment_id="E", raw=True)
        ]
    assert ids == [f"r{i}" for i in range(30)]
    assert [url for url, _ in seen[1:]] == [
        f"https://px.test/v1/experiments/E/runs?offset={o}&limit={PAGE}" for o in (10, 20)
    ]
    assert all(auth == "Bearer px-key" for _, auth in seen)


def test_next_url_off_origin_raises_before_any_request_there() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        body = {"data": [{"id": "r0"}], "links": {"next": "https://evil.test/steal?x=1"}}
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with evalclients.Client(
        "phoenix", base_url="https://px.test", api_key="px-key", http_client=http
    ) as client:
        _patched(
            client,
            "list_experiment_runs",
            {"style": "next_url", "items": ["data"], "next_url": ["links.next"]},
        )
        with pytest.raises(evalclients.PaginationError, match="off the configured origin"):
            list(client.paginate("list_experiment_runs", experiment_id="E", raw=True))
    assert [urlsplit_host(u) for u in seen] == ["px.test"]


def urlsplit_host(url: str) -> str:
    return httpx.URL(url).host


@pytest.mark.parametrize("twin", ["sync", "async"])
async def test_cursor_in_body_builds_the_model_and_keeps_the_other_fields(twin: str) -> None:
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        bodies.append({"query": dict(request.url.params), **body})
        start = int(body.get("cursor") or 0)
        end = min(start + body["limit"], 25)
        answer = {
            "traces": [{"id": f"t{i}"} for i in range(start, end)],
            "pagination": {"next_cursor": str(end) if end < 25 else None},
        }
        return httpx.Response(200, json=answer)

    pagination = {
        "style": "cursor",
        "cursor_in": "body",
        "items": ["traces"],
        "cursor_param": "cursor",
        "limit_param": "limit",
        "next_cursor": ["pagination.next_cursor"],
    }
    body = {"project_id": "p1", "filter": "status = 'ok'"}
    if twin == "sync":
        http = httpx.Client(transport=httpx.MockTransport(handler))
        with evalclients.Client(
            "arize", api_key="ak", base_url="https://ax.test", http_client=http
        ) as client:
            _patched(client, "list_experiments", pagination)  # any operation; the body is POSTed
            _patched_module(client, "list_experiments")
            ids = [
                t["id"]
                for t in client.paginate("list_experiments", body=body, page_size=10, raw=True)
            ]
    else:
        ahttp = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with evalclients.AsyncClient(
            "arize", api_key="ak", base_url="https://ax.test", http_client=ahttp
        ) as aclient:
            _patched(aclient, "list_experiments", pagination)
            _patched_module(aclient, "list_experiments")
            pager = aclient.paginate("list_experiments", body=body, page_size=10, raw=True)
            ids = [t["id"] async for t in pager]
    assert ids == [f"t{i}" for i in range(25)]
    assert [b.get("cursor") for b in bodies] == [None, "10", "20"]
    assert all(b["project_id"] == "p1" and b["filter"] == "status = 'ok'" for b in bodies)
    assert all(b["limit"] == 10 and b["query"] == {} for b in bodies)


def _patched_module(client: Any, operation: str) -> None:
    """Point ``operation`` at the generated list_traces module (POST with a model body)."""
    vendor = client.vendor
    op = dataclasses.replace(
        vendor.operations[operation],
        module_name="evalclients_arize.api.traces.list_traces",
        method="POST",
        path="/v2/traces",
    )
    client.vendor = dataclasses.replace(vendor, operations={**vendor.operations, operation: op})


def test_window_refuses_nonsense() -> None:
    for bad in (0, -1, True, 2.5):
        with pytest.raises(ValueError, match="concurrency"):
            Window(bad)  # type: ignore[arg-type]


async def test_the_async_twin_keeps_the_window_and_the_order() -> None:
    import asyncio

    state = {"in_flight": 0, "most": 0}
    total = PAGE * 20

    async def handler(request: httpx.Request) -> httpx.Response:
        state["in_flight"] += 1
        state["most"] = max(state["most"], state["in_flight"])
        await asyncio.sleep(0.01)
        state["in_flight"] -= 1
        page, size = int(request.url.params["page"]), int(request.url.params["size"])
        start = (page - 1) * size
        records = [{"id": f"ev_{i:04d}"} for i in range(start, min(start + size, total))]
        return httpx.Response(
            200, json={"records": records, "page": page, "size": size, "total": total}
        )

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with evalclients.AsyncClient(
        "humanloop", api_key="hl-test-key", base_url="https://hl.test/v5", http_client=http
    ) as client:
        for window in (1, 3):
            state["most"] = 0
            pager = client.paginate(
                "list_evaluations", file_id="f", page_size=PAGE, raw=True, concurrency=window
            )
            ids = [item["id"] async for item in pager]
            assert ids == [f"ev_{i:04d}" for i in range(total)]
            assert state["most"] == window
