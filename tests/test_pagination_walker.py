"""The pager's state machine, per style, driven by simulated servers (no network)."""

from __future__ import annotations

import base64
import warnings
from typing import Any

import attrs
import pytest

from evalclients.errors import APIError, PaginationError
from evalclients.pagination import IncompleteListWarning, ItemPaged, Walker
from evalclients.tolerance import Difference

ARIZE: Any = {
    "style": "cursor",
    "items": ["experiment_runs"],
    "cursor_param": "cursor",
    "limit_param": "limit",
    "next_cursor": ["pagination.next_cursor", "pagination.nextCursor"],
    "has_more": ["pagination.has_more", "pagination.hasMore"],
    "max_limit": 500,
}
PHOENIX: Any = {
    "style": "cursor",
    "items": ["data"],
    "cursor_param": "cursor",
    "limit_param": "limit",
    "next_cursor": ["next_cursor"],
}
HUMANLOOP: Any = {
    "style": "page",
    "items": ["records"],
    "page_param": "page",
    "size_param": "size",
    "total": "total",
    "first_page": 1,
}
RESPAN: Any = {
    "style": "page",
    "items": ["results", ""],
    "page_param": "page",
    "size_param": "page_size",
    "total": "count",
    "next": "next",
    "first_page": 1,
}


def _enc(i: int) -> str:
    return base64.b64encode(f"off:{i}".encode()).decode()


def _dec(c: str) -> int:
    return int(base64.b64decode(c).decode().split(":")[1])


class CursorServer:
    """Serves ``n`` items in Arize style (snake or camel) or Phoenix style; counts requests."""

    def __init__(self, n: int, style: str = "snake") -> None:
        self.items = [{"id": f"run_{i:06d}"} for i in range(n)]
        self.style = style
        self.requests: list[dict[str, Any]] = []

    def __call__(self, params: dict[str, Any]) -> tuple[Any, Any]:
        self.requests.append(params)
        start = _dec(params["cursor"]) if "cursor" in params else 0
        page = self.items[start : start + params["limit"]]
        end = start + len(page)
        more = end < len(self.items)
        cursor = _enc(end) if more else None
        if self.style == "phoenix":
            return {"data": page, "next_cursor": cursor}, None
        meta = (
            {"next_cursor": cursor, "has_more": more}
            if self.style == "snake"
            else {"nextCursor": cursor, "hasMore": more}
        )
        return {"experiment_runs": page, "pagination": meta}, None


def paged(spec: Any, fetch: Any, **kw: Any) -> ItemPaged[Any]:
    from evalclients.pagination import MISSING

    def raw_fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        return fetch(params)[0], MISSING

    return ItemPaged(raw_fetch, lambda tok: Walker(spec, {}, continuation_token=tok, **kw))


@pytest.mark.parametrize("style,spec", [("snake", ARIZE), ("camel", ARIZE), ("phoenix", PHOENIX)])
@pytest.mark.parametrize("n,size", [(0, 10), (1, 10), (10, 10), (95, 10), (250, 100)])
def test_cursor_lists_every_item_once_in_order_without_extra_requests(
    style: str, spec: Any, n: int, size: int
) -> None:
    server = CursorServer(n, style)
    ids = [item["id"] for item in paged(spec, server, page_size=size)]
    assert ids == [item["id"] for item in server.items]
    # one request per page; an empty list still needs its one request
    assert len(server.requests) == max(1, -(-n // size))


def test_page_size_is_capped_by_the_registry_and_max_items_trims_the_last_request() -> None:
    server = CursorServer(2000)
    ids = list(paged(ARIZE, server, page_size=10_000, max_items=700))
    assert len(ids) == 700
    assert [r["limit"] for r in server.requests] == [500, 200]


@pytest.mark.parametrize(
    ("spec", "given", "sent"),
    [
        (PHOENIX, None, 100),  # no registry default: 100
        ({**PHOENIX, "default_page_size": 500}, None, 500),  # the registry's measured default
        ({**PHOENIX, "default_page_size": 500}, 7, 7),  # the caller's size wins
        ({**ARIZE, "default_page_size": 900}, None, 500),  # the maximum still caps it
    ],
)
def test_default_page_size_comes_from_the_registry(spec: Any, given: int | None, sent: int) -> None:
    server = CursorServer(1200, "phoenix" if spec["items"] == ["data"] else "snake")
    assert len(list(paged(spec, server, page_size=given))) == 1200
    assert server.requests[0]["limit"] == sent


def test_resume_from_a_page_token_continues_without_loss_or_repeat() -> None:
    server = CursorServer(57, "phoenix")
    pages = list(paged(PHOENIX, server, page_size=10).by_page())
    token = pages[2].continuation_token
    assert token is not None
    rest = [i["id"] for p in paged(PHOENIX, server, page_size=10).by_page(token) for i in p.items]
    first = [i["id"] for p in pages[:3] for i in p.items]
    assert first + rest == [i["id"] for i in server.items]


def test_empty_page_with_a_cursor_continues() -> None:
    answers = iter(
        [
            ({"data": [], "next_cursor": "a"}, None),
            ({"data": [{"id": "x"}], "next_cursor": "b"}, None),
            ({"data": [], "next_cursor": None}, None),
        ]
    )
    assert [i["id"] for i in paged(PHOENIX, lambda p: next(answers))] == ["x"]


def test_repeated_cursor_is_an_error_not_a_loop() -> None:
    calls = []

    def server(params: dict[str, Any]) -> tuple[Any, Any]:
        calls.append(params)
        return {"data": [{"id": len(calls)}], "next_cursor": "same"}, None

    got: list[Any] = []
    with pytest.raises(PaginationError, match="repeated cursor") as info:
        got.extend(paged(PHOENIX, server))
    assert len(calls) == 2 and got == [{"id": 1}, {"id": 2}]  # page 2's items are new
    # not transient: resuming would meet the same cursor, so no token and no resume advice
    assert info.value.continuation_token is None and "resume" not in str(info.value)


def test_has_more_without_cursor_ends_and_flags_incomplete() -> None:
    def server(params: dict[str, Any]) -> tuple[Any, Any]:
        return {"experiment_runs": [{"id": 1}], "pagination": {"hasMore": True}}, None

    with pytest.warns(IncompleteListWarning):
        pages = list(paged(ARIZE, server).by_page())
    assert len(pages) == 1
    assert pages[0].incomplete and pages[0].continuation_token is None


# Braintrust's events fetch: {events, cursor} with the cursor "not provided if the returned
# result set is empty".
BODY_CURSOR: Any = {
    "style": "cursor",
    "cursor_in": "body",
    "items": ["events"],
    "cursor_param": "cursor",
    "limit_param": "limit",
    "next_cursor": ["cursor"],
}


@pytest.mark.parametrize("spec", [BODY_CURSOR, PHOENIX], ids=["body", "query"])
def test_an_empty_page_without_its_cursor_field_ends_the_list_silently(spec: Any) -> None:
    key = spec["items"][0]
    answers = iter(
        [
            ({key: [{"id": "a"}, {"id": "b"}], "next_cursor": "c1", "cursor": "c1"}, None),
            ({key: [{"id": "c"}], "next_cursor": "c2", "cursor": "c2"}, None),
            ({key: []}, None),  # the documented end: no cursor field at all
        ]
    )
    requests: list[dict[str, Any]] = []

    def server(params: dict[str, Any]) -> tuple[Any, Any]:
        requests.append(params)
        return next(answers)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pages = list(paged(spec, server, page_size=2).by_page())
    assert [i["id"] for p in pages for i in p.items] == ["a", "b", "c"]
    assert len(requests) == 3
    assert not any(p.incomplete for p in pages)
    assert pages[-1].continuation_token is None


@pytest.mark.parametrize("spec", [BODY_CURSOR, PHOENIX], ids=["body", "query"])
def test_a_non_empty_page_without_its_cursor_field_still_warns(spec: Any) -> None:
    key = spec["items"][0]
    answers = iter(
        [
            ({key: [{"id": "a"}], "next_cursor": "c1", "cursor": "c1"}, None),
            ({key: [{"id": "b"}]}, None),  # items, but no word on whether more exist
        ]
    )
    with pytest.warns(IncompleteListWarning, match="page 2 has no"):
        pages = list(paged(spec, lambda p: next(answers), page_size=1).by_page())
    assert [i["id"] for p in pages for i in p.items] == ["a", "b"]
    assert pages[-1].incomplete and pages[-1].continuation_token is None
    assert not pages[0].incomplete


def test_has_more_false_wins_over_a_stray_cursor() -> None:
    def server(params: dict[str, Any]) -> tuple[Any, Any]:
        return {
            "experiment_runs": [{"id": 1}],
            "pagination": {"next_cursor": "zzz", "has_more": False},
        }, None

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(list(paged(ARIZE, server))) == 1


def test_integer_cursor_is_sent_back_as_text_and_other_types_fail() -> None:
    seen = []

    def server(params: dict[str, Any]) -> tuple[Any, Any]:
        seen.append(params.get("cursor"))
        return (
            ({"data": [1], "next_cursor": 5}, None)
            if len(seen) == 1
            else ({"data": [2], "next_cursor": {"x": 1}}, None)
        )

    with pytest.raises(PaginationError, match="unexpected type dict"):
        list(paged(PHOENIX, server))
    assert seen == [None, "5"]


class PageServer:
    """Humanloop/Respan page-number lists; optional size cap and envelope choice."""

    def __init__(self, n: int, envelope: str = "humanloop", cap: int | None = None) -> None:
        self.items = [{"id": i} for i in range(n)]
        self.envelope = envelope
        self.cap = cap
        self.requests: list[dict[str, Any]] = []

    def __call__(self, params: dict[str, Any]) -> tuple[Any, Any]:
        self.requests.append(params)
        size = params.get("size", params.get("page_size"))
        size = min(size, self.cap) if self.cap else size
        start = (params["page"] - 1) * size
        chunk = self.items[start : start + size]
        if self.envelope == "humanloop":
            body = {
                "records": chunk,
                "page": params["page"],
                "size": size,
                "total": len(self.items),
            }
        elif self.envelope == "drf":
            nxt = (
                f"https://x/?page={params['page'] + 1}" if start + size < len(self.items) else None
            )
            body = {"results": chunk, "count": len(self.items), "next": nxt, "previous": None}
        else:
            body = chunk
        return body, None


@pytest.mark.parametrize(
    "envelope,spec", [("humanloop", HUMANLOOP), ("drf", RESPAN), ("bare", RESPAN)]
)
@pytest.mark.parametrize("n", [0, 1, 30, 31, 45])
def test_page_lists_make_no_request_past_the_last_page(envelope: str, spec: Any, n: int) -> None:
    server = PageServer(n, envelope)
    assert [i["id"] for i in paged(spec, server, page_size=15)] == list(range(n))
    pages_needed = max(1, -(-n // 15))
    # a bare array says neither its total nor whether more exist, and without the server's
    # maximum page size a short page may be a capped one: an empty page confirms the end
    extra = 1 if envelope == "bare" and n else 0
    assert len(server.requests) == pages_needed + extra


@pytest.mark.parametrize("n", [0, 1, 30, 31, 45])
def test_a_bare_page_list_with_a_known_maximum_ends_on_a_short_page(n: int) -> None:
    server = PageServer(n, "bare", cap=15)
    spec = {**RESPAN, "max_limit": 15}
    assert [i["id"] for i in paged(spec, server, page_size=100)] == list(range(n))
    extra = 1 if n and n % 15 == 0 else 0  # a full last page still needs the empty one
    assert len(server.requests) == max(1, -(-n // 15)) + extra
    assert all(r["page_size"] == 15 for r in server.requests)


def test_page_list_survives_a_server_capping_the_page_size() -> None:
    server = PageServer(95, "humanloop", cap=20)
    assert [i["id"] for i in paged(HUMANLOOP, server, page_size=50)] == list(range(95))


def test_page_list_resumes_from_a_page_number_token() -> None:
    server = PageServer(50)
    pages = list(paged(HUMANLOOP, server, page_size=10).by_page())
    assert [p.continuation_token for p in pages] == ["2", "3", "4", "5", None]
    before = len(server.requests)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rest = [
            i["id"] for p in paged(HUMANLOOP, server, page_size=10).by_page("4") for i in p.items
        ]
    assert rest == list(range(30, 50))
    assert len(server.requests) - before == 2


def test_page_list_that_ignores_the_page_parameter_is_an_error() -> None:
    def server(params: dict[str, Any]) -> tuple[Any, Any]:
        return [{"id": 1}, {"id": 2}], None

    with pytest.raises(PaginationError, match="page 2 repeats page 1"):
        list(paged(RESPAN, server, page_size=2))


def test_unpaginated_list_is_one_request() -> None:
    calls = []

    def server(params: dict[str, Any]) -> tuple[Any, Any]:
        calls.append(params)
        return {"runs": [{"id": "a"}, {"id": "b"}]}, None

    spec: Any = {"style": "none", "items": ["runs"]}
    assert [r["id"] for r in paged(spec, server)] == ["a", "b"]
    assert calls == [{}]


def test_an_error_mid_way_carries_the_token_to_resume_from() -> None:
    server = CursorServer(40, "phoenix")
    calls = {"n": 0}

    def flaky(params: dict[str, Any]) -> tuple[Any, Any]:
        calls["n"] += 1
        if calls["n"] == 3:
            raise APIError("boom")
        return server(params)

    got: list[Any] = []
    with pytest.raises(APIError) as info:
        for item in paged(PHOENIX, flaky, page_size=10):
            got.append(item["id"])
    assert len(got) == 20
    token = info.value.continuation_token
    got += [i["id"] for p in paged(PHOENIX, server, page_size=10).by_page(token) for i in p.items]
    assert got == [i["id"] for i in server.items]


def test_missing_item_list_is_a_pagination_error() -> None:
    with pytest.raises(PaginationError, match="no item list"):
        list(paged(PHOENIX, lambda p: ({"rows": []}, None)))


@attrs.define
class _TypedPage:
    """A decoded page as the generated models give it: ``_drift`` holds what differed."""

    data: Any = None
    _drift: list[Difference] | None = None


def test_an_absent_optional_item_list_is_an_empty_page_only_when_typed_without_drift() -> None:
    # Some renderings mark nothing required: a typed page that decoded cleanly without its
    # list is what the spec allows (an empty page); raw JSON or a drifted page is not.
    walker = Walker(PHOENIX, {})
    page = walker.accept({"next_cursor": None}, _TypedPage())
    assert page.items == [] and walker.done and not page.incomplete
    with pytest.raises(PaginationError, match="no item list"):
        Walker(PHOENIX, {}).accept({"next_cursor": None})
    drifted = _TypedPage(drift=[Difference("data", "missing", "list", "absent", "Page")])
    with pytest.raises(PaginationError, match="no item list"):
        Walker(PHOENIX, {}).accept({"next_cursor": None}, drifted)
    with pytest.raises(PaginationError, match="no item list"):  # present, but not a list
        Walker(PHOENIX, {}).accept({"data": {"id": "x"}}, _TypedPage())


def test_cursor_absent_at_end_ends_only_where_the_cursor_object_is_present() -> None:
    """Langfuse scores v3: ``meta.cursor`` is "absent when there are no more results"."""
    spec: Any = {
        "style": "cursor",
        "items": ["data"],
        "cursor_param": "cursor",
        "limit_param": "limit",
        "next_cursor": ["meta.cursor"],
        "cursor_absent_at_end": True,
    }
    answers = {None: ({"data": [{"id": 1}], "meta": {"limit": 1, "cursor": "c2"}}, None)}
    answers["c2"] = ({"data": [{"id": 2}], "meta": {"limit": 1}}, None)

    def server(params: dict[str, Any]) -> tuple[Any, Any]:
        return answers[params.get("cursor")]

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pages = list(paged(spec, server).by_page())
    assert [p.items for p in pages] == [[{"id": 1}], [{"id": 2}]]
    assert not pages[-1].incomplete and pages[-1].continuation_token is None
    answers["c2"] = ({"data": [{"id": 2}]}, None)  # no meta at all: not the documented end
    with pytest.warns(IncompleteListWarning, match="page 2 has no 'meta.cursor'"):
        pages = list(paged(spec, server).by_page())
    assert pages[-1].incomplete
    without = {k: v for k, v in spec.items() if k != "cursor_absent_at_end"}
    answers["c2"] = ({"data": [{"id": 2}], "meta": {"limit": 1}}, None)
    with pytest.warns(IncompleteListWarning):  # the flag is what makes it an end
        list(paged(without, server).by_page())
