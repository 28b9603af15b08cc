from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_2_user_role import OAuth2UserRole, check_o_auth_2_user_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth2User")
_FIELDS = frozenset(
    {
        "auth_method",
        "created_at",
        "email",
        "id",
        "role",
        "updated_at",
        "username",
        "oauth2_client_id",
        "oauth2_user_id",
        "profile_picture_url",
    }
)


@_attrs_define
class OAuth2User:
    """
    Attributes:
        auth_method (Literal['OAUTH2']):
        created_at (datetime.datetime):
        email (str):
        id (str):
        role (OAuth2UserRole):
        updated_at (datetime.datetime):
        username (str):
        oauth2_client_id (str | Unset):
        oauth2_user_id (str | Unset):
        profile_picture_url (str | Unset):
    """

    auth_method: Literal["OAUTH2"]
    created_at: datetime.datetime
    email: str
    id: str
    role: OAuth2UserRole
    updated_at: datetime.datetime
    username: str
    oauth2_client_id: str | Unset = UNSET
    oauth2_user_id: str | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_method = self.auth_method

        created_at = self.created_at.isoformat()

        email = self.email

        id = self.id

        role: str = self.role

        updated_at = self.updated_at.isoformat()

        username = self.username

        oauth2_client_id = self.oauth2_client_id

        oauth2_user_id = self.oauth2_user_id

        profile_picture_url = self.profile_picture_url

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
        if oauth2_client_id is not UNSET:
            field_dict["oauth2_client_id"] = oauth2_client_id
        if oauth2_user_id is not UNSET:
            field_dict["oauth2_user_id"] = oauth2_user_id
        if profile_picture_url is not UNSET:
            field_dict["profile_picture_url"] = profile_picture_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_method = cast(Literal["OAUTH2"], d["auth_method"])
        if auth_method != "OAUTH2":
            raise ValueError(f"auth_method must match const 'OAUTH2', got '{auth_method}'")

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        email = d["email"]

        id = d["id"]

        role = check_o_auth_2_user_role(d["role"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        username = d["username"]

        oauth2_client_id = d.get("oauth2_client_id", UNSET)

        oauth2_user_id = d.get("oauth2_user_id", UNSET)

        profile_picture_url = d.get("profile_picture_url", UNSET)

        o_auth_2_user = cls(
            auth_method,
            created_at,
            email,
            id,
            role,
            updated_at,
            username,
            oauth2_client_id,
            oauth2_user_id,
            profile_picture_url,
        )

        if not d.keys() <= _FIELDS:
            o_auth_2_user.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return o_auth_2_user

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
