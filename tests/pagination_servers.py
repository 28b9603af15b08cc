"""Simulated list servers for every pagination style, with the faults a real one shows.

A ``StyleServer`` answers the pager's request parameters the way a vendor would (no HTTP):
it can cap the page size in silence, repeat items under a fresh cursor, send a cursor
cycle, drop its cursor / has-more / link / total field, or fail a page. ``collect`` drives a
pager over it and classifies the outcome; ``check_outcome`` is the contract every style
keeps: exactly the server's items, or an error, or a warning over a clean prefix.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from evalclients.errors import APIConnectionError, APIError, PaginationError
from evalclients.pagination import (
    MISSING,
    NEXT_URL,
    AsyncItemPaged,
    IncompleteListWarning,
    ItemPaged,
    Walker,
    Window,
)

BASE = "https://api.test/v1"
STYLES = [
    "cursor",
    "cursor_flag",
    "cursor_body",
    "page",
    "page_total",
    "offset",
    "offset_total",
    "after_id",
    "after_id_flag",
    "next_url",
]
FILTER = {"filter": {"status": "done"}, "order": "asc"}


class RequestBudgetExceeded(AssertionError):
    """The pager kept asking: an endless loop."""


@dataclass
class StyleServer:
    """``n`` items served in ``style``; the faults are off unless set."""

    n: int
    style: str
    cap: int | None = None  # the server's real maximum page size (applied in silence)
    declare_cap: bool = False  # the registry knows that maximum (max_limit)
    repeat_from: int | None = None  # from this page on: the page before's items, a fresh cursor
    cycle_at: int | None = None  # this page answers with the first page's cursor again
    drop_from: int | None = None  # from this page on: no cursor / flag / link / total field
    fail_at: int | None = None  # this page raises APIError (a transient failure)
    relative_links: bool = False
    link_origin: str = BASE
    budget: int | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    _unit: int = 10  # the full page size (of the first request)
    _first_token: str | None = None

    def __post_init__(self) -> None:
        self.items = [{"id": f"i{i:05d}", "n": i} for i in range(self.n)]
        self._index = {item["id"]: i for i, item in enumerate(self.items)}
        if self.budget is None:
            self.budget = 3 * self.n + 20

    @property
    def spec(self) -> dict[str, Any]:
        """The registry pagination entry for this server."""
        base = self.style.removesuffix("_flag").removesuffix("_total").removesuffix("_body")
        spec: dict[str, Any]
        if base == "cursor":
            spec = {
                "style": "cursor",
                "items": ["data"],
                "cursor_param": "cursor",
                "limit_param": "limit",
                "next_cursor": ["meta.next_cursor"],
            }
            if self.style == "cursor_flag":
                spec["has_more"] = ["meta.has_more"]
            if self.style == "cursor_body":
                spec["cursor_in"] = "body"
        elif base == "page":
            spec = {"style": "page", "items": ["records", ""], "page_param": "page"}
            spec |= {"size_param": "size", "first_page": 1}
            if self.style == "page_total":
                spec["total"] = "total"
        elif base == "offset":
            spec = {"style": "offset", "items": ["data"], "offset_param": "offset"}
            spec |= {"limit_param": "limit"}
            spec["total" if self.style == "offset_total" else "has_more"] = (
                "meta.total" if self.style == "offset_total" else ["meta.has_more"]
            )
        elif base == "after_id":
            spec = {"style": "after_id", "items": ["data"], "after_param": "starting_after"}
            spec["limit_param"] = "limit"
            if self.style == "after_id_flag":
                spec["has_more"] = ["has_more"]
        else:
            spec = {"style": "next_url", "items": ["data"], "next_url": ["links.next"]}
            spec["limit_param"] = "limit"
        if self.declare_cap and self.cap:
            spec["max_limit"] = self.cap
        return spec

    def walker(self, token: str | None = None, **kw: Any) -> Walker:
        """A Walker over this server (the body filter for cursor_body lists)."""
        params: dict[str, Any] = {"body": dict(FILTER)} if self.style == "cursor_body" else {}
        return Walker(self.spec, params, continuation_token=token, base_url=BASE, **kw)  # type: ignore[arg-type]

    # -- answering -------------------------------------------------------------------------

    def _size(self, asked: Any) -> int:
        size = int(asked) if asked is not None else 10
        return min(size, self.cap) if self.cap else size

    def _position(self, params: dict[str, Any]) -> tuple[int, int]:
        """Offset and page size of a request."""
        base = self.style.removesuffix("_flag").removesuffix("_total").removesuffix("_body")
        if base == "cursor":
            source = params["body"] if self.style == "cursor_body" else params
            if self.style == "cursor_body":
                rest = {k: v for k, v in source.items() if k not in ("cursor", "limit")}
                if rest != FILTER:
                    self.violations.append(f"body fields changed: {rest}")
            token = source.get("cursor")
            return (int(token.split(":")[1]) if token else 0), self._size(source.get("limit"))
        if base == "page":
            size = self._size(params["size"])
            return (int(params["page"]) - 1) * size, size
        if base == "offset":
            return int(params["offset"]), self._size(params["limit"])
        if base == "after_id":
            after = params.get("starting_after")
            start = 0 if after is None else self._index[after] + 1
            return start, self._size(params.get("limit"))
        if NEXT_URL in params:
            url = params[NEXT_URL]
            if not url.startswith(BASE + "/"):
                self.violations.append(f"followed {url}")
            query = parse_qs(urlsplit(url).query)
            return int(query["offset"][0]), self._size(query["limit"][0])
        return 0, self._size(params.get("limit"))

    def __call__(self, params: dict[str, Any]) -> tuple[Any, Any]:
        self.requests.append(params)
        number = len(self.requests)
        assert self.budget is not None
        if number > self.budget:
            raise RequestBudgetExceeded(f"{number} requests for {self.n} items: a loop")
        offset, size = self._position(params)
        if number == 1:
            self._unit = max(size, 1)
        # Faults are keyed by the page's place in the list, not by arrival order: pages
        # fetched ahead arrive in any order, and the scenario must not depend on the race.
        place = offset // self._unit + 1
        if place == self.fail_at:
            raise APIConnectionError(f"page {place} failed")
        chunk = self.items[offset : offset + size]
        if self.repeat_from is not None and place >= self.repeat_from > 1:
            start = (self.repeat_from - 2) * self._unit  # the page before, again and again
            chunk = self.items[start : start + self._unit]
        end = offset + len(chunk)
        more = end < self.n
        nonce = f":{number}" if self.repeat_from is not None else ""
        token = f"c:{end}{nonce}" if more else None
        if place == 1:
            self._first_token = token
        if place == self.cycle_at:
            token, more = self._first_token, True
        drop = self.drop_from is not None and place >= self.drop_from
        return self._body(chunk, token, more, end, size, drop, place == self.cycle_at), MISSING

    def _link(self, end: int, size: int, nonce: str) -> str:
        query = f"?offset={end}&limit={size}{nonce}"
        if self.relative_links:
            return "/v1/items" + query
        return f"{self.link_origin}/items{query}"

    def _body(
        self,
        chunk: list[Any],
        token: str | None,
        more: bool,
        end: int,
        size: int,
        drop: bool,
        cycle: bool,
    ) -> Any:
        style = self.style
        if style.startswith("cursor"):
            meta: dict[str, Any] = {}
            if not drop:
                meta["next_cursor"] = token
                if style == "cursor_flag":
                    meta["has_more"] = more
            return {"data": chunk, "meta": meta}
        if style == "page":
            return chunk
        if style == "page_total":
            return {"records": chunk} if drop else {"records": chunk, "total": self.n}
        if style.startswith("offset"):
            meta = {}
            if not drop:
                meta["total" if style == "offset_total" else "has_more"] = (
                    self.n if style == "offset_total" else more
                )
            return {"data": chunk, "meta": meta}
        if style.startswith("after_id"):
            body: dict[str, Any] = {"data": chunk}
            if style == "after_id_flag" and not drop:
                body["has_more"] = more
            return body
        links: dict[str, Any] = {}
        if not drop:
            nonce = f"&n={len(self.requests)}" if self.repeat_from is not None else ""
            links["next"] = self._link(end, size, nonce) if token else None
            if cycle:
                links["next"] = self._link(0, size, "")
        return {"data": chunk, "links": links}


@dataclass
class Outcome:
    """What a listing gave: ids, the error, whether it warned, requests made."""

    ids: list[str]
    error: Exception | None
    warned: bool
    incomplete: bool
    requests: int


def collect(server: StyleServer, *, concurrency: int = 1, **kw: Any) -> Outcome:
    """Page through ``server`` with a sync pager; never raises what the pager raises."""
    # Ahead from the first page: these servers answer at once, which would keep the pager on
    # demand (FETCH_AHEAD_WAIT) and leave the fetch-ahead path untested.
    window = Window(concurrency, ahead_after=0)
    pager: ItemPaged[Any] = ItemPaged(
        server, lambda tok: server.walker(tok, **kw), concurrency=window
    )
    ids: list[str] = []
    error: Exception | None = None
    incomplete = False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            for page in pager.by_page():
                ids += [item["id"] for item in page.items]
                incomplete |= page.incomplete
        except (APIError, RequestBudgetExceeded) as exc:
            error = exc
    warned = any(issubclass(w.category, IncompleteListWarning) for w in caught)
    return Outcome(ids, error, warned, incomplete, len(server.requests))


async def acollect(server: StyleServer, *, concurrency: int = 1, **kw: Any) -> Outcome:
    """Async twin of ``collect``."""

    async def fetch(params: dict[str, Any]) -> tuple[Any, Any]:
        return server(params)

    pager: AsyncItemPaged[Any] = AsyncItemPaged(
        fetch, lambda tok: server.walker(tok, **kw), concurrency=concurrency
    )
    ids: list[str] = []
    error: Exception | None = None
    incomplete = False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            async for page in pager.by_page():
                ids += [item["id"] for item in page.items]
                incomplete |= page.incomplete
        except (APIError, RequestBudgetExceeded) as exc:
            error = exc
    warned = any(issubclass(w.category, IncompleteListWarning) for w in caught)
    return Outcome(ids, error, warned, incomplete, len(server.requests))


def check_outcome(server: StyleServer, out: Outcome) -> str:
    """The contract: 'complete', 'error' or 'warned'; an AssertionError for anything else."""
    expected = [item["id"] for item in server.items]
    assert not isinstance(out.error, RequestBudgetExceeded), f"endless loop: {out.error}"
    assert server.violations == [], server.violations
    assert len(out.ids) == len(set(out.ids)), "an item was handed out twice"
    assert out.ids == expected[: len(out.ids)], "items out of order or skipped"
    if out.error is not None:
        assert isinstance(out.error, PaginationError | APIError)
        return "error"
    if out.ids == expected:
        return "complete"
    assert out.warned and out.incomplete, (
        f"silent truncation: {len(out.ids)} of {len(expected)} items, no warning"
    )
    return "warned"
