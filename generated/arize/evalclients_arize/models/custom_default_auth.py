from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_default_auth_auth_type import (
    CustomDefaultAuthAuthType,
    check_custom_default_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomDefaultAuth")
_FIELDS = frozenset(
    {
        "auth_type",
        "has_api_key",
    }
)


@_attrs_define
class CustomDefaultAuth:
    """API-key auth for a custom endpoint. The key surfaces as `has_api_key`; the key itself is never returned. A custom
    endpoint may require no credential at all, in which case `has_api_key` is false.

        Attributes:
            auth_type (CustomDefaultAuthAuthType | Unset): Discriminator identifying API-key auth.
            has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned).
    """

    auth_type: CustomDefaultAuthAuthType | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        has_api_key = self.has_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _auth_type = d.get("auth_type", UNSET)
        auth_type: CustomDefaultAuthAuthType | Unset
        if _auth_type is UNSET:
            auth_type = UNSET
        else:
            auth_type = check_custom_default_auth_auth_type(_auth_type)

        has_api_key = d.get("has_api_key", UNSET)

        custom_default_auth = cls(
            auth_type,
            has_api_key,
        )

        if not d.keys() <= _FIELDS:
            custom_default_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return custom_default_auth

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
