"""One pager over every pagination style, configured by the registry (not subclassed).

A ``Walker`` is the state machine: it says which parameters the next request needs and
reads each page's answer (items, next cursor, has-more flag, total). ``ItemPaged`` and
``AsyncItemPaged`` drive it with a sync or async fetch. Continuation tokens are opaque
strings: the cursor itself for cursor lists, the next page number for page lists.
"""

from __future__ import annotations

import contextlib
import itertools
import warnings
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from evalclients._schemas.registry import Pagination
from evalclients.errors import APIError, PaginationError
from evalclients.tolerance import attribute_name

T = TypeVar("T")
MISSING: Any = object()
DEFAULT_PAGE_SIZE = 100
MAX_EMPTY_PAGES = 100

__all__ = ["AsyncItemPaged", "IncompleteListWarning", "ItemPaged", "Page", "Walker"]


class IncompleteListWarning(UserWarning):
    """The server said more items exist but gave no way to fetch them."""


@dataclass
class Page(Generic[T]):
    """One page: its items, and the token that fetches the page after it (None: last page)."""

    items: list[T]
    continuation_token: str | None
    number: int
    incomplete: bool = False
    raw: Any = field(default=None, repr=False)


def lookup(obj: Any, dotted: str) -> Any:
    """Follow a dotted path through dicts or generated models; MISSING if absent."""
    if dotted == "":
        return obj
    for key in dotted.split("."):
        if isinstance(obj, dict):
            obj = obj.get(key, MISSING)
        elif obj is MISSING or isinstance(obj, list):
            return MISSING
        else:
            value = getattr(obj, key, MISSING)
            if value is MISSING and key != (attr := attribute_name(key)):
                value = getattr(obj, attr, MISSING)  # a path in the vendor's other casing
            if value is MISSING or type(value).__name__ == "Unset":
                extra = getattr(obj, "additional_properties", None)
                value = extra.get(key, MISSING) if isinstance(extra, dict) else MISSING
            obj = value
        if obj is None:
            return None
    return obj


class Walker:
    """The pagination state machine for one listing, driven by the registry's entry."""

    def __init__(
        self,
        spec: Pagination | None,
        params: dict[str, Any],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
    ) -> None:
        self.spec: Pagination = spec or {"style": "none", "items": [""]}
        self.style = self.spec["style"]
        self.params = dict(params)
        size_param = self.spec.get("limit_param") or self.spec.get("size_param")
        if size_param and size_param in self.params:
            page_size = self.params.pop(size_param) if page_size is None else page_size
            self.params.pop(size_param, None)
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        cap = self.spec.get("max_limit")
        default = self.spec.get("default_page_size", DEFAULT_PAGE_SIZE)
        size = default if page_size is None else page_size
        self.page_size = min(size, cap) if cap else size  # 0 or less: the server says what's wrong
        self.max_items = max_items
        self.token = continuation_token
        self.done = max_items == 0
        self.pages = 0
        self.items_seen = 0
        self._seen_cursors: set[str] = set()
        self._empty_streak = 0
        self._last_items: Any = MISSING
        self._offset = 0  # items before a resumed page (page lists)
        if self.style == "page":
            first = self.spec.get("first_page", 1)
            self.page = (
                first if continuation_token is None else self._page_number(continuation_token)
            )
            self._offset = (self.page - first) * self.page_size
        elif continuation_token is not None:
            self._seen_cursors.add(continuation_token)

    @staticmethod
    def _page_number(token: str) -> int:
        try:
            return int(token)
        except ValueError:
            raise PaginationError(f"not a page-number continuation token: {token!r}") from None

    def request_params(self) -> dict[str, Any] | None:
        """Parameters for the next request, or None when the listing is complete."""
        if self.done:
            return None
        params = dict(self.params)
        if self.style == "cursor":
            limit = self.page_size
            if self.max_items is not None:
                limit = min(limit, self.max_items - self.items_seen)
            if "limit_param" in self.spec:
                params[self.spec["limit_param"]] = limit
            if self.token is not None:
                params[self.spec["cursor_param"]] = self.token
        elif self.style == "page":
            params[self.spec["page_param"]] = self.page
            params[self.spec["size_param"]] = self.page_size
        return params

    def _items(self, data: Any) -> tuple[str, Any]:
        for path in self.spec["items"]:
            value = lookup(data, path)
            if isinstance(value, list):
                return path, value
        raise PaginationError(f"no item list at {' or '.join(map(repr, self.spec['items']))}")

    def _first(self, data: Any, paths: list[str]) -> Any:
        for path in paths:
            value = lookup(data, path)
            if value is not MISSING:
                return value
        return MISSING

    def accept(self, data: Any, parsed: Any = MISSING) -> Page[Any]:
        """Read one page's answer (raw JSON ``data``; ``parsed`` for typed items)."""
        path, raw_items = self._items(data)
        items = raw_items if parsed is MISSING else lookup(parsed, path)
        if not isinstance(items, list) or len(items) != len(raw_items):
            raise PaginationError(f"the typed page does not hold the items at {path!r}")
        self.pages += 1
        incomplete = False
        if self.style == "cursor":
            incomplete = self._advance_cursor(data, items)
        elif self.style == "page":
            incomplete = self._advance_page(data, items)
        else:
            self.done = True
        if self.max_items is not None and self.items_seen + len(items) >= self.max_items:
            items = items[: self.max_items - self.items_seen]
            self.done = True
        self.items_seen += len(items)
        if incomplete:
            warnings.warn(
                "the server says more items exist but gave no cursor to fetch them; "
                "the list is incomplete (see Page.incomplete)",
                IncompleteListWarning,
                stacklevel=4,
            )
        return Page(items, None if self.done else self.token, self.pages, incomplete, data)

    def _advance_cursor(self, data: Any, items: list[Any]) -> bool:
        cursor = self._first(data, self.spec.get("next_cursor", []))
        has_more = self._first(data, self.spec.get("has_more", []))
        if cursor is not MISSING and cursor is not None and not isinstance(cursor, str):
            if isinstance(cursor, bool) or not isinstance(cursor, int):
                raise PaginationError(f"next cursor of unexpected type {type(cursor).__name__}")
            cursor = str(cursor)
        if has_more is False or cursor in (MISSING, None, ""):
            self.done = True
            return has_more is True
        if cursor in self._seen_cursors:
            raise PaginationError(
                f"the server repeated cursor {cursor!r}; stopping instead of looping"
            )
        self._empty_streak = self._empty_streak + 1 if not items else 0
        if self._empty_streak > MAX_EMPTY_PAGES:
            raise PaginationError(f"{MAX_EMPTY_PAGES} empty pages in a row; stopping")
        self._seen_cursors.add(cursor)
        self.token = cursor
        return False

    def _advance_page(self, data: Any, items: list[Any]) -> bool:
        total = lookup(data, self.spec["total"]) if "total" in self.spec else MISSING
        link = lookup(data, self.spec["next"]) if "next" in self.spec else MISSING
        received = self._offset + self.items_seen + len(items)
        if not items:
            self.done = True
            return isinstance(total, int) and received < total
        if items == self._last_items:
            raise PaginationError(
                f"page {self.page} repeats the previous page; the server ignores paging"
            )
        self._last_items = items
        if isinstance(total, int) and not isinstance(total, bool):
            self.done = received >= total
        elif link is not MISSING:
            self.done = link is None
        else:
            self.done = len(items) < self.page_size
        self.page += 1
        self.token = str(self.page)
        return False


Fetch = Callable[[dict[str, Any]], tuple[Any, Any]]
AsyncFetch = Callable[[dict[str, Any]], Awaitable[tuple[Any, Any]]]
WalkerFactory = Callable[[str | None], Walker]


class ItemPaged(Iterator[T]):
    """A lazy iterator over every item of a listing; ``by_page()`` gives the pages."""

    def __init__(self, fetch: Fetch, walker: WalkerFactory, token: str | None = None) -> None:
        self._fetch = fetch
        self._walker = walker
        self._token = token
        self._iter: Iterator[T] | None = None

    def _items(self) -> Iterator[T]:
        if self._iter is None:
            pages = self.by_page(self._token)
            self._iter = itertools.chain.from_iterable(page.items for page in pages)
        return self._iter

    def __next__(self) -> T:
        return next(self._items())

    def __iter__(self) -> Iterator[T]:
        # The item iterator itself (shared with __next__), so a for loop steps through the
        # items in C instead of calling __next__ once per item.
        return self._items()

    def by_page(self, continuation_token: str | None = None) -> Iterator[Page[T]]:
        """Pages from the start, or from the page ``continuation_token`` names."""
        walker = self._walker(continuation_token)
        while (params := walker.request_params()) is not None:
            token = walker.token
            try:
                page = walker.accept(*self._fetch(params))
            except APIError as exc:
                exc.continuation_token = token
                raise
            yield page


class AsyncItemPaged(AsyncIterator[T]):
    """Async twin of ItemPaged: ``async for item in ...``; ``by_page()`` gives the pages.

    ``prefetch=n`` (opt-in) fetches up to ``n`` pages ahead in a background task while the
    caller works on the current page; pages and errors still arrive in order.
    """

    def __init__(
        self,
        fetch: AsyncFetch,
        walker: WalkerFactory,
        token: str | None = None,
        *,
        prefetch: int = 0,
    ) -> None:
        if prefetch < 0:
            raise ValueError("prefetch must be >= 0")
        self._fetch = fetch
        self._walker = walker
        self._token = token
        self._prefetch = prefetch
        self._iter: AsyncIterator[T] | None = None

    async def __anext__(self) -> T:
        if self._iter is None:
            self._iter = self._items()
        return await self._iter.__anext__()

    def __aiter__(self) -> AsyncItemPaged[T]:
        return self

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.by_page(self._token):
            for item in page.items:
                yield item

    async def _pages(self, walker: Walker) -> AsyncGenerator[Page[T], None]:
        while (params := walker.request_params()) is not None:
            token = walker.token
            try:
                page = walker.accept(*await self._fetch(params))
            except APIError as exc:
                exc.continuation_token = token
                raise
            yield page

    async def by_page(self, continuation_token: str | None = None) -> AsyncIterator[Page[T]]:
        """Pages from the start, or from the page ``continuation_token`` names."""
        pages = self._pages(self._walker(continuation_token))
        if self._prefetch == 0:
            async for page in pages:
                yield page
            return
        # A producer task runs ahead; `slots` bounds the pages fetched but not yet handed over.
        import asyncio  # here: `import evalclients` stays free of asyncio for sync users

        slots = asyncio.Semaphore(self._prefetch)
        queue: asyncio.Queue[Page[T] | BaseException | None] = asyncio.Queue()

        async def produce() -> None:
            try:
                while True:
                    await slots.acquire()
                    page = await anext(pages, None)
                    queue.put_nowait(page)
                    if page is None:
                        return
            except Exception as exc:
                queue.put_nowait(exc)

        producer = asyncio.ensure_future(produce())
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                slots.release()
                yield item
        finally:
            producer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await producer
            await pages.aclose()
