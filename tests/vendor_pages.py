"""List shapes of Braintrust and Langfuse, served by a SpecServer.

The fake server's own paging (tests/fakeserver/paging.py) renders cursor-in-query and flat
page envelopes. These three renderers answer the way the vendors document their lists, and
``ListServer`` routes a list operation to one of them; everything else (request and
response validation against the spec, auth, faults, the request log) is SpecServer's.

- ``MetaPages``: Langfuse, ``?page=&limit=`` → ``{data, meta: {page, limit, totalItems,
  totalPages}}``; a page past the end is empty (the meta still counts every item).
- ``AfterIdPages``: Braintrust lists, ``?starting_after=<id>&limit=`` → ``{objects}``; no
  has-more flag, so a list ends on an empty page; an unknown id is a 400.
- ``ScoresV3Pages``: Langfuse scores v3, ``?traceId=a,b&cursor=&limit=`` → ``{data, meta:
  {limit, cursor}}``: the scores of those traces only (a trace score names its trace as
  ``subject.id``, an observation score as ``subject.traceId``); limit above 100 is a 400.
  ``ExperimentItemsPages``: Langfuse v4 experiment items, the same paging by ``experimentId``
  and ``fromStartTime`` (required), with ``fields`` choosing what an item carries.
- ``BodyCursorPages``: Braintrust fetch, ``POST {cursor, limit, ...}`` → ``{events, cursor}``;
  the cursor is left out once a page is empty (spec: "Not provided if the returned result
  set is empty"), so the last full page still carries one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tests.fakeserver import SpecServer
from tests.fakeserver.faults import Fault
from tests.fakeserver.log import RecordedRequest
from tests.fakeserver.paging import Collection, decode_cursor, encode_cursor
from tests.fakeserver.replies import Reply
from tests.fakeserver.spec import Operation

Items = list[dict[str, Any]]


class PageRefused(ValueError):
    """The request asks for a page the vendor would refuse (status, message)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _int(value: Any, name: str, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise PageRefused(400, f"{name} must be an integer, got {value!r}") from None
    if number < 0:
        raise PageRefused(400, f"{name} must not be negative, got {number}")
    return number


@dataclass
class MetaPages:
    """Langfuse: ``page`` (from 1) and ``limit`` in the query; ``{data, meta}``."""

    items: Items
    default_limit: int = 50

    def page(self, rec: RecordedRequest) -> int:
        """The 1-based page asked for (faults ``on_page`` match it)."""
        return _int(rec.param("page"), "page", 1)

    def render(self, rec: RecordedRequest) -> Any:
        limit = _int(rec.param("limit"), "limit", self.default_limit)
        page = _int(rec.param("page"), "page", 1)
        if page < 1 or limit < 1:
            raise PageRefused(400, "page and limit must be at least 1")
        chunk = self.items[(page - 1) * limit : page * limit]
        total = len(self.items)
        meta = {"page": page, "limit": limit, "totalItems": total}
        meta["totalPages"] = math.ceil(total / limit)
        return {"data": chunk, "meta": meta}


@dataclass
class AfterIdPages:
    """Braintrust lists: ``starting_after`` = id of the last object seen; ``{objects}``."""

    items: Items
    default_limit: int = 1000

    def _start(self, rec: RecordedRequest) -> int:
        after = rec.param("starting_after")
        if after is None:
            return 0
        ids = [item["id"] for item in self.items]
        if after not in ids:
            raise PageRefused(400, f"starting_after: no object with id {after}")
        return ids.index(after) + 1

    def page(self, rec: RecordedRequest) -> int:
        """The 1-based page asked for (faults ``on_page`` match it)."""
        limit = _int(rec.param("limit"), "limit", self.default_limit)
        return self._start(rec) // max(limit, 1) + 1

    def render(self, rec: RecordedRequest) -> Any:
        limit = _int(rec.param("limit"), "limit", self.default_limit)
        start = self._start(rec)
        return {"objects": self.items[start : start + limit]}


@dataclass
class BodyCursorPages:
    """Braintrust fetch: ``cursor`` and ``limit`` in the JSON body; ``{events, cursor}``."""

    items: Items
    default_limit: int = 100
    bodies: list[dict[str, Any]] = field(default_factory=list)

    def page(self, rec: RecordedRequest) -> int:
        """The 1-based page asked for (faults ``on_page`` match it)."""
        body = rec.json() if rec.body else {}
        limit = _int(body.get("limit"), "limit", self.default_limit)
        token = body.get("cursor")
        return (0 if token is None else _decode(token)) // max(limit, 1) + 1

    def render(self, rec: RecordedRequest) -> Any:
        body = rec.json() if rec.body else {}
        self.bodies.append(body)
        limit = _int(body.get("limit"), "limit", self.default_limit)
        token = body.get("cursor")
        start = 0
        if token is not None:
            start = _decode(token)
        chunk = self.items[start : start + limit]
        answer: dict[str, Any] = {"events": chunk}
        if chunk:
            answer["cursor"] = encode_cursor(start + len(chunk), 0)
        return answer


def _decode(token: Any) -> int:
    if not isinstance(token, str):
        raise PageRefused(400, f"cursor must be a string, got {token!r}")
    try:
        return decode_cursor(token)[0]
    except ValueError:
        raise PageRefused(400, f"Invalid cursor {token!r}") from None


@dataclass
class ScoresV3Pages:
    """Langfuse scores v3: ``traceId`` (comma-separated), ``cursor``, ``limit`` in the query."""

    items: Items
    default_limit: int = 50

    def _limit(self, rec: RecordedRequest) -> int:
        limit = _int(rec.param("limit"), "limit", self.default_limit)
        if not 1 <= limit <= 100:
            raise PageRefused(400, f"limit must be between 1 and 100, got {limit}")
        return limit

    def _start(self, rec: RecordedRequest) -> int:
        token = rec.param("cursor")
        return 0 if token is None else _decode(token)

    def page(self, rec: RecordedRequest) -> int:
        """The 1-based page asked for (faults ``on_page`` match it)."""
        return self._start(rec) // self._limit(rec) + 1

    def chosen(self, rec: RecordedRequest) -> Items:
        """The items the request's filters select, in order."""
        traces = set((rec.param("traceId") or "").split(","))
        return [s for s in self.items if _score_trace(s) in traces]

    def render(self, rec: RecordedRequest) -> Any:
        limit, start = self._limit(rec), self._start(rec)
        chosen = self.chosen(rec)
        meta: dict[str, Any] = {"limit": limit}
        if start + limit < len(chosen):
            meta["cursor"] = encode_cursor(start + limit, 0)
        return {"data": chosen[start : start + limit], "meta": meta}


@dataclass
class ExperimentItemsPages(ScoresV3Pages):
    """Langfuse v4 experiment items: scores v3's paging, filtered by ``experimentId``
    (comma-separated; none: all) and the required ``fromStartTime``; ``scores`` and the
    ``io`` fields only when ``fields`` asks for them (default ``core,dataset``)."""

    def chosen(self, rec: RecordedRequest) -> Items:
        """The items the request's filters select, with the field groups it asks for."""
        since = rec.param("fromStartTime")
        if since is None:
            raise PageRefused(400, "fromStartTime is required")
        start = datetime.fromisoformat(since)
        ids = rec.param("experimentId")
        groups = set((rec.param("fields") or "core,dataset").split(","))
        dropped = set() if "scores" in groups else {"scores"}
        if "io" not in groups:
            dropped |= {"input", "output", "expectedOutput"}
        return [
            {k: v for k, v in item.items() if k not in dropped}
            for item in self.items
            if (ids is None or item["experimentId"] in ids.split(","))
            and datetime.fromisoformat(item["startTime"]) >= start
        ]


def _score_trace(score: dict[str, Any]) -> Any:
    subject = score.get("subject") or {}
    if subject.get("kind") == "trace":
        return subject.get("id")
    return subject.get("traceId") if subject.get("kind") == "observation" else None


Renderer = MetaPages | AfterIdPages | BodyCursorPages | ScoresV3Pages


class ListServer(SpecServer):
    """A SpecServer whose named list operations answer from a renderer above."""

    def __init__(self, spec: dict[str, Any], **options: Any) -> None:
        super().__init__(spec, **options)
        self.lists: dict[str, tuple[Renderer, dict[str, str] | None]] = {}

    def serve(
        self, operation: str, renderer: Renderer, path_params: dict[str, str] | None = None
    ) -> Renderer:
        """Answer ``operation`` (generated name) from ``renderer`` (for these path params)."""
        self.lists[self.operation(operation).name] = (renderer, path_params)
        return renderer

    def _collection(self, op: Operation, params: dict[str, str]) -> tuple[Collection | None, bool]:
        # A served list has no Collection: without this, SpecServer would place the request
        # in an empty default collection (after_id: every id unknown → a 400 before render).
        if op.name in self.lists:
            return None, False
        return super()._collection(op, params)

    def _answer(self, rec: RecordedRequest, pairs: list[tuple[str, str]]) -> Reply:
        # The page a served list's request asks for, as SpecServer notes it for a Collection.
        sub = rec.path[len(self.prefix) :] or "/"
        match = self.index.match(rec.method, sub) if rec.path.startswith(self.prefix) else None
        served = self.lists.get(match[0].name) if match else None
        if served is not None:
            try:
                rec.page = served[0].page(rec)
            except (PageRefused, ValueError):
                rec.page = None  # render refuses it
        return super()._answer(rec, pairs)

    def _normal(
        self, op: Operation, rec: RecordedRequest, coll: Collection | None, fault: Fault | None
    ) -> Reply:
        served = self.lists.get(op.name)
        if served is None:
            return super()._normal(op, rec, coll, fault)
        renderer, wanted = served
        if any(rec.path_params.get(k) != v for k, v in (wanted or {}).items()):
            return self.style.error(404, "Not Found", instance=rec.path)
        try:
            return Reply.json(renderer.render(rec))
        except PageRefused as exc:
            reply = self.style.error(exc.status, str(exc), instance=rec.path)
            reply.validate = False
            return reply
