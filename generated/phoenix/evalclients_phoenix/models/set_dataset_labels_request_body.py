from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetDatasetLabelsRequestBody")
_FIELDS = frozenset(
    {
        "dataset_label_ids",
    }
)


@_attrs_define
class SetDatasetLabelsRequestBody:
    """
    Attributes:
        dataset_label_ids (list[str] | Unset): The complete set of dataset label GlobalIDs to apply to the dataset.
            Labels not in this list are removed from the dataset; an empty list removes all labels.
    """

    dataset_label_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_label_ids: list[str] | Unset = UNSET
        if not isinstance(self.dataset_label_ids, Unset):
            dataset_label_ids = self.dataset_label_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_label_ids is not UNSET:
            field_dict["dataset_label_ids"] = dataset_label_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_label_ids: list[str] = d.get("dataset_label_ids", UNSET)

        set_dataset_labels_request_body = cls(
            dataset_label_ids,
        )

        if not d.keys() <= _FIELDS:
            set_dataset_labels_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return set_dataset_labels_request_body

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
