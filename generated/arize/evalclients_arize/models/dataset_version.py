from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    """A dataset version is a saved snapshot of a dataset. Arize stores datasets
    as version-controlled collections of examples for experiments.
    When you update a dataset, you can do so inplace  or create a new version
    while preserving access to previous versions.

        Attributes:
            created_at (datetime.datetime): Timestamp for when the dataset version was created
            dataset_id (str): Unique identifier for the dataset this version belongs to
            id (str): Unique identifier for the dataset version
            name (str): Name of the dataset version
            updated_at (datetime.datetime): Timestamp for the last update of the dataset version
    """

    created_at: datetime.datetime
    dataset_id: str
    id: str
    name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        dataset_id = self.dataset_id

        id = self.id

        name = self.name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "dataset_id": dataset_id,
                "id": id,
                "name": name,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        dataset_id = d["dataset_id"]

        id = d["id"]

        name = d["name"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

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
