from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_open_ai_config_provider import (
    CreateOpenAiConfigProvider,
    check_create_open_ai_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOpenAiConfig")
_FIELDS = frozenset(
    {
        "api_key",
        "provider",
        "is_function_calling_enabled",
    }
)


@_attrs_define
class CreateOpenAiConfig:
    """Create config for an OpenAI LLM integration. `api_key` is required and is write-only (never returned in responses).

    Attributes:
        api_key (str): API key for the provider (write-only, never returned).
        provider (CreateOpenAiConfigProvider): Discriminator identifying the OpenAI provider.
        is_function_calling_enabled (bool | Unset): Enable function/tool calling. Defaults to true.
    """

    api_key: str
    provider: CreateOpenAiConfigProvider
    is_function_calling_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        provider: str = self.provider

        is_function_calling_enabled = self.is_function_calling_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "provider": provider,
            }
        )
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        api_key = d["api_key"]

        provider = check_create_open_ai_config_provider(d["provider"])

        is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)

        create_open_ai_config = cls(
            api_key,
            provider,
            is_function_calling_enabled,
        )

        if not d.keys() <= _FIELDS:
            create_open_ai_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_open_ai_config

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
