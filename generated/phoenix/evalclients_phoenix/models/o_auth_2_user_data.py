from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_2_user_data_role import OAuth2UserDataRole, check_o_auth_2_user_data_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth2UserData")
_FIELDS = frozenset(
    {
        "auth_method",
        "email",
        "role",
        "username",
        "oauth2_client_id",
        "oauth2_user_id",
    }
)


@_attrs_define
class OAuth2UserData:
    """
    Attributes:
        auth_method (Literal['OAUTH2']):
        email (str):
        role (OAuth2UserDataRole):
        username (str):
        oauth2_client_id (str | Unset):
        oauth2_user_id (str | Unset):
    """

    auth_method: Literal["OAUTH2"]
    email: str
    role: OAuth2UserDataRole
    username: str
    oauth2_client_id: str | Unset = UNSET
    oauth2_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_method = self.auth_method

        email = self.email

        role: str = self.role

        username = self.username

        oauth2_client_id = self.oauth2_client_id

        oauth2_user_id = self.oauth2_user_id

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
        if oauth2_client_id is not UNSET:
            field_dict["oauth2_client_id"] = oauth2_client_id
        if oauth2_user_id is not UNSET:
            field_dict["oauth2_user_id"] = oauth2_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_method = cast(Literal["OAUTH2"], d["auth_method"])
        if auth_method != "OAUTH2":
            raise ValueError(f"auth_method must match const 'OAUTH2', got '{auth_method}'")

        email = d["email"]

        role = check_o_auth_2_user_data_role(d["role"])

        username = d["username"]

        oauth2_client_id = d.get("oauth2_client_id", UNSET)

        oauth2_user_id = d.get("oauth2_user_id", UNSET)

        o_auth_2_user_data = cls(
            auth_method,
            email,
            role,
            username,
            oauth2_client_id,
            oauth2_user_id,
        )

        if not d.keys() <= _FIELDS:
            o_auth_2_user_data.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return o_auth_2_user_data

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
