from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Dataset")
_FIELDS = frozenset(
    {
        "createdAt",
        "description",
        "expectedOutputSchema",
        "id",
        "inputSchema",
        "metadata",
        "name",
        "projectId",
        "updatedAt",
    }
)


@_attrs_define
class Dataset:
    """
    Attributes:
        created_at (datetime.datetime):
        description (None | str): Description of the dataset
        expected_output_schema (Any): JSON Schema for validating dataset item expected outputs
        id (str):
        input_schema (Any): JSON Schema for validating dataset item inputs
        metadata (Any): Metadata associated with the dataset
        name (str):
        project_id (str):
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    description: None | str
    expected_output_schema: Any
    id: str
    input_schema: Any
    metadata: Any
    name: str
    project_id: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        expected_output_schema = self.expected_output_schema

        id = self.id

        input_schema = self.input_schema

        metadata = self.metadata

        name = self.name

        project_id = self.project_id

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "description": description,
                "expectedOutputSchema": expected_output_schema,
                "id": id,
                "inputSchema": input_schema,
                "metadata": metadata,
                "name": name,
                "projectId": project_id,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["createdAt"])

        description: None | str = d["description"]

        expected_output_schema = d["expectedOutputSchema"]

        id = d["id"]

        input_schema = d["inputSchema"]

        metadata = d["metadata"]

        name = d["name"]

        project_id = d["projectId"]

        updated_at = datetime.datetime.fromisoformat(d["updatedAt"])

        dataset = cls(
            created_at,
            description,
            expected_output_schema,
            id,
            input_schema,
            metadata,
            name,
            project_id,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            dataset.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return dataset

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
