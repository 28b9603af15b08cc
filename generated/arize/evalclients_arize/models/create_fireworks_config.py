from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_fireworks_config_provider import (
    CreateFireworksConfigProvider,
    check_create_fireworks_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFireworksConfig")
_FIELDS = frozenset(
    {
        "api_key",
        "provider",
        "is_default_models_enabled",
        "is_function_calling_enabled",
        "model_names",
    }
)


@_attrs_define
class CreateFireworksConfig:
    """Create config for a Fireworks AI integration. `api_key` is required and is write-only (never returned; it surfaces
    as `has_api_key` on read). Fireworks is a single hosted service, so there is no endpoint field and no custom request
    headers. Neither `is_default_models_enabled` nor `model_names` is required: Arize resolves the models the key can
    reach from the Fireworks account, so an integration created with neither still has a selectable model list.

        Attributes:
            api_key (str): Fireworks AI API key (write-only, never returned).
            provider (CreateFireworksConfigProvider): Discriminator identifying the Fireworks AI provider.
            is_default_models_enabled (bool | Unset): Enable Arize's default model catalog. Defaults to false.
            is_function_calling_enabled (bool | Unset): Enable function/tool calling. Defaults to true.
            model_names (list[str] | Unset): Custom model names to make available. Defaults to an empty list.
    """

    api_key: str
    provider: CreateFireworksConfigProvider
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        provider: str = self.provider

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "provider": provider,
            }
        )
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        api_key = d["api_key"]

        provider = check_create_fireworks_config_provider(d["provider"])

        is_default_models_enabled = d.get("is_default_models_enabled", UNSET)

        is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)

        model_names: list[str] = d.get("model_names", UNSET)

        create_fireworks_config = cls(
            api_key,
            provider,
            is_default_models_enabled,
            is_function_calling_enabled,
            model_names,
        )

        if not d.keys() <= _FIELDS:
            create_fireworks_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_fireworks_config

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
