from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetVersionWithExampleIds")
_FIELDS = frozenset(
    {
        "created_at",
        "dataset_version_id",
        "example_ids",
        "id",
        "name",
        "space_id",
        "updated_at",
    }
)


@_attrs_define
class DatasetVersionWithExampleIds:
    """A dataset with the IDs of examples that were inserted or updated. Includes the version the examples were written to
    and the list of affected example IDs.

        Attributes:
            created_at (datetime.datetime | Unset): Timestamp for when the dataset was created
            dataset_version_id (str | Unset): Unique identifier for the dataset version the examples were written to
            example_ids (list[str] | Unset): IDs of the examples that were inserted or updated
            id (str | Unset): Unique identifier for the dataset
            name (str | Unset): Name of the dataset
            space_id (str | Unset): Unique identifier for the space this dataset belongs to
            updated_at (datetime.datetime | Unset): Timestamp for the last update of the dataset
    """

    created_at: datetime.datetime | Unset = UNSET
    dataset_version_id: str | Unset = UNSET
    example_ids: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dataset_version_id = self.dataset_version_id

        example_ids: list[str] | Unset = UNSET
        if not isinstance(self.example_ids, Unset):
            example_ids = self.example_ids

        id = self.id

        name = self.name

        space_id = self.space_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset_version_id is not UNSET:
            field_dict["dataset_version_id"] = dataset_version_id
        if example_ids is not UNSET:
            field_dict["example_ids"] = example_ids
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if space_id is not UNSET:
            field_dict["space_id"] = space_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        dataset_version_id = d.get("dataset_version_id", UNSET)

        example_ids: list[str] = d.get("example_ids", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        space_id = d.get("space_id", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        dataset_version_with_example_ids = cls(
            created_at,
            dataset_version_id,
            example_ids,
            id,
            name,
            space_id,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            dataset_version_with_example_ids.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dataset_version_with_example_ids

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
