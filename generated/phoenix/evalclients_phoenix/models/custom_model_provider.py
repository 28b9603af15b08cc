from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_model_provider_sdk import (
    CustomModelProviderSdk,
    check_custom_model_provider_sdk,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomModelProvider")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "name",
        "provider",
        "sdk",
        "updated_at",
        "description",
    }
)


@_attrs_define
class CustomModelProvider:
    """
    Attributes:
        created_at (datetime.datetime): The time the custom provider was created.
        id (str): The ID of the custom provider.
        name (str): The unique name of the custom provider.
        provider (str): The free-form provider label recorded on the custom provider. Unlike the `provider` of a built-
            in family, this is not drawn from a fixed set.
        sdk (CustomModelProviderSdk): The SDK used to communicate with the custom provider.
        updated_at (datetime.datetime): The time the custom provider was last updated.
        description (None | str | Unset): An optional description of the custom provider.
    """

    created_at: datetime.datetime
    id: str
    name: str
    provider: str
    sdk: CustomModelProviderSdk
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        provider = self.provider

        sdk: str = self.sdk

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "provider": provider,
                "sdk": sdk,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        name = d["name"]

        provider = d["provider"]

        sdk = check_custom_model_provider_sdk(d["sdk"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description: None | str | Unset = d.get("description", UNSET)

        custom_model_provider = cls(
            created_at,
            id,
            name,
            provider,
            sdk,
            updated_at,
            description,
        )

        if not d.keys() <= _FIELDS:
            custom_model_provider.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return custom_model_provider

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
