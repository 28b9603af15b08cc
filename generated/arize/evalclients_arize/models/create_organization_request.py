from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationRequest")
_FIELDS = frozenset(
    {
        "name",
        "description",
    }
)


@_attrs_define
class CreateOrganizationRequest:
    """CreateOrganizationRequest

    Attributes:
        name (str): Name of the organization (must be unique within the account)
        description (str | Unset): A brief description of the organization's purpose. Defaults to an empty string if
            omitted.
    """

    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        description = d.get("description", UNSET)

        create_organization_request = cls(
            name,
            description,
        )

        if not d.keys() <= _FIELDS:
            create_organization_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_organization_request

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
