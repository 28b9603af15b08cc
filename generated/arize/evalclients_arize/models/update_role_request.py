from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRoleRequest")
_FIELDS = frozenset(
    {
        "description",
        "name",
        "permissions",
    }
)


@_attrs_define
class UpdateRoleRequest:
    """UpdateRoleRequest

    Attributes:
        description (None | str | Unset): Updated description of the role. Set to `null` to clear it.
        name (str | Unset): Updated name for the role. Must be unique within the account.
        permissions (list[Permission] | Unset): Replacement set of permissions. When provided, the existing permissions
            are fully replaced. Each value must be a valid permission identifier.
    """

    description: None | str | Unset = UNSET
    name: str | Unset = UNSET
    permissions: list[Permission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name = self.name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item: str = permissions_item_data
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description: None | str | Unset = d.get("description", UNSET)

        name = d.get("name", UNSET)

        _permissions = d.get("permissions", UNSET)
        permissions: list[Permission] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = [
                check_permission(permissions_item_data) for permissions_item_data in _permissions
            ]

        update_role_request = cls(
            description,
            name,
            permissions,
        )

        if not d.keys() <= _FIELDS:
            update_role_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_role_request

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
