"""The bench server's listings of the new pagination styles answer as the vendors do."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from scripts.bench_server import BRAINTRUST_EXPERIMENT, Server, build_listings


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    server = Server(build_listings(250, 100, 1))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as client:
        yield client


def test_after_id_pages_follow_the_last_id_and_end_on_an_empty_page(http: httpx.Client) -> None:
    seen: list[str] = []
    params: dict[str, str] = {}
    for _ in range(5):
        objects = http.get("/v1/experiment", params=params).json()["objects"]
        if not objects:
            break
        seen += [o["id"] for o in objects]
        params = {"starting_after": objects[-1]["id"]}
    assert len(seen) == len(set(seen)) == 250


def test_the_body_cursor_is_read_from_a_post_body(http: httpx.Client) -> None:
    path = f"/v1/experiment/{BRAINTRUST_EXPERIMENT}/fetch"
    first = http.post(path, json={"limit": 100}).json()
    second = http.post(path, json={"limit": 100, "cursor": first["cursor"]}).json()
    last = http.post(path, json={"cursor": second["cursor"]}).json()
    assert [len(p["events"]) for p in (first, second, last)] == [100, 100, 50]
    assert last["cursor"] is None
    assert http.get("/v1/experiments/bench/runs").status_code == 200  # same connection after


def test_offset_and_link_pages(http: httpx.Client) -> None:
    assert http.get("/styles/offset", params={"offset": 0}).json()["total"] == 250
    assert len(http.get("/styles/offset", params={"offset": 200}).json()["items"]) == 50
    page = http.get("/styles/links").json()
    assert page["next"] == "styles/links?offset=100"
    assert http.get("/styles/links", params={"offset": 200}).json()["next"] is None


def test_langfuse_pages_report_their_total(http: httpx.Client) -> None:
    page = http.get("/api/public/dataset-items", params={"page": 3, "limit": 100}).json()
    assert page["meta"] == {"page": 3, "limit": 100, "totalItems": 250, "totalPages": 3}
    assert len(page["data"]) == 50


def test_the_memory_listing_pages_typed_without_repeating_a_page(http: httpx.Client) -> None:
    import evalclients

    base_url = str(http.base_url).rstrip("/")
    with evalclients.Phoenix(base_url=base_url) as client:
        pager = client.paginate("list_experiment_runs", experiment_id="big", page_size=100)
        pages = [page for page, _ in zip(pager.by_page(), range(5), strict=False)]
    assert [len(p.items) for p in pages] == [100] * 5
    assert len({p.items[0].id for p in pages}) == 5  # a page repeated would raise instead
