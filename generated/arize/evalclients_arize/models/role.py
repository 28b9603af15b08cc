from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")
_FIELDS = frozenset(
    {
        "created_at",
        "description",
        "id",
        "is_predefined",
        "name",
        "permissions",
        "updated_at",
    }
)


@_attrs_define
class Role:
    """Role

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp when the role was created.
        description (str | Unset): A brief description of the role's purpose.
        id (str | Unset): Unique identifier for the role.
        is_predefined (bool | Unset): Whether this role is a system-defined predefined role. Predefined roles cannot be
            updated or deleted.
        name (str | Unset): Human-readable name of the role.
        permissions (list[Permission] | Unset): List of permissions granted by this role. Each value corresponds to a
            permission identifier (e.g. `PROJECT_READ`, `DATASET_CREATE`). Returned only to callers with `ROLE_READ`.
        updated_at (datetime.datetime | Unset): Timestamp when the role was last updated.
    """

    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    is_predefined: bool | Unset = UNSET
    name: str | Unset = UNSET
    permissions: list[Permission] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        id = self.id

        is_predefined = self.is_predefined

        name = self.name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item: str = permissions_item_data
                permissions.append(permissions_item)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if is_predefined is not UNSET:
            field_dict["is_predefined"] = is_predefined
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.get("description", UNSET)

        id = d.get("id", UNSET)

        is_predefined = d.get("is_predefined", UNSET)

        name = d.get("name", UNSET)

        _permissions = d.get("permissions", UNSET)
        permissions: list[Permission] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = [
                check_permission(permissions_item_data) for permissions_item_data in _permissions
            ]

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        role = cls(
            created_at,
            description,
            id,
            is_predefined,
            name,
            permissions,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            role.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return role

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
