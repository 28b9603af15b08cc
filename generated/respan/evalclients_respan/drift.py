"""Drift: where a decoded body differs from the spec, kept as received and recorded.

The models never fail a body over drifted content: a required field that is absent becomes
``UNSET``, a value of an unexpected JSON type or an enum value the spec does not list is kept
as received, a union no variant matches keeps the raw value, and a key in the other casing
the vendor declares (``FIELD_CASES``) is read as the declared one. Each drifted
model records what differed in its ``_drift`` slot (only when drift happens: nothing is
stored otherwise); ``differences(obj)`` lists them with field paths for a whole tree.

``SERIAL`` counts drifted models and ``LATEST`` maps each (model, field, kind) to the serial
of its latest occurrence and one example: a caller compares ``SERIAL`` before and after
decoding a body to learn, cheaply, whether anything drifted (the evalclients facade warns
once per kind and can refuse drifted bodies in strict mode).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple
from uuid import UUID, SafeUUID

from .types import UNSET, Unset

__all__ = ["FIELD_CASES", "LATEST", "ON_LATE", "SERIAL", "Drift", "Lazy", "differences"]

FIELD_CASES: tuple[str, ...] = ()
"""The key casings the vendor answers in (from the registry's ``field_case``)."""

SERIAL = 0
LATEST: dict[tuple[str, str, str], tuple[int, Drift]] = {}
ON_LATE: Callable[[int], None] | None = None
"""Called with the ``SERIAL`` before a field decoded on first read drifted (the facade warns)."""
INTERNAL = frozenset({"_drift", "_pending"})
"""The models' own bookkeeping slots: attrs fields, but not fields of the body."""


class Drift(NamedTuple):
    """One difference between a body and the spec."""

    path: str
    """Where, from the object ``differences`` was given: ``data[3].status``."""
    kind: str
    """``missing``, ``type``, ``enum``, ``union`` or ``casing``."""
    expected: str
    received: str
    model: str

    def at(self, prefix: str) -> Drift:
        """The same difference seen from a parent (``prefix`` is the parent's path to it)."""
        if not prefix:
            return self
        joined = prefix + self.path if self.path.startswith("[") else f"{prefix}.{self.path}"
        return self._replace(path=joined)


def _received(value: object, kind: str) -> str:
    name = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    what = name.get(type(value), "number" if isinstance(value, (int, float)) else "value")
    if kind == "enum" and what in ("string", "number"):  # the new value is what users need
        text = repr(value)  # (a null or an object in an enum field is named by its JSON type)
        return text if len(text) <= 60 else text[:57] + "..."
    return what


def keep(
    cls: type, d: Mapping[str, Any], key: str, expected: str, kind: str, drift: list[Drift] | None
) -> tuple[Any, list[Drift]]:
    """The value to keep for ``key`` of ``d`` that did not decode as declared, and the record."""
    if drift is None:
        drift = []
    if key in d:
        value = d[key]
        drift.append(Drift(key, kind, expected, _received(value, kind), cls.__name__))
        return value, drift
    drift.append(Drift(key, "missing", expected, "absent", cls.__name__))
    return UNSET, drift


def keep_each(
    cls: type,
    d: Mapping[str, Any],
    key: str,
    expected: str,
    kind: str,
    convert: Callable[[Any], Any],
    drift: list[Drift] | None,
) -> tuple[Any, list[Drift]]:
    """A list that did not convert whole: each element converted, or kept as received."""
    value = d.get(key, UNSET)
    if type(value) is not list:
        return keep(cls, d, key, expected, "type", drift)
    if drift is None:
        drift = []
    out = []
    for i, element in enumerate(value):
        try:
            out.append(convert(element))
        except (AttributeError, KeyError, TypeError, ValueError):
            out.append(element)
            received = _received(element, kind)
            drift.append(Drift(f"{key}[{i}]", kind, expected, received, cls.__name__))
    return out, drift


_UUIDS: dict[str, UUID] = {}
_UUIDS_KEPT = 256
"""Few: a listing of unique ids refills the memo anyway, and 4,096 kept UUIDs made such a
listing 13% slower (longer collections); its repeated ids are back after one miss."""


def uuid(text: str) -> UUID:
    """``UUID(text)``, remembered per string (UUIDs are immutable, so one instance is shared).

    A listing repeats the same few ids on every item (its project, its experiment) and
    ``UUID()`` costs about 2 us in pure Python; a lookup costs 0.1 us. Raises as ``UUID()``
    does (an unhashable value raises ``TypeError``). At most ``_UUIDS_KEPT`` are kept: the
    memo is emptied when full (a listing of unique ids then costs one insert more each).
    """
    value = _UUIDS.get(text)
    if value is None:
        value = _new_uuid(text)
        if len(_UUIDS) >= _UUIDS_KEPT:
            _UUIDS.clear()
        _UUIDS[text] = value
    return value


def _new_uuid(text: str) -> UUID:
    """``UUID(text)``: for a string of 32 hex digits and hyphens, the steps ``UUID()`` takes
    for it without its keyword handling (0.47 us instead of 0.8: a listing of unique ids
    makes one per item); anything else goes to ``UUID()`` itself, so both raise alike."""
    digits = text.replace("-", "") if type(text) is str else ""
    if len(digits) == 32:
        try:
            number = int(digits, 16)
        except ValueError:
            return UUID(text)
        value = object.__new__(UUID)
        object.__setattr__(value, "int", number)
        object.__setattr__(value, "is_safe", SafeUUID.unknown)
        return value
    return UUID(text)


def strs(value: list[Any]) -> bool:
    """True when every item of ``value`` is a ``str``; else ``TypeError``.

    ``str.join`` checks the items in C: 0.02 us for a short list, against 0.2 us for the
    ``all(type(e) is str for e in value)`` generator (a model with a list of tags or ids in
    a listing checks one per item).
    """
    "".join(value)
    return True


only_ints = frozenset({int}).issuperset
"""``only_ints(map(type, value))``: every item an ``int`` (in C, as ``strs``)."""
only_numbers = frozenset({int, float}).issuperset
only_bools = frozenset({bool}).issuperset


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")


def _other_cases(key: str) -> list[str]:
    if "_" in key:  # snake -> camel
        head, *rest = key.split("_")
        return [head + "".join(part[:1].upper() + part[1:] for part in rest)]
    snake = _CAMEL_HUMP.sub(r"_\1", key).lower()
    return [snake] if snake != key else []


def recase(
    cls: type, d: Mapping[str, Any], fields: frozenset[str], drift: list[Drift] | None
) -> tuple[Mapping[str, Any], list[Drift] | None]:
    """``d`` with keys in the vendor's other casing renamed to the declared ones (recorded)."""
    if len(FIELD_CASES) < 2:
        return d, drift
    renamed: dict[str, Any] | None = None
    for key in d:
        if key in fields:
            continue
        for other in _other_cases(key):
            if other in fields and other not in d:
                if renamed is None:
                    renamed = dict(d)
                    drift = [] if drift is None else drift
                renamed[other] = renamed.pop(key)
                drift.append(Drift(other, "casing", other, key, cls.__name__))  # type: ignore[union-attr]
                break
    return (d if renamed is None else renamed), drift


def note(obj: Any, drift: list[Drift]) -> None:
    """Record ``drift`` on the model ``obj`` and in ``LATEST``."""
    global SERIAL
    obj._drift = drift
    SERIAL += 1
    for record in drift:
        LATEST[(record.model, record.path, record.kind)] = (SERIAL, record)


def note_more(obj: Any, drift: list[Drift]) -> None:
    """Add ``drift`` (from a field decoded on first read) to what the model ``obj`` records."""
    global SERIAL
    try:
        obj._drift.extend(drift)
    except AttributeError:  # the slot is filled only when drift happens
        obj._drift = list(drift)
    SERIAL += 1
    for record in drift:
        LATEST[(record.model, record.path, record.kind)] = (SERIAL, record)


class Lazy(property):
    """A model field decoded on its first read (nested models, UUIDs, dates and times).

    ``from_dict()`` stores the field's JSON value in its slot as received and sets the
    field's bit in the model's ``_pending`` slot, instead of building the value: a listing
    whose caller never reads a field never pays for it, and nothing is allocated to mark it
    (a marker object per field made every page hold more objects for the garbage collector
    to walk). The first read decodes the JSON value exactly as ``from_dict()`` would have,
    drift included, stores the result and clears the bit. Replaces the slot's descriptor on
    the class (``lazy()``); setting the field stores it and clears its bit.
    """

    def __init__(
        self, slot: Any, pending: Any, bit: int, decode: Callable[[Any, Any], Any]
    ) -> None:
        get, put = slot.__get__, slot.__set__
        get_pending, put_pending = pending.__get__, pending.__set__
        keep = ~bit

        def decode_now(obj: Any) -> Any:
            value = decode(obj, get(obj))
            put(obj, value)
            put_pending(obj, get_pending(obj) & keep)
            return value

        def read_quietly(obj: Any) -> Any:
            """The field of ``obj``, decoded now if it was not, without ``ON_LATE`` (for a
            caller that reports the drift itself)."""
            return decode_now(obj) if get_pending(obj) & bit else get(obj)

        def read(obj: Any) -> Any:
            if get_pending(obj) & bit:
                before = SERIAL
                value = decode_now(obj)
                if SERIAL != before and ON_LATE is not None:
                    ON_LATE(before)
                return value
            return get(obj)

        def write(obj: Any, value: Any) -> None:
            put(obj, value)
            try:
                flags = get_pending(obj)
            except AttributeError:  # attrs' __init__ sets _pending after the fields
                return
            if flags & bit:
                put_pending(obj, flags & keep)

        super().__init__(read, write, slot.__delete__)
        self.read_quietly = read_quietly


def lazy(cls: type, name: str, bit: int, decode: Callable[[Any, Any], Any]) -> None:
    """Make ``cls.name`` (an attrs slot) a ``Lazy`` field: ``bit`` of ``_pending`` set means
    the slot still holds JSON, which ``decode(obj, raw)`` turns into the field's value.

    The slot's own descriptor stays reachable as ``cls._<name>_slot``: ``from_dict()`` stores
    the JSON through it, a plain slot store (the ``Lazy`` setter is a Python call).
    """
    slot = cls.__dict__[name]
    setattr(cls, name, Lazy(slot, cls.__dict__["_pending"], bit, decode))
    setattr(cls, f"_{name}_slot", slot)


MAX_SHAPES = 64
"""Key sequences (shapes) a model remembers a decoder for; past it, new shapes decode the
general way. A listing's items nearly always share one or a few."""

ShapeField = tuple[str, str, bool, int, str]
"""A field as ``shaped`` reads it: JSON key, attribute stored, required, pending bit (a field
decoded on first read) and the statements that decode the JSON value ``_j_<attribute>`` into
the local ``<attribute>`` (the same statements as in ``from_dict()``), raising when it does
not decode as declared; empty for a field decoded on first read (stored as received)."""


def _general(cls: type, d: Any) -> None:
    """The decoder of a shape with no decoder of its own: ``from_dict()`` goes on."""
    return None


def shaped(
    cls: type,
    keys: tuple[str, ...],
    shapes: dict[tuple[str, ...], Callable[[type, Any], Any]],
    fields: tuple[ShapeField, ...],
    flags: int,
    namespace: dict[str, Any],
) -> Callable[[type, Any], Any]:
    """The decoder of a JSON object with exactly ``keys``, in that order (remembered in
    ``shapes``): what ``from_dict()`` does for such an object, specialised to it.

    Items of a listing share their keys, so their decoder can unpack the values in order
    with no lookup per field and store ``UNSET`` for the absent ones without asking: about
    half the time of the general decoding. It decodes the plain case only; it returns None
    (and ``from_dict()`` decodes the object the general way, drift and all) when a value
    does not decode as declared. A shape with a key the model does not declare (unknown,
    or in the vendor's other casing) or without a required key gets ``_general``.
    ``flags``: 1 the model has ``additional_properties``, 2 a ``_pending`` slot. The decoder
    is compiled in ``namespace`` (the model module's globals) from the generated ``fields``
    alone: nothing received reaches its source but which fields are present.
    """
    if len(shapes) >= MAX_SHAPES:
        return _general
    by_key = {field[0]: field for field in fields}
    present = set(keys)
    if not by_key.keys() >= present or any(f[2] and f[0] not in present for f in fields):
        shapes[keys] = _general
        return _general
    names = [f"_j_{by_key[key][1]}" for key in keys]
    body = ["def _decode(cls, d):"]
    if keys:
        body += ["    try:", f"        {', '.join(names)}, = d.values()"]
    stores, pending = [], 0
    for name, key in zip(names, keys, strict=True):
        _, attribute, _, bit, statements = by_key[key]
        if statements:
            body += ["        " + line for line in statements.splitlines()]
            stores.append(f"    _o_.{attribute} = {attribute}")
        else:  # decoded on first read: the JSON value as is
            stores.append(f"    _o_.{attribute} = {name}")
            pending |= bit
    if keys:
        body += [
            "    except (AttributeError, KeyError, TypeError, ValueError):",
            "        return None",
        ]
    body.append("    _o_ = _new(cls)")
    body += stores
    body += [f"    _o_.{f[1]} = UNSET" for f in fields if f[0] not in present]
    if flags & 1:
        body.append("    _o_.additional_properties = {}")
    if flags & 2:
        body.append(f"    _o_._pending = {pending}")
    body.append("    return _o_")
    made: dict[str, Any] = {}
    exec("\n".join(body), namespace, made)  # noqa: S102
    shapes[keys] = made["_decode"]
    return made["_decode"]


def state_of(obj: Any) -> dict[str, Any]:
    """A model's fields for copy and pickle: every field decoded (``_pending`` is not kept:
    ``set_state`` clears it), the drift slot only when it was set."""
    fields = type(obj).__attrs_attrs__
    state = {a.name: getattr(obj, a.name) for a in fields if a.name not in INTERNAL}
    drifted = getattr(obj, "_drift", None)
    if drifted is not None:
        state["_drift"] = drifted
    return state


def set_state(obj: Any, state: dict[str, Any]) -> None:
    """Restore what ``state_of`` gave (through the fields' own setters)."""
    if "_pending" in type(obj).__dict__:
        object.__setattr__(obj, "_pending", 0)  # every field decoded
    for name, value in state.items():
        object.__setattr__(obj, name, value)


def as_json(value: Any) -> Any:
    """A value kept as received (possibly holding decoded parts) back in its JSON form."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if type(value) is list:
        return [as_json(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def restore(drift: list[Drift], field_dict: dict[str, Any]) -> dict[str, Any]:
    """``to_dict()`` of a drifted model: absent fields left out, keys in the casing received."""
    out = {k: v for k, v in field_dict.items() if not isinstance(v, Unset)}
    for record in drift:
        if record.kind == "casing" and record.path in out:
            out = {record.received if k == record.path else k: v for k, v in out.items()}
    return out


def differences(obj: object, path: str = "") -> list[Drift]:
    """Every difference recorded in ``obj`` and the models, lists and dicts inside it."""
    found: list[Drift] = []
    _walk(obj, path, found, 0)
    return found


def _walk(obj: object, path: str, found: list[Drift], depth: int) -> None:
    if depth > 200:
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj):
            _walk(item, f"{path}[{i}]", found, depth + 1)
        return
    if isinstance(obj, dict):
        for key, item in obj.items():
            _walk(item, f"{path}.{key}" if path else str(key), found, depth + 1)
        return
    fields = getattr(type(obj), "__attrs_attrs__", None)
    if fields is None:
        return
    # fields first: reading one not decoded yet decodes it, which may record drift on obj
    values = [(f.name, getattr(obj, f.name, None)) for f in fields if f.name not in INTERNAL]
    found.extend(record.at(path) for record in (getattr(obj, "_drift", None) or ()))
    for field_name, value in values:
        name = field_name if field_name != "additional_properties" else ""
        if name:
            _walk(value, f"{path}.{name}" if path else name, found, depth + 1)
        else:
            _walk(value, path, found, depth + 1)
