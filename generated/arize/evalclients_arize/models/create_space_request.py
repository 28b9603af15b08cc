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
        "is_private",
    }
)


@_attrs_define
class CreateSpaceRequest:
    """CreateSpaceRequest

    Attributes:
        name (str): Name of the space (must be unique within the organization)
        organization_id (str): The unique identifier of the organization to create the space in
        description (str | Unset): A brief description of the space's purpose. Defaults to an empty string if omitted.
        is_private (bool | Unset): Whether to create the space as private. Private spaces are only visible to their
            members and account/org/space admins. Defaults to `false` (public) if omitted.
    """

    name: str
    organization_id: str
    description: str | Unset = UNSET
    is_private: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id = self.organization_id

        description = self.description

        is_private = self.is_private

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
        if is_private is not UNSET:
            field_dict["is_private"] = is_private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        organization_id = d["organization_id"]

        description = d.get("description", UNSET)

        is_private = d.get("is_private", UNSET)

        create_space_request = cls(
            name,
            organization_id,
            description,
            is_private,
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
