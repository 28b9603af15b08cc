"""One pager over every pagination style, configured by the registry (not subclassed).

A ``Walker`` is the state machine: it says which parameters the next request needs and
reads each page's answer (items, next cursor / link / last id, has-more flag, total).
``ItemPaged`` and ``AsyncItemPaged`` drive it with a sync or async fetch, requesting pages
ahead of the caller where the next request is known: up to ``concurrency`` pages in flight
for page and offset lists whose total is known, one page ahead (overlap) otherwise.

Styles (``style`` in the registry): ``cursor`` (cursor and limit in the query, or in the
JSON body with ``cursor_in = "body"``), ``page`` (page number and size), ``offset``
(offset and limit), ``after_id`` (the id of the last item seen), ``next_url`` (a link to
the next page, followed only on the configured origin), ``none``.

Continuation tokens are opaque strings: the cursor for cursor lists, the next page number
for page lists, the next offset for offset lists, the last item's id for after-id lists and
the next page's URL for link lists.

Guarantees: a listing never loops (a repeated cursor, link or last id, or a page whose items
repeat an earlier page's, raises ``PaginationError`` within two pages that make no
progress; memory: one integer per page) and never ends in silence on a page that lacks the
field that says whether more exist (``IncompleteListWarning`` and ``Page.incomplete``). A
list that reports no total ends on a short page only when the registry gives the server's
maximum page size (``max_limit``); otherwise it continues until an empty page.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import threading
import time
import warnings
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import SplitResult, urljoin, urlsplit

from evalclients._defaults import (
    DEFAULT_CONCURRENCY,
    DEFAULT_PAGE_SIZE,
    FETCH_AHEAD_START_WAIT,
    FETCH_AHEAD_WAIT,
)
from evalclients.errors import APIError, ConfigurationError, PaginationError
from evalclients.tolerance import Difference, attribute_name, drift

if TYPE_CHECKING:  # typing_extensions is not imported at run time
    import asyncio
    from concurrent.futures import Future

    from evalclients._schemas.registry import Pagination

T = TypeVar("T")
MISSING: Any = object()
MAX_EMPTY_PAGES = 100
NEXT_URL = "__evalclients_next_url__"
"""Key in a request's parameters: fetch this absolute URL (style next_url) instead."""

__all__ = [
    "DEFAULT_CONCURRENCY",
    "AsyncItemPaged",
    "IncompleteListWarning",
    "ItemPaged",
    "Page",
    "Walker",
    "Window",
]


def _kept_items(parsed: Any, path: str) -> tuple[Difference, ...]:
    """The envelope's drift records of whole items kept as received, as ``[i]`` paths."""
    records = getattr(parsed, "_drift", None)  # filled only when something drifted
    if not records:
        return ()
    keys = {path, attribute_name(path)}  # a record names the declared key, in either casing
    return tuple(
        Difference(r.path[len(key) :], r.kind, r.expected, r.received, r.model)
        for r in records
        if (key := r.path.split("[", 1)[0]) in keys and r.path != key
    )


class IncompleteListWarning(UserWarning):
    """The server said more items exist (or did not say) but gave no way to fetch them."""


@dataclass
class Page(Generic[T]):
    """One page: its items, and the token that fetches the page after it (None: last page)."""

    items: list[T]
    continuation_token: str | None
    number: int
    incomplete: bool = False
    raw: Any = field(default=None, repr=False)
    item_drift: tuple[Difference, ...] = field(default=(), repr=False)
    """Drift of items that could not hold it themselves (kept as received: ``null``, or an
    object no union variant matched), recorded by the page's envelope; ``drift(page)`` reads it."""


class Deferred:
    """A page's typed parse, not yet run: a fetch may return it instead of the model, so that
    a list whose next request depends on this page (cursor, after-id, link) sends that
    request first and builds the models while it is in flight."""

    __slots__ = ("parse",)

    def __init__(self, parse: Callable[[], Any]) -> None:
        self.parse = parse


def _resolved(parsed: Any) -> Any:
    return parsed.parse() if isinstance(parsed, Deferred) else parsed


def _fetch_parsed(fetch: Fetch, params: dict[str, Any]) -> tuple[Any, Any]:
    """``fetch`` with its typed parse run here (a worker thread, for planned pages)."""
    data, parsed = fetch(params)
    return data, _resolved(parsed)


class Window:
    """How many page requests of one listing may be in flight; halves when throttled.

    The client wraps its retry policy's sleep with ``shrink``: a page that had to wait
    (a 429 with Retry-After, a 5xx backoff) halves the window for the rest of the listing.
    A listing fetches ahead only once its requests wait ``ahead_after`` seconds on the
    server (0: from the first page on): the first page's, or two pages' in a row (one slow
    page among fast ones is a hiccup, a scheduler or GC pause, not a slow server); until
    then it reads on demand.
    """

    def __init__(
        self, size: int = DEFAULT_CONCURRENCY, ahead_after: float = FETCH_AHEAD_WAIT
    ) -> None:
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ConfigurationError(f"concurrency must be an integer >= 1, got {size!r}")
        self.size = size
        self.ahead_after = ahead_after

    def shrink(self) -> None:
        """Halve the window (never below one request)."""
        self.size = max(1, self.size // 2)


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


_SCALAR = (str, int, float)
"""Item ids a page's fingerprint may print (a drifted id can be a deeply nested list)."""


def _as_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _origin(parts: SplitResult) -> tuple[str, str, int | None]:
    scheme = parts.scheme.lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port


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
        base_url: str | None = None,
    ) -> None:
        self.spec: Pagination = spec or {"style": "none", "items": [""]}
        spec = self.spec
        self.style = spec["style"]
        self.params = dict(params)
        self.base_url = base_url
        self.in_body = self.style == "cursor" and spec.get("cursor_in", "query") == "body"
        if self.in_body:
            body = self.params.get("body")
            to_dict = getattr(body, "to_dict", None)
            self.body: dict[str, Any] = dict(
                to_dict() if callable(to_dict) else body if isinstance(body, dict) else {}
            )
            if body is not None and not isinstance(body, dict) and not callable(to_dict):
                raise TypeError("body must be a dict or a generated model")
        size_param = spec.get("limit_param") or spec.get("size_param")
        given = self.body if self.in_body else self.params
        if size_param and size_param in given:
            page_size = given.pop(size_param) if page_size is None else page_size
            given.pop(size_param, None)
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        self.max_limit = spec.get("max_limit")
        default = spec.get("default_page_size", DEFAULT_PAGE_SIZE)
        size = default if page_size is None else page_size
        cap = self.max_limit
        self.page_size = min(size, cap) if cap else size  # 0 or less: the server says what's wrong
        self.max_items = max_items
        self.token = continuation_token
        self.done = max_items == 0
        self.pages = 0
        self.items_seen = 0
        self.total: int | None = None  # items in the whole list, once a page reported it
        self._step = self.page_size  # items per full page as the server applies it
        self._seen_tokens: set[int] = set()  # hashes of cursors / links / last ids followed
        self._seen_pages: dict[int, int] = {}  # page fingerprint -> page number
        self._empty_streak = 0
        self.fault: PaginationError | None = None  # raised when the next page is asked for
        self._id_path = spec.get("item_id", "id")
        self._offset = 0  # items before the first page fetched (resumed page/offset lists)
        if self.style == "page":
            first = spec.get("first_page", 1)
            self.page = first if continuation_token is None else self._number(continuation_token)
            self._offset = (self.page - first) * self.page_size
        elif self.style == "offset":
            self.offset = 0 if continuation_token is None else self._number(continuation_token)
            self._offset = self.offset
        elif self.style == "next_url" and continuation_token is not None:
            self.token = self._follow(continuation_token)
        elif continuation_token is not None:
            self._seen_tokens.add(hash(continuation_token))

    @staticmethod
    def _number(token: str) -> int:
        try:
            number = int(token)
        except ValueError:
            number = -1
        if number < 0:
            raise PaginationError(f"not a page-number or offset continuation token: {token!r}")
        return number

    def _limit(self) -> int:
        if self.max_items is None:
            return self.page_size
        return min(self.page_size, self.max_items - self.items_seen)

    def request_params(self) -> dict[str, Any] | None:
        """Parameters for the next request, or None when the listing is complete."""
        if self.fault is not None:
            raise self.fault
        if self.done:
            return None
        params = dict(self.params)
        spec = self.spec
        style = self.style
        if style == "cursor":
            target = params
            if self.in_body:
                target = params["body"] = dict(self.body)
            if "limit_param" in spec:
                target[spec["limit_param"]] = self._limit()
            if self.token is not None:
                target[spec["cursor_param"]] = self.token
        elif style == "page":
            params[spec["page_param"]] = self.page
            params[spec["size_param"]] = self.page_size
        elif style == "offset":
            params[spec["offset_param"]] = self.offset
            params[spec["limit_param"]] = self._limit()
        elif style == "after_id":
            if "limit_param" in spec:
                params[spec["limit_param"]] = self._limit()
            if self.token is not None:
                params[spec["after_param"]] = self.token
        elif style == "next_url":
            if self.token is not None:
                params[NEXT_URL] = self.token
            elif "limit_param" in spec:
                params[spec["limit_param"]] = self._limit()
        return params

    def plan(self, count: int, skip: int = 0) -> list[tuple[dict[str, Any], str | None]]:
        """Up to ``count`` requests after the next one (and ``skip`` more), with their tokens.

        Only page and offset lists whose total is known can be planned: their later requests
        do not depend on the pages before them. A planned page is used only if its
        parameters equal what ``request_params`` asks for when its turn comes.
        """
        if self.done or self.total is None or count <= 0 or self.style not in ("page", "offset"):
            return []
        planned: list[tuple[dict[str, Any], str | None]] = []
        step = max(self._step, 1)
        received = self._offset + self.items_seen
        for k in range(1 + skip, 1 + skip + count):
            ahead = k * step
            if received + ahead >= self.total:
                break
            if self.max_items is not None and self.items_seen + ahead >= self.max_items:
                break
            params = dict(self.params)
            if self.style == "page":
                number = self.page + k
                params[self.spec["page_param"]] = number
                params[self.spec["size_param"]] = self.page_size
                token = str(number)
            else:
                offset = self.offset + ahead
                params[self.spec["offset_param"]] = offset
                limit = self.page_size
                if self.max_items is not None:
                    limit = min(limit, self.max_items - self.items_seen - ahead)
                params[self.spec["limit_param"]] = limit
                token = str(offset)
            planned.append((params, token))
        return planned

    def _items(self, data: Any, parsed: Any = MISSING) -> tuple[str, Any]:
        for path in self.spec["items"]:
            value = lookup(data, path)
            if isinstance(value, list):
                return path, value
        # A spec may leave the list optional (some renderings mark nothing required): an object
        # without it that decoded without drift is what the spec allows, an empty page, not a
        # broken one.
        absent = all(lookup(data, path) is MISSING for path in self.spec["items"])
        typed = parsed is not MISSING and not isinstance(parsed, (dict, list))
        if isinstance(data, dict) and absent and typed and not drift(parsed):
            return self.spec["items"][0], []
        raise PaginationError(f"no item list at {' or '.join(map(repr, self.spec['items']))}")

    @staticmethod
    def _first(data: Any, paths: list[str]) -> Any:
        for path in paths:
            value = lookup(data, path)
            if value is not MISSING:
                return value
        return MISSING

    def _item_id(self, item: Any) -> Any:
        if isinstance(item, dict) and "." not in self._id_path:
            return item.get(self._id_path, MISSING)
        return lookup(item, self._id_path)

    def _fingerprint(self, raw_items: list[Any]) -> int:
        # Ids of the first and last item when both have one (cheap); else the whole page.
        first, last = self._item_id(raw_items[0]), self._item_id(raw_items[-1])
        if isinstance(first, _SCALAR) and isinstance(last, _SCALAR):
            return hash((len(raw_items), repr(first), repr(last)))
        try:
            return hash(json.dumps(raw_items, sort_keys=True, default=repr))
        except RecursionError:  # nested beyond Python's stack: no page ever needs that
            raise PaginationError("the page's items are nested too deeply to compare") from None

    def has_item_list(self, data: Any) -> bool:
        """Whether the raw page holds its item list (else only its model can tell whether it
        is an empty page)."""
        return any(isinstance(lookup(data, path), list) for path in self.spec["items"])

    def type_page(self, page: Page[Any], data: Any, parsed: Any) -> None:
        """Give ``page``, accepted from its raw items, its typed items and their drift."""
        path, _, items = self._checked(data, parsed)
        page.items = items[: len(page.items)]
        page.item_drift = _kept_items(parsed, path) if path else ()

    def _checked(self, data: Any, parsed: Any) -> tuple[str, list[Any], list[Any]]:
        """The item path, the raw items and the typed ones (the raw ones when untyped)."""
        path, raw_items = self._items(data, parsed)
        items = raw_items if parsed is MISSING or not raw_items else lookup(parsed, path)
        if not isinstance(items, list) or len(items) != len(raw_items):
            raise PaginationError(f"the typed page does not hold the items at {path!r}")
        return path, raw_items, items

    def accept(self, data: Any, parsed: Any = MISSING) -> Page[Any]:
        """Read one page's answer (raw JSON ``data``; ``parsed`` for typed items)."""
        try:
            return self._accept(data, parsed)
        except RecursionError:  # a drifted value nested beyond Python's stack, wherever read
            raise PaginationError("the page holds a value nested too deeply to read") from None

    def _accept(self, data: Any, parsed: Any) -> Page[Any]:
        path, raw_items, items = self._checked(data, parsed)
        self.pages += 1
        if raw_items and self.style != "none":
            mark = self._fingerprint(raw_items)
            earlier = self._seen_pages.setdefault(mark, self.pages)
            if earlier != self.pages:
                raise PaginationError(
                    f"page {self.pages} repeats page {earlier} (same items); the server is not"
                    " advancing, stopping instead of looping"
                )
        style = self.style
        missing: str | None = None
        if style == "cursor":
            missing = self._advance_cursor(data, raw_items)
        elif style == "page":
            missing = self._advance_page(data, raw_items, path)
        elif style == "offset":
            missing = self._advance_offset(data, raw_items)
        elif style == "after_id":
            missing = self._advance_after_id(data, raw_items)
        elif style == "next_url":
            missing = self._advance_link(data)
        else:
            self.done = True
        if not self.done:
            self._empty_streak = 0 if raw_items else self._empty_streak + 1
            if self._empty_streak >= MAX_EMPTY_PAGES:
                raise PaginationError(f"{MAX_EMPTY_PAGES} empty pages in a row; stopping")
        if self.max_items is not None and self.items_seen + len(items) >= self.max_items:
            items = items[: self.max_items - self.items_seen]
            self.done = True
        self.items_seen += len(items)
        if missing is not None:
            self.done = True
            warnings.warn(
                f"page {self.pages} {missing}; the list may be incomplete (see Page.incomplete)",
                IncompleteListWarning,
                stacklevel=4,
            )
        token = None if self.done or self.fault else self.token
        kept = _kept_items(parsed, path) if parsed is not MISSING and path else ()
        return Page(items, token, self.pages, missing is not None, data, kept)

    def _follow_token(self, token: str, what: str) -> None:
        mark = hash(token)
        if mark in self._seen_tokens:
            # This page's items are new: hand them out, then stop before following the token.
            self.fault = PaginationError(
                f"the server repeated {what} {token!r}; stopping instead of looping"
            )
            return
        self._seen_tokens.add(mark)
        self.token = token

    def _has_more(self, data: Any) -> Any:
        return self._first(data, self.spec["has_more"]) if "has_more" in self.spec else MISSING

    def _advance_cursor(self, data: Any, raw_items: list[Any]) -> str | None:
        cursor = self._first(data, self.spec.get("next_cursor", []))
        has_more = self._has_more(data)
        if cursor is not MISSING and cursor is not None and not isinstance(cursor, str):
            if _as_int(cursor) is None:
                raise PaginationError(f"next cursor of unexpected type {type(cursor).__name__}")
            cursor = str(cursor)
        if has_more is False:
            self.done = True
            return None
        if cursor is MISSING:
            if has_more is True:
                return "says more items exist but gives no cursor"
            if not raw_items or self._cursor_left_out(data):
                # Documented end (e.g. "not provided if the returned result set is empty"):
                # an empty page without its cursor field has nothing after it.
                self.done = True
                return None
            return f"has no {' or '.join(map(repr, self.spec.get('next_cursor', [])))} field"
        if cursor is None or cursor == "":
            self.done = True
            return "says more items exist but gives no cursor" if has_more is True else None
        self._follow_token(cursor, "cursor")
        return None

    def _cursor_left_out(self, data: Any) -> bool:
        """The registry's ``cursor_absent_at_end``: the cursor's parent object is present."""
        if not self.spec.get("cursor_absent_at_end"):
            return False
        parents = [p.rpartition(".")[0] for p in self.spec.get("next_cursor", [])]
        return any(isinstance(lookup(data, parent), dict) for parent in parents)

    def _short(self, count: int, limit: int) -> bool:
        """A short page ends a list only if the server's maximum is known (else it caps)."""
        return self.max_limit is not None and count < min(limit, self.max_limit)

    def _advance_page(self, data: Any, raw_items: list[Any], path: str) -> str | None:
        spec = self.spec
        total = _as_int(lookup(data, spec["total"])) if "total" in spec and path else None
        link = lookup(data, spec["next"]) if "next" in spec and path else MISSING
        received = self._offset + self.items_seen + len(raw_items)
        if total is not None:
            self.total = total
        if self.pages == 1 and 0 < len(raw_items) < self.page_size:
            self._step = len(raw_items)  # the server capped the size (or this is the end)
        if not raw_items:
            self.done = True
            if total is not None and received < total:
                return f"is empty though the total says {total} items (got {received})"
            return None
        if total is not None:
            self.done = received >= total
        elif link is not MISSING:
            self.done = link is None or link == ""
        else:
            self.done = self._short(len(raw_items), self.page_size)
        self.page += 1
        self.token = str(self.page)
        return None

    def _advance_offset(self, data: Any, raw_items: list[Any]) -> str | None:
        spec = self.spec
        total = _as_int(lookup(data, spec["total"])) if "total" in spec else None
        has_more = self._has_more(data)
        limit = self._limit()
        self.offset += len(raw_items)
        if total is not None:
            self.total = total
        if self.pages == 1 and 0 < len(raw_items) < limit:
            self._step = len(raw_items)
        if not raw_items:
            self.done = True
            if total is not None and self.offset < total:
                return f"is empty though the total says {total} items (got {self.offset})"
            return None
        if total is not None:
            self.done = self.offset >= total
        elif isinstance(has_more, bool):
            self.done = not has_more
        else:
            self.done = self._short(len(raw_items), limit)
        self.token = str(self.offset)
        return None

    def _advance_after_id(self, data: Any, raw_items: list[Any]) -> str | None:
        has_more = self._has_more(data)
        if not raw_items:
            self.done = True
            return "is empty but says more items exist" if has_more is True else None
        if has_more is False:
            self.done = True
            return None
        if not isinstance(has_more, bool) and self._short(len(raw_items), self._limit()):
            self.done = True
            return None
        last = self._item_id(raw_items[-1])
        if last is MISSING or last is None or last == "" or isinstance(last, (bool, dict, list)):
            # The page's items are whole (the last one may just have drifted): hand them
            # out, then stop, as there is no id to ask for the next page with.
            self.fault = PaginationError(f"the last item has no usable id at {self._id_path!r}")
            return None
        self._follow_token(str(last), "last item id")
        return None

    @functools.cached_property
    def _base_origin(self) -> tuple[str, str, int | None]:
        return _origin(urlsplit(self.base_url or ""))

    def _follow(self, link: str) -> str:
        base = self.base_url or ""
        url = urljoin(base.rstrip("/") + "/", link) if base else link
        parts = urlsplit(url)  # once per page (the base's origin: once per listing)
        if not base or parts.scheme not in ("http", "https") or _origin(parts) != self._base_origin:
            raise PaginationError(
                "the next-page link leads off the configured origin; not followed"
            )
        return url

    def _advance_link(self, data: Any) -> str | None:
        paths = self.spec.get("next_url", [])
        link = self._first(data, paths)
        if link is MISSING:
            return f"has no {' or '.join(map(repr, paths))} field"
        if link is None or link == "":
            self.done = True
            return None
        if not isinstance(link, str):
            raise PaginationError(f"next-page link of unexpected type {type(link).__name__}")
        self._follow_token(self._follow(link), "next-page link")
        return None


Fetch = Callable[[dict[str, Any]], tuple[Any, Any]]
AsyncFetch = Callable[[dict[str, Any]], Awaitable[tuple[Any, Any]]]
WalkerFactory = Callable[[str | None], Walker]

_SPENT = (
    "this pager was already iterated to the end (or failed); an ItemPaged is one pass over"
    " the listing: call paginate() again, or by_page(token) to resume"
)


def _with_token(exc: APIError, token: str | None) -> None:
    # A PaginationError is not transient: resuming would meet the same fault.
    if not isinstance(exc, PaginationError):
        exc.continuation_token = token


def _window_of(concurrency: int | Window) -> Window:
    return concurrency if isinstance(concurrency, Window) else Window(concurrency)


class ItemPaged(Iterator[T]):
    """A lazy iterator over every item of a listing; ``by_page()`` gives the pages.

    One pass: iterating again after the end (or after an error) raises ``RuntimeError``;
    call ``paginate()`` again or resume with ``by_page(token)``. ``by_page()`` without a
    token starts where ``paginate(continuation_token=...)`` said. Pages are requested ahead
    of the caller (a background thread): up to ``concurrency`` for page and offset lists
    whose total is known, one otherwise, once requests wait on the server (the first page,
    or two in a row: ``Window.ahead_after``); ``concurrency=1`` fetches strictly on demand.
    """

    def __init__(
        self,
        fetch: Fetch,
        walker: WalkerFactory,
        token: str | None = None,
        *,
        concurrency: int | Window = 1,
    ) -> None:
        self._fetch = fetch
        self._walker = walker
        self._token = token
        self._window = _window_of(concurrency)
        self._iter: Iterator[T] | None = None
        self._spent = False

    @property
    def concurrency(self) -> int:
        """Page requests this listing may have in flight now (halved by each throttled page)."""
        return self._window.size

    def _item_lists(self) -> Iterator[list[T]]:
        try:
            for page in self.by_page():
                yield page.items
        finally:
            self._spent = True

    def _items(self) -> Iterator[T]:
        if self._iter is None:
            self._iter = itertools.chain.from_iterable(self._item_lists())
        elif self._spent:
            raise RuntimeError(_SPENT)
        return self._iter

    def __next__(self) -> T:
        if self._iter is None:
            self._items()
        assert self._iter is not None
        return next(self._iter)

    def __iter__(self) -> Iterator[T]:
        # The item iterator itself (shared with __next__), so a for loop steps through the
        # items in C instead of calling __next__ once per item.
        return self._items()

    def by_page(self, continuation_token: str | None = None) -> Iterator[Page[T]]:
        """Pages from ``continuation_token`` (default: the token given to ``paginate``)."""
        token = self._token if continuation_token is None else continuation_token
        walker = self._walker(token)
        if self._window.size <= 1:
            return self._sequential(walker)
        return self._ahead(walker)

    def _sequential(self, walker: Walker) -> Iterator[Page[T]]:
        while (params := walker.request_params()) is not None:
            token = walker.token
            try:
                data, parsed = self._fetch(params)
                page = walker.accept(data, _resolved(parsed))
            except APIError as exc:
                _with_token(exc, token)
                raise
            yield page

    def _ahead(self, walker: Walker) -> Iterator[Page[T]]:
        window = self._window
        # Fetching ahead once the pool exists: at once, or once requests wait (``slow``).
        pool = _PagePool(window.size) if window.ahead_after <= 0 else None
        pending: deque[tuple[dict[str, Any], str | None, Future[tuple[Any, Any]]]] = deque()
        slow = 1  # a slow first page is enough; after a fast one, two in a row are needed
        try:
            while (params := walker.request_params()) is not None:
                future: Future[tuple[Any, Any]] | None = None
                if pending and pending[0][0] == params:
                    _, token, future = pending.popleft()
                else:
                    for *_, stale in pending:
                        stale.cancel()
                    pending.clear()
                    token = walker.token
                    if pool is not None:
                        future = pool.submit(self._fetch, params)
                if pool is not None:
                    room = window.size - 1 - len(pending)
                    for planned, planned_token in walker.plan(room, skip=len(pending)):
                        future_page = pool.submit(_fetch_parsed, self._fetch, dict(planned))
                        pending.append((planned, planned_token, future_page))
                try:
                    if future is None:
                        data, parsed, waited = _timed(self._fetch, params)
                        slow = slow + 1 if waited >= window.ahead_after else 0
                        if slow >= 2:
                            pool = _PagePool(window.size)
                    else:
                        data, parsed = future.result()
                    chained = pool is not None and not pending and isinstance(parsed, Deferred)
                    if chained and walker.has_item_list(data):
                        page = walker.accept(data)  # raw items: the next request is known
                    else:
                        chained, page = False, walker.accept(data, _resolved(parsed))
                except APIError as exc:
                    _with_token(exc, token)
                    raise
                if (
                    pool is not None
                    and not pending
                    and walker.fault is None
                    and (following := walker.request_params()) is not None
                ):
                    # overlap: the next page is on its way while this one is parsed and the
                    # caller handles it
                    pending.append(
                        (following, walker.token, pool.submit(self._fetch, dict(following)))
                    )
                if chained:
                    try:
                        walker.type_page(page, data, _resolved(parsed))
                    except APIError as exc:
                        _with_token(exc, token)
                        raise
                yield page
        finally:
            for *_, future_left in pending:
                future_left.cancel()
            if pool is not None:
                pool.shutdown()


class _PagePool:
    """The worker threads of one listing's fetch-ahead.

    ``submit`` returns once a worker has started the fetch: a worker woken while this thread
    decodes would wait for the GIL until this thread blocks, and its request would leave only
    then, overlapping nothing. Started first, it sends the request (releasing the GIL in the
    socket call) and the server works while this thread decodes.
    """

    def __init__(self, size: int) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(max_workers=size, thread_name_prefix="evalclients-page")
        self._started = threading.Semaphore(0)

    def submit(self, fetch: Callable[..., tuple[Any, Any]], *args: Any) -> Future[tuple[Any, Any]]:
        future = self._pool.submit(self._run, fetch, *args)
        # Bounded: with every worker busy (a cancelled page still in flight) it queues.
        self._started.acquire(timeout=FETCH_AHEAD_START_WAIT)
        return future

    def _run(self, fetch: Callable[..., tuple[Any, Any]], *args: Any) -> tuple[Any, Any]:
        self._started.release()
        return fetch(*args)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _timed(fetch: Fetch, params: dict[str, Any]) -> tuple[Any, Any, float]:
    """``fetch(params)`` and the seconds it waited: its wall time beyond this thread's CPU."""
    wall, cpu = time.perf_counter(), time.thread_time()
    data, parsed = fetch(params)
    return data, parsed, time.perf_counter() - wall - (time.thread_time() - cpu)


class AsyncItemPaged(AsyncIterator[T]):
    """Async twin of ItemPaged: ``async for item in ...``; ``by_page()`` gives the pages.

    Same one-pass rule, token and fetch-ahead as ``ItemPaged`` (tasks instead of a thread).
    ``prefetch=n`` (opt-in) also buffers up to ``n`` pages ahead of a slow caller.
    """

    def __init__(
        self,
        fetch: AsyncFetch,
        walker: WalkerFactory,
        token: str | None = None,
        *,
        prefetch: int = 0,
        concurrency: int | Window = 1,
    ) -> None:
        if prefetch < 0:
            raise ValueError("prefetch must be >= 0")
        self._fetch = fetch
        self._walker = walker
        self._token = token
        self._prefetch = prefetch
        self._window = _window_of(concurrency)
        self._iter: AsyncIterator[T] | None = None
        self._spent = False

    @property
    def concurrency(self) -> int:
        """Page requests this listing may have in flight now (halved by each throttled page)."""
        return self._window.size

    async def __anext__(self) -> T:
        if self._iter is None:
            self._iter = self._items()
        return await self._iter.__anext__()

    def __aiter__(self) -> AsyncItemPaged[T]:
        if self._spent:
            raise RuntimeError(_SPENT)
        return self

    async def _items(self) -> AsyncIterator[T]:
        try:
            async for page in self.by_page():
                for item in page.items:
                    yield item
        finally:
            self._spent = True

    async def _pages(self, walker: Walker) -> AsyncGenerator[Page[T], None]:
        if self._window.size <= 1:
            while (params := walker.request_params()) is not None:
                token = walker.token
                try:
                    page = walker.accept(*await self._fetch(params))
                except APIError as exc:
                    _with_token(exc, token)
                    raise
                yield page
            return
        import asyncio  # here: `import evalclients` stays free of asyncio for sync users

        window = self._window
        pending: deque[tuple[dict[str, Any], str | None, asyncio.Future[tuple[Any, Any]]]]
        pending = deque()
        try:
            while (params := walker.request_params()) is not None:
                if pending and pending[0][0] == params:
                    _, token, task = pending.popleft()
                else:
                    for *_, stale in pending:
                        stale.cancel()
                    pending.clear()
                    token, task = walker.token, asyncio.ensure_future(self._fetch(params))
                room = window.size - 1 - len(pending)
                for planned, planned_token in walker.plan(room, skip=len(pending)):
                    ahead = asyncio.ensure_future(self._fetch(dict(planned)))
                    pending.append((planned, planned_token, ahead))
                try:
                    page = walker.accept(*await task)
                except APIError as exc:
                    _with_token(exc, token)
                    raise
                if (
                    not pending
                    and walker.fault is None
                    and (following := walker.request_params()) is not None
                ):
                    ahead = asyncio.ensure_future(self._fetch(dict(following)))
                    pending.append((following, walker.token, ahead))
                yield page
        finally:
            for *_, task in pending:  # pages nobody needs any more
                if not task.done():
                    task.cancel()
                elif not task.cancelled():
                    task.exception()  # retrieved, so asyncio logs no "never retrieved"

    async def by_page(self, continuation_token: str | None = None) -> AsyncIterator[Page[T]]:
        """Pages from ``continuation_token`` (default: the token given to ``paginate``)."""
        token = self._token if continuation_token is None else continuation_token
        pages = self._pages(self._walker(token))
        if self._prefetch == 0:
            try:
                async for page in pages:
                    yield page
            finally:
                await pages.aclose()
            return
        # A producer task runs ahead; `slots` bounds the pages fetched but not yet handed over.
        import asyncio

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
