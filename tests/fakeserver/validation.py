"""Request and response validation with openapi-core."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from jsonschema.exceptions import best_match
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import SecurityValidationError
from werkzeug.datastructures import Headers, ImmutableMultiDict

HOST = "http://fakeserver.invalid"


@dataclass
class _Request:
    """openapi-core's Request protocol over what the server received."""

    host_url: str
    path: str
    method: str
    parameters: RequestParameters
    body: bytes | None
    content_type: str


@dataclass
class _Response:
    """openapi-core's Response protocol over what the server is about to send."""

    status_code: int
    data: bytes | None
    headers: Headers
    content_type: str


@dataclass(frozen=True)
class Problem:
    """One validation failure: where (``loc``, FastAPI style) and what."""

    loc: list[str | int]
    message: str

    def __str__(self) -> str:
        where = ".".join(str(p) for p in self.loc)
        return f"{where}: {self.message}" if where else self.message


def _describe(exc: Exception) -> Problem:
    name = getattr(exc, "name", None)
    location = getattr(exc, "location", None)
    loc: list[str | int] = [str(location), str(name)] if name and location else ["body"]
    message = type(exc).__name__ if loc == ["body"] else str(exc)
    cause = exc.__cause__
    errors = getattr(cause, "schema_errors", None) or getattr(exc, "schema_errors", None)
    if errors:
        parts = [_schema_error(err) for err in errors[:5]]
        message = f"{message} ({'; '.join(parts)})"
    elif cause is not None:
        message = f"{message} ({_short(str(cause))})"
    else:
        message = _short(str(exc))
    return Problem(loc, message)


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _schema_error(err: Any) -> str:
    """The most specific reason of a jsonschema error, with its instance path."""
    while err.context:
        err = best_match(err.context)
    path = "/".join(str(p) for p in err.absolute_path)
    return f"{path}: {_short(err.message, 200)}" if path else _short(err.message, 200)


class SpecValidator:
    """Validate exchanges against a spec served under ``prefix`` (servers are ignored)."""

    _cache: ClassVar[dict[tuple[int, str], tuple[dict[str, Any], SpecValidator]]] = {}

    def __init__(self, spec: dict[str, Any], prefix: str) -> None:
        local = {**spec, "servers": [{"url": HOST + prefix}]}
        self.app = OpenAPI.from_dict(local, config=Config(spec_validator_cls=None))

    @classmethod
    def shared(cls, spec: dict[str, Any], prefix: str) -> SpecValidator:
        """One validator per spec object and prefix (openapi-core warms up per instance)."""
        key = (id(spec), prefix)
        hit = cls._cache.get(key)
        if hit is None or hit[0] is not spec:
            hit = (spec, cls(spec, prefix))
            cls._cache[key] = hit
        return hit[1]

    def _request(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> _Request:
        params = RequestParameters(
            query=ImmutableMultiDict(query), header=Headers(list(headers.items()))
        )
        ctype = headers.get("content-type", "").lower()
        return _Request(HOST, path, method.lower(), params, body or None, ctype)

    def request_problems(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        body: bytes,
    ) -> list[Problem]:
        """Problems with a request (security is left to the server's own auth check)."""
        req = self._request(method, path, query, headers, body)
        return [
            _describe(e)
            for e in self.app.iter_request_errors(req)
            if not isinstance(e, SecurityValidationError)
        ]

    def response_problems(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        headers: dict[str, str],
        status: int,
        content_type: str | None,
        data: bytes,
        response_headers: dict[str, str],
    ) -> list[Problem]:
        """Problems with a response the server is about to send."""
        req = self._request(method, path, query, headers, b"")
        resp = _Response(
            status,
            data or None,
            Headers(list(response_headers.items())),
            (content_type or "").lower(),
        )
        return [_describe(e) for e in self.app.iter_response_errors(req, resp)]
