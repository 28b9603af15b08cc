"""Retry decisions: when a request is retried and how long to wait (``RetryPolicy``).

Shared by the sync and async transports in ``_transport``; they differ only in how they send
and sleep.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace

import httpx

from evalclients import _defaults
from evalclients.errors import parse_retry_after

__all__ = [
    "EXTENSION",
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "Attempts",
    "CallOptions",
    "RetryPolicy",
]

RETRY_STATUSES = _defaults.RETRY_STATUSES
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
EXTENSION = "evalclients.retry"


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here: `import evalclients` stays free of asyncio for sync users

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to retry. Injectable clock, sleep and randomness for tests."""

    max_retries: int = _defaults.DEFAULT_MAX_RETRIES
    backoff_base: float = _defaults.BACKOFF_BASE
    backoff_max: float = _defaults.BACKOFF_MAX
    jitter: float = _defaults.BACKOFF_JITTER
    retry_after_cap: float = _defaults.RETRY_AFTER_CAP
    settle_after_5xx: float = _defaults.SETTLE_AFTER_5XX
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


class Attempts:
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
