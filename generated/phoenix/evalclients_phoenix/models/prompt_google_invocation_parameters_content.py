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
    from ..models.prompt_google_thinking_config import PromptGoogleThinkingConfig


T = TypeVar("T", bound="PromptGoogleInvocationParametersContent")
_new = object.__new__
_FIELDS = frozenset(
    {
        "frequency_penalty",
        "max_output_tokens",
        "presence_penalty",
        "stop_sequences",
        "temperature",
        "thinking_config",
        "top_k",
        "top_p",
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
        "max_output_tokens",
        "max_output_tokens",
        False,
        0,
        "max_output_tokens = _j_max_output_tokens\nif not (type(max_output_tokens) is int or max_output_tokens is UNSET):\n    raise TypeError",
    ),
    (
        "presence_penalty",
        "presence_penalty",
        False,
        0,
        "presence_penalty = _j_presence_penalty\nif not (type(presence_penalty) is float or type(presence_penalty) is int or presence_penalty is UNSET):\n    raise TypeError",
    ),
    (
        "stop_sequences",
        "stop_sequences",
        False,
        0,
        "stop_sequences: list[str] = _j_stop_sequences\n\nif not ((type(stop_sequences) is list and _strs(stop_sequences)) or stop_sequences is UNSET):\n    raise TypeError",
    ),
    (
        "temperature",
        "temperature",
        False,
        0,
        "temperature = _j_temperature\nif not (type(temperature) is float or type(temperature) is int or temperature is UNSET):\n    raise TypeError",
    ),
    ("thinking_config", "_thinking_config_slot", False, 1, ""),
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
)


@_attrs_define
class PromptGoogleInvocationParametersContent:
    """
    Attributes:
        frequency_penalty (float | Unset):
        max_output_tokens (int | Unset):
        presence_penalty (float | Unset):
        stop_sequences (list[str] | Unset):
        temperature (float | Unset):
        thinking_config (PromptGoogleThinkingConfig | Unset):
        top_k (int | Unset):
        top_p (float | Unset):
    """

    frequency_penalty: float | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking_config: PromptGoogleThinkingConfig | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
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

        max_output_tokens = self.max_output_tokens

        presence_penalty = self.presence_penalty

        try:
            stop_sequences: list[str] | Unset = UNSET
            if not isinstance(self.stop_sequences, Unset):
                stop_sequences = self.stop_sequences

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            stop_sequences = _as_json(self.stop_sequences)

        temperature = self.temperature

        try:
            thinking_config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.thinking_config, Unset):
                thinking_config = self.thinking_config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            thinking_config = _as_json(self.thinking_config)

        top_k = self.top_k

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking_config is not UNSET:
            field_dict["thinking_config"] = thinking_config
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

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
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 2, globals())
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
            max_output_tokens = d.get("max_output_tokens", UNSET)
            if not (type(max_output_tokens) is int or max_output_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_output_tokens, _drifted = _keep(
                cls, d, "max_output_tokens", "int", "type", _drifted
            )

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
            stop_sequences: list[str] = d.get("stop_sequences", UNSET)

            if not (
                (type(stop_sequences) is list and _strs(stop_sequences)) or stop_sequences is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            stop_sequences, _drifted = _keep(
                cls, d, "stop_sequences", "list[str]", "type", _drifted
            )

        try:
            temperature = d.get("temperature", UNSET)
            if not (type(temperature) is float or type(temperature) is int or temperature is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            temperature, _drifted = _keep(cls, d, "temperature", "float", "type", _drifted)

        _thinking_config_raw = d.get("thinking_config", UNSET)
        if _thinking_config_raw is UNSET:
            thinking_config = UNSET
        elif not _strict:
            thinking_config = _thinking_config_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _thinking_config = d.get("thinking_config", UNSET)
                thinking_config: PromptGoogleThinkingConfig | Unset
                if _thinking_config is UNSET:
                    thinking_config = UNSET
                else:
                    thinking_config = PromptGoogleThinkingConfig.from_dict(_thinking_config)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                thinking_config, _drifted = _keep(
                    cls, d, "thinking_config", "PromptGoogleThinkingConfig", "type", _drifted
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

        _prompt_google_invocation_parameters_content_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_google_invocation_parameters_content_.frequency_penalty = frequency_penalty
        _prompt_google_invocation_parameters_content_.max_output_tokens = max_output_tokens
        _prompt_google_invocation_parameters_content_.presence_penalty = presence_penalty
        _prompt_google_invocation_parameters_content_.stop_sequences = stop_sequences
        _prompt_google_invocation_parameters_content_.temperature = temperature
        _prompt_google_invocation_parameters_content_._thinking_config_slot = thinking_config  # type: ignore[attr-defined]
        _prompt_google_invocation_parameters_content_.top_k = top_k
        _prompt_google_invocation_parameters_content_.top_p = top_p
        _prompt_google_invocation_parameters_content_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_google_invocation_parameters_content_, _drifted)
        return _prompt_google_invocation_parameters_content_


def _decode_thinking_config(self: PromptGoogleInvocationParametersContent, raw: Any) -> Any:
    """``thinking_config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _thinking_config = raw
        thinking_config: PromptGoogleThinkingConfig | Unset
        if _thinking_config is UNSET:
            thinking_config = UNSET
        else:
            thinking_config = PromptGoogleThinkingConfig.from_dict(_thinking_config)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        thinking_config, _drifted = _keep(
            type(self),
            {"thinking_config": raw},
            "thinking_config",
            "PromptGoogleThinkingConfig",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return thinking_config


_lazy(PromptGoogleInvocationParametersContent, "thinking_config", 1, _decode_thinking_config)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptGoogleThinkingConfig
    from ..models.prompt_google_thinking_config import PromptGoogleThinkingConfig  # noqa: PLC0415

    _LAZY_PENDING = False
