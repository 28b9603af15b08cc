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
        "id",
        "is_predefined",
        "name",
        "permissions",
        "updated_at",
        "description",
    }
)


@_attrs_define
class Role:
    """
    Attributes:
        created_at (datetime.datetime): Timestamp when the role was created.
        id (str): Unique identifier for the role.
        is_predefined (bool): Whether this role is a system-defined predefined role. Predefined roles
            cannot be updated or deleted.
        name (str): Human-readable name of the role.
        permissions (list[Permission]): List of permissions granted by this role. Each value corresponds to a
            permission identifier (e.g. `PROJECT_READ`, `DATASET_CREATE`).
        updated_at (datetime.datetime): Timestamp when the role was last updated.
        description (str | Unset): A brief description of the role's purpose.
    """

    created_at: datetime.datetime
    id: str
    is_predefined: bool
    name: str
    permissions: list[Permission]
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        is_predefined = self.is_predefined

        name = self.name

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item: str = permissions_item_data
            permissions.append(permissions_item)

        updated_at = self.updated_at.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_predefined": is_predefined,
                "name": name,
                "permissions": permissions,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        is_predefined = d["is_predefined"]

        name = d["name"]

        permissions = [
            check_permission(permissions_item_data) for permissions_item_data in d["permissions"]
        ]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description = d.get("description", UNSET)

        role = cls(
            created_at,
            id,
            is_predefined,
            name,
            permissions,
            updated_at,
            description,
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
