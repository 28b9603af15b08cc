from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteAnnotationQueueRecordsRequest")
_FIELDS = frozenset(
    {
        "record_ids",
    }
)


@_attrs_define
class DeleteAnnotationQueueRecordsRequest:
    """DeleteAnnotationQueueRecordsRequest

    Attributes:
        record_ids (list[str]): The IDs of the annotation queue records to delete.
    """

    record_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_ids = self.record_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record_ids": record_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        record_ids: list[str] = d["record_ids"]

        delete_annotation_queue_records_request = cls(
            record_ids,
        )

        if not d.keys() <= _FIELDS:
            delete_annotation_queue_records_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return delete_annotation_queue_records_request

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
