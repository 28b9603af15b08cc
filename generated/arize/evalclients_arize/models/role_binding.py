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
from ..types import UNSET, Unset

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
    """RoleBinding

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp when the binding was created.
        id (str | Unset): Unique identifier for the role binding.
        resource_id (str | Unset): A universally unique identifier (base64-encoded opaque string).
        resource_type (RoleBindingResourceType | Unset): Resource type for the binding. Only `SPACE` and `PROJECT` are
            supported for single-binding CRUD. `resource_id` must encode the same resource type.
        role_id (str | Unset): A universally unique identifier (base64-encoded opaque string).
        updated_at (datetime.datetime | Unset): Timestamp when the binding was last updated.
        user_id (str | Unset): ID of the user this binding assigns the role to.  For a **service key**, this is the ID
            of the key's bot user — not the ID of the person who created the key. Read it from `bot_user.id` on the `POST
            /v2/api-keys` response, or from `bot_user.id` on the matching service key entry returned by `GET /v2/api-keys`.
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: RoleBindingResourceType | Unset = UNSET
    role_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        resource_id = self.resource_id

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type

        role_id = self.role_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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

        id = d.get("id", UNSET)

        resource_id = d.get("resource_id", UNSET)

        _resource_type = d.get("resource_type", UNSET)
        resource_type: RoleBindingResourceType | Unset
        if _resource_type is UNSET:
            resource_type = UNSET
        else:
            resource_type = check_role_binding_resource_type(_resource_type)

        role_id = d.get("role_id", UNSET)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        user_id = d.get("user_id", UNSET)

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
