"""Named helpers declared once for both twins: ``experiment_runs = listing("op")(stub)``.

A stub's signature is the helper's signature; its return annotation types the items. On a
``Client`` a listing returns ``ItemPaged[T]`` and a getter ``T``; on an ``AsyncClient``,
``AsyncItemPaged[T]`` and an awaitable of ``T``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Self, TypeVar, overload

if TYPE_CHECKING:
    from evalclients.client import AsyncClient, Client
    from evalclients.pagination import AsyncItemPaged, ItemPaged

P = ParamSpec("P")
T = TypeVar("T")
PAGER_OPTIONS = ("page_size", "max_items", "continuation_token", "raw")


def _bind(
    signature: inspect.Signature, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any]:
    bound = signature.bind(*args, **kwargs)
    return {name: value for name, value in bound.arguments.items() if value is not None}


class _Helper(Generic[P, T]):
    def __init__(self, operation: str, stub: Callable[P, Any]) -> None:
        self.operation = operation
        self.signature = inspect.signature(stub)
        functools.update_wrapper(self, stub)  # type: ignore[arg-type]


class ListHelper(_Helper[P, T]):
    """A named listing: ``client.experiment_runs(experiment_id)`` → lazy items.

    ``body``: the stub's arguments that are JSON request-body fields (a search whose cursor
    pages in the body); they are sent as ``body={...}``, the same on every page.
    """

    def __init__(self, operation: str, stub: Callable[P, Any], body: tuple[str, ...] = ()) -> None:
        super().__init__(operation, stub)
        self.body = body

    @overload
    def __get__(self, obj: None, owner: type) -> Self: ...
    @overload
    def __get__(self, obj: Client, owner: type) -> Callable[P, ItemPaged[T]]: ...
    @overload
    def __get__(self, obj: AsyncClient, owner: type) -> Callable[P, AsyncItemPaged[T]]: ...
    def __get__(self, obj: Any, owner: type) -> Any:
        if obj is None:
            return self

        def method(*args: Any, **kwargs: Any) -> Any:
            params = _bind(self.signature, args, kwargs)
            if self.body:
                params["body"] = {k: params.pop(k) for k in self.body if k in params}
            return obj.paginate(self.operation, **params)

        method.__doc__ = self.__doc__
        return method


class GetHelper(_Helper[P, T]):
    """A named single call: ``client.experiment(experiment_id)`` → the parsed model."""

    @overload
    def __get__(self, obj: None, owner: type) -> Self: ...
    @overload
    def __get__(self, obj: Client, owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: AsyncClient, owner: type) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: Any, owner: type) -> Any:
        if obj is None:
            return self

        def method(*args: Any, **kwargs: Any) -> Any:
            return obj.call(self.operation, **_bind(self.signature, args, kwargs))

        method.__doc__ = self.__doc__
        return method


def listing(
    operation: str, *, body: tuple[str, ...] = ()
) -> Callable[[Callable[P, Iterable[T]]], ListHelper[P, T]]:
    """Declare a named listing over the registry operation ``operation`` (``body``: the
    arguments sent as JSON body fields)."""
    return lambda stub: ListHelper(operation, stub, body)


def getter(operation: str) -> Callable[[Callable[P, T]], GetHelper[P, T]]:
    """Declare a named call of the registry operation ``operation``."""
    return lambda stub: GetHelper(operation, stub)
