from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_user_role import LocalUserRole, check_local_user_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalUser")
_FIELDS = frozenset(
    {
        "auth_method",
        "created_at",
        "email",
        "id",
        "password_needs_reset",
        "role",
        "updated_at",
        "username",
        "password",
    }
)


@_attrs_define
class LocalUser:
    """
    Attributes:
        auth_method (Literal['LOCAL']):
        created_at (datetime.datetime):
        email (str):
        id (str):
        password_needs_reset (bool):
        role (LocalUserRole):
        updated_at (datetime.datetime):
        username (str):
        password (str | Unset):
    """

    auth_method: Literal["LOCAL"]
    created_at: datetime.datetime
    email: str
    id: str
    password_needs_reset: bool
    role: LocalUserRole
    updated_at: datetime.datetime
    username: str
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_method = self.auth_method

        created_at = self.created_at.isoformat()

        email = self.email

        id = self.id

        password_needs_reset = self.password_needs_reset

        role: str = self.role

        updated_at = self.updated_at.isoformat()

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_method": auth_method,
                "created_at": created_at,
                "email": email,
                "id": id,
                "password_needs_reset": password_needs_reset,
                "role": role,
                "updated_at": updated_at,
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_method = cast(Literal["LOCAL"], d["auth_method"])
        if auth_method != "LOCAL":
            raise ValueError(f"auth_method must match const 'LOCAL', got '{auth_method}'")

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        email = d["email"]

        id = d["id"]

        password_needs_reset = d["password_needs_reset"]

        role = check_local_user_role(d["role"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        username = d["username"]

        password = d.get("password", UNSET)

        local_user = cls(
            auth_method,
            created_at,
            email,
            id,
            password_needs_reset,
            role,
            updated_at,
            username,
            password,
        )

        if not d.keys() <= _FIELDS:
            local_user.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return local_user

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
