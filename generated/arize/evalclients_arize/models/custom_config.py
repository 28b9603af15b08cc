from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_config_provider import CustomConfigProvider, check_custom_config_provider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_default_auth import CustomDefaultAuth
    from ..models.custom_oauth_2_client_credentials_auth import CustomOauth2ClientCredentialsAuth


T = TypeVar("T", bound="CustomConfig")
_FIELDS = frozenset(
    {
        "auth",
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
class CustomConfig:
    """Config for a custom OpenAI-compatible endpoint integration. `base_url` is the endpoint Arize sends requests to; it
    must implement the OpenAI API shape. Secrets are write-only: the API key surfaces as `has_api_key` and custom
    request headers surface as `header_names` (names only). `auth` is how the endpoint is authenticated.

        Attributes:
            auth (CustomDefaultAuth | CustomOauth2ClientCredentialsAuth | Unset): Custom endpoint auth settings,
                discriminated by `auth_type`.
            base_url (str | Unset): Endpoint URL requests are sent to.
            has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned). An API key and
                OAuth credentials are mutually exclusive, and switching to `OAUTH2_CLIENT_CREDENTIALS` clears any stored key, so
                this reads false on an integration authenticated that way.
            header_names (list[str] | Unset): Names of the custom request headers configured on this integration. Empty when
                none are configured. Header values are write-only and never returned.
            is_default_models_enabled (bool | Unset): Whether Arize's default model catalog is enabled.
            is_function_calling_enabled (bool | Unset): Whether function/tool calling is enabled.
            model_names (list[str] | Unset): Custom model names configured on this integration. Empty when none.
            provider (CustomConfigProvider | Unset): Discriminator identifying a custom OpenAI-compatible endpoint.
    """

    auth: CustomDefaultAuth | CustomOauth2ClientCredentialsAuth | Unset = UNSET
    base_url: str | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    header_names: list[str] | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    provider: CustomConfigProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        auth: dict[str, Any] | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, CustomDefaultAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth.to_dict()

        base_url = self.base_url

        has_api_key = self.has_api_key

        header_names: list[str] | Unset = UNSET
        if not isinstance(self.header_names, Unset):
            header_names = self.header_names

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
        if auth is not UNSET:
            field_dict["auth"] = auth
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key
        if header_names is not UNSET:
            field_dict["header_names"] = header_names
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
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        auth = _parse_auth(d.get("auth", UNSET))

        base_url = d.get("base_url", UNSET)

        has_api_key = d.get("has_api_key", UNSET)

        header_names: list[str] = d.get("header_names", UNSET)

        is_default_models_enabled = d.get("is_default_models_enabled", UNSET)

        is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)

        model_names: list[str] = d.get("model_names", UNSET)

        _provider = d.get("provider", UNSET)
        provider: CustomConfigProvider | Unset
        if _provider is UNSET:
            provider = UNSET
        else:
            provider = check_custom_config_provider(_provider)

        custom_config = cls(
            auth,
            base_url,
            has_api_key,
            header_names,
            is_default_models_enabled,
            is_function_calling_enabled,
            model_names,
            provider,
        )

        if not d.keys() <= _FIELDS:
            custom_config.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return custom_config

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


def _parse_auth(data: object) -> CustomDefaultAuth | CustomOauth2ClientCredentialsAuth | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_custom_auth_type_0 = CustomDefaultAuth.from_dict(data)

        return componentsschemas_custom_auth_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_custom_auth_type_1 = CustomOauth2ClientCredentialsAuth.from_dict(data)

    return componentsschemas_custom_auth_type_1


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CustomDefaultAuth, CustomOauth2ClientCredentialsAuth
    from ..models.custom_default_auth import CustomDefaultAuth  # noqa: PLC0415
    from ..models.custom_oauth_2_client_credentials_auth import CustomOauth2ClientCredentialsAuth  # noqa: PLC0415

    _LAZY_PENDING = False
