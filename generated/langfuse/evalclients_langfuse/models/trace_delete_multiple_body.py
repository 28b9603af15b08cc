from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TraceDeleteMultipleBody")
_FIELDS = frozenset(
    {
        "traceIds",
    }
)


@_attrs_define
class TraceDeleteMultipleBody:
    """
    Attributes:
        trace_ids (list[str]): List of trace IDs to delete
    """

    trace_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_ids = self.trace_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traceIds": trace_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        trace_ids: list[str] = d["traceIds"]

        trace_delete_multiple_body = cls(
            trace_ids,
        )

        if not d.keys() <= _FIELDS:
            trace_delete_multiple_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return trace_delete_multiple_body

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
