from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_status import ApiKeyStatus, check_api_key_status
from ..models.user_api_key_key_type import UserApiKeyKeyType, check_user_api_key_key_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserApiKey")
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "description",
        "expires_at",
        "id",
        "key_type",
        "last_used_at",
        "name",
        "redacted_key",
        "status",
    }
)


@_attrs_define
class UserApiKey:
    """UserApiKey

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp when the key was created.
        created_by_user_id (str | Unset): ID of the user who created the key.
        description (str | Unset): Optional user-defined description for the API key.
        expires_at (datetime.datetime | Unset): Optional timestamp when the key will expire.
        id (str | Unset): Unique identifier for the API key.
        key_type (UserApiKeyKeyType | Unset): Discriminator value for user keys.
        last_used_at (datetime.datetime | Unset): Approximate timestamp when the key was last used for authentication.
            This value is periodically updated and may not reflect the most recent usage.
        name (str | Unset): User-defined name for the API key.
        redacted_key (str | Unset): Redacted version of the key suitable for display (e.g., "ak-abc...xyz").
        status (ApiKeyStatus | Unset): Current status of the API key. - ACTIVE - The key is valid for use. - REVOKED -
            The key has been revoked and is no longer valid.
    """

    created_at: datetime.datetime | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    key_type: UserApiKeyKeyType | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    redacted_key: str | Unset = UNSET
    status: ApiKeyStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by_user_id = self.created_by_user_id

        description = self.description

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        id = self.id

        key_type: str | Unset = UNSET
        if not isinstance(self.key_type, Unset):
            key_type = self.key_type

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        name = self.name

        redacted_key = self.redacted_key

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if id is not UNSET:
            field_dict["id"] = id
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if name is not UNSET:
            field_dict["name"] = name
        if redacted_key is not UNSET:
            field_dict["redacted_key"] = redacted_key
        if status is not UNSET:
            field_dict["status"] = status

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

        created_by_user_id = d.get("created_by_user_id", UNSET)

        description = d.get("description", UNSET)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        id = d.get("id", UNSET)

        _key_type = d.get("key_type", UNSET)
        key_type: UserApiKeyKeyType | Unset
        if _key_type is UNSET:
            key_type = UNSET
        else:
            key_type = check_user_api_key_key_type(_key_type)

        _last_used_at = d.get("last_used_at", UNSET)
        last_used_at: datetime.datetime | Unset
        if _last_used_at is UNSET:
            last_used_at = UNSET
        else:
            last_used_at = datetime.datetime.fromisoformat(_last_used_at)

        name = d.get("name", UNSET)

        redacted_key = d.get("redacted_key", UNSET)

        _status = d.get("status", UNSET)
        status: ApiKeyStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = check_api_key_status(_status)

        user_api_key = cls(
            created_at,
            created_by_user_id,
            description,
            expires_at,
            id,
            key_type,
            last_used_at,
            name,
            redacted_key,
            status,
        )

        if not d.keys() <= _FIELDS:
            user_api_key.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return user_api_key

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
