from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteDatasetExamplesRequest")
_FIELDS = frozenset(
    {
        "dataset_version_id",
        "example_ids",
    }
)


@_attrs_define
class DeleteDatasetExamplesRequest:
    """Body containing the IDs of dataset examples to delete

    Attributes:
        dataset_version_id (str): Version to delete the examples from. Required. Examples are removed in place from this
            version; no new version is created.
        example_ids (list[str]): IDs of the examples to delete. Up to 1000 per request.
    """

    dataset_version_id: str
    example_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_version_id = self.dataset_version_id

        example_ids = self.example_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_version_id": dataset_version_id,
                "example_ids": example_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_version_id = d["dataset_version_id"]

        example_ids: list[str] = d["example_ids"]

        delete_dataset_examples_request = cls(
            dataset_version_id,
            example_ids,
        )

        if not d.keys() <= _FIELDS:
            delete_dataset_examples_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return delete_dataset_examples_request

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
