from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetVersion")
_FIELDS = frozenset(
    {
        "created_at",
        "dataset_id",
        "id",
        "name",
        "updated_at",
    }
)


@_attrs_define
class DatasetVersion:
    """A dataset version is a saved snapshot of a dataset. Arize stores datasets as version-controlled collections of
    examples for experiments. When you update a dataset, you can do so inplace  or create a new version while preserving
    access to previous versions.

        Attributes:
            created_at (datetime.datetime | Unset): Timestamp for when the dataset version was created
            dataset_id (str | Unset): Unique identifier for the dataset this version belongs to
            id (str | Unset): Unique identifier for the dataset version
            name (str | Unset): Name of the dataset version
            updated_at (datetime.datetime | Unset): Timestamp for the last update of the dataset version
    """

    created_at: datetime.datetime | Unset = UNSET
    dataset_id: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dataset_id = self.dataset_id

        id = self.id

        name = self.name

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
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

        dataset_id = d.get("dataset_id", UNSET)

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        dataset_version = cls(
            created_at,
            dataset_id,
            id,
            name,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            dataset_version.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset_version

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
