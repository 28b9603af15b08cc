from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpaceRequest")
_FIELDS = frozenset(
    {
        "name",
        "organization_id",
        "description",
    }
)


@_attrs_define
class CreateSpaceRequest:
    """
    Attributes:
        name (str): Name of the space
        organization_id (str): A universally unique identifier (base64-encoded opaque string). Example:
            RW50aXR5OjEyMzQ1.
        description (str | Unset): A brief description of the space's purpose
    """

    name: str
    organization_id: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id = self.organization_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization_id": organization_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        organization_id = d["organization_id"]

        description = d.get("description", UNSET)

        create_space_request = cls(
            name,
            organization_id,
            description,
        )

        if not d.keys() <= _FIELDS:
            create_space_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_space_request

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
