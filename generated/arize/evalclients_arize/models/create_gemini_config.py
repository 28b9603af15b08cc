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
from ..models.create_gemini_config_provider import (
    CreateGeminiConfigProvider,
    check_create_gemini_config_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateGeminiConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "api_key",
        "provider",
        "is_function_calling_enabled",
    }
)


@_attrs_define
class CreateGeminiConfig:
    """Create config for a Google Gemini LLM integration. `api_key` is required and is write-only (never returned in
    responses).

        Attributes:
            api_key (str): API key for the provider (write-only, never returned).
            provider (CreateGeminiConfigProvider): Discriminator identifying the Gemini provider.
            is_function_calling_enabled (bool | Unset): Enable function/tool calling. Defaults to true.
    """

    api_key: str | Unset
    provider: CreateGeminiConfigProvider | Unset
    is_function_calling_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        try:
            provider: str = self.provider
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

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
            api_key = d["api_key"]
            if not (type(api_key) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            api_key, _drifted = _keep(cls, d, "api_key", "str", "type", _drifted)

        try:
            provider = check_create_gemini_config_provider(d["provider"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of GEMINI", "enum", _drifted)

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

        _create_gemini_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_gemini_config_.api_key = api_key
        _create_gemini_config_.provider = provider
        _create_gemini_config_.is_function_calling_enabled = is_function_calling_enabled
        _create_gemini_config_.additional_properties = {}

        if _extra:
            _create_gemini_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_gemini_config_, _drifted)
        return _create_gemini_config_

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
