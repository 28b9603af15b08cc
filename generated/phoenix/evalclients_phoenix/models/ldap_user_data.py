from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ldap_user_data_role import LDAPUserDataRole, check_ldap_user_data_role

T = TypeVar("T", bound="LDAPUserData")
_FIELDS = frozenset(
    {
        "auth_method",
        "email",
        "role",
        "username",
    }
)


@_attrs_define
class LDAPUserData:
    """
    Attributes:
        auth_method (Literal['LDAP']):
        email (str):
        role (LDAPUserDataRole):
        username (str):
    """

    auth_method: Literal["LDAP"]
    email: str
    role: LDAPUserDataRole
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_method = self.auth_method

        email = self.email

        role: str = self.role

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_method": auth_method,
                "email": email,
                "role": role,
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

        email = d["email"]

        role = check_ldap_user_data_role(d["role"])

        username = d["username"]

        ldap_user_data = cls(
            auth_method,
            email,
            role,
            username,
        )

        if not d.keys() <= _FIELDS:
            ldap_user_data.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return ldap_user_data

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
