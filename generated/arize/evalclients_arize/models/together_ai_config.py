from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.together_ai_config_provider import (
    TogetherAiConfigProvider,
    check_together_ai_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TogetherAiConfig")
_FIELDS = frozenset(
    {
        "has_api_key",
        "is_default_models_enabled",
        "is_function_calling_enabled",
        "model_names",
        "provider",
    }
)


@_attrs_define
class TogetherAiConfig:
    """Config for a Together AI integration. Together AI is a single hosted service, so there is no endpoint field and no
    custom request headers. The API key is write-only and surfaces as `has_api_key`. `model_names` lists only the model
    names configured on this integration; models resolved live from the Together AI account are served through the Arize
    UI and are not returned here.

        Attributes:
            has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned).
            is_default_models_enabled (bool | Unset): Whether Arize's default model catalog is enabled.
            is_function_calling_enabled (bool | Unset): Whether function/tool calling is enabled.
            model_names (list[str] | Unset): Custom model names configured on this integration. Empty when none.
            provider (TogetherAiConfigProvider | Unset): Discriminator identifying the Together AI provider.
    """

    has_api_key: bool | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    provider: TogetherAiConfigProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_api_key = self.has_api_key

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        has_api_key = d.get("has_api_key", UNSET)

        is_default_models_enabled = d.get("is_default_models_enabled", UNSET)

        is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)

        model_names: list[str] = d.get("model_names", UNSET)

        _provider = d.get("provider", UNSET)
        provider: TogetherAiConfigProvider | Unset
        if _provider is UNSET:
            provider = UNSET
        else:
            provider = check_together_ai_config_provider(_provider)

        together_ai_config = cls(
            has_api_key,
            is_default_models_enabled,
            is_function_calling_enabled,
            model_names,
            provider,
        )

        if not d.keys() <= _FIELDS:
            together_ai_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return together_ai_config

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
