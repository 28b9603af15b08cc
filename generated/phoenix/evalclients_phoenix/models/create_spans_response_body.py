from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateSpansResponseBody")
_FIELDS = frozenset(
    {
        "total_queued",
        "total_received",
    }
)


@_attrs_define
class CreateSpansResponseBody:
    """
    Attributes:
        total_queued (int): Number of spans successfully queued for insertion
        total_received (int): Total number of spans received
    """

    total_queued: int
    total_received: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_queued = self.total_queued

        total_received = self.total_received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_queued": total_queued,
                "total_received": total_received,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_queued = d["total_queued"]

        total_received = d["total_received"]

        create_spans_response_body = cls(
            total_queued,
            total_received,
        )

        if not d.keys() <= _FIELDS:
            create_spans_response_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_spans_response_body

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
