from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetExampleSource")
_FIELDS = frozenset(
    {
        "span_id",
        "span_node_id",
    }
)


@_attrs_define
class DatasetExampleSource:
    """
    Attributes:
        span_id (str):
        span_node_id (str):
    """

    span_id: str
    span_node_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        span_id = self.span_id

        span_node_id = self.span_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "span_id": span_id,
                "span_node_id": span_node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        span_id = d["span_id"]

        span_node_id = d["span_node_id"]

        dataset_example_source = cls(
            span_id,
            span_node_id,
        )

        if not d.keys() <= _FIELDS:
            dataset_example_source.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dataset_example_source

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
