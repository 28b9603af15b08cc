"""Every default the facade applies, in one place (retries, backoff, timeouts, pool, pages)."""

from __future__ import annotations

import httpx

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_JITTER",
    "BACKOFF_MAX",
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_TIMEOUT",
    "FETCH_AHEAD_START_WAIT",
    "FETCH_AHEAD_WAIT",
    "LIMITS",
    "MAX_RESPONSE_BYTES",
    "RETRY_AFTER_CAP",
    "RETRY_STATUSES",
    "SETTLE_AFTER_5XX",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""60 s to read an answer (large pages of hosted APIs), 10 s to connect."""
DEFAULT_MAX_RETRIES = 2
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
BACKOFF_BASE = 0.5
"""Seconds before the first retry; doubles each retry up to ``BACKOFF_MAX``."""
BACKOFF_MAX = 8.0
BACKOFF_JITTER = 0.25
RETRY_AFTER_CAP = 60.0
"""A ``Retry-After`` longer than this raises instead of sleeping."""
SETTLE_AFTER_5XX = 0.25
"""Pause before a non-retryable request right after a 5xx (some servers drop that connection;
on a loaded machine uvicorn took more than 50 ms to, and the POST met the dropped connection)."""
LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10)
DEFAULT_PAGE_SIZE = 100
"""Page size when the registry measured none for a listing."""
DEFAULT_CONCURRENCY = 4
"""Page requests one listing may have in flight (the fetch-ahead window)."""
FETCH_AHEAD_WAIT = 0.001
"""Seconds a page request must spend waiting on the server (its wall time beyond the client's
own CPU) before a listing fetches ahead: below this, a background thread costs more than the
overlap saves (GIL hand-offs on every page), so a fast local server is read on demand."""
FETCH_AHEAD_START_WAIT = 0.01
"""Seconds a fetch-ahead submit waits for its worker to start the request (only a pool whose
workers are all busy, a cancelled page still in flight, makes it wait that long)."""
MAX_RESPONSE_BYTES = 256 * 2**20
"""A body larger than this is refused while it is read (a hostile or broken server must not
exhaust memory); the largest documented page (500 runs) is far below it."""
