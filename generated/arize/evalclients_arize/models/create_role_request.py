from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRoleRequest")
_FIELDS = frozenset(
    {
        "name",
        "permissions",
        "description",
    }
)


@_attrs_define
class CreateRoleRequest:
    """CreateRoleRequest

    Attributes:
        name (str): Human-readable name for the role. Must be unique within the account.
        permissions (list[Permission]): List of permissions to grant. At least one permission is required. Each value
            must be a valid permission identifier (e.g. `PROJECT_READ`, `DATASET_CREATE`).
        description (str | Unset): Optional description of the role's purpose. Omitted from the response if empty.
    """

    name: str
    permissions: list[Permission]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item: str = permissions_item_data
            permissions.append(permissions_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permissions": permissions,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        permissions = [
            check_permission(permissions_item_data) for permissions_item_data in d["permissions"]
        ]

        description = d.get("description", UNSET)

        create_role_request = cls(
            name,
            permissions,
            description,
        )

        if not d.keys() <= _FIELDS:
            create_role_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_role_request

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
