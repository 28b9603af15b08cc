"""What may reach the network and what may come back: the key only for the configured origin,
and bounds on reading a body (size and total read time)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from evalclients._defaults import MAX_RESPONSE_BYTES

__all__ = ["MAX_RESPONSE_BYTES", "Guard", "abounded", "bounded"]


class _Bounds:
    """Limits on reading one body: ``MAX_RESPONSE_BYTES``, and the read timeout for the whole
    body (httpx applies it to each read, so a server trickling a byte at a time never hit it)."""

    def __init__(self, request: httpx.Request, response: httpx.Response) -> None:
        self.request = request
        timeout = request.extensions.get("timeout", {}).get("read")
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.limit = MAX_RESPONSE_BYTES
        self.seen = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            self._too_large(int(declared))

    def _too_large(self, size: int) -> None:
        raise httpx.ReadError(
            f"response body larger than {self.limit} bytes (at least {size}); refusing to read it",
            request=self.request,
        )

    def check(self, chunk: bytes) -> bytes:
        self.seen += len(chunk)
        if self.seen > self.limit:
            self._too_large(self.seen)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise httpx.ReadTimeout(
                "the response body did not arrive within the read timeout", request=self.request
            )
        return chunk


def _spent_connection(response: httpx.Response) -> Any:
    """The connection of a 5xx answer, to close with it (None: reuse it as usual).

    Servers often drop a kept-alive connection after a 5xx, and some only after logging the
    error (uvicorn, seconds later under load): a request sent on it meanwhile meets a reset,
    and a write that is not safe to repeat cannot be resent. Closed before the pool takes the
    connection back, it is never handed out again (httpcore sees its socket closed)."""
    return response.extensions.get("network_stream") if response.status_code >= 500 else None


class _BoundedStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, bounds: _Bounds, spent: Any) -> None:
        self._stream = stream
        self._bounds = bounds
        self._spent = spent

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield self._bounds.check(chunk)

    def close(self) -> None:
        if self._spent is not None:
            self._spent.close()
        self._stream.close()


class _AsyncBoundedStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, bounds: _Bounds, spent: Any) -> None:
        self._stream = stream
        self._bounds = bounds
        self._spent = spent

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield self._bounds.check(chunk)

    async def aclose(self) -> None:
        if self._spent is not None:
            await self._spent.aclose()
        await self._stream.aclose()


def bounded(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    try:
        bounds = _Bounds(request, response)
    except httpx.ReadError:
        response.close()
        raise
    if isinstance(response.stream, httpx.SyncByteStream):
        response.stream = _BoundedStream(response.stream, bounds, _spent_connection(response))
    return response


async def abounded(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    try:
        bounds = _Bounds(request, response)
    except httpx.ReadError:
        await response.aclose()
        raise
    if isinstance(response.stream, httpx.AsyncByteStream):
        response.stream = _AsyncBoundedStream(response.stream, bounds, _spent_connection(response))
    return response


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


class Guard:
    """Adds the key to requests for the configured origin only (also after redirects)."""

    def __init__(self, base_url: str, auth_headers: dict[str, str]) -> None:
        self._origin = _origin(httpx.URL(base_url))
        self._headers = auth_headers

    def apply(self, request: httpx.Request) -> None:
        if _origin(request.url) == self._origin:
            request.headers.update(self._headers)
        else:
            for name in self._headers:
                request.headers.pop(name, None)

    def __repr__(self) -> str:
        return f"<auth for {self._origin[0]}://{self._origin[1]}: {sorted(self._headers)}>"
