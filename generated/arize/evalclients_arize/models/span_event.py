from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span_event_attributes import SpanEventAttributes


T = TypeVar("T", bound="SpanEvent")
_FIELDS = frozenset(
    {
        "attributes",
        "name",
        "timestamp",
    }
)


@_attrs_define
class SpanEvent:
    """SpanEvent

    Attributes:
        attributes (SpanEventAttributes | Unset): Key-value pairs of event attributes
        name (str | Unset): Name of the event
        timestamp (datetime.datetime | Unset): Timestamp when the event occurred
    """

    attributes: SpanEventAttributes | Unset = UNSET
    name: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        name = self.name

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if name is not UNSET:
            field_dict["name"] = name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _attributes = d.get("attributes", UNSET)
        attributes: SpanEventAttributes | Unset
        if _attributes is UNSET:
            attributes = UNSET
        else:
            attributes = SpanEventAttributes.from_dict(_attributes)

        name = d.get("name", UNSET)

        _timestamp = d.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if _timestamp is UNSET:
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        span_event = cls(
            attributes,
            name,
            timestamp,
        )

        if not d.keys() <= _FIELDS:
            span_event.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return span_event

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SpanEventAttributes
    from ..models.span_event_attributes import SpanEventAttributes  # noqa: PLC0415

    _LAZY_PENDING = False
