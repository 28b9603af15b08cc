from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_status import ApiKeyStatus, check_api_key_status
from ..models.user_api_key_created_key_type import (
    UserApiKeyCreatedKeyType,
    check_user_api_key_created_key_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserApiKeyCreated")
_FIELDS = frozenset(
    {
        "created_at",
        "created_by_user_id",
        "id",
        "key_type",
        "name",
        "redacted_key",
        "status",
        "key",
        "description",
        "expires_at",
        "last_used_at",
    }
)


@_attrs_define
class UserApiKeyCreated:
    """
    Attributes:
        created_at (datetime.datetime): Timestamp when the key was created.
        created_by_user_id (str): ID of the user who created the key.
        id (str): Unique identifier for the API key.
        key_type (UserApiKeyCreatedKeyType): Discriminator value for user keys.
        name (str): User-defined name for the API key.
        redacted_key (str): Redacted version of the key suitable for display (e.g., "ak-abc...xyz").
        status (ApiKeyStatus): Current status of the API key.
            - ACTIVE - The key is valid for use.
            - REVOKED - The key has been revoked and is no longer valid.
        key (str): The full API key value. **Only returned once** at creation or refresh time.
            Store it securely — it cannot be retrieved again.
        description (str | Unset): Optional user-defined description for the API key.
        expires_at (datetime.datetime | Unset): Optional timestamp when the key will expire.
        last_used_at (datetime.datetime | Unset): Approximate timestamp when the key was last used for authentication.
            This value is periodically updated and may not reflect the most recent usage.
    """

    created_at: datetime.datetime
    created_by_user_id: str
    id: str
    key_type: UserApiKeyCreatedKeyType
    name: str
    redacted_key: str
    status: ApiKeyStatus
    key: str
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    last_used_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by_user_id = self.created_by_user_id

        id = self.id

        key_type: str = self.key_type

        name = self.name

        redacted_key = self.redacted_key

        status: str = self.status

        key = self.key

        description = self.description

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        last_used_at: str | Unset = UNSET
        if not isinstance(self.last_used_at, Unset):
            last_used_at = self.last_used_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "id": id,
                "key_type": key_type,
                "name": name,
                "redacted_key": redacted_key,
                "status": status,
                "key": key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id = d["created_by_user_id"]

        id = d["id"]

        key_type = check_user_api_key_created_key_type(d["key_type"])

        name = d["name"]

        redacted_key = d["redacted_key"]

        status = check_api_key_status(d["status"])

        key = d["key"]

        description = d.get("description", UNSET)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _last_used_at = d.get("last_used_at", UNSET)
        last_used_at: datetime.datetime | Unset
        if _last_used_at is UNSET:
            last_used_at = UNSET
        else:
            last_used_at = datetime.datetime.fromisoformat(_last_used_at)

        user_api_key_created = cls(
            created_at,
            created_by_user_id,
            id,
            key_type,
            name,
            redacted_key,
            status,
            key,
            description,
            expires_at,
            last_used_at,
        )

        if not d.keys() <= _FIELDS:
            user_api_key_created.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return user_api_key_created

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
