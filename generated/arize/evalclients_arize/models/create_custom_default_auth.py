from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_custom_default_auth_auth_type import (
    CreateCustomDefaultAuthAuthType,
    check_create_custom_default_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomDefaultAuth")
_FIELDS = frozenset(
    {
        "auth_type",
        "api_key",
    }
)


@_attrs_define
class CreateCustomDefaultAuth:
    """API-key auth. `api_key` is optional — a custom endpoint may require no credential at all. On PATCH this block
    replaces the stored auth wholesale, so omitting `api_key` clears any stored key rather than leaving it unchanged;
    send the key again to keep it.

        Attributes:
            auth_type (CreateCustomDefaultAuthAuthType): Discriminator identifying API-key auth.
            api_key (str | Unset): API key for the endpoint (write-only, never returned).
    """

    auth_type: CreateCustomDefaultAuthAuthType
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str = self.auth_type

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        auth_type = check_create_custom_default_auth_auth_type(d["auth_type"])

        api_key = d.get("api_key", UNSET)

        create_custom_default_auth = cls(
            auth_type,
            api_key,
        )

        if not d.keys() <= _FIELDS:
            create_custom_default_auth.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_custom_default_auth

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
