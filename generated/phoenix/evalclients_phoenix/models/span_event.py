from __future__ import annotations

import datetime
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
    from ..models.span_event_attributes import SpanEventAttributes


T = TypeVar("T", bound="SpanEvent")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "timestamp",
        "attributes",
    }
)


@_attrs_define
class SpanEvent:
    """
    Attributes:
        name (str): Name of the event
        timestamp (datetime.datetime): When the event occurred (must be timezone-aware)
        attributes (SpanEventAttributes | Unset): Event attributes
    """

    name: str | Unset
    timestamp: datetime.datetime | Unset
    attributes: SpanEventAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
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
        name = self.name

        try:
            timestamp = self.timestamp.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            timestamp = _as_json(self.timestamp)

        try:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            attributes = _as_json(self.attributes)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "timestamp": timestamp,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

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
        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _timestamp_raw = d.get("timestamp", UNSET)
        if _timestamp_raw is not UNSET and not _strict:
            timestamp = _timestamp_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                timestamp = datetime.datetime.fromisoformat(d["timestamp"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                timestamp, _drifted = _keep(
                    cls, d, "timestamp", "datetime.datetime", "type", _drifted
                )

        _attributes_raw = d.get("attributes", UNSET)
        if _attributes_raw is UNSET:
            attributes = UNSET
        elif not _strict:
            attributes = _attributes_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _attributes = d.get("attributes", UNSET)
                attributes: SpanEventAttributes | Unset
                if _attributes is UNSET:
                    attributes = UNSET
                else:
                    attributes = SpanEventAttributes.from_dict(_attributes)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                attributes, _drifted = _keep(
                    cls, d, "attributes", "SpanEventAttributes", "type", _drifted
                )

        _span_event_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _span_event_.name = name
        _span_event_._timestamp_slot = timestamp  # type: ignore[attr-defined]
        _span_event_._attributes_slot = attributes  # type: ignore[attr-defined]
        _span_event_.additional_properties = {}
        _span_event_._pending = _pending

        if _extra:
            _span_event_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_span_event_, _drifted)
        return _span_event_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_timestamp(self: SpanEvent, raw: Any) -> Any:
    """``timestamp`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        timestamp = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        timestamp, _drifted = _keep(
            type(self), {"timestamp": raw}, "timestamp", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return timestamp


_lazy(SpanEvent, "timestamp", 1, _decode_timestamp)


def _decode_attributes(self: SpanEvent, raw: Any) -> Any:
    """``attributes`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _attributes = raw
        attributes: SpanEventAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = SpanEventAttributes.from_dict(_attributes)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        attributes, _drifted = _keep(
            type(self), {"attributes": raw}, "attributes", "SpanEventAttributes", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return attributes


_lazy(SpanEvent, "attributes", 2, _decode_attributes)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SpanEventAttributes
    from ..models.span_event_attributes import SpanEventAttributes  # noqa: PLC0415

    _LAZY_PENDING = False
