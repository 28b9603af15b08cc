from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_lite_llm_config_provider import (
    CreateLiteLlmConfigProvider,
    check_create_lite_llm_config_provider,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_lite_llm_config_headers import CreateLiteLlmConfigHeaders


T = TypeVar("T", bound="CreateLiteLlmConfig")
_FIELDS = frozenset(
    {
        "api_key",
        "base_url",
        "provider",
        "headers",
        "is_function_calling_enabled",
        "model_names",
    }
)


@_attrs_define
class CreateLiteLlmConfig:
    """Create config for a LiteLLM integration. `base_url` is required and points at the LiteLLM endpoint (validated
    server-side); LiteLLM is self-hosted, so there is no default endpoint. `api_key` is required: the virtual key scopes
    the models Arize can resolve and call. `api_key` and `headers` are write-only (never returned; headers surface as
    `header_names` on read).

        Attributes:
            api_key (str): LiteLLM virtual key (write-only, never returned).
            base_url (str): LiteLLM endpoint URL requests are sent to (HTTPS).
            provider (CreateLiteLlmConfigProvider): Discriminator identifying the LiteLLM provider.
            headers (CreateLiteLlmConfigHeaders | Unset): Custom request headers sent to the endpoint, as a name-to-value
                map. Write-only: values are never returned; names are exposed as `header_names` on read. Defaults to no headers.
                The serialized header map must not exceed 8,175 bytes.
            is_function_calling_enabled (bool | Unset): Enable function/tool calling. Defaults to true.
            model_names (list[str] | Unset): Custom model names to make available. Defaults to an empty list.
    """

    api_key: str
    base_url: str
    provider: CreateLiteLlmConfigProvider
    headers: CreateLiteLlmConfigHeaders | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        api_key = self.api_key

        base_url = self.base_url

        provider: str = self.provider

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        is_function_calling_enabled = self.is_function_calling_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "base_url": base_url,
                "provider": provider,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_function_calling_enabled is not UNSET:
            field_dict["is_function_calling_enabled"] = is_function_calling_enabled
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        api_key = d["api_key"]

        base_url = d["base_url"]

        provider = check_create_lite_llm_config_provider(d["provider"])

        _headers = d.get("headers", UNSET)
        headers: CreateLiteLlmConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateLiteLlmConfigHeaders.from_dict(_headers)

        is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)

        model_names: list[str] = d.get("model_names", UNSET)

        create_lite_llm_config = cls(
            api_key,
            base_url,
            provider,
            headers,
            is_function_calling_enabled,
            model_names,
        )

        if not d.keys() <= _FIELDS:
            create_lite_llm_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_lite_llm_config

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateLiteLlmConfigHeaders
    from ..models.create_lite_llm_config_headers import CreateLiteLlmConfigHeaders  # noqa: PLC0415

    _LAZY_PENDING = False
