"""Registered list data, served page by page in a registry pagination style."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from tests.fakeserver.spec import Operation, SpecIndex


class BadPageRequest(ValueError):
    """The client asked for a page in a way the vendor would refuse (bad cursor, ...)."""

    def __init__(self, message: str, param: str, status: int | None = None) -> None:
        super().__init__(message)
        self.param = param
        self.status = status


def _first(query: dict[str, list[str]], name: str | None) -> str | None:
    values = query.get(name or "", [])
    return values[0] if values else None


def _int(query: dict[str, list[str]], name: str | None) -> int | None:
    raw = _first(query, name)
    if raw is None or raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise BadPageRequest(f"{name} must be an integer, got {raw!r}", name or "") from None


def _put(body: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for part in parts[:-1]:
        body = body.setdefault(part, {})
    body[parts[-1]] = value


def _schema_at(ix: SpecIndex, schema: Any, dotted: str) -> tuple[dict[str, Any], bool] | None:
    """The property schema at a dotted path and whether it is required there."""
    if not dotted:
        return None
    nodes = ix.object_options(schema)
    for node in nodes:
        found: dict[str, Any] | None = node
        required = False
        for part in dotted.split("."):
            options = ix.object_options(found)
            hit = next((o for o in options if part in (o.get("properties") or {})), None)
            if hit is None:
                found = None
                break
            required = part in hit.get("required", [])
            found = ix.deref(hit["properties"][part])
        if found is not None:
            return found, required
    return None


def encode_cursor(offset: int, page: int, detour: int = 0) -> str:
    """An opaque cursor (base64 of the offset and page number; ``detour`` n: the n-th distinct
    twin)."""
    data: dict[str, Any] = {"o": offset, "p": page}
    if detour:
        data["e"] = detour  # after an empty page: a new cursor to the same place
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str) -> tuple[int, int]:
    """Offset and page of a cursor this server issued; ValueError otherwise."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
        return int(data["o"]), int(data["p"])
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"invalid cursor {token!r}") from exc


@dataclass
class Collection:
    """Items for one list operation (optionally only for given path parameters)."""

    ix: SpecIndex
    op: Operation
    items: list[dict[str, Any]]
    pagination: dict[str, Any]
    path_params: dict[str, str] | None = None
    items_key: str | None = None
    cursor_field: str | None = None
    has_more_field: str | None = None
    omit_null_cursor: bool | None = None
    default_limit: int | None = None
    max_limit: int | None = None
    envelope: str | None = None
    validate: bool = True
    _int_cursors: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)
    _detours: int = field(default=0, repr=False)  # empty pages with a cursor answered so far
    _positions: dict[str, int] = field(default_factory=dict, repr=False)  # after_id: id -> index

    def __post_init__(self) -> None:
        p = self.pagination
        style = p.get("style", "none")
        _, _, schema = self.ix.success(self.op)
        candidates = [c for c in p.get("items", [""])]
        if self.items_key is None:
            self.items_key = next(
                (c for c in candidates if c and _schema_at(self.ix, schema, c)), candidates[0]
            )
        if self.envelope is None:
            if self.items_key == "":
                self.envelope = "bare"
            elif style == "page":
                self.envelope = "drf" if p.get("next") else "records"
            else:
                self.envelope = style
        if style in ("offset", "after_id", "next_url"):
            limit = self.ix.param_schema(self.op, p.get("limit_param", "limit"))
            if self.default_limit is None and isinstance(limit.get("default"), int):
                self.default_limit = limit["default"]
            if self.max_limit is None and isinstance(p.get("max_limit"), int):
                self.max_limit = p["max_limit"]
        if style == "cursor":
            self.cursor_field = self.cursor_field or self._pick(p.get("next_cursor", []), schema)
            self.has_more_field = self.has_more_field or self._pick(p.get("has_more", []), schema)
            if self.omit_null_cursor is None:
                found = _schema_at(self.ix, schema, self.cursor_field or "")
                self.omit_null_cursor = bool(self.has_more_field) and not (found and found[1])
            limit = self.ix.param_schema(self.op, p.get("limit_param", "limit"))
            if self.default_limit is None and isinstance(limit.get("default"), int):
                self.default_limit = limit["default"]
            if self.max_limit is None:
                top = p.get("max_limit", limit.get("maximum"))
                self.max_limit = top if isinstance(top, int) else None
        elif style == "page" and self.default_limit is None:
            size = self.ix.param_schema(self.op, p.get("size_param", "size"))
            self.default_limit = size["default"] if isinstance(size.get("default"), int) else 10

    def _pick(self, candidates: list[str], schema: Any) -> str | None:
        for c in candidates:
            if _schema_at(self.ix, schema, c):
                return c
        return candidates[0] if candidates else None

    @property
    def style(self) -> str:
        """cursor, page, offset, after_id, next_url or none."""
        return str(self.pagination.get("style", "none"))

    def fits(self, path_params: dict[str, str]) -> bool:
        """Whether this collection serves a request with these path parameters."""
        wanted = self.path_params or {}
        return all(path_params.get(k) == v for k, v in wanted.items())

    def position(self, query: dict[str, list[str]]) -> tuple[int, int, str | None]:
        """Offset, 1-based page number and the cursor used, for a request."""
        p = self.pagination
        if self.style == "cursor":
            self._size(query)  # refuses a limit over the registry's max_limit
            token = _first(query, p.get("cursor_param", "cursor"))
            if not token:
                return 0, 1, None
            if token in self._int_cursors:
                return (*self._int_cursors[token], token)
            try:
                return (*decode_cursor(token), token)
            except ValueError as exc:
                raise BadPageRequest(str(exc), p.get("cursor_param", "cursor")) from exc
        if self.style == "offset":
            size = self._size(query) or 1
            offset = _int(query, p.get("offset_param", "offset")) or 0
            return offset, offset // size + 1, None
        if self.style == "after_id":
            size = self._size(query) or 1
            after = _first(query, p.get("after_param", "starting_after"))
            if after is None:
                return 0, 1, None
            if len(self._positions) != len(self.items):
                key = p.get("item_id", "id")
                self._positions = {str(it.get(key)): i for i, it in enumerate(self.items)}
            if after not in self._positions:
                raise BadPageRequest(f"no item {after!r}", p.get("after_param", ""))
            offset = self._positions[after] + 1
            return offset, offset // size + 1, after
        if self.style == "next_url":  # links carry an opaque cursor in ?cursor=
            self._size(query)
            token = _first(query, "cursor")
            if not token:
                return 0, 1, None
            try:
                return (*decode_cursor(token), token)
            except ValueError as exc:
                raise BadPageRequest(str(exc), "cursor") from exc
        if self.style == "page":
            first = int(p.get("first_page", 1))
            page = _int(query, p.get("page_param", "page"))
            page = first if page is None else page
            size = self._size(query)
            return (page - first) * size, page - first + 1, None
        return 0, 1, None

    def _size(self, query: dict[str, list[str]]) -> int:
        p = self.pagination
        name = p.get("size_param", "size") if self.style == "page" else p.get("limit_param")
        size = _int(query, name)
        if size is None:
            size = self.default_limit if self.default_limit is not None else len(self.items)
        if self.max_limit is not None and size > self.max_limit:
            raise BadPageRequest(f"{name} must be at most {self.max_limit}, got {size}", name or "")
        return max(size, 0)

    def render(self, query: dict[str, list[str]], fault: str | None, url: str) -> Any:
        """The body for one page; ``url`` is the request URL without query (DRF links)."""
        offset, page, used = self.position(query)
        if self.style == "cursor":
            return self._cursor_page(query, offset, page, used, fault)
        if fault in {
            "repeat_cursor",
            "has_more_without_cursor",
            "empty_page_with_cursor",
            "cursor_type_change",
        }:
            raise ValueError(f"fault {fault} needs a cursor-paged operation")
        if self.style == "page":
            return self._numbered_page(query, offset, page, url)
        if self.style in ("offset", "after_id", "next_url"):
            return self._sliced_page(query, offset, page, url)
        return self._wrap(list(self.items))

    def _sliced_page(self, query: dict[str, list[str]], offset: int, page: int, url: str) -> Any:
        """A page of an offset, after-id or next-link list (total / has-more / link fields)."""
        p = self.pagination
        size = self._size(query) or len(self.items) or 1
        chunk = self.items[offset : offset + size]
        end = offset + len(chunk)
        body = self._wrap(chunk)
        if not isinstance(body, dict):
            return body
        if p.get("total"):
            _put(body, p["total"], len(self.items))
        for path in p.get("has_more", [])[:1]:
            _put(body, path, end < len(self.items))
        for path in p.get("next_url", [])[:1]:
            link = None
            if end < len(self.items):
                pairs = [(k, v) for k, vs in query.items() if k != "cursor" for v in vs]
                pairs.append(("cursor", encode_cursor(end, page + 1)))
                link = f"{url}?{urlencode(pairs)}"
            _put(body, path, link)
        return body

    def _wrap(self, items: list[dict[str, Any]]) -> Any:
        if self.envelope == "bare" or not self.items_key:
            return items
        body: dict[str, Any] = {}
        _put(body, self.items_key, items)
        return body

    def _cursor_page(
        self,
        query: dict[str, list[str]],
        offset: int,
        page: int,
        used: str | None,
        fault: str | None,
    ) -> Any:
        size = self._size(query) or len(self.items) or 1
        chunk = self.items[offset : offset + size]
        end = offset + len(chunk)
        more = end < len(self.items)
        nxt: str | int | None = encode_cursor(end, page + 1) if more else None
        if fault == "repeat_cursor":
            nxt, more = used or encode_cursor(offset, page), True
        elif fault == "has_more_without_cursor":
            nxt, more = None, True
        elif fault == "empty_page_with_cursor":
            # a fresh twin each time: two in a row at one place must not repeat a cursor
            self._detours += 1
            chunk, nxt, more = [], encode_cursor(offset, page, detour=self._detours), True
        elif fault == "cursor_type_change" and more:
            nxt = end
            self._int_cursors[str(end)] = (end, page + 1)
        body = self._wrap(chunk)
        if self.cursor_field and not (nxt is None and self.omit_null_cursor):
            _put(body, self.cursor_field, nxt)
        if self.has_more_field:
            _put(body, self.has_more_field, more)
        return body

    def _numbered_page(self, query: dict[str, list[str]], offset: int, page: int, url: str) -> Any:
        p = self.pagination
        size = self._size(query)
        chunk = self.items[offset : offset + size] if size else []
        number = page - 1 + int(p.get("first_page", 1))
        if self.envelope == "bare":
            return chunk
        if self.envelope == "drf":
            if page > 1 and offset >= len(self.items):
                raise BadPageRequest("Invalid page.", p.get("page_param", "page"), 404)
            body: dict[str, Any] = {p.get("total", "count"): len(self.items)}
            body[p.get("next", "next")] = (
                self._link(query, url, number + 1)
                if (size and offset + size < len(self.items))
                else None
            )
            body["previous"] = self._link(query, url, number - 1) if page > 1 else None
            _put(body, self.items_key or "results", chunk)
            return body
        body = {}
        _put(body, self.items_key or "records", chunk)
        body[p.get("page_param", "page")] = number
        body[p.get("size_param", "size")] = size
        body[p.get("total", "total")] = len(self.items)
        return body

    def _link(self, query: dict[str, list[str]], url: str, number: int) -> str:
        page_param = self.pagination.get("page_param", "page")
        pairs = [(k, v) for k, vs in query.items() if k != page_param for v in vs]
        if number != int(self.pagination.get("first_page", 1)):
            pairs.append((page_param, str(number)))
        return f"{url}?{urlencode(pairs)}" if pairs else url
