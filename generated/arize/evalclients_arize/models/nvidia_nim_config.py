from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NvidiaNimConfig")
_FIELDS = frozenset(
    {
        "base_url",
        "has_api_key",
        "header_names",
        "is_default_models_enabled",
        "is_function_calling_enabled",
        "model_names",
        "provider",
    }
)


@_attrs_define
class NvidiaNimConfig:
    """Config for an NVIDIA NIM integration. Every connection field is optional: `base_url` targets a self-hosted NIM
    endpoint (null when using the provider default). Secrets are write-only: the API key surfaces as `has_api_key` and
    custom request headers surface as `header_names` (names only).

        Attributes:
            base_url (None | str): Self-hosted NIM endpoint URL. Null when not set.
            has_api_key (bool): Whether an API key is configured (the key itself is never returned).
            header_names (list[str]): Names of the custom request headers configured on this integration. Empty when none
                are configured. Header values are write-only and never returned.
            is_default_models_enabled (bool): Whether Arize's default model catalog is enabled.
            is_function_calling_enabled (bool): Whether function/tool calling is enabled.
            model_names (list[str]): Custom model names configured on this integration. Empty when none.
            provider (str): Discriminator identifying the NVIDIA NIM provider.
    """

    base_url: None | str
    has_api_key: bool
    header_names: list[str]
    is_default_models_enabled: bool
    is_function_calling_enabled: bool
    model_names: list[str]
    provider: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url: None | str
        base_url = self.base_url

        has_api_key = self.has_api_key

        header_names = self.header_names

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

        model_names = self.model_names

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_url": base_url,
                "has_api_key": has_api_key,
                "header_names": header_names,
                "is_default_models_enabled": is_default_models_enabled,
                "is_function_calling_enabled": is_function_calling_enabled,
                "model_names": model_names,
                "provider": provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        base_url: None | str = d["base_url"]

        has_api_key = d["has_api_key"]

        header_names: list[str] = d["header_names"]

        is_default_models_enabled = d["is_default_models_enabled"]

        is_function_calling_enabled = d["is_function_calling_enabled"]

        model_names: list[str] = d["model_names"]

        provider = d["provider"]

        nvidia_nim_config = cls(
            base_url,
            has_api_key,
            header_names,
            is_default_models_enabled,
            is_function_calling_enabled,
            model_names,
            provider,
        )

        if not d.keys() <= _FIELDS:
            nvidia_nim_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return nvidia_nim_config

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
