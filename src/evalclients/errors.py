"""One error hierarchy over every vendor's error bodies.

``APIError`` is the root. Every non-2xx answer raises an ``APIStatusError`` subclass named
by its status; transport failures raise ``APIConnectionError`` / ``APITimeoutError``;
pagination faults ``PaginationError``; a 2xx body that cannot be decoded into the
generated models ``ResponseDecodeError``. Errors raised while paging carry the
``continuation_token`` to resume from.
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Mapping
from typing import Any, cast

import httpx

from evalclients._schemas.problem_details import ProblemDetails

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "UnprocessableEntityError",
    "error_from_response",
    "parse_retry_after",
]

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-trace-id", "cf-ray")
_MAX_TEXT = 300


class ConfigurationError(ValueError):
    """A client was configured wrongly (missing key, unknown region or vendor, …)."""


class APIError(Exception):
    """Root of every error a call through evalclients raises."""

    def __init__(self, message: str, *, vendor: str = "", method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.vendor = vendor
        self.method = method
        self.url = url
        self.continuation_token: str | None = None

    def __str__(self) -> str:
        where = " ".join(
            part
            for part in (self.vendor + ":" if self.vendor else "", self.method, _path(self.url))
            if part
        )
        text = f"{where} → {self.message}" if where else self.message
        if self.continuation_token is not None and self.transient:
            text += " (resume with the error's continuation_token)"
        return text

    @property
    def transient(self) -> bool:
        """Whether trying again later may succeed (network, timeout, 408, 429, 5xx): only
        then is resuming worth advising."""
        return False


class APIStatusError(APIError):
    """The server answered with a non-2xx status."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        vendor: str = "",
        title: str | None = None,
        detail: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(
            message, vendor=vendor, method=response.request.method, url=str(response.request.url)
        )
        self.response = response
        self.status_code = response.status_code
        self.title = title
        self.detail = detail
        self.errors = errors or []
        self.body = body
        self.request_id = next(
            (response.headers[h] for h in _REQUEST_ID_HEADERS if h in response.headers), None
        )

    @property
    def transient(self) -> bool:
        """408, 429 and 5xx may succeed later; other statuses will not."""
        return self.status_code in (408, 429) or self.status_code >= 500

    @property
    def problem(self) -> ProblemDetails | None:
        """The body as RFC 9457 problem details, when it is one."""
        body = self.body
        if not isinstance(body, Mapping) or not ({"type", "title"} & body.keys()):
            return None
        fields: dict[str, type] = {
            "type": str,
            "title": str,
            "status": int,
            "detail": str,
            "instance": str,
        }
        if any(k in body and not isinstance(body[k], t) for k, t in fields.items()):
            return None
        return cast(ProblemDetails, {k: body[k] for k in fields if k in body})


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: no API key, or a wrong one."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409: e.g. the resource already exists."""


class UnprocessableEntityError(APIStatusError):
    """422: the server rejected the request's fields (see ``errors``)."""


class RateLimitError(APIStatusError):
    """429; ``retry_after`` is the server's requested wait in seconds, if it gave one."""

    def __init__(self, message: str, *, response: httpx.Response, **kwargs: Any) -> None:
        super().__init__(message, response=response, **kwargs)
        self.retry_after = parse_retry_after(response.headers.get("retry-after"))


class InternalServerError(APIStatusError):
    """Any status of 500 or more."""


class APIConnectionError(APIError):
    """The request did not get an answer (connection refused or reset, DNS, TLS, …)."""

    @property
    def transient(self) -> bool:
        """A network failure may pass."""
        return True


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class PaginationError(APIError):
    """The server's pagination cannot be followed (repeated cursor, bad cursor type, …)."""


class ResponseDecodeError(APIError):
    """A 2xx body is not valid JSON or does not fit the spec's models."""

    def __init__(self, message: str, *, response: httpx.Response, vendor: str = "") -> None:
        super().__init__(
            message, vendor=vendor, method=response.request.method, url=str(response.request.url)
        )
        self.response = response
        self.status_code = response.status_code


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _path(url: str) -> str:
    return httpx.URL(url).path if url else ""


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


def _html_summary(text: str) -> str:
    for tag in ("title", "h1"):
        match = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", text, re.IGNORECASE | re.DOTALL)
        if match:
            return _short(re.sub(r"<[^>]+>", "", match.group(1)))
    return _short(re.sub(r"<[^>]+>", " ", text))


def _field_errors(items: list[Any]) -> list[dict[str, Any]]:
    return [dict(item) for item in items if isinstance(item, Mapping)]


def _drf_field_errors(body: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Django REST framework's ``{field: [message, ...]}`` (``non_field_errors``: no field)."""
    errors: list[dict[str, Any]] = []
    for name, messages in body.items():
        if not isinstance(messages, list) or not all(isinstance(m, str) for m in messages):
            return []
        loc = [] if name == "non_field_errors" else [name]
        errors += [{"loc": loc, "msg": message} for message in messages]
    return errors


def _describe_field_errors(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors[:3]:
        loc = ".".join(str(p) for p in err.get("loc", []) if p not in ("body", "query", "path"))
        parts.append(f"{loc}: {err.get('msg', '')}" if loc else str(err.get("msg", err)))
    more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
    return "; ".join(parts) + more


def _understand(
    response: httpx.Response,
) -> tuple[Any, str | None, str | None, list[dict[str, Any]]]:
    """(body, title, detail, field errors) from any error body."""
    content_type = response.headers.get("content-type", "").lower()
    raw = response.content
    if not raw.strip():
        return None, None, None, []
    text = raw.decode(response.encoding or "utf-8", errors="replace")
    if "json" in content_type or text.lstrip()[:1] in ("{", "["):
        try:
            body = json.loads(text)
        except (ValueError, RecursionError):  # RecursionError: nested deeper than json allows
            return text, None, f"invalid JSON error body: {_short(text)}", []
        if isinstance(body, Mapping):
            title = body.get("title") if isinstance(body.get("title"), str) else None
            detail_value = body.get("detail", body.get("message", body.get("error")))
            if isinstance(detail_value, list):
                errors = _field_errors(detail_value)
                return body, title, _describe_field_errors(errors), errors
            errors = (
                _field_errors(body.get("errors", []))
                if isinstance(body.get("errors"), list)
                else []
            )
            detail = _short(detail_value) if isinstance(detail_value, str) else None
            if detail is None and isinstance(detail_value, Mapping):
                detail = _short(json.dumps(detail_value))
            if detail is None and title is None and not errors:
                errors = _drf_field_errors(body)
                detail = _describe_field_errors(errors) if errors else None
            return body, title, detail, errors
        return body, None, _short(json.dumps(body)), []
    if "html" in content_type or text.lstrip().lower().startswith(("<!doctype", "<html")):
        return text, None, _html_summary(text), []
    return text, None, _short(text), []


def _redact(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "***")
        return value
    if isinstance(value, (list, tuple)):
        return type(value)(_redact(v, secrets) for v in value)
    if isinstance(value, dict):
        return {k: _redact(v, secrets) for k, v in value.items()}
    return value


def error_from_response(
    response: httpx.Response, vendor: str, hint: str | None = None, secrets: tuple[str, ...] = ()
) -> APIStatusError:
    """Build the error for a non-2xx response, whatever its body (``secrets`` are masked)."""
    masked = tuple(secret for secret in secrets if secret)
    body, title, detail, errors = _redact(_understand(response), masked)
    status = response.status_code
    reason = response.reason_phrase or httpx.codes.get_reason_phrase(status)
    summary = f"{status} {reason}".strip()
    if title and title != reason:
        summary += f": {_short(title)}"
    if detail and detail != title:
        summary += f": {detail}"
    if status == 404 and hint:
        summary += f" ({hint})"
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    return cls(
        summary,
        response=response,
        vendor=vendor,
        title=title,
        detail=detail,
        errors=errors,
        body=body,
    )
