from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UploadDatasetData")
_FIELDS = frozenset(
    {
        "dataset_id",
        "num_created_examples",
        "num_deleted_examples",
        "num_updated_examples",
        "version_id",
    }
)


@_attrs_define
class UploadDatasetData:
    """
    Attributes:
        dataset_id (str):
        num_created_examples (int):
        num_deleted_examples (int):
        num_updated_examples (int):
        version_id (str):
    """

    dataset_id: str
    num_created_examples: int
    num_deleted_examples: int
    num_updated_examples: int
    version_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        num_created_examples = self.num_created_examples

        num_deleted_examples = self.num_deleted_examples

        num_updated_examples = self.num_updated_examples

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "num_created_examples": num_created_examples,
                "num_deleted_examples": num_deleted_examples,
                "num_updated_examples": num_updated_examples,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_id = d["dataset_id"]

        num_created_examples = d["num_created_examples"]

        num_deleted_examples = d["num_deleted_examples"]

        num_updated_examples = d["num_updated_examples"]

        version_id = d["version_id"]

        upload_dataset_data = cls(
            dataset_id,
            num_created_examples,
            num_deleted_examples,
            num_updated_examples,
            version_id,
        )

        if not d.keys() <= _FIELDS:
            upload_dataset_data.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return upload_dataset_data

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
