"""A chained list (cursor, after-id, link) sends its next request before it builds the current
page's models; planned pages are still parsed where they were fetched; parse errors keep the
page's continuation token."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

import evalclients
from evalclients.errors import ResponseDecodeError
from evalclients.pagination import Deferred, ItemPaged, Walker, Window

CURSOR = {
    "style": "cursor",
    "items": ["data"],
    "cursor_param": "cursor",
    "limit_param": "limit",
    "next_cursor": ["next_cursor"],
}


def _pager(fetch: Any) -> ItemPaged[Any]:
    def walker(token: str | None) -> Walker:
        return Walker(CURSOR, {}, page_size=2, continuation_token=token)  # type: ignore[arg-type]

    return ItemPaged(fetch, walker, concurrency=Window(2, ahead_after=0))


def test_the_next_page_is_requested_while_this_page_is_parsed() -> None:
    second_requested = threading.Event()
    parsed_first_after_request: list[bool] = []

    def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        cursor = params.get("cursor")
        if cursor == "2":
            second_requested.set()
        data = {"data": [{"id": f"{cursor}a"}, {"id": f"{cursor}b"}]}
        data["next_cursor"] = "2" if cursor is None else None

        def parse() -> Any:
            if cursor is None:  # the first page's models wait for the second request
                parsed_first_after_request.append(second_requested.wait(timeout=10))
            return {"data": [f"model {item['id']}" for item in data["data"]]}

        return data, Deferred(parse)

    pages = list(_pager(fetch).by_page())
    assert parsed_first_after_request == [True]
    assert [p.items for p in pages] == [["model Nonea", "model Noneb"], ["model 2a", "model 2b"]]
    assert [p.continuation_token for p in pages] == ["2", None]


def test_a_parse_error_of_a_chained_page_carries_its_token() -> None:
    def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        cursor = params.get("cursor")
        data = {"data": [{"id": cursor}], "next_cursor": "2" if cursor is None else "3"}

        def parse() -> Any:
            if cursor == "2":
                raise evalclients.APIError("bad model")
            return data

        return data, Deferred(parse)

    pager = _pager(fetch).by_page()
    assert next(pager).continuation_token == "2"
    with pytest.raises(evalclients.APIError) as caught:
        next(pager)
    assert caught.value.continuation_token == "2"


def test_a_page_without_its_list_is_judged_by_its_model() -> None:
    def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        return {}, Deferred(lambda: _Model())

    pages = list(_pager(fetch).by_page())
    assert [p.items for p in pages] == [[]]  # a model without drift: an empty page


class _Model:
    """A typed page whose list is absent (the spec leaves it optional)."""


def test_typed_pages_through_a_client_are_models_and_a_drifted_one_a_strict_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        run = {"id": f"run_{cursor}", "experiment_id": "E", "dataset_example_id": "X",
               "repetition_number": 1, "start_time": "2025-01-01T00:00:00Z",
               "end_time": "2025-01-01T00:00:01Z", "output": None, "error": None}  # fmt: skip
        if cursor == "3":
            run["repetition_number"] = {"not": "a number"}
        return httpx.Response(200, json={"data": [run], "next_cursor": str(int(cursor or 1) + 1)})

    http = httpx.Client(transport=httpx.MockTransport(handler), base_url="http://px.test")
    client = evalclients.Client("phoenix", base_url="http://px.test", http_client=http, strict=True)
    pager = client.paginate("list_experiment_runs", experiment_id="E", page_size=1).by_page()
    first = next(pager)
    assert type(first.items[0]).__name__ == "ExperimentRun" and first.items[0].id == "run_None"
    assert next(pager).items[0].id == "run_2"
    with pytest.raises(ResponseDecodeError) as caught:
        next(pager)
    assert caught.value.continuation_token == "3"


def _counting_fetch(wait: float) -> tuple[Any, list[tuple[str | None, str]]]:
    """A four-page cursor list answering after ``wait`` seconds; logs (cursor, thread name)."""
    seen: list[tuple[str | None, str]] = []

    def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        cursor = params.get("cursor")
        seen.append((cursor, threading.current_thread().name))
        time.sleep(wait)
        number = int(cursor or 1)
        data = {"data": [{"id": f"{number}a"}], "next_cursor": str(number + 1)}
        if number == 4:
            data["next_cursor"] = None
        return data, data

    return fetch, seen


def test_a_server_that_answers_at_once_is_read_on_demand_without_a_thread() -> None:
    fetch, seen = _counting_fetch(0.0)
    pager = ItemPaged(fetch, lambda tok: Walker(CURSOR, {}, page_size=1, continuation_token=tok),
                      concurrency=Window(4, ahead_after=0.5))  # fmt: skip
    pages = pager.by_page()
    first = next(pages)
    assert first.items == [{"id": "1a"}] and len(seen) == 1  # nothing requested ahead
    assert [p.items[0]["id"] for p in pages] == ["2a", "3a", "4a"]
    assert {thread for _, thread in seen} == {threading.current_thread().name}


def test_a_page_that_waited_turns_on_the_overlap_for_the_rest_of_the_listing() -> None:
    fetch, seen = _counting_fetch(0.02)
    pager = ItemPaged(fetch, lambda tok: Walker(CURSOR, {}, page_size=1, continuation_token=tok),
                      concurrency=Window(4, ahead_after=0.01))  # fmt: skip
    pages = pager.by_page()
    assert next(pages).items == [{"id": "1a"}]
    deadline = time.monotonic() + 10
    while len(seen) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert [cursor for cursor, _ in seen] == [None, "2"]  # page 2 asked before the caller did
    assert seen[0][1] == threading.current_thread().name
    assert seen[1][1].startswith("evalclients-page")
    assert [p.items[0]["id"] for p in pages] == ["2a", "3a", "4a"]
    assert [cursor for cursor, _ in seen] == [None, "2", "3", "4"]  # each page once


def _threads_by_page(waits: dict[int, float], pages: int) -> dict[int, str]:
    """Page a ``pages``-page cursor list whose page n answers after ``waits.get(n, 0)``
    seconds, fetching ahead after a wait of 10 ms; the thread that fetched each page."""
    by_page: dict[int, str] = {}

    def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        number = int(params.get("cursor") or 1)
        by_page[number] = threading.current_thread().name
        time.sleep(waits.get(number, 0.0))
        data = {
            "data": [{"id": number}],
            "next_cursor": str(number + 1) if number < pages else None,
        }
        return data, data

    pager = ItemPaged(fetch, lambda tok: Walker(CURSOR, {}, page_size=1, continuation_token=tok),
                      concurrency=Window(4, ahead_after=0.01))  # fmt: skip
    assert [item["id"] for item in pager] == list(range(1, pages + 1))
    return by_page


def test_one_slow_page_among_fast_ones_does_not_turn_on_the_overlap() -> None:
    # a scheduler or GC pause on one page is not a slow server
    by_page = _threads_by_page({3: 0.03}, pages=6)
    assert set(by_page.values()) == {threading.current_thread().name}


def test_two_slow_pages_in_a_row_turn_on_the_overlap() -> None:
    by_page = _threads_by_page({3: 0.03, 4: 0.03, 5: 0.03, 6: 0.03}, pages=6)
    here = threading.current_thread().name
    assert [by_page[n] == here for n in range(1, 5)] == [True] * 4  # on demand up to page 4
    assert by_page[5].startswith("evalclients-page")  # asked while the caller had page 4
    assert by_page[6].startswith("evalclients-page")
