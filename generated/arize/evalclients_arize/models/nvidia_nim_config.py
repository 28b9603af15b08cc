from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.nvidia_nim_config_provider import (
    NvidiaNimConfigProvider,
    check_nvidia_nim_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NvidiaNimConfig")
_new = object.__new__
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
            base_url (None | str | Unset): Self-hosted NIM endpoint URL. Null when not set.
            has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned).
            header_names (list[str] | Unset): Names of the custom request headers configured on this integration. Empty when
                none are configured. Header values are write-only and never returned.
            is_default_models_enabled (bool | Unset): Whether Arize's default model catalog is enabled.
            is_function_calling_enabled (bool | Unset): Whether function/tool calling is enabled.
            model_names (list[str] | Unset): Custom model names configured on this integration. Empty when none.
            provider (NvidiaNimConfigProvider | Unset): Discriminator identifying the NVIDIA NIM provider.
    """

    base_url: None | str | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    header_names: list[str] | Unset = UNSET
    is_default_models_enabled: bool | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    provider: NvidiaNimConfigProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        has_api_key = self.has_api_key

        try:
            header_names: list[str] | Unset = UNSET
            if not isinstance(self.header_names, Unset):
                header_names = self.header_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            header_names = _as_json(self.header_names)

        is_default_models_enabled = self.is_default_models_enabled

        is_function_calling_enabled = self.is_function_calling_enabled

        try:
            model_names: list[str] | Unset = UNSET
            if not isinstance(self.model_names, Unset):
                model_names = self.model_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_names = _as_json(self.model_names)

        try:
            provider: str | Unset = UNSET
            if not isinstance(self.provider, Unset):
                provider = self.provider

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            base_url: None | str | Unset = d.get("base_url", UNSET)

            if not (base_url is None or type(base_url) is str or base_url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "None | str", "type", _drifted)

        try:
            has_api_key = d.get("has_api_key", UNSET)
            if not (type(has_api_key) is bool or has_api_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            has_api_key, _drifted = _keep(cls, d, "has_api_key", "bool", "type", _drifted)

        try:
            header_names: list[str] = d.get("header_names", UNSET)

            if not ((type(header_names) is list and _strs(header_names)) or header_names is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            header_names, _drifted = _keep(cls, d, "header_names", "list[str]", "type", _drifted)

        try:
            is_default_models_enabled = d.get("is_default_models_enabled", UNSET)
            if not (type(is_default_models_enabled) is bool or is_default_models_enabled is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_default_models_enabled, _drifted = _keep(
                cls, d, "is_default_models_enabled", "bool", "type", _drifted
            )

        try:
            is_function_calling_enabled = d.get("is_function_calling_enabled", UNSET)
            if not (
                type(is_function_calling_enabled) is bool or is_function_calling_enabled is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_function_calling_enabled, _drifted = _keep(
                cls, d, "is_function_calling_enabled", "bool", "type", _drifted
            )

        try:
            model_names: list[str] = d.get("model_names", UNSET)

            if not ((type(model_names) is list and _strs(model_names)) or model_names is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_names, _drifted = _keep(cls, d, "model_names", "list[str]", "type", _drifted)

        try:
            _provider = d.get("provider", UNSET)
            provider: NvidiaNimConfigProvider | Unset
            if _provider is UNSET:
                provider = UNSET
            else:
                provider = check_nvidia_nim_config_provider(_provider)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of NVIDIA_NIM", "enum", _drifted)

        _nvidia_nim_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _nvidia_nim_config_.base_url = base_url
        _nvidia_nim_config_.has_api_key = has_api_key
        _nvidia_nim_config_.header_names = header_names
        _nvidia_nim_config_.is_default_models_enabled = is_default_models_enabled
        _nvidia_nim_config_.is_function_calling_enabled = is_function_calling_enabled
        _nvidia_nim_config_.model_names = model_names
        _nvidia_nim_config_.provider = provider
        _nvidia_nim_config_.additional_properties = {}

        if _extra:
            _nvidia_nim_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_nvidia_nim_config_, _drifted)
        return _nvidia_nim_config_

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
