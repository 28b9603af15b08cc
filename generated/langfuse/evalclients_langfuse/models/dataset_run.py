from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetRun")
_FIELDS = frozenset(
    {
        "createdAt",
        "datasetId",
        "datasetName",
        "description",
        "id",
        "metadata",
        "name",
        "updatedAt",
    }
)


@_attrs_define
class DatasetRun:
    """
    Attributes:
        created_at (datetime.datetime): The date and time when the dataset run was created
        dataset_id (str): Id of the associated dataset
        dataset_name (str): Name of the associated dataset
        description (None | str): Description of the run
        id (str): Unique identifier of the dataset run
        metadata (Any): Metadata of the dataset run
        name (str): Name of the dataset run
        updated_at (datetime.datetime): The date and time when the dataset run was last updated
    """

    created_at: datetime.datetime
    dataset_id: str
    dataset_name: str
    description: None | str
    id: str
    metadata: Any
    name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        dataset_id = self.dataset_id

        dataset_name = self.dataset_name

        description: None | str
        description = self.description

        id = self.id

        metadata = self.metadata

        name = self.name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "datasetId": dataset_id,
                "datasetName": dataset_name,
                "description": description,
                "id": id,
                "metadata": metadata,
                "name": name,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        dataset_id = d["datasetId"]

        dataset_name = d["datasetName"]

        description: None | str = d["description"]

        id = d["id"]

        metadata = d["metadata"]

        name = d["name"]

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        dataset_run = cls(
            created_at,
            dataset_id,
            dataset_name,
            description,
            id,
            metadata,
            name,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            dataset_run.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset_run

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
