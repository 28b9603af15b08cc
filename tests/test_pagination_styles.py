"""Every pagination style, sync and async: items once and in order, exact resumable tokens,
no endless loop and no silent truncation (simulated servers, no network)."""

from __future__ import annotations

import asyncio
import warnings
from typing import Any

import pytest

from evalclients.errors import APIError, PaginationError
from evalclients.pagination import MISSING, NEXT_URL, IncompleteListWarning, ItemPaged, Walker
from tests.pagination_servers import (
    BASE,
    STYLES,
    StyleServer,
    acollect,
    check_outcome,
    collect,
)

SIZES = [(0, 10), (1, 10), (10, 10), (57, 10), (95, 20)]


def _expected(server: StyleServer) -> list[str]:
    return [item["id"] for item in server.items]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(("n", "size"), SIZES)
@pytest.mark.parametrize("concurrency", [1, 4])
def test_every_style_lists_every_item_once_in_order(
    style: str, n: int, size: int, concurrency: int
) -> None:
    server = StyleServer(n, style)
    out = collect(server, concurrency=concurrency, page_size=size)
    assert out.error is None and not out.warned
    assert out.ids == _expected(server)
    pages = -(-n // size)
    # a list that says neither its total nor whether more exist needs an empty page to end
    confirm = 1 if style in ("page", "after_id") and n else 0
    assert out.requests == max(1, pages + confirm)


@pytest.mark.parametrize("style", STYLES)
async def test_every_style_async_lists_every_item_once_in_order(style: str) -> None:
    for concurrency in (1, 4):
        server = StyleServer(57, style)
        out = await acollect(server, concurrency=concurrency, page_size=10)
        assert out.error is None and not out.warned
        assert out.ids == _expected(server)


@pytest.mark.parametrize("style", STYLES)
def test_resuming_from_any_page_token_loses_and_repeats_nothing(style: str) -> None:
    server = StyleServer(45, style)
    pages = list(ItemPaged(server, lambda tok: server.walker(tok, page_size=10)).by_page())
    tokens = [p.continuation_token for p in pages]
    assert tokens[-1] is None and all(isinstance(t, str) for t in tokens[:-1])
    for k, token in enumerate(tokens[:-1]):
        before = [i["id"] for p in pages[: k + 1] for i in p.items]
        again = StyleServer(45, style)
        pager = ItemPaged(again, lambda tok, s=again: s.walker(tok, page_size=10), token)
        rest = [i["id"] for p in pager.by_page() for i in p.items]  # paginate's token honoured
        assert before + rest == _expected(server)


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("max_items", [0, 1, 9, 10, 23])
def test_max_items_stops_exactly(style: str, max_items: int) -> None:
    server = StyleServer(57, style)
    out = collect(server, page_size=10, max_items=max_items)
    assert out.ids == _expected(server)[:max_items] and out.error is None
    assert out.requests <= -(-max_items // 10) + (style in ("page", "page_total"))


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("concurrency", [1, 4])
def test_items_repeated_under_a_new_cursor_stop_within_two_pages(
    style: str, concurrency: int
) -> None:
    server = StyleServer(200, style, repeat_from=3)
    out = collect(server, concurrency=concurrency, page_size=10)
    assert isinstance(out.error, PaginationError), out
    assert out.ids == _expected(server)[:20]
    assert out.error.continuation_token is None and "resume" not in str(out.error)
    assert len(server.requests) <= 3 + concurrency


@pytest.mark.parametrize("style", [s for s in STYLES if s.startswith(("cursor", "next_url"))])
def test_a_cycle_of_cursors_or_links_is_an_error(style: str) -> None:
    server = StyleServer(200, style, cycle_at=3)
    out = collect(server, page_size=10)
    assert isinstance(out.error, PaginationError), out
    assert "repeat" in str(out.error) and "resume" not in str(out.error)
    assert out.ids == _expected(server)[:30]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("drop_from", [1, 2, 4])
def test_a_dropped_cursor_flag_link_or_total_is_reported_never_silent(
    style: str, drop_from: int
) -> None:
    server = StyleServer(57, style, drop_from=drop_from)
    out = collect(server, page_size=10)
    result = check_outcome(server, out)
    if style.startswith(("cursor", "next_url")):
        # nothing else says where the next page is: the listing ends, flagged
        assert result == "warned" and len(out.ids) == 10 * drop_from
    else:  # page numbers, offsets and last ids still advance: every item, no warning
        assert result == "complete" and not out.warned


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("declare_cap", [False, True])
def test_a_server_capping_the_page_size_loses_nothing(style: str, declare_cap: bool) -> None:
    server = StyleServer(57, style, cap=7, declare_cap=declare_cap)
    out = collect(server, page_size=10)
    assert out.error is None and out.ids == _expected(server)
    if declare_cap and style in ("page", "after_id"):
        assert out.requests == 9  # the short page ends it: no confirming empty page


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_failed_page_carries_its_own_token_and_resuming_completes(
    style: str, concurrency: int
) -> None:
    server = StyleServer(95, style, fail_at=4)
    out = collect(server, concurrency=concurrency, page_size=10)
    assert isinstance(out.error, APIError) and not isinstance(out.error, PaginationError)
    token = out.error.continuation_token
    assert token is not None and "resume" in str(out.error)
    again = StyleServer(95, style)
    rest = [
        i["id"]
        for p in ItemPaged(again, lambda tok: again.walker(tok, page_size=10)).by_page(token)
        for i in p.items
    ]
    assert out.ids + rest == _expected(server)


def test_cursor_in_body_sends_the_callers_fields_identically_on_every_page() -> None:
    server = StyleServer(35, "cursor_body")
    out = collect(server, page_size=10)
    assert out.ids == _expected(server) and server.violations == []
    bodies = [r["body"] for r in server.requests]
    assert [b.get("cursor") for b in bodies] == [None, "c:10", "c:20", "c:30"]
    assert all(b["limit"] == 10 and b["filter"] == {"status": "done"} for b in bodies)
    assert all("cursor" not in r and "limit" not in r for r in server.requests)


def test_cursor_in_body_takes_the_page_size_from_the_body_and_a_model_body() -> None:
    class Model:
        def to_dict(self) -> dict[str, Any]:
            return {"filter": "x", "limit": 3}

    spec: Any = StyleServer(1, "cursor_body").spec
    walker = Walker(spec, {"body": Model()})
    assert walker.request_params() == {"body": {"filter": "x", "limit": 3}}
    with pytest.raises(TypeError, match="body"):
        Walker(spec, {"body": 5})


def test_after_id_sends_the_last_items_id_and_reads_a_nested_id() -> None:
    spec: Any = {
        "style": "after_id",
        "items": ["data"],
        "after_param": "after",
        "item_id": "meta.key",
        "has_more": ["has_more"],
    }
    answers = iter(
        [
            {"data": [{"meta": {"key": 1}}, {"meta": {"key": 2}}], "has_more": True},
            {"data": [{"meta": {"key": 3}}], "has_more": False},
        ]
    )
    seen: list[dict[str, Any]] = []

    def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        seen.append(params)
        return next(answers), MISSING

    pager = ItemPaged(fetch, lambda tok: Walker(spec, {"q": 1}, continuation_token=tok))
    assert [i["meta"]["key"] for i in pager] == [1, 2, 3]
    assert seen == [{"q": 1}, {"q": 1, "after": "2"}]


@pytest.mark.parametrize("last", [{"x": 1}, {"id": None}, {"id": ""}, {"id": True}, {"id": [1]}])
def test_after_id_without_an_id_is_an_error(last: dict[str, Any]) -> None:
    spec: Any = StyleServer(1, "after_id").spec
    pager = ItemPaged(lambda p: ({"data": [last]}, MISSING), lambda tok: Walker(spec, {}))
    seen: list[Any] = []
    with pytest.raises(PaginationError, match="no usable id"):  # never `starting_after=`
        seen.extend(pager)
    assert seen == [last]  # the page's items are handed out before the listing stops
    page = next(
        iter(
            ItemPaged(
                lambda p: ({"data": [{"x": 1}]}, MISSING), lambda tok: Walker(spec, {})
            ).by_page()
        )
    )
    assert page.items == [{"x": 1}] and page.continuation_token is None


@pytest.mark.parametrize(
    "link",
    [
        "https://evil.test/v1/items?offset=10&limit=10",
        "http://api.test/v1/items?offset=10&limit=10",  # another scheme is another origin
        "https://api.test:8443/v1/items?offset=10&limit=10",
        "//evil.test/v1/items",
        "javascript:alert(1)",
    ],
)
def test_next_url_off_the_configured_origin_is_refused(link: str) -> None:
    spec: Any = StyleServer(1, "next_url").spec

    def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        assert NEXT_URL not in params, "an off-origin link was fetched"
        return {"data": [{"id": "a"}], "links": {"next": link}}, MISSING

    pager = ItemPaged(fetch, lambda tok: Walker(spec, {}, base_url=BASE, continuation_token=tok))
    with pytest.raises(PaginationError, match="off the configured origin") as info:
        list(pager)
    assert "resume" not in str(info.value)
    with pytest.raises(PaginationError, match="off the configured origin"):
        Walker(spec, {}, base_url=BASE, continuation_token=link)


def test_next_url_relative_links_resolve_on_the_base_url() -> None:
    server = StyleServer(25, "next_url", relative_links=True)
    out = collect(server, page_size=10)
    assert out.ids == _expected(server) and server.violations == []
    assert server.requests[1] == {NEXT_URL: f"{BASE}/items?offset=10&limit=10"}


def test_a_page_list_without_total_continues_past_a_short_page_unless_the_cap_is_known() -> None:
    # Respan-style: a server capped at 50 answers 50 of 57 to a request for 100
    capped = StyleServer(57, "page", cap=50)
    out = collect(capped, page_size=100)
    assert out.ids == _expected(capped) and out.requests == 3  # 50, 7 (short), 0 (the end)
    known = StyleServer(57, "page", cap=50, declare_cap=True)
    out = collect(known, page_size=100)  # the pager asks for 50: a short page is the end
    assert out.ids == _expected(known) and out.requests == 2


def test_an_empty_page_before_the_total_is_reported() -> None:
    spec: Any = StyleServer(1, "page_total").spec
    answers = iter([{"records": [{"id": 1}], "total": 5}, {"records": [], "total": 5}])
    pager = ItemPaged(lambda p: (next(answers), MISSING), lambda tok: Walker(spec, {}, page_size=1))
    with pytest.warns(IncompleteListWarning, match="total says 5"):
        pages = list(pager.by_page())
    assert pages[-1].incomplete


def test_many_empty_pages_in_a_row_stop() -> None:
    spec: Any = StyleServer(1, "cursor").spec
    calls = {"n": 0}

    def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        calls["n"] += 1
        return {"data": [], "meta": {"next_cursor": f"c:{calls['n']}"}}, MISSING

    with pytest.raises(PaginationError, match="empty pages in a row"):
        list(ItemPaged(fetch, lambda tok: Walker(spec, {})))
    assert calls["n"] == 100


@pytest.mark.parametrize("style", STYLES)
def test_a_bad_continuation_token_is_refused_before_any_request(style: str) -> None:
    server = StyleServer(10, style)
    token = "-3" if style.startswith(("page", "offset")) else None
    if token is None:
        return
    with pytest.raises(PaginationError, match="continuation token"):
        list(ItemPaged(server, lambda tok: server.walker(tok), token))
    assert server.requests == []


# -- pager semantics (issue 20) ---------------------------------------------------------------


def test_by_page_without_a_token_starts_where_paginate_said() -> None:
    server = StyleServer(30, "cursor")
    pager = ItemPaged(server, lambda tok: server.walker(tok, page_size=10), "c:20")
    assert [i["id"] for p in pager.by_page() for i in p.items] == _expected(server)[20:]
    assert [i["id"] for p in pager.by_page("c:10") for i in p.items] == _expected(server)[10:]


def test_an_item_pager_is_one_pass_and_says_so() -> None:
    server = StyleServer(30, "cursor")
    pager = ItemPaged(server, lambda tok: server.walker(tok, page_size=10))
    first = next(pager)
    rest = list(pager)  # continues where next() left off
    assert [first, *rest] == server.items
    with pytest.raises(RuntimeError, match="already iterated to the end"):
        list(pager)
    with pytest.raises(StopIteration):
        next(pager)


def test_an_item_pager_that_failed_is_spent_too() -> None:
    server = StyleServer(30, "cursor", fail_at=2)
    pager = ItemPaged(server, lambda tok: server.walker(tok, page_size=10))
    with pytest.raises(APIError):
        list(pager)
    with pytest.raises(RuntimeError, match="call paginate\\(\\) again"):
        list(pager)


async def test_an_async_item_pager_is_one_pass_and_honours_the_token() -> None:
    from evalclients.pagination import AsyncItemPaged

    server = StyleServer(30, "cursor")

    async def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        return server(params)

    pager = AsyncItemPaged(fetch, lambda tok: server.walker(tok, page_size=10), "c:10")
    assert [i["id"] async for i in pager] == _expected(server)[10:]
    with pytest.raises(RuntimeError, match="already iterated"):
        [i async for i in pager]
    again = AsyncItemPaged(fetch, lambda tok: server.walker(tok, page_size=10), "c:20")
    assert [i["id"] async for p in again.by_page() for i in p.items] == _expected(server)[20:]


def test_no_warning_on_a_clean_listing_of_any_style() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for style in STYLES:
            server = StyleServer(23, style)
            assert [i["id"] for i in ItemPaged(server, server.walker)] == _expected(server)


def test_async_twin_keeps_the_loop_guard() -> None:
    server = StyleServer(200, "cursor", repeat_from=2)
    out = asyncio.run(acollect(server, concurrency=4, page_size=10))
    assert isinstance(out.error, PaginationError) and out.ids == _expected(server)[:10]


@pytest.mark.parametrize("style", STYLES)
def test_a_fetch_that_consumes_its_parameters_costs_no_second_request(style: str) -> None:
    server = StyleServer(57, style)

    def consuming(params: dict[str, Any]) -> tuple[Any, Any]:
        answer = server(dict(params))
        params.clear()  # as the client's fetch pops the link and swaps the body for a model
        return answer

    pager = ItemPaged(consuming, lambda tok: server.walker(tok, page_size=10), concurrency=4)
    assert [i["id"] for i in pager] == _expected(server)
    confirm = 1 if style in ("page", "after_id") else 0
    assert len(server.requests) == 6 + confirm


def _nested(depth: int) -> list[Any]:
    """A list nested ``depth`` deep, built without recursion (as json.loads can return one)."""
    value: list[Any] = [1]
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("where", ["first", "last", "both"])
def test_an_item_id_nested_too_deeply_is_a_pagination_error(style: str, where: str) -> None:
    # found by `make fuzz`: the page fingerprint printed the id, a bare RecursionError
    spec: Any = StyleServer(1, style).spec
    items: list[Any] = [{"id": "a"}, {"id": "b"}]
    if where in ("first", "both"):
        items[0]["id"] = _nested(100_000)
    if where in ("last", "both"):
        items[-1]["id"] = _nested(100_000)
    page = {"data": items, "items": items, "results": items, "records": items}
    pager = ItemPaged(lambda p: (page, MISSING), lambda tok: Walker(spec, {}))
    with pytest.raises(PaginationError, match="nested too deeply"):
        list(pager)
