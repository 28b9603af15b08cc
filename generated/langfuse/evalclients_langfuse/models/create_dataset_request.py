from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDatasetRequest")
_FIELDS = frozenset(
    {
        "name",
        "description",
        "expectedOutputSchema",
        "inputSchema",
        "metadata",
    }
)


@_attrs_define
class CreateDatasetRequest:
    """
    Attributes:
        name (str):
        description (None | str | Unset):
        expected_output_schema (Any | Unset): JSON Schema for validating dataset item expected outputs. When set, all
            new and existing dataset items will be validated against this schema.
        input_schema (Any | Unset): JSON Schema for validating dataset item inputs. When set, all new and existing
            dataset items will be validated against this schema.
        metadata (Any | Unset):
    """

    name: str
    description: None | str | Unset = UNSET
    expected_output_schema: Any | Unset = UNSET
    input_schema: Any | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        expected_output_schema = self.expected_output_schema

        input_schema = self.input_schema

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expected_output_schema is not UNSET:
            field_dict["expectedOutputSchema"] = expected_output_schema
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        description: None | str | Unset = d.get("description", UNSET)

        expected_output_schema = d.get("expectedOutputSchema", UNSET)

        input_schema = d.get("inputSchema", UNSET)

        metadata = d.get("metadata", UNSET)

        create_dataset_request = cls(
            name,
            description,
            expected_output_schema,
            input_schema,
            metadata,
        )

        if not d.keys() <= _FIELDS:
            create_dataset_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_dataset_request

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
