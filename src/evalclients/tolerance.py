"""Drift: how a vendor's answer differed from its spec, reported instead of failing.

The generated models keep drifted content (an absent required field as ``UNSET``, a value of
an unexpected type or an unlisted enum value as received, keys in the vendor's other casing
read as the declared ones) and record it on the model, only when it happens. The facade
notices through the package's ``drift.SERIAL`` counter (one comparison per page), warns once
per (vendor, operation, model, field, kind) per process, and in strict mode raises instead.
"""

from __future__ import annotations

import functools
import logging
import re
import warnings
from collections.abc import Callable
from types import ModuleType
from typing import Any, NamedTuple

import httpx

from evalclients.errors import ResponseDecodeError

__all__ = ["Difference", "DriftWarning", "attribute_name", "drift", "other_case"]

logger = logging.getLogger("evalclients")


class DriftWarning(UserWarning):
    """A response differed from the vendor's spec; it was decoded anyway (see ``drift()``)."""


class Difference(NamedTuple):
    """One difference between a decoded body and the spec."""

    path: str
    """Where in the object given to ``drift()``: ``data[3].status``."""
    kind: str
    """``missing``, ``type``, ``enum``, ``union`` or ``casing``."""
    expected: str
    """What the spec declares (a type, the listed enum values, or the declared key)."""
    received: str
    """What came: a JSON type, the new enum value, ``absent``, or the key as received."""
    model: str
    """The generated model the field belongs to."""


def drift(obj: object) -> list[Difference]:
    """Every difference recorded while decoding ``obj`` (a model, a list of them, a page).

    Empty when the body matched its spec. Cheap to ask: it walks ``obj`` and reads the slot
    that models fill only when something drifted.
    """
    found: list[Difference] = []
    kept = getattr(obj, "item_drift", None)  # a pager's Page: items kept whole, then its items
    if isinstance(kept, tuple):
        found.extend(kept)
        obj = getattr(obj, "items", None)
    _walk(obj, "", found, 0, _read)
    return found


def _read(obj: object, name: str) -> Any:
    return getattr(obj, name, None)


def _read_quietly(obj: object, name: str) -> Any:
    """A field, decoded now if the model left it for first read, without a late warning."""
    quiet = getattr(getattr(type(obj), name, None), "read_quietly", None)
    return quiet(obj) if quiet is not None else getattr(obj, name, None)


def _walk(
    obj: object,
    path: str,
    found: list[Difference],
    depth: int,
    read: Callable[[object, str], Any],
) -> None:
    if depth > 200:  # a model tree is never this deep; stop rather than recurse forever
        return
    if isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            _walk(item, f"{path}[{i}]", found, depth + 1, read)
        return
    if isinstance(obj, dict):
        for key, item in obj.items():
            _walk(item, f"{path}.{key}" if path else str(key), found, depth + 1, read)
        return
    fields = getattr(type(obj), "__attrs_attrs__", None)
    if fields is None:
        return
    # fields first: reading one not decoded yet (a model's nested models are decoded on
    # first read) decodes it, which may record drift on obj
    values = [(f.name, read(obj, f.name)) for f in fields if f.name not in _BOOKKEEPING]
    for record in getattr(obj, "_drift", None) or ():
        where = record.path if not path else f"{path}.{record.path}"
        found.append(Difference(where, record.kind, record.expected, record.received, record.model))
    for name, value in values:
        if name == "additional_properties":
            _walk(value, path, found, depth + 1, read)
        else:
            _walk(value, f"{path}.{name}" if path else name, found, depth + 1, read)


_BOOKKEEPING = frozenset({"_drift", "_pending"})
"""The generated models' own attrs slots (``drift.INTERNAL``), not fields of the body."""


def settle(parsed: Any, strict: bool) -> None:
    """Decode now what the models left for first read: the body's own fields (a page's item
    list, so its drift is reported with the operation), or everything when ``strict``."""
    if strict:
        _walk(parsed, "", [], 0, _read_quietly)
        return
    for field in getattr(type(parsed), "__attrs_attrs__", ()):
        _read_quietly(parsed, field.name)


def watch(runtime: ModuleType, vendor: str) -> None:
    """Warn about drift found when a field left for first read is read, after its page."""
    if getattr(runtime, "ON_LATE", False) is None:
        setattr(runtime, "ON_LATE", functools.partial(_late, runtime, vendor))  # noqa: B010


def _late(runtime: ModuleType, vendor: str, before: int) -> None:
    _warn_new(runtime, before, vendor, "(a field decoded on first read)")


_WARNED: set[tuple[str, str, str, str, str]] = set()


def check(
    runtime: ModuleType | None,
    before: int,
    parsed: Any,
    *,
    vendor: str,
    operation: str,
    strict: bool,
    response: httpx.Response,
) -> None:
    """After decoding: warn about new kinds of drift, or raise in strict mode.

    Called only when ``runtime.SERIAL`` moved past ``before`` (something drifted).
    """
    if strict:  # a casing the vendor declares in the registry is not a reason to refuse
        found = [d for d in drift(parsed) if d.kind != "casing"]
        if found:
            first = found[0]
            raise ResponseDecodeError(
                f"{response.status_code} body does not fit the spec at {first.path}: expected "
                f"{first.expected}, received {first.received} ({first.kind}; strict mode)",
                response=response,
                vendor=vendor,
            )
    _warn_new(runtime, before, vendor, operation)


def _warn_new(runtime: ModuleType | None, before: int, vendor: str, operation: str) -> None:
    """A ``DriftWarning`` (and a log line) for each kind of drift recorded after ``before``
    not warned about yet."""
    latest: dict[tuple[str, str, str], tuple[int, Any]] = getattr(runtime, "LATEST", {})
    for (model, field, kind), (serial, record) in list(latest.items()):
        key = (vendor, operation, model, field, kind)
        if serial <= before or key in _WARNED:
            continue
        _WARNED.add(key)
        message = (
            f"{vendor} {operation}: {model}.{field} differs from the spec ({kind}: expected "
            f"{record.expected}, received {record.received}); decoded anyway, see "
            "evalclients.drift(obj)"
        )
        logger.warning(message)
        warnings.warn(message, DriftWarning, stacklevel=3)


_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")


def other_case(key: str) -> str:
    """``key`` in the other casing: ``next_cursor`` ↔ ``nextCursor`` (itself if neither)."""
    if "_" in key:
        head, *rest = key.split("_")
        return head + "".join(part[:1].upper() + part[1:] for part in rest)
    return _HUMP.sub(r"_\1", key).lower()


def attribute_name(key: str) -> str:
    """The generated models' attribute for a camelCase JSON key (they are all snake_case)."""
    return _HUMP.sub(r"_\1", key).lower() if not key.islower() else key


def with_other_cases(paths: list[str], cases: tuple[str, ...]) -> list[str]:
    """Dotted ``paths`` followed by the same paths in the other casing, when a vendor has two."""
    if len(cases) < 2:
        return paths
    out = list(paths)
    for path in paths:
        other = ".".join(other_case(part) for part in path.split("."))
        if other not in out:
            out.append(other)
    return out
