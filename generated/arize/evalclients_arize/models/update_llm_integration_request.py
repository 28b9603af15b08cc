from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.update_llm_integration_request_type import (
    UpdateLlmIntegrationRequestType,
    check_update_llm_integration_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_scoping_request import IntegrationScopingRequest
    from ..models.update_llm_config import UpdateLlmConfig


T = TypeVar("T", bound="UpdateLlmIntegrationRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "type",
        "config",
        "name",
        "scopings",
    }
)


@_attrs_define
class UpdateLlmIntegrationRequest:
    """PATCH body for an `LLM` integration. `type` is required (it selects the union member) and immutable. Provide at
    least one updatable field (`name`, `scopings`, or `config`) in addition to `type`. `scopings` replaces on provide.

        Attributes:
            type_ (UpdateLlmIntegrationRequestType): Discriminator. Immutable; must match the integration's type.
            config (UpdateLlmConfig | Unset): Partial LLM config for PATCH. `provider` is immutable; if present it must
                match the stored value. Invalid provider/field combinations return 422.  Provider-specific fields: - `api_key`,
                `is_function_calling_enabled`: all except `AWS_BEDROCK`, `VERTEX_AI` - `auth`: `AWS_BEDROCK`, `CUSTOM` -
                `base_url`: `ANTHROPIC`, `CUSTOM`, `LITELLM`, `NVIDIA_NIM` - `headers`: `CUSTOM`, `LITELLM`, `NVIDIA_NIM` -
                `is_default_models_enabled`: `AWS_BEDROCK`, `CUSTOM`, `FIREWORKS`, `NVIDIA_NIM`, `TOGETHER_AI` - `model_names`:
                `AWS_BEDROCK`, `CUSTOM`, `FIREWORKS`, `LITELLM`, `NVIDIA_NIM`, `TOGETHER_AI` - `project_id`, `location`,
                `project_access_label`: `VERTEX_AI` only
            name (str | Unset): New integration name.
            scopings (list[IntegrationScopingRequest] | Unset): Replaces the existing scoping rules.
    """

    type_: UpdateLlmIntegrationRequestType | Unset
    config: UpdateLlmConfig | Unset = UNSET
    name: str | Unset = UNSET
    scopings: list[IntegrationScopingRequest] | Unset = UNSET
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
        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.config, Unset):
                config = self.config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            config = _as_json(self.config)

        name = self.name

        try:
            scopings: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.scopings, Unset):
                scopings = []
                for scopings_item_data in self.scopings:
                    scopings_item = scopings_item_data.to_dict()
                    scopings.append(scopings_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scopings = _as_json(self.scopings)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if name is not UNSET:
            field_dict["name"] = name
        if scopings is not UNSET:
            field_dict["scopings"] = scopings

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
            type_ = check_update_llm_integration_request_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of LLM", "enum", _drifted)

        _config_raw = d.get("config", UNSET)
        if _config_raw is UNSET:
            config = UNSET
        elif not _strict:
            config = _config_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _config = d.get("config", UNSET)
                config: UpdateLlmConfig | Unset
                if _config is UNSET:
                    config = UNSET
                else:
                    config = UpdateLlmConfig.from_dict(_config)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                config, _drifted = _keep(cls, d, "config", "UpdateLlmConfig", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _scopings_raw = d.get("scopings", UNSET)
        if _scopings_raw is UNSET:
            scopings = UNSET
        elif not _strict:
            scopings = _scopings_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _scopings = d.get("scopings", UNSET)
                scopings: list[IntegrationScopingRequest] | Unset = UNSET
                if _scopings is not UNSET:
                    scopings = [
                        IntegrationScopingRequest.from_dict(scopings_item_data)
                        for scopings_item_data in _scopings
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                scopings, _drifted = _keep_each(
                    cls,
                    d,
                    "scopings",
                    "list[IntegrationScopingRequest]",
                    "type",
                    lambda scopings_item_data: IntegrationScopingRequest.from_dict(
                        scopings_item_data
                    ),
                    _drifted,
                )

        _update_llm_integration_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_llm_integration_request_.type_ = type_
        _update_llm_integration_request_._config_slot = config  # type: ignore[attr-defined]
        _update_llm_integration_request_.name = name
        _update_llm_integration_request_._scopings_slot = scopings  # type: ignore[attr-defined]
        _update_llm_integration_request_.additional_properties = {}
        _update_llm_integration_request_._pending = _pending

        if _extra:
            _update_llm_integration_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_llm_integration_request_, _drifted)
        return _update_llm_integration_request_

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


def _decode_config(self: UpdateLlmIntegrationRequest, raw: Any) -> Any:
    """``config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _config = raw
        config: UpdateLlmConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = UpdateLlmConfig.from_dict(_config)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        config, _drifted = _keep(
            type(self), {"config": raw}, "config", "UpdateLlmConfig", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return config


_lazy(UpdateLlmIntegrationRequest, "config", 1, _decode_config)


def _decode_scopings(self: UpdateLlmIntegrationRequest, raw: Any) -> Any:
    """``scopings`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _scopings = raw
        scopings: list[IntegrationScopingRequest] | Unset = UNSET
        if _scopings is not UNSET:
            scopings = [
                IntegrationScopingRequest.from_dict(scopings_item_data)
                for scopings_item_data in _scopings
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        scopings, _drifted = _keep_each(
            type(self),
            {"scopings": raw},
            "scopings",
            "list[IntegrationScopingRequest]",
            "type",
            lambda scopings_item_data: IntegrationScopingRequest.from_dict(scopings_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return scopings


_lazy(UpdateLlmIntegrationRequest, "scopings", 2, _decode_scopings)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, IntegrationScopingRequest, UpdateLlmConfig
    from ..models.integration_scoping_request import IntegrationScopingRequest  # noqa: PLC0415
    from ..models.update_llm_config import UpdateLlmConfig  # noqa: PLC0415

    _LAZY_PENDING = False
