"""Faults the server injects, chosen deterministically by a plan.

Build one with a constructor, then say when it applies::

    FaultPlan([status(429, headers={"Retry-After": "1"}).on_request(1),
               reset().on_page(2, times=2),
               html_502().when(lambda r: r.method == "POST")])

Without a trigger a fault applies to the first matching request(s). ``times`` is how many
requests it hits (``None``: all of them), so a retrying client gets through afterwards.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tests.fakeserver.log import RecordedRequest
from tests.fakeserver.replies import JSON, PROBLEM, Reply, VendorStyle, phrase

Predicate = Callable[[RecordedRequest], bool]

# Kinds that replace the answer outright; the rest alter or wrap the normal answer.
REPLACING = {"status", "html", "problem", "fastapi", "text", "empty", "non_json", "reset"}
PAGING = {
    "repeat_cursor",
    "has_more_without_cursor",
    "empty_page_with_cursor",
    "cursor_type_change",
}


@dataclass(frozen=True)
class Fault:
    """One fault and its trigger (nth request, nth page, operation, predicate, times)."""

    kind: str
    status: int | None = None
    body: Any = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    request: int | None = None
    page: int | None = None
    operation: str | None = None
    predicate: Predicate | None = None
    times: int | None = 1

    @property
    def label(self) -> str:
        """What the request log records, e.g. ``status:429`` or ``reset``."""
        return f"{self.kind}:{self.status}" if self.status is not None else self.kind

    def on_request(self, n: int, *, times: int | None = 1) -> Fault:
        """Apply from the nth request (1-based, all operations) on, ``times`` times."""
        return dataclasses.replace(self, request=n, times=times)

    def on_page(self, n: int, operation: str | None = None, *, times: int | None = 1) -> Fault:
        """Apply to requests for page n (1-based) of a list; a retry asks for the same page."""
        op = operation if operation is not None else self.operation
        return dataclasses.replace(self, page=n, operation=op, times=times)

    def on(self, operation: str) -> Fault:
        """Only for this operation (operationId or generated name)."""
        return dataclasses.replace(self, operation=operation)

    def when(self, predicate: Predicate) -> Fault:
        """Only for requests the predicate accepts."""
        return dataclasses.replace(self, predicate=predicate)

    def repeat(self, times: int | None) -> Fault:
        """Apply ``times`` times (``None``: always)."""
        return dataclasses.replace(self, times=times)

    def matches(self, req: RecordedRequest, op_names: tuple[str, ...]) -> bool:
        """Whether this fault's trigger fits the request."""
        if self.request is not None and req.index < self.request:
            return False
        if self.page is not None and req.page != self.page:
            return False
        if self.operation is not None and self.operation not in op_names:
            return False
        return self.predicate is None or self.predicate(req)

    def reply(self, style: VendorStyle, instance: str) -> Reply:
        """The answer for a replacing fault."""
        code = self.status or 500
        headers = dict(self.headers)
        if self.kind == "reset":
            return Reply(0, action="reset", validate=False)
        if self.body is None and self.kind == "status":
            reply = style.error(code, phrase(code), instance=instance)
        elif isinstance(self.body, (dict, list)):
            reply = Reply.json(self.body, code, self.content_type or JSON)
        elif isinstance(self.body, bytes):
            reply = Reply(code, self.body, self.content_type)
        else:
            reply = Reply(code, str(self.body or "").encode(), self.content_type)
        reply.headers.update(headers)
        reply.validate = False
        return reply


def status(
    code: int,
    *,
    headers: dict[str, str] | None = None,
    body: Any = None,
    content_type: str | None = None,
) -> Fault:
    """Answer ``code``; body defaults to the vendor's error format."""
    ctype = content_type or (JSON if isinstance(body, (dict, list)) else "text/plain")
    return Fault("status", code, body, ctype, headers or {})


def html(code: int = 500, *, headers: dict[str, str] | None = None) -> Fault:
    """An HTML error page, as a proxy or load balancer sends."""
    page = (
        f"<html><head><title>{code} {phrase(code)}</title></head><body>"
        f"<center><h1>{code} {phrase(code)}</h1></center><hr><center>nginx</center>"
        "</body></html>"
    )
    return Fault("html", code, page, "text/html", headers or {})


def html_502() -> Fault:
    """502 Bad Gateway with an HTML body."""
    return html(502)


def problem(
    code: int,
    detail: str = "Something went wrong",
    *,
    title: str | None = None,
    type: str = "about:blank",
    instance: str = "/request",
    headers: dict[str, str] | None = None,
) -> Fault:
    """An RFC 9457 problem+json error."""
    body = {
        "type": type,
        "title": title or phrase(code),
        "status": code,
        "detail": detail,
        "instance": instance,
    }
    return Fault("problem", code, body, PROBLEM, headers or {})


def fastapi_detail(code: int, detail: str = "Not Found") -> Fault:
    """FastAPI's ``{"detail": "..."}``."""
    return Fault("fastapi", code, {"detail": detail}, JSON)


def fastapi_validation(errors: Iterable[dict[str, Any]] | None = None, code: int = 422) -> Fault:
    """FastAPI's ``{"detail": [{loc, msg, type}]}``."""
    detail = list(
        errors
        or [
            {
                "loc": ["query", "limit"],
                "msg": "value is not a valid integer",
                "type": "type_error.integer",
            }
        ]
    )
    return Fault("fastapi", code, {"detail": detail}, JSON)


def text(code: int, message: str = "Internal Server Error") -> Fault:
    """A text/plain error."""
    return Fault("text", code, message, "text/plain; charset=utf-8")


def empty(code: int) -> Fault:
    """A status with an empty body and no content type."""
    return Fault("empty", code, b"", None)


def reset() -> Fault:
    """Close the TCP connection (RST) without answering."""
    return Fault("reset")


def close_after(code: int | None = None, body: Any = None) -> Fault:
    """Answer (normally, or ``code``/``body``), then close the kept-alive connection."""
    return Fault("close_after", code, body, JSON if isinstance(body, (dict, list)) else None)


def delay(seconds: float) -> Fault:
    """Answer normally after ``seconds`` (for client timeouts; keep it small)."""
    return Fault("delay", seconds=seconds)


def truncated_json() -> Fault:
    """The normal JSON answer cut in half (Content-Length matches the cut body)."""
    return Fault("truncated_json")


def non_json(code: int = 200, content_type: str = "text/html") -> Fault:
    """A success status whose body is not JSON."""
    return Fault("non_json", code, "<!doctype html><html><body>Welcome</body></html>", content_type)


def repeat_cursor() -> Fault:
    """A page whose next cursor is the cursor just used."""
    return Fault("repeat_cursor")


def has_more_without_cursor() -> Fault:
    """A page claiming more items but carrying no next cursor."""
    return Fault("has_more_without_cursor")


def empty_page_with_cursor() -> Fault:
    """No items, and a cursor to the real page (nothing is lost by following it)."""
    return Fault("empty_page_with_cursor")


def cursor_type_change() -> Fault:
    """The next cursor as an integer instead of a string (the server accepts it back)."""
    return Fault("cursor_type_change")


class FaultPlan:
    """An ordered list of faults; the first one that matches a request applies."""

    def __init__(self, faults: Iterable[Fault] = ()) -> None:
        self.faults = list(faults)
        self._used = [0] * len(self.faults)
        self._lock = threading.Lock()

    def pick(self, req: RecordedRequest, op_names: tuple[str, ...]) -> Fault | None:
        """Take the fault for a request (counting its use), if any."""
        with self._lock:
            for i, fault in enumerate(self.faults):
                if fault.times is not None and self._used[i] >= fault.times:
                    continue
                if fault.matches(req, op_names):
                    self._used[i] += 1
                    return fault
        return None

    def remaining(self) -> list[Fault]:
        """Faults that have not been used up (to assert a plan ran entirely)."""
        with self._lock:
            return [
                f
                for f, used in zip(self.faults, self._used, strict=True)
                if f.times is not None and used < f.times
            ]

    def add(self, fault: Fault) -> None:
        """Append a fault."""
        with self._lock:
            self.faults.append(fault)
            self._used.append(0)
