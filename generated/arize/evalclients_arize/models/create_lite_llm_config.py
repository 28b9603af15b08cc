from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..models.create_lite_llm_config_provider import (
    CreateLiteLlmConfigProvider,
    check_create_lite_llm_config_provider,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_lite_llm_config_headers import CreateLiteLlmConfigHeaders


T = TypeVar("T", bound="CreateLiteLlmConfig")
_new = object.__new__
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

    api_key: str | Unset
    base_url: str | Unset
    provider: CreateLiteLlmConfigProvider | Unset
    headers: CreateLiteLlmConfigHeaders | Unset = UNSET
    is_function_calling_enabled: bool | Unset = UNSET
    model_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        api_key = self.api_key

        base_url = self.base_url

        try:
            provider: str = self.provider
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider = _as_json(self.provider)

        try:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        is_function_calling_enabled = self.is_function_calling_enabled

        try:
            model_names: list[str] | Unset = UNSET
            if not isinstance(self.model_names, Unset):
                model_names = self.model_names

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_names = _as_json(self.model_names)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
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
            base_url = d["base_url"]
            if not (type(base_url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "str", "type", _drifted)

        try:
            provider = check_create_lite_llm_config_provider(d["provider"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            provider, _drifted = _keep(cls, d, "provider", "one of LITELLM", "enum", _drifted)

        _headers_raw = d.get("headers", UNSET)
        if _headers_raw is UNSET:
            headers = UNSET
        elif not _strict:
            headers = _headers_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _headers = d.get("headers", UNSET)
                headers: CreateLiteLlmConfigHeaders | Unset
                if _headers is UNSET:
                    headers = UNSET
                else:
                    headers = CreateLiteLlmConfigHeaders.from_dict(_headers)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                headers, _drifted = _keep(
                    cls, d, "headers", "CreateLiteLlmConfigHeaders", "type", _drifted
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

        _create_lite_llm_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_lite_llm_config_.api_key = api_key
        _create_lite_llm_config_.base_url = base_url
        _create_lite_llm_config_.provider = provider
        _create_lite_llm_config_._headers_slot = headers  # type: ignore[attr-defined]
        _create_lite_llm_config_.is_function_calling_enabled = is_function_calling_enabled
        _create_lite_llm_config_.model_names = model_names
        _create_lite_llm_config_.additional_properties = {}
        _create_lite_llm_config_._pending = _pending

        if _extra:
            _create_lite_llm_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_lite_llm_config_, _drifted)
        return _create_lite_llm_config_

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


def _decode_headers(self: CreateLiteLlmConfig, raw: Any) -> Any:
    """``headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _headers = raw
        headers: CreateLiteLlmConfigHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateLiteLlmConfigHeaders.from_dict(_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        headers, _drifted = _keep(
            type(self), {"headers": raw}, "headers", "CreateLiteLlmConfigHeaders", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(CreateLiteLlmConfig, "headers", 1, _decode_headers)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateLiteLlmConfigHeaders
    from ..models.create_lite_llm_config_headers import CreateLiteLlmConfigHeaders  # noqa: PLC0415

    _LAZY_PENDING = False
