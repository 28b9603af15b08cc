from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..drift import strs as _strs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_request import ResponseFormatRequest
    from ..models.tool_config_request import ToolConfigRequest


T = TypeVar("T", bound="InvocationParamsRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "frequency_penalty",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "reasoning_effort",
        "response_format",
        "stop",
        "temperature",
        "thinking_budget",
        "thinking_level",
        "tool_config",
        "top_k",
        "top_p",
        "verbosity",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "frequency_penalty",
        "frequency_penalty",
        False,
        0,
        "frequency_penalty = _j_frequency_penalty\nif not (type(frequency_penalty) is float or type(frequency_penalty) is int or frequency_penalty is UNSET):\n    raise TypeError",
    ),
    (
        "max_completion_tokens",
        "max_completion_tokens",
        False,
        0,
        "max_completion_tokens = _j_max_completion_tokens\nif not (type(max_completion_tokens) is int or max_completion_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "max_tokens",
        "max_tokens",
        False,
        0,
        "max_tokens = _j_max_tokens\nif not (type(max_tokens) is int or max_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "presence_penalty",
        "presence_penalty",
        False,
        0,
        "presence_penalty = _j_presence_penalty\nif not (type(presence_penalty) is float or type(presence_penalty) is int or presence_penalty is UNSET):\n    raise TypeError",
    ),
    (
        "reasoning_effort",
        "reasoning_effort",
        False,
        0,
        "reasoning_effort = _j_reasoning_effort\nif not (type(reasoning_effort) is str or reasoning_effort is UNSET):\n    raise TypeError",
    ),
    ("response_format", "_response_format_slot", False, 1, ""),
    (
        "stop",
        "stop",
        False,
        0,
        "stop: list[str] = _j_stop\n\nif not ((type(stop) is list and _strs(stop)) or stop is UNSET):\n    raise TypeError",
    ),
    (
        "temperature",
        "temperature",
        False,
        0,
        "temperature = _j_temperature\nif not (type(temperature) is float or type(temperature) is int or temperature is UNSET):\n    raise TypeError",
    ),
    (
        "thinking_budget",
        "thinking_budget",
        False,
        0,
        "thinking_budget = _j_thinking_budget\nif not (type(thinking_budget) is int or thinking_budget is UNSET):\n    raise TypeError",
    ),
    (
        "thinking_level",
        "thinking_level",
        False,
        0,
        "thinking_level = _j_thinking_level\nif not (type(thinking_level) is str or thinking_level is UNSET):\n    raise TypeError",
    ),
    ("tool_config", "_tool_config_slot", False, 2, ""),
    (
        "top_k",
        "top_k",
        False,
        0,
        "top_k = _j_top_k\nif not (type(top_k) is int or top_k is UNSET):\n    raise TypeError",
    ),
    (
        "top_p",
        "top_p",
        False,
        0,
        "top_p = _j_top_p\nif not (type(top_p) is float or type(top_p) is int or top_p is UNSET):\n    raise TypeError",
    ),
    (
        "verbosity",
        "verbosity",
        False,
        0,
        "verbosity = _j_verbosity\nif not (type(verbosity) is str or verbosity is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class InvocationParamsRequest:
    """Parameters for the LLM invocation in a write request (strict form of InvocationParams; leaf schemas use *Request
    variants)

        Attributes:
            frequency_penalty (float | Unset): Frequency penalty (-2.0 to 2.0)
            max_completion_tokens (int | Unset): Maximum number of completion tokens to generate
            max_tokens (int | Unset): Maximum number of tokens to generate
            presence_penalty (float | Unset): Presence penalty (-2.0 to 2.0)
            reasoning_effort (str | Unset): Controls how much reasoning the model performs before responding. Supported by
                OpenAI o-series and GPT-5 models. o-series: 'low' | 'medium' | 'high'. GPT-5: 'none' | 'low' | 'medium' | 'high'
                | 'xhigh'.
            response_format (ResponseFormatRequest | Unset): Response format configuration in a write request (strict form
                of ResponseFormat)
            stop (list[str] | Unset): Stop sequences
            temperature (float | Unset): Sampling temperature (higher = more random)
            thinking_budget (int | Unset): Maximum tokens the model may use for internal reasoning. Supported by Gemini 2.5
                models. Range: 0-24576 (Flash/Flash-Lite) or 128-32768 (Pro). Set 0 to disable thinking on Flash models.
            thinking_level (str | Unset): Controls how much reasoning the model performs before responding. Supported by
                Gemini 3.x models. Accepted values: 'low', 'high'.
            tool_config (ToolConfigRequest | Unset): Tool configuration in a write request (strict form of ToolConfig)
            top_k (int | Unset): Top-K sampling parameter. A top-K of 1 means the next selected token is the most probable
                (greedy decoding).
            top_p (float | Unset): Nucleus sampling parameter
            verbosity (str | Unset): Controls the verbosity of model output. Supported by OpenAI GPT-5 series. Accepted
                values: 'low' | 'medium' | 'high'.
    """

    frequency_penalty: float | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    response_format: ResponseFormatRequest | Unset = UNSET
    stop: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking_budget: int | Unset = UNSET
    thinking_level: str | Unset = UNSET
    tool_config: ToolConfigRequest | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    verbosity: str | Unset = UNSET
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
        frequency_penalty = self.frequency_penalty

        max_completion_tokens = self.max_completion_tokens

        max_tokens = self.max_tokens

        presence_penalty = self.presence_penalty

        reasoning_effort = self.reasoning_effort

        try:
            response_format: dict[str, Any] | Unset = UNSET
            if not isinstance(self.response_format, Unset):
                response_format = self.response_format.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            response_format = _as_json(self.response_format)

        try:
            stop: list[str] | Unset = UNSET
            if not isinstance(self.stop, Unset):
                stop = self.stop

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            stop = _as_json(self.stop)

        temperature = self.temperature

        thinking_budget = self.thinking_budget

        thinking_level = self.thinking_level

        try:
            tool_config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.tool_config, Unset):
                tool_config = self.tool_config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool_config = _as_json(self.tool_config)

        top_k = self.top_k

        top_p = self.top_p

        verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if stop is not UNSET:
            field_dict["stop"] = stop
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking_budget is not UNSET:
            field_dict["thinking_budget"] = thinking_budget
        if thinking_level is not UNSET:
            field_dict["thinking_level"] = thinking_level
        if tool_config is not UNSET:
            field_dict["tool_config"] = tool_config
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            frequency_penalty = d.get("frequency_penalty", UNSET)
            if not (
                type(frequency_penalty) is float
                or type(frequency_penalty) is int
                or frequency_penalty is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            frequency_penalty, _drifted = _keep(
                cls, d, "frequency_penalty", "float", "type", _drifted
            )

        try:
            max_completion_tokens = d.get("max_completion_tokens", UNSET)
            if not (type(max_completion_tokens) is int or max_completion_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_completion_tokens, _drifted = _keep(
                cls, d, "max_completion_tokens", "int", "type", _drifted
            )

        try:
            max_tokens = d.get("max_tokens", UNSET)
            if not (type(max_tokens) is int or max_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_tokens, _drifted = _keep(cls, d, "max_tokens", "int", "type", _drifted)

        try:
            presence_penalty = d.get("presence_penalty", UNSET)
            if not (
                type(presence_penalty) is float
                or type(presence_penalty) is int
                or presence_penalty is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            presence_penalty, _drifted = _keep(
                cls, d, "presence_penalty", "float", "type", _drifted
            )

        try:
            reasoning_effort = d.get("reasoning_effort", UNSET)
            if not (type(reasoning_effort) is str or reasoning_effort is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            reasoning_effort, _drifted = _keep(cls, d, "reasoning_effort", "str", "type", _drifted)

        _response_format_raw = d.get("response_format", UNSET)
        if _response_format_raw is UNSET:
            response_format = UNSET
        elif not _strict:
            response_format = _response_format_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _response_format = d.get("response_format", UNSET)
                response_format: ResponseFormatRequest | Unset
                if _response_format is UNSET:
                    response_format = UNSET
                else:
                    response_format = ResponseFormatRequest.from_dict(_response_format)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                response_format, _drifted = _keep(
                    cls, d, "response_format", "ResponseFormatRequest", "type", _drifted
                )

        try:
            stop: list[str] = d.get("stop", UNSET)

            if not ((type(stop) is list and _strs(stop)) or stop is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stop, _drifted = _keep(cls, d, "stop", "list[str]", "type", _drifted)

        try:
            temperature = d.get("temperature", UNSET)
            if not (type(temperature) is float or type(temperature) is int or temperature is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            temperature, _drifted = _keep(cls, d, "temperature", "float", "type", _drifted)

        try:
            thinking_budget = d.get("thinking_budget", UNSET)
            if not (type(thinking_budget) is int or thinking_budget is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            thinking_budget, _drifted = _keep(cls, d, "thinking_budget", "int", "type", _drifted)

        try:
            thinking_level = d.get("thinking_level", UNSET)
            if not (type(thinking_level) is str or thinking_level is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            thinking_level, _drifted = _keep(cls, d, "thinking_level", "str", "type", _drifted)

        _tool_config_raw = d.get("tool_config", UNSET)
        if _tool_config_raw is UNSET:
            tool_config = UNSET
        elif not _strict:
            tool_config = _tool_config_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _tool_config = d.get("tool_config", UNSET)
                tool_config: ToolConfigRequest | Unset
                if _tool_config is UNSET:
                    tool_config = UNSET
                else:
                    tool_config = ToolConfigRequest.from_dict(_tool_config)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tool_config, _drifted = _keep(
                    cls, d, "tool_config", "ToolConfigRequest", "type", _drifted
                )

        try:
            top_k = d.get("top_k", UNSET)
            if not (type(top_k) is int or top_k is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            top_k, _drifted = _keep(cls, d, "top_k", "int", "type", _drifted)

        try:
            top_p = d.get("top_p", UNSET)
            if not (type(top_p) is float or type(top_p) is int or top_p is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            top_p, _drifted = _keep(cls, d, "top_p", "float", "type", _drifted)

        try:
            verbosity = d.get("verbosity", UNSET)
            if not (type(verbosity) is str or verbosity is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            verbosity, _drifted = _keep(cls, d, "verbosity", "str", "type", _drifted)

        _invocation_params_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _invocation_params_request_.frequency_penalty = frequency_penalty
        _invocation_params_request_.max_completion_tokens = max_completion_tokens
        _invocation_params_request_.max_tokens = max_tokens
        _invocation_params_request_.presence_penalty = presence_penalty
        _invocation_params_request_.reasoning_effort = reasoning_effort
        _invocation_params_request_._response_format_slot = response_format  # type: ignore[attr-defined]
        _invocation_params_request_.stop = stop
        _invocation_params_request_.temperature = temperature
        _invocation_params_request_.thinking_budget = thinking_budget
        _invocation_params_request_.thinking_level = thinking_level
        _invocation_params_request_._tool_config_slot = tool_config  # type: ignore[attr-defined]
        _invocation_params_request_.top_k = top_k
        _invocation_params_request_.top_p = top_p
        _invocation_params_request_.verbosity = verbosity
        _invocation_params_request_.additional_properties = {}
        _invocation_params_request_._pending = _pending

        if _extra:
            _invocation_params_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_invocation_params_request_, _drifted)
        return _invocation_params_request_

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


def _decode_response_format(self: InvocationParamsRequest, raw: Any) -> Any:
    """``response_format`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _response_format = raw
        response_format: ResponseFormatRequest | Unset
        if _response_format is UNSET:
            response_format = UNSET
        else:
            response_format = ResponseFormatRequest.from_dict(_response_format)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        response_format, _drifted = _keep(
            type(self),
            {"response_format": raw},
            "response_format",
            "ResponseFormatRequest",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return response_format


_lazy(InvocationParamsRequest, "response_format", 1, _decode_response_format)


def _decode_tool_config(self: InvocationParamsRequest, raw: Any) -> Any:
    """``tool_config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tool_config = raw
        tool_config: ToolConfigRequest | Unset
        if _tool_config is UNSET:
            tool_config = UNSET
        else:
            tool_config = ToolConfigRequest.from_dict(_tool_config)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tool_config, _drifted = _keep(
            type(self), {"tool_config": raw}, "tool_config", "ToolConfigRequest", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool_config


_lazy(InvocationParamsRequest, "tool_config", 2, _decode_tool_config)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ResponseFormatRequest, ToolConfigRequest
    from ..models.response_format_request import ResponseFormatRequest  # noqa: PLC0415
    from ..models.tool_config_request import ToolConfigRequest  # noqa: PLC0415

    _LAZY_PENDING = False
