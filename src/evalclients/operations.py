"""Named helpers declared once for both twins: ``experiment_runs = listing("op")(stub)``.

A stub's signature is the helper's signature; its return annotation types the items. On a
``Client`` a listing returns ``ItemPaged[T]`` and a getter ``T``; on an ``AsyncClient``,
``AsyncItemPaged[T]`` and an awaitable of ``T``.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Self, TypeVar, overload

if TYPE_CHECKING:
    from evalclients.client import AsyncClient, Client
    from evalclients.pagination import AsyncItemPaged, ItemPaged

P = ParamSpec("P")
T = TypeVar("T")
PAGER_OPTIONS = ("page_size", "max_items", "continuation_token", "raw")
__all__ = ["GetHelper", "ListHelper", "getter", "listing"]


# One word per meaning: ``page_size`` is the page size everywhere; the old helper spellings
# still work for a while, with a DeprecationWarning.
DEPRECATED_PAGE_SIZE = ("limit", "size")


def _page_size_alias(signature: inspect.Signature, kwargs: dict[str, Any]) -> dict[str, Any]:
    """``kwargs`` with a deprecated ``limit=``/``size=`` renamed to ``page_size=``."""
    for old in DEPRECATED_PAGE_SIZE:
        if old in kwargs and old not in signature.parameters:
            warnings.warn(
                f"{old}= is deprecated: the page size is page_size= (max_items caps the items)",
                DeprecationWarning,
                stacklevel=3,
            )
            kwargs = dict(kwargs)
            value = kwargs.pop(old)
            if kwargs.get("page_size") is not None and value is not None:
                raise TypeError(f"pass page_size= or {old}=, not both")
            kwargs["page_size"] = value if value is not None else kwargs.get("page_size")
    return kwargs


def _bind(
    operation: str, signature: inspect.Signature, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any]:
    """The arguments given, by name; a wrong call names the operation, as paginate() does."""
    try:
        bound = signature.bind(*args, **kwargs)
    except TypeError as exc:
        message = str(exc).replace("missing a required argument", "missing 1 required argument")
        raise TypeError(f"{operation}() {message}") from None
    bound.apply_defaults()  # a default the registry declares (``defaults``) is sent
    params: dict[str, Any] = {}
    for name, value in bound.arguments.items():
        if signature.parameters[name].kind is inspect.Parameter.VAR_KEYWORD:
            params.update(value)  # per-call options (``**options: Unpack[RequestOptions]``)
        elif value is not None:
            params[name] = value
    return params


class _Helper(Generic[P, T]):
    def __init__(self, operation: str, stub: Callable[P, Any]) -> None:
        self.operation = operation
        self.signature = inspect.signature(stub)
        functools.update_wrapper(self, stub)  # type: ignore[arg-type]

    def bind(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        """The operation's parameters (and per-call options) for a helper call."""
        return _bind(self.operation, self.signature, args, kwargs)


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
            kwargs = _page_size_alias(self.signature, kwargs)
            params = _bind(self.operation, self.signature, args, kwargs)
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
            return obj.call(self.operation, **_bind(self.operation, self.signature, args, kwargs))

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
