"""The facade's transport, public part: ``RetryPolicy`` and the retrying transports.

The implementation lives in private modules by job: ``_retry`` (when and how long to retry),
``_guard`` (the key only for the configured origin; bounds on reading a body), ``_transport``
(the retrying transports and adapters for a caller's own httpx client) and ``_direct`` (the
direct sender for the facade's own body-less requests). Defaults are in ``_defaults``.
"""

from __future__ import annotations

from evalclients._retry import RetryPolicy
from evalclients._transport import AsyncRetryTransport, RetryTransport

__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport"]
