from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gemini_config_provider import GeminiConfigProvider, check_gemini_config_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeminiConfig")
_FIELDS = frozenset(
    {
        "has_api_key",
        "is_function_calling_enabled",
        "provider",
    }
)


@_attrs_define
class GeminiConfig:
    """Config for a Google Gemini LLM integration.

    Attributes:
        has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned).
        is_function_calling_enabled (bool | Unset): Whether function/tool calling is enabled.
        provider (GeminiConfigProvider | Unset): Discriminator identifying the Gemini provider.
    """

    has_api_key: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    provider: GeminiConfigProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_api_key = self.has_api_key

        is_function_calling_enabled = self.is_function_calling_enabled

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        has_api_key = d.get("has_api_key", UNSET)

        is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)

        _provider = d.get("provider", UNSET)
        provider: GeminiConfigProvider | Unset
        if _provider is UNSET:
            provider = UNSET
        else:
            provider = check_gemini_config_provider(_provider)

        gemini_config = cls(
            has_api_key,
            is_function_calling_enabled,
            provider,
        )

        if not d.keys() <= _FIELDS:
            gemini_config.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return gemini_config

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
