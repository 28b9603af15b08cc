from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_anthropic_config_provider import (
    CreateAnthropicConfigProvider,
    check_create_anthropic_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAnthropicConfig")
_FIELDS = frozenset(
    {
        "api_key",
        "provider",
        "base_url",
        "is_function_calling_enabled",
    }
)


@_attrs_define
class CreateAnthropicConfig:
    """Create config for an Anthropic LLM integration. `api_key` is required and is write-only (never returned in
    responses). `base_url` is optional; omit it to use the public Anthropic API.

        Attributes:
            api_key (str): API key for the provider (write-only, never returned).
            provider (CreateAnthropicConfigProvider): Discriminator identifying the Anthropic provider.
            base_url (str | Unset): Endpoint URL (HTTPS) serving the Anthropic Messages API, including the version path
                (e.g. `https://api.anthropic.com/v1`). Do not include `/messages`, which is appended automatically. Defaults to
                the public Anthropic API.
            is_function_calling_enabled (bool | Unset): Enable function/tool calling. Defaults to true.
    """

    api_key: str
    provider: CreateAnthropicConfigProvider
    base_url: str | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        provider: str = self.provider

        base_url = self.base_url

        is_function_calling_enabled = self.is_function_calling_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "provider": provider,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        api_key = d["api_key"]

        provider = check_create_anthropic_config_provider(d["provider"])

        base_url = d.get("base_url", UNSET)

        is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)

        create_anthropic_config = cls(
            api_key,
            provider,
            base_url,
            is_function_calling_enabled,
        )

        if not d.keys() <= _FIELDS:
            create_anthropic_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_anthropic_config

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
