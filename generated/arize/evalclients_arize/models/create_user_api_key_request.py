from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_user_api_key_request_key_type import (
    CreateUserApiKeyRequestKeyType,
    check_create_user_api_key_request_key_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserApiKeyRequest")
_FIELDS = frozenset(
    {
        "key_type",
        "name",
        "description",
        "expires_at",
    }
)


@_attrs_define
class CreateUserApiKeyRequest:
    """CreateUserApiKeyRequest

    Attributes:
        key_type (CreateUserApiKeyRequestKeyType): Must be `"USER"`.
        name (str): User-defined name for the API key.
        description (str | Unset): Optional user-defined description for the API key.
        expires_at (datetime.datetime | Unset): Optional expiration timestamp. If the account has no maximum API key
            lifetime, omitting this value creates a key that never expires. If a maximum is configured, an omitted value
            defaults to that maximum, and an explicit value exceeding it is rejected with 422.
    """

    key_type: CreateUserApiKeyRequestKeyType
    name: str
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_type: str = self.key_type

        name = self.name

        description = self.description

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_type": key_type,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key_type = check_create_user_api_key_request_key_type(d["key_type"])

        name = d["name"]

        description = d.get("description", UNSET)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        create_user_api_key_request = cls(
            key_type,
            name,
            description,
            expires_at,
        )

        if not d.keys() <= _FIELDS:
            create_user_api_key_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_user_api_key_request

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
