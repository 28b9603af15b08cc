"""A client library for accessing Respan API (experiments)"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .facade import AsyncRespan, Respan

__all__ = (
    "AsyncRespan",
    "AuthenticatedClient",
    "Client",
    "Respan",
)

_NAMED = ("Respan", "AsyncRespan")


def __getattr__(name: str) -> Any:
    """The named clients import the evalclients facade only when first used (then kept)."""
    if name in _NAMED:
        from . import facade

        value = getattr(facade, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
