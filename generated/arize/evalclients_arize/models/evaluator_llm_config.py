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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invocation_params import InvocationParams
    from ..models.provider_params import ProviderParams


T = TypeVar("T", bound="EvaluatorLlmConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "ai_integration_id",
        "invocation_parameters",
        "model_name",
        "provider_parameters",
    }
)


@_attrs_define
class EvaluatorLlmConfig:
    """EvaluatorLlmConfig

    Attributes:
        ai_integration_id (str | Unset): AI integration identifier (base64)
        invocation_parameters (InvocationParams | Unset): Parameters for the LLM invocation
        model_name (str | Unset): Model name (e.g. gpt-4o)
        provider_parameters (ProviderParams | Unset): Provider-specific parameters
    """

    ai_integration_id: str | Unset = UNSET
    invocation_parameters: InvocationParams | Unset = UNSET
    model_name: str | Unset = UNSET
    provider_parameters: ProviderParams | Unset = UNSET
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
        ai_integration_id = self.ai_integration_id

        try:
            invocation_parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.invocation_parameters, Unset):
                invocation_parameters = self.invocation_parameters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            invocation_parameters = _as_json(self.invocation_parameters)

        model_name = self.model_name

        try:
            provider_parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.provider_parameters, Unset):
                provider_parameters = self.provider_parameters.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            provider_parameters = _as_json(self.provider_parameters)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_integration_id is not UNSET:
            field_dict["ai_integration_id"] = ai_integration_id
        if invocation_parameters is not UNSET:
            field_dict["invocation_parameters"] = invocation_parameters
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if provider_parameters is not UNSET:
            field_dict["provider_parameters"] = provider_parameters

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
            ai_integration_id = d.get("ai_integration_id", UNSET)
            if not (type(ai_integration_id) is str or ai_integration_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            ai_integration_id, _drifted = _keep(
                cls, d, "ai_integration_id", "str", "type", _drifted
            )

        _invocation_parameters_raw = d.get("invocation_parameters", UNSET)
        if _invocation_parameters_raw is UNSET:
            invocation_parameters = UNSET
        elif not _strict:
            invocation_parameters = _invocation_parameters_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _invocation_parameters = d.get("invocation_parameters", UNSET)
                invocation_parameters: InvocationParams | Unset
                if _invocation_parameters is UNSET:
                    invocation_parameters = UNSET
                else:
                    invocation_parameters = InvocationParams.from_dict(_invocation_parameters)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                invocation_parameters, _drifted = _keep(
                    cls, d, "invocation_parameters", "InvocationParams", "type", _drifted
                )

        try:
            model_name = d.get("model_name", UNSET)
            if not (type(model_name) is str or model_name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_name, _drifted = _keep(cls, d, "model_name", "str", "type", _drifted)

        _provider_parameters_raw = d.get("provider_parameters", UNSET)
        if _provider_parameters_raw is UNSET:
            provider_parameters = UNSET
        elif not _strict:
            provider_parameters = _provider_parameters_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _provider_parameters = d.get("provider_parameters", UNSET)
                provider_parameters: ProviderParams | Unset
                if _provider_parameters is UNSET:
                    provider_parameters = UNSET
                else:
                    provider_parameters = ProviderParams.from_dict(_provider_parameters)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                provider_parameters, _drifted = _keep(
                    cls, d, "provider_parameters", "ProviderParams", "type", _drifted
                )

        _evaluator_llm_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _evaluator_llm_config_.ai_integration_id = ai_integration_id
        _evaluator_llm_config_._invocation_parameters_slot = invocation_parameters  # type: ignore[attr-defined]
        _evaluator_llm_config_.model_name = model_name
        _evaluator_llm_config_._provider_parameters_slot = provider_parameters  # type: ignore[attr-defined]
        _evaluator_llm_config_.additional_properties = {}
        _evaluator_llm_config_._pending = _pending

        if _extra:
            _evaluator_llm_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_evaluator_llm_config_, _drifted)
        return _evaluator_llm_config_

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


def _decode_invocation_parameters(self: EvaluatorLlmConfig, raw: Any) -> Any:
    """``invocation_parameters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _invocation_parameters = raw
        invocation_parameters: InvocationParams | Unset
        if _invocation_parameters is UNSET:
            invocation_parameters = UNSET
        else:
            invocation_parameters = InvocationParams.from_dict(_invocation_parameters)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        invocation_parameters, _drifted = _keep(
            type(self),
            {"invocation_parameters": raw},
            "invocation_parameters",
            "InvocationParams",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return invocation_parameters


_lazy(EvaluatorLlmConfig, "invocation_parameters", 1, _decode_invocation_parameters)


def _decode_provider_parameters(self: EvaluatorLlmConfig, raw: Any) -> Any:
    """``provider_parameters`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _provider_parameters = raw
        provider_parameters: ProviderParams | Unset
        if _provider_parameters is UNSET:
            provider_parameters = UNSET
        else:
            provider_parameters = ProviderParams.from_dict(_provider_parameters)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        provider_parameters, _drifted = _keep(
            type(self),
            {"provider_parameters": raw},
            "provider_parameters",
            "ProviderParams",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return provider_parameters


_lazy(EvaluatorLlmConfig, "provider_parameters", 2, _decode_provider_parameters)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, InvocationParams, ProviderParams
    from ..models.invocation_params import InvocationParams  # noqa: PLC0415
    from ..models.provider_params import ProviderParams  # noqa: PLC0415

    _LAZY_PENDING = False
