from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_binding_resource_type import (
    RoleBindingResourceType,
    check_role_binding_resource_type,
)

T = TypeVar("T", bound="RoleBinding")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "resource_id",
        "resource_type",
        "role_id",
        "updated_at",
        "user_id",
    }
)


@_attrs_define
class RoleBinding:
    """
    Attributes:
        created_at (datetime.datetime): Timestamp when the binding was created.
        id (str): Unique identifier for the role binding.
        resource_id (str): A universally unique identifier (base64-encoded opaque string). Example: RW50aXR5OjEyMzQ1.
        resource_type (RoleBindingResourceType): Resource type for the binding. Only `SPACE` and `PROJECT` are supported
            for
            single-binding CRUD. `resource_id` must encode the same resource type.
        role_id (str): A universally unique identifier (base64-encoded opaque string). Example: RW50aXR5OjEyMzQ1.
        updated_at (datetime.datetime): Timestamp when the binding was last updated.
        user_id (str): A universally unique identifier (base64-encoded opaque string). Example: RW50aXR5OjEyMzQ1.
    """

    created_at: datetime.datetime
    id: str
    resource_id: str
    resource_type: RoleBindingResourceType
    role_id: str
    updated_at: datetime.datetime
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        resource_id = self.resource_id

        resource_type: str = self.resource_type

        role_id = self.role_id

        updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "role_id": role_id,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        resource_id = d["resource_id"]

        resource_type = check_role_binding_resource_type(d["resource_type"])

        role_id = d["role_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        user_id = d["user_id"]

        role_binding = cls(
            created_at,
            id,
            resource_id,
            resource_type,
            role_id,
            updated_at,
            user_id,
        )

        if not d.keys() <= _FIELDS:
            role_binding.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return role_binding

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
