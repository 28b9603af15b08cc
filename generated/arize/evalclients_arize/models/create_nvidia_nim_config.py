from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_nvidia_nim_config_provider import (
    CreateNvidiaNimConfigProvider,
    check_create_nvidia_nim_config_provider,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_nvidia_nim_config_headers import CreateNvidiaNimConfigHeaders


T = TypeVar("T", bound="CreateNvidiaNimConfig")
_FIELDS = frozenset(
    {
        "provider",
        "api_key",
        "base_url",
        "headers",
        "is_default_models_enabled",
        "is_function_calling_enabled",
        "model_names",
    }
)


@_attrs_define
class CreateNvidiaNimConfig:
    """Create config for an NVIDIA NIM integration. Every connection field is optional: omit `base_url` to use the provider
    default endpoint, or set it to a self-hosted NIM endpoint (validated server-side). `api_key` and `headers` are
    write-only (never returned; headers surface as `header_names` on read). The integration must have at least one model
    source: enable `is_default_models_enabled` or provide at least one entry in `model_names`, otherwise the request is
    rejected with 422.

        Attributes:
            provider (CreateNvidiaNimConfigProvider): Discriminator identifying the NVIDIA NIM provider.
            api_key (str | Unset): API key for the endpoint (write-only, never returned).
            base_url (str | Unset): Self-hosted NIM endpoint URL (HTTPS). Defaults to the provider default endpoint.
            headers (CreateNvidiaNimConfigHeaders | Unset): Custom request headers sent to the endpoint, as a name-to-value
                map. Write-only: values are never returned; names are exposed as `header_names` on read. Defaults to no headers.
                The serialized header map must not exceed 8,175 bytes.
            is_default_models_enabled (bool | Unset): Enable Arize's default model catalog. Defaults to false.
            is_function_calling_enabled (bool | Unset): Enable function/tool calling. Defaults to true.
            model_names (list[str] | Unset): Custom model names to make available. Defaults to none.
    """

    provider: CreateNvidiaNimConfigProvider
    api_key: str | Unset = UNSET
    base_url: str | Unset = UNSET
    headers: CreateNvidiaNimConfigHeaders | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        provider: str = self.provider

        api_key = self.api_key

        base_url = self.base_url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if is_default_models_enabled is not UNSET:
            field_dict["is_default_models_enabled"] = is_default_models_enabled
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
        provider = check_create_nvidia_nim_config_provider(d["provider"])

        api_key = d.get("api_key", UNSET)

        base_url = d.get("base_url", UNSET)

        _headers = d.get("headers", UNSET)
        headers: CreateNvidiaNimConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateNvidiaNimConfigHeaders.from_dict(_headers)

        is_default_models_enabled = d.get("is_default_models_enabled", UNSET)

        is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)

        model_names: list[str] = d.get("model_names", UNSET)

        create_nvidia_nim_config = cls(
            provider,
            api_key,
            base_url,
            headers,
            is_default_models_enabled,
            is_function_calling_enabled,
            model_names,
        )

        if not d.keys() <= _FIELDS:
            create_nvidia_nim_config.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_nvidia_nim_config

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
    global _LAZY_PENDING, CreateNvidiaNimConfigHeaders
    from ..models.create_nvidia_nim_config_headers import CreateNvidiaNimConfigHeaders  # noqa: PLC0415

    _LAZY_PENDING = False
