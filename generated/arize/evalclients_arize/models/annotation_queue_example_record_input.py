from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annotation_queue_example_record_input_record_type import (
    AnnotationQueueExampleRecordInputRecordType,
    check_annotation_queue_example_record_input_record_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationQueueExampleRecordInput")
_FIELDS = frozenset(
    {
        "dataset_id",
        "record_type",
        "dataset_version_id",
        "example_ids",
    }
)


@_attrs_define
class AnnotationQueueExampleRecordInput:
    """AnnotationQueueExampleRecordInput

    Attributes:
        dataset_id (str): The dataset ID these examples belong to
        record_type (AnnotationQueueExampleRecordInputRecordType): Discriminator identifying this record source as
            dataset examples. Must be `EXAMPLE` for dataset example records.
        dataset_version_id (str | Unset): Optional. The specific dataset version to use. If omitted, the latest version
            is used.
        example_ids (list[str] | Unset): Optional. List of example IDs within the dataset to add to the queue. If
            omitted, all examples in the dataset (or dataset version) are added, provided the total records from all sources
            does not exceed 500.
    """

    dataset_id: str
    record_type: AnnotationQueueExampleRecordInputRecordType
    dataset_version_id: str | Unset = UNSET
    example_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        record_type: str = self.record_type

        dataset_version_id = self.dataset_version_id

        example_ids: list[str] | Unset = UNSET
        if not isinstance(self.example_ids, Unset):
            example_ids = self.example_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "record_type": record_type,
            }
        )
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if example_ids is not UNSET:
            field_dict["example_ids"] = example_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_id = d["dataset_id"]

        record_type = check_annotation_queue_example_record_input_record_type(d["record_type"])

        dataset_version_id = d.get("dataset_version_id", UNSET)

        example_ids: list[str] = d.get("example_ids", UNSET)

        annotation_queue_example_record_input = cls(
            dataset_id,
            record_type,
            dataset_version_id,
            example_ids,
        )

        if not d.keys() <= _FIELDS:
            annotation_queue_example_record_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotation_queue_example_record_input

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
