"""The retrying transports (auth for the configured origin, retries, bounded bodies) and the
adapters that send through a caller's own httpx client."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx

from evalclients._guard import Guard, abounded, bounded
from evalclients._retry import EXTENSION, Attempts, CallOptions, RetryPolicy

__all__ = [
    "AsyncClientTransport",
    "AsyncLazyHTTPTransport",
    "AsyncRetryTransport",
    "ClientTransport",
    "LazyHTTPTransport",
    "OptionsTransport",
    "RetryTransport",
]


class _RetryLoop:
    """State and decisions both retrying transports share; they differ only in how they wait
    and send."""

    def __init__(
        self, policy: RetryPolicy, base_url: str, auth_headers: dict[str, str], owns: bool
    ) -> None:
        self._policy = policy
        self._guard = Guard(base_url, auth_headers)
        self._owns = owns
        self._after_5xx = False  # the last answer was a 5xx: its connection may be dropped

    def _start(self, request: httpx.Request) -> tuple[Attempts, float]:
        """Add auth; the attempts of this request and the pause before its first send."""
        self._guard.apply(request)
        attempts = Attempts(request, self._policy)
        return attempts, attempts.settle(self._after_5xx)

    def _failed(self, attempts: Attempts, exc: httpx.TransportError) -> float | None:
        delay = attempts.after_error(exc, self._after_5xx)
        self._after_5xx = False
        return delay

    def _answered(self, attempts: Attempts, response: httpx.Response) -> float | None:
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
                    return bounded(request, response)
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
                    return await abounded(request, response)
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


class _LazyPools:
    """One httpx transport per URL scheme, each built on its first request.

    Building an ``httpx.HTTPTransport`` loads the CA bundle (about 20 ms): a client that is
    built and never used, or that only speaks plain http (a local server), never loads it.
    The http pool gets a TLS context without CAs: it never sees an https request.
    """

    def __init__(self, limits: httpx.Limits) -> None:
        self._limits = limits
        self._pools: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _pool(self, scheme: str, factory: Callable[..., Any]) -> Any:
        pool = self._pools.get(scheme)
        if pool is None:
            with self._lock:
                pool = self._pools.get(scheme)
                if pool is None:
                    verify: Any = True if scheme == "https" else _no_ca_context()
                    pool = self._pools[scheme] = factory(limits=self._limits, verify=verify)
        return pool


def _no_ca_context() -> Any:
    import ssl

    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, and trusts nothing


class LazyHTTPTransport(_LazyPools, httpx.BaseTransport):
    """``httpx.HTTPTransport`` with its pools (and CA bundle) built when first needed."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        pool: httpx.HTTPTransport = self._pool(request.url.scheme, httpx.HTTPTransport)
        return pool.handle_request(request)

    def close(self) -> None:
        for pool in list(self._pools.values()):
            pool.close()


class AsyncLazyHTTPTransport(_LazyPools, httpx.AsyncBaseTransport):
    """Async twin of ``LazyHTTPTransport``."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pool: httpx.AsyncHTTPTransport = self._pool(request.url.scheme, httpx.AsyncHTTPTransport)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        for pool in list(self._pools.values()):
            await pool.aclose()


class OptionsTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Gives requests that carry no facade options these (a ``with_options`` copy's ``.api``);
    never closes the shared transport it wraps."""

    def __init__(self, wrapped: Any, options: CallOptions) -> None:
        self._wrapped = wrapped
        self._options = options

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions.setdefault(EXTENSION, self._options)
        response: httpx.Response = self._wrapped.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions.setdefault(EXTENSION, self._options)
        response: httpx.Response = await self._wrapped.handle_async_request(request)
        return response

    def close(self) -> None:
        """The wrapped transport belongs to the parent client."""

    async def aclose(self) -> None:
        """The wrapped transport belongs to the parent client."""
