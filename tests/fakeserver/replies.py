"""What the server sends back, and how each vendor shapes its errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Literal

Action = Literal["respond", "reset", "close_after"]
ErrorFormat = Literal["text", "problem", "fastapi", "drf"]

JSON = "application/json"
PROBLEM = "application/problem+json"


@dataclass
class Reply:
    """One HTTP answer; ``action`` may abort the connection instead, or close it after."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = JSON
    headers: dict[str, str] = field(default_factory=dict)
    action: Action = "respond"
    delay: float = 0.0
    validate: bool = True

    @classmethod
    def json(cls, data: Any, status: int = 200, content_type: str = JSON, **kw: Any) -> Reply:
        """A JSON reply."""
        return cls(status, json.dumps(data).encode(), content_type, **kw)

    @classmethod
    def text(cls, text: str, status: int, content_type: str = "text/plain", **kw: Any) -> Reply:
        """A text reply."""
        return cls(status, text.encode(), f"{content_type}; charset=utf-8", **kw)


def phrase(status: int) -> str:
    """The reason phrase of a status code."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


@dataclass(frozen=True)
class VendorStyle:
    """How a vendor answers errors: status for bad input and the body format."""

    name: str
    validation_status: int
    error_format: ErrorFormat

    def error(
        self,
        status: int,
        message: str,
        *,
        instance: str = "",
        fields: list[tuple[list[str | int], str]] | None = None,
    ) -> Reply:
        """An error reply in this vendor's format (``fields``: (loc, msg) for bad input)."""
        fmt = self.error_format
        if fmt == "problem":
            body: dict[str, Any] = {
                "type": "about:blank",
                "title": phrase(status),
                "status": status,
                "detail": message,
            }
            if instance:
                body["instance"] = instance
            return Reply.json(body, status, PROBLEM)
        if fmt == "fastapi":
            if fields:
                detail = [{"loc": loc, "msg": msg, "type": "value_error"} for loc, msg in fields]
                return Reply.json({"detail": detail}, status)
            return Reply.json({"detail": message}, status)
        if fmt == "drf":
            if fields:
                return Reply.json({str(loc[-1]): [msg] for loc, msg in fields}, status)
            return Reply.json({"detail": message}, status)
        return Reply.text(message, status)


VENDOR_STYLES: dict[str, VendorStyle] = {
    # Phoenix (FastAPI) declares text/plain bodies for 4xx on its REST routes.
    "phoenix": VendorStyle("phoenix", 422, "text"),
    # Arize AX: RFC 9457 problem details (REST overview).
    "arize": VendorStyle("arize", 400, "problem"),
    # Humanloop (FastAPI): 422 {"detail": [{loc, msg, type}]}.
    "humanloop": VendorStyle("humanloop", 422, "fastapi"),
    # Respan (Django REST framework): 400 {field: [msg]}, {"detail": ...}.
    "respan": VendorStyle("respan", 400, "drf"),
}


def style_for(style: str | VendorStyle) -> VendorStyle:
    """A vendor style by name (or pass one through)."""
    if isinstance(style, VendorStyle):
        return style
    if style not in VENDOR_STYLES:
        raise KeyError(f"unknown vendor style {style!r}; known: {sorted(VENDOR_STYLES)}")
    return VENDOR_STYLES[style]
