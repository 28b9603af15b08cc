from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpanContext")
_FIELDS = frozenset(
    {
        "span_id",
        "trace_id",
    }
)


@_attrs_define
class SpanContext:
    """SpanContext

    Attributes:
        span_id (str | Unset): Unique identifier for the span
        trace_id (str | Unset): Unique identifier for the trace this span belongs to
    """

    span_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        span_id = self.span_id

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if span_id is not UNSET:
            field_dict["span_id"] = span_id
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        span_id = d.get("span_id", UNSET)

        trace_id = d.get("trace_id", UNSET)

        span_context = cls(
            span_id,
            trace_id,
        )

        if not d.keys() <= _FIELDS:
            span_context.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return span_context

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
