from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ldap_user_role import LDAPUserRole, check_ldap_user_role

T = TypeVar("T", bound="LDAPUser")
_FIELDS = frozenset(
    {
        "auth_method",
        "created_at",
        "email",
        "id",
        "role",
        "updated_at",
        "username",
    }
)


@_attrs_define
class LDAPUser:
    """
    Attributes:
        auth_method (Literal['LDAP']):
        created_at (datetime.datetime):
        email (str):
        id (str):
        role (LDAPUserRole):
        updated_at (datetime.datetime):
        username (str):
    """

    auth_method: Literal["LDAP"]
    created_at: datetime.datetime
    email: str
    id: str
    role: LDAPUserRole
    updated_at: datetime.datetime
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_method = self.auth_method

        created_at = self.created_at.isoformat()

        email = self.email

        id = self.id

        role: str = self.role

        updated_at = self.updated_at.isoformat()

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_method": auth_method,
                "created_at": created_at,
                "email": email,
                "id": id,
                "role": role,
                "updated_at": updated_at,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_method = cast(Literal["LDAP"], d["auth_method"])
        if auth_method != "LDAP":
            raise ValueError(f"auth_method must match const 'LDAP', got '{auth_method}'")

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        email = d["email"]

        id = d["id"]

        role = check_ldap_user_role(d["role"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        username = d["username"]

        ldap_user = cls(
            auth_method,
            created_at,
            email,
            id,
            role,
            updated_at,
            username,
        )

        if not d.keys() <= _FIELDS:
            ldap_user.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return ldap_user

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
