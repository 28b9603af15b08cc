"""evalclients: one typed Python client for the REST APIs of LLM-evaluation platforms."""

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
from evalclients.vendors import (
    ArizeAX,
    AsyncArizeAX,
    AsyncHumanloop,
    AsyncPhoenix,
    AsyncRespan,
    Humanloop,
    Phoenix,
    Respan,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArizeAX",
    "AsyncArizeAX",
    "AsyncClient",
    "AsyncHumanloop",
    "AsyncItemPaged",
    "AsyncPhoenix",
    "AsyncRespan",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "Difference",
    "DriftWarning",
    "Humanloop",
    "IncompleteListWarning",
    "InternalServerError",
    "ItemPaged",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "Phoenix",
    "RateLimitError",
    "Respan",
    "ResponseDecodeError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "__version__",
    "drift",
    "installed_vendors",
]
