"""The facade's transport: authentication, retries with backoff, and origin-bound keys.

``RetryTransport`` and ``AsyncRetryTransport`` wrap any httpx transport (or a caller's own
client). The decisions (what to retry, how long to wait) live in ``RetryPolicy`` and
``_Attempts``, shared by both; the two transports only differ in how they send and sleep.
``DirectSender`` hands the facade's own body-less requests to that transport without
``httpx.Client``'s per-request machinery.
"""

from __future__ import annotations

import datetime
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from evalclients.errors import parse_retry_after

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_RESPONSE_BYTES = 256 * 2**20
"""A body larger than this is refused while it is read (a hostile or broken server must not
exhaust memory); the largest documented page (500 runs) is far below it."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
EXTENSION = "evalclients.retry"


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here: `import evalclients` stays free of asyncio for sync users

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to retry. Injectable clock, sleep and randomness for tests."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.25
    retry_after_cap: float = 60.0
    settle_after_5xx: float = 0.05
    statuses: frozenset[int] = RETRY_STATUSES
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_async_sleep, compare=False)
    now: Callable[[], float] = field(default=time.time, compare=False)
    random: Callable[[], float] = field(default=random.random, compare=False)

    def with_retries(self, max_retries: int) -> RetryPolicy:
        """A copy with another retry budget."""
        return replace(self, max_retries=max_retries)

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter for retry number ``attempt`` (0-based)."""
        delay = min(self.backoff_max, self.backoff_base * (2**attempt))
        return float(delay * (1 - self.jitter * self.random()))


@dataclass(frozen=True)
class CallOptions:
    """Per-request options the facade passes down in the request's extensions."""

    policy: RetryPolicy | None = None
    retry_post: bool = False


class _Attempts:
    """The retry decisions for one request (shared by the sync and async transports)."""

    def __init__(self, request: httpx.Request, default: RetryPolicy) -> None:
        options = request.extensions.get(EXTENSION)
        options = options if isinstance(options, CallOptions) else CallOptions()
        self.policy = options.policy or default
        self.retryable = request.method in IDEMPOTENT_METHODS or (
            request.method == "POST" and options.retry_post
        )
        self.attempt = 0
        self._stale_retried = False

    def settle(self, after_5xx: bool) -> float:
        """Pause before sending a request that will not be resent, right after a 5xx.

        Some servers close a kept-alive connection just after answering 5xx; a
        short pause lets the pool see the close instead of writing into it.
        """
        return self.policy.settle_after_5xx if after_5xx and not self.retryable else 0.0

    def after_error(self, exc: Exception, after_5xx: bool) -> float | None:
        """Delay before retrying a transport error, or None to re-raise it.

        A retryable request that fails on a connection the server dropped after a 5xx is
        resent at once, once, without using the retry budget.
        """
        stale = isinstance(exc, (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError))
        if after_5xx and stale and self.retryable and not self._stale_retried:
            self._stale_retried = True
            return 0.0
        if not self.retryable or self.attempt >= self.policy.max_retries:
            return None
        delay = self.policy.backoff(self.attempt)
        self.attempt += 1
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """Delay before retrying this response, or None to return it."""
        if (
            response.status_code not in self.policy.statuses
            or not self.retryable
            or self.attempt >= self.policy.max_retries
        ):
            return None
        wait = parse_retry_after(response.headers.get("retry-after"), self.policy.now())
        if wait is not None and wait > self.policy.retry_after_cap:
            return None  # the caller gets the 429/503 with its retry_after instead of a long sleep
        delay = wait if wait is not None else self.policy.backoff(self.attempt)
        self.attempt += 1
        return delay


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


class _BoundedStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, bounds: _Bounds) -> None:
        self._stream = stream
        self._bounds = bounds

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield self._bounds.check(chunk)

    def close(self) -> None:
        self._stream.close()


class _AsyncBoundedStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, bounds: _Bounds) -> None:
        self._stream = stream
        self._bounds = bounds

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield self._bounds.check(chunk)

    async def aclose(self) -> None:
        await self._stream.aclose()


def _bounded(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    try:
        bounds = _Bounds(request, response)
    except httpx.ReadError:
        response.close()
        raise
    if isinstance(response.stream, httpx.SyncByteStream):
        response.stream = _BoundedStream(response.stream, bounds)
    return response


async def _abounded(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    try:
        bounds = _Bounds(request, response)
    except httpx.ReadError:
        await response.aclose()
        raise
    if isinstance(response.stream, httpx.AsyncByteStream):
        response.stream = _AsyncBoundedStream(response.stream, bounds)
    return response


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


class _Guard:
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


class _RetryLoop:
    """State and decisions both retrying transports share; they differ only in how they wait
    and send."""

    def __init__(
        self, policy: RetryPolicy, base_url: str, auth_headers: dict[str, str], owns: bool
    ) -> None:
        self._policy = policy
        self._guard = _Guard(base_url, auth_headers)
        self._owns = owns
        self._after_5xx = False  # the last answer was a 5xx: its connection may be dropped

    def _start(self, request: httpx.Request) -> tuple[_Attempts, float]:
        """Add auth; the attempts of this request and the pause before its first send."""
        self._guard.apply(request)
        attempts = _Attempts(request, self._policy)
        return attempts, attempts.settle(self._after_5xx)

    def _failed(self, attempts: _Attempts, exc: httpx.TransportError) -> float | None:
        delay = attempts.after_error(exc, self._after_5xx)
        self._after_5xx = False
        return delay

    def _answered(self, attempts: _Attempts, response: httpx.Response) -> float | None:
        self._after_5xx = response.status_code >= 500
        return attempts.after_response(response)


class RetryTransport(_RetryLoop, httpx.BaseTransport):
    """Sync transport: auth for the configured origin and retries, around another transport."""

    def __init__(
        self,
        wrapped: httpx.BaseTransport,
        policy: RetryPolicy,
        base_url: str,
        auth_headers: dict[str, str],
        owns_wrapped: bool = True,
    ) -> None:
        super().__init__(policy, base_url, auth_headers, owns_wrapped)
        self._wrapped = wrapped

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts, pause = self._start(request)
        if pause:
            attempts.policy.sleep(pause)
        while True:
            try:
                response = self._wrapped.handle_request(request)
            except httpx.TransportError as exc:
                if (delay := self._failed(attempts, exc)) is None:
                    raise
            else:
                if (delay := self._answered(attempts, response)) is None:
                    return _bounded(request, response)
                response.close()
            attempts.policy.sleep(delay)

    def close(self) -> None:
        if self._owns:
            self._wrapped.close()


class AsyncRetryTransport(_RetryLoop, httpx.AsyncBaseTransport):
    """Async twin of RetryTransport."""

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        base_url: str,
        auth_headers: dict[str, str],
        owns_wrapped: bool = True,
    ) -> None:
        super().__init__(policy, base_url, auth_headers, owns_wrapped)
        self._wrapped = wrapped

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts, pause = self._start(request)
        if pause:
            await attempts.policy.async_sleep(pause)
        while True:
            try:
                response = await self._wrapped.handle_async_request(request)
            except httpx.TransportError as exc:
                if (delay := self._failed(attempts, exc)) is None:
                    raise
            else:
                if (delay := self._answered(attempts, response)) is None:
                    return await _abounded(request, response)
                await response.aclose()
            await attempts.policy.async_sleep(delay)

    async def aclose(self) -> None:
        if self._owns:
            await self._wrapped.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller's own httpx.Client (its pool, proxies and hooks); never closes it."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's own httpx.AsyncClient; never closes it."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)


_HTTPX_LOG = logging.getLogger("httpx")
_DIRECT_KEYS = frozenset({"method", "url", "params", "extensions", "timeout"})


class DirectSender:
    """Builds and sends body-less requests straight to the facade's own transport chain.

    ``httpx.Client`` parses the URL three times per request and wraps every answer for
    cookies (about 0.2 ms a request here: a fifth of a page of runs from a local
    server). This builds the URL once and does what the client would have done for such a
    request: the same URL and headers (tested against ``build_request``), timeouts, cookies
    kept and sent, the ``httpx`` log line, ``response.elapsed``. Anything else (a body, extra
    headers, event hooks, a caller's own httpx client) goes through ``httpx.Client``.
    """

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    ) -> None:
        self._http = http
        self._transport = transport  # None: always through httpx.Client
        self._prefix: str | None = None  # the base URL without a final "/"

    def build(self, kwargs: dict[str, Any]) -> httpx.Request | None:
        """The request for ``httpx.Client.request(**kwargs)``, or None to let httpx send it."""
        http = self._http
        if (
            self._transport is None
            or kwargs.keys() - _DIRECT_KEYS
            or http.cookies
            or http.event_hooks["request"]
            or http.event_hooks["response"]
            or not kwargs["url"].startswith("/")
        ):
            return None
        if http.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if self._prefix is None:
            self._prefix = str(http.base_url).rstrip("/")
        url = self._prefix + kwargs["url"]
        if params := kwargs.get("params"):
            url = f"{url}?{httpx.QueryParams(params)}"
        timeout: httpx.Timeout = kwargs["timeout"]
        extensions = {**kwargs["extensions"], "timeout": timeout.as_dict()}
        return httpx.Request(kwargs["method"], url, headers=http.headers, extensions=extensions)

    def send(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the sync transport and read the body."""
        assert isinstance(self._transport, httpx.BaseTransport)
        started = time.perf_counter()
        try:
            response = self._transport.handle_request(request)
            response.request = request
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        except httpx.RequestError as exc:
            _name_request(exc, request)
            raise
        return self._received(response, started)

    async def asend(self, request: httpx.Request) -> httpx.Response:
        """Async twin of ``send``."""
        assert isinstance(self._transport, httpx.AsyncBaseTransport)
        started = time.perf_counter()
        try:
            response = await self._transport.handle_async_request(request)
            response.request = request
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        except httpx.RequestError as exc:
            _name_request(exc, request)
            raise
        return self._received(response, started)

    def _received(self, response: httpx.Response, started: float) -> httpx.Response:
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        if "set-cookie" in response.headers:
            self._http.cookies.extract_cookies(response)
        request = response.request
        _HTTPX_LOG.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )
        return response


def _name_request(exc: httpx.RequestError, request: httpx.Request) -> None:
    """Attach the request to an error raised without one (as ``httpx.Client`` does)."""
    try:
        exc.request  # noqa: B018
    except RuntimeError:
        exc.request = request
