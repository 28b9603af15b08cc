from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_binding_resource_type import (
    RoleBindingResourceType,
    check_role_binding_resource_type,
)

T = TypeVar("T", bound="CreateRoleBindingRequest")
_FIELDS = frozenset(
    {
        "resource_id",
        "resource_type",
        "role_id",
        "user_id",
    }
)


@_attrs_define
class CreateRoleBindingRequest:
    """CreateRoleBindingRequest

    Attributes:
        resource_id (str): A universally unique identifier (base64-encoded opaque string).
        resource_type (RoleBindingResourceType): Resource type for the binding. Only `SPACE` and `PROJECT` are supported
            for single-binding CRUD. `resource_id` must encode the same resource type.
        role_id (str): A universally unique identifier (base64-encoded opaque string).
        user_id (str): ID of the user to bind the role to.  For a **service key**, this is the ID of the key's bot user
            — not the ID of the person who created the key. Read it from `bot_user.id` on the `POST /v2/api-keys` response,
            or from `bot_user.id` on the matching service key entry returned by `GET /v2/api-keys`.
    """

    resource_id: str
    resource_type: RoleBindingResourceType
    role_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        resource_type: str = self.resource_type

        role_id = self.role_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "resource_type": resource_type,
                "role_id": role_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        resource_id = d["resource_id"]

        resource_type = check_role_binding_resource_type(d["resource_type"])

        role_id = d["role_id"]

        user_id = d["user_id"]

        create_role_binding_request = cls(
            resource_id,
            resource_type,
            role_id,
            user_id,
        )

        if not d.keys() <= _FIELDS:
            create_role_binding_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_role_binding_request

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
