"""The retrying transports (auth for the configured origin, retries, bounded bodies) and the
adapters that send through a caller's own httpx client."""

from __future__ import annotations

import httpx

from evalclients._guard import Guard, abounded, bounded
from evalclients._retry import Attempts, RetryPolicy

__all__ = ["AsyncClientTransport", "AsyncRetryTransport", "ClientTransport", "RetryTransport"]


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
