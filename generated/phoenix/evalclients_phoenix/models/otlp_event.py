from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_key_value import OtlpKeyValue


T = TypeVar("T", bound="OtlpEvent")
_new = object.__new__
_FIELDS = frozenset(
    {
        "attributes",
        "dropped_attributes_count",
        "name",
        "time_unix_nano",
    }
)


@_attrs_define
class OtlpEvent:
    """
    Attributes:
        attributes (list[OtlpKeyValue] | None | Unset): attributes is a collection of attribute key/value pairs on the
            event. Attribute keys MUST be unique (it is not allowed to have more than one attribute with the same key).
        dropped_attributes_count (int | None | Unset): dropped_attributes_count is the number of dropped attributes. If
            the value is 0, then no attributes were dropped.
        name (None | str | Unset): name of the event. This field is semantically required to be set to non-empty string.
        time_unix_nano (int | None | str | Unset): time_unix_nano is the time the event occurred. Value is UNIX Epoch
            time in nanoseconds since 00:00:00 UTC on 1 January 1970.
    """

    attributes: list[OtlpKeyValue] | None | Unset = UNSET
    dropped_attributes_count: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    time_unix_nano: int | None | str | Unset = UNSET
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            attributes: list[dict[str, Any]] | None | Unset
            if isinstance(self.attributes, Unset):
                attributes = UNSET
            elif isinstance(self.attributes, list):
                attributes = []
                for attributes_type_0_item_data in self.attributes:
                    attributes_type_0_item = attributes_type_0_item_data.to_dict()
                    attributes.append(attributes_type_0_item)

            else:
                attributes = self.attributes
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        dropped_attributes_count: int | None | Unset
        if isinstance(self.dropped_attributes_count, Unset):
            dropped_attributes_count = UNSET
        else:
            dropped_attributes_count = self.dropped_attributes_count

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        time_unix_nano: int | None | str | Unset
        if isinstance(self.time_unix_nano, Unset):
            time_unix_nano = UNSET
        else:
            time_unix_nano = self.time_unix_nano

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if dropped_attributes_count is not UNSET:
            field_dict["dropped_attributes_count"] = dropped_attributes_count
        if name is not UNSET:
            field_dict["name"] = name
        if time_unix_nano is not UNSET:
            field_dict["time_unix_nano"] = time_unix_nano

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes = (
                    _attributes
                    if _attributes is None or _attributes is UNSET
                    else _parse_attributes(_attributes)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "list[OtlpKeyValue] | None", "union", _drifted
                )

        try:
            dropped_attributes_count: int | None | Unset = d.get("dropped_attributes_count", UNSET)

            if not (
                dropped_attributes_count is None
                or type(dropped_attributes_count) is int
                or dropped_attributes_count is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            dropped_attributes_count, _drifted = _keep(
                cls, d, "dropped_attributes_count", "int | None", "type", _drifted
            )

        try:
            name: None | str | Unset = d.get("name", UNSET)

            if not (name is None or type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            time_unix_nano: int | None | str | Unset = d.get("time_unix_nano", UNSET)

            if not (
                time_unix_nano is None
                or type(time_unix_nano) is int
                or type(time_unix_nano) is str
                or time_unix_nano is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            time_unix_nano, _drifted = _keep(
                cls, d, "time_unix_nano", "int | None | str", "type", _drifted
            )

        _otlp_event_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _otlp_event_._attributes_slot = attributes  # type: ignore[attr-defined]
        _otlp_event_.dropped_attributes_count = dropped_attributes_count
        _otlp_event_.name = name
        _otlp_event_.time_unix_nano = time_unix_nano
        _otlp_event_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_otlp_event_, _drifted)
        return _otlp_event_


def _parse_attributes(data: object) -> list[OtlpKeyValue] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        attributes_type_0 = [
            OtlpKeyValue.from_dict(attributes_type_0_item_data)
            for attributes_type_0_item_data in data
        ]

        return attributes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_attributes(self: OtlpEvent, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes = (
            _attributes
            if _attributes is None or _attributes is UNSET
            else _parse_attributes(_attributes)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self),
            {"attributes": raw},
            "attributes",
            "list[OtlpKeyValue] | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(OtlpEvent, "attributes", 1, _decode_attributes)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OtlpKeyValue
    from ..models.otlp_key_value import OtlpKeyValue  # noqa: PLC0415

    _LAZY_PENDING = False
