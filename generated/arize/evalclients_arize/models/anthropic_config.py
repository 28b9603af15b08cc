from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnthropicConfig")
_FIELDS = frozenset(
    {
        "has_api_key",
        "is_function_calling_enabled",
        "provider",
    }
)


@_attrs_define
class AnthropicConfig:
    """Config for an Anthropic LLM integration.

    Attributes:
        has_api_key (bool): Whether an API key is configured (the key itself is never returned).
        is_function_calling_enabled (bool): Whether function/tool calling is enabled.
        provider (str): Discriminator identifying the Anthropic provider.
    """

    has_api_key: bool
    is_function_calling_enabled: bool
    provider: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_api_key = self.has_api_key

        is_function_calling_enabled = self.is_function_calling_enabled

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_api_key": has_api_key,
                "is_function_calling_enabled": is_function_calling_enabled,
                "provider": provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        has_api_key = d["has_api_key"]

        is_function_calling_enabled = d["is_function_calling_enabled"]

        provider = d["provider"]

        anthropic_config = cls(
            has_api_key,
            is_function_calling_enabled,
            provider,
        )

        if not d.keys() <= _FIELDS:
            anthropic_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return anthropic_config

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
