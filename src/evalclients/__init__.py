"""evalclients: one typed Python client for the REST APIs of LLM-evaluation platforms.

A vendor's named clients live in its generated package (``from evalclients_<vendor> import
<ClassName>``, fully typed); ``evalclients.<ClassName>`` finds the same class at run time
through the registry each installed vendor package ships (typed ``Any`` for a checker).
"""

from typing import Any

from evalclients._version import __version__
from evalclients.client import AsyncClient, Client
from evalclients.config import ClientConfig
from evalclients.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    UnprocessableEntityError,
)
from evalclients.pagination import AsyncItemPaged, IncompleteListWarning, ItemPaged, Page
from evalclients.registry import installed_vendors
from evalclients.tolerance import Difference, DriftWarning, drift
from evalclients.transport import RetryPolicy

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncItemPaged",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "Difference",
    "DriftWarning",
    "IncompleteListWarning",
    "InternalServerError",
    "ItemPaged",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "__version__",
    "drift",
    "installed_vendors",
]


def __getattr__(name: str) -> Any:
    """A vendor's named client class, looked up in the installed vendors' registry entries."""
    from evalclients.registry import named_client

    found = named_client(name)
    if found is None:
        raise AttributeError(f"module 'evalclients' has no attribute {name!r}")
    globals()[name] = found
    return found
