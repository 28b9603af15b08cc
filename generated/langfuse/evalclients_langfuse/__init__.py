"""A client library for accessing server"""

from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .facade import AsyncLangfuse, Langfuse

__all__ = (
    "AsyncLangfuse",
    "AuthenticatedClient",
    "Client",
    "Langfuse",
)

_NAMED = ("Langfuse", "AsyncLangfuse")


def __getattr__(name: str) -> Any:
    """The named clients import the evalclients facade only when first used (then kept)."""
    if name in _NAMED:
        from . import facade

        value = getattr(facade, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
