from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    """A dataset with the IDs of examples that were inserted or updated.
    Includes the version the examples were written to and the list of
    affected example IDs.

        Attributes:
            created_at (datetime.datetime): Timestamp for when the dataset was created
            dataset_version_id (str): Unique identifier for the dataset version the examples were written to
            example_ids (list[str]): IDs of the examples that were inserted or updated
            id (str): Unique identifier for the dataset
            name (str): Name of the dataset
            space_id (str): Unique identifier for the space this dataset belongs to
            updated_at (datetime.datetime): Timestamp for the last update of the dataset
    """

    created_at: datetime.datetime
    dataset_version_id: str
    example_ids: list[str]
    id: str
    name: str
    space_id: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        dataset_version_id = self.dataset_version_id

        example_ids = self.example_ids

        id = self.id

        name = self.name

        space_id = self.space_id

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "dataset_version_id": dataset_version_id,
                "example_ids": example_ids,
                "id": id,
                "name": name,
                "space_id": space_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        dataset_version_id = d["dataset_version_id"]

        example_ids: list[str] = d["example_ids"]

        id = d["id"]

        name = d["name"]

        space_id = d["space_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

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
