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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_anthropic_invocation_parameters_content_extra_body import (
        PromptAnthropicInvocationParametersContentExtraBody,
    )
    from ..models.prompt_anthropic_output_config import PromptAnthropicOutputConfig
    from ..models.prompt_anthropic_thinking_config_adaptive import (
        PromptAnthropicThinkingConfigAdaptive,
    )
    from ..models.prompt_anthropic_thinking_config_disabled import (
        PromptAnthropicThinkingConfigDisabled,
    )
    from ..models.prompt_anthropic_thinking_config_enabled import (
        PromptAnthropicThinkingConfigEnabled,
    )


T = TypeVar("T", bound="PromptAnthropicInvocationParametersContent")
_new = object.__new__
_FIELDS = frozenset(
    {
        "max_tokens",
        "extra_body",
        "output_config",
        "stop_sequences",
        "temperature",
        "thinking",
        "top_p",
    }
)


@_attrs_define
class PromptAnthropicInvocationParametersContent:
    """
    Attributes:
        max_tokens (int):
        extra_body (PromptAnthropicInvocationParametersContentExtraBody | Unset):
        output_config (PromptAnthropicOutputConfig | Unset):
        stop_sequences (list[str] | Unset):
        temperature (float | Unset):
        thinking (PromptAnthropicThinkingConfigAdaptive | PromptAnthropicThinkingConfigDisabled |
            PromptAnthropicThinkingConfigEnabled | Unset):
        top_p (float | Unset):
    """

    max_tokens: int | Unset
    extra_body: PromptAnthropicInvocationParametersContentExtraBody | Unset = UNSET
    output_config: PromptAnthropicOutputConfig | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking: (
        PromptAnthropicThinkingConfigAdaptive
        | PromptAnthropicThinkingConfigDisabled
        | PromptAnthropicThinkingConfigEnabled
        | Unset
    ) = UNSET
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
        max_tokens = self.max_tokens

        try:
            extra_body: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extra_body, Unset):
                extra_body = self.extra_body.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            extra_body = _as_json(self.extra_body)

        try:
            output_config: dict[str, Any] | Unset = UNSET
            if not isinstance(self.output_config, Unset):
                output_config = self.output_config.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            output_config = _as_json(self.output_config)

        try:
            stop_sequences: list[str] | Unset = UNSET
            if not isinstance(self.stop_sequences, Unset):
                stop_sequences = self.stop_sequences

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            stop_sequences = _as_json(self.stop_sequences)

        temperature = self.temperature

        try:
            thinking: dict[str, Any] | Unset
            if isinstance(self.thinking, Unset):
                thinking = UNSET
            elif isinstance(self.thinking, PromptAnthropicThinkingConfigDisabled):
                thinking = self.thinking.to_dict()
            elif isinstance(self.thinking, PromptAnthropicThinkingConfigEnabled):
                thinking = self.thinking.to_dict()
            else:
                thinking = self.thinking.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            thinking = _as_json(self.thinking)

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max_tokens": max_tokens,
            }
        )
        if extra_body is not UNSET:
            field_dict["extra_body"] = extra_body
        if output_config is not UNSET:
            field_dict["output_config"] = output_config
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
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
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            max_tokens = d["max_tokens"]
            if not (type(max_tokens) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_tokens, _drifted = _keep(cls, d, "max_tokens", "int", "type", _drifted)

        _extra_body_raw = d.get("extra_body", UNSET)
        if _extra_body_raw is UNSET:
            extra_body = UNSET
        elif not _strict:
            extra_body = _extra_body_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _extra_body = d.get("extra_body", UNSET)
                extra_body: PromptAnthropicInvocationParametersContentExtraBody | Unset
                if _extra_body is UNSET:
                    extra_body = UNSET
                else:
                    extra_body = PromptAnthropicInvocationParametersContentExtraBody.from_dict(
                        _extra_body
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                extra_body, _drifted = _keep(
                    cls,
                    d,
                    "extra_body",
                    "PromptAnthropicInvocationParametersContentExtraBody",
                    "type",
                    _drifted,
                )

        _output_config_raw = d.get("output_config", UNSET)
        if _output_config_raw is UNSET:
            output_config = UNSET
        elif not _strict:
            output_config = _output_config_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _output_config = d.get("output_config", UNSET)
                output_config: PromptAnthropicOutputConfig | Unset
                if _output_config is UNSET:
                    output_config = UNSET
                else:
                    output_config = PromptAnthropicOutputConfig.from_dict(_output_config)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                output_config, _drifted = _keep(
                    cls, d, "output_config", "PromptAnthropicOutputConfig", "type", _drifted
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

        _thinking_raw = d.get("thinking", UNSET)
        if _thinking_raw is UNSET:
            thinking = UNSET
        elif not _strict:
            thinking = _thinking_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _thinking = d.get("thinking", UNSET)
                thinking = _thinking if _thinking is UNSET else _parse_thinking(_thinking)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                thinking, _drifted = _keep(
                    cls,
                    d,
                    "thinking",
                    "PromptAnthropicThinkingConfigAdaptive | PromptAnthropicThinkingConfigDisabled | PromptAnthropicThinkingConfigEnabled",
                    "union",
                    _drifted,
                )

        try:
            top_p = d.get("top_p", UNSET)
            if not (type(top_p) is float or type(top_p) is int or top_p is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            top_p, _drifted = _keep(cls, d, "top_p", "float", "type", _drifted)

        _prompt_anthropic_invocation_parameters_content_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_anthropic_invocation_parameters_content_.max_tokens = max_tokens
        _prompt_anthropic_invocation_parameters_content_._extra_body_slot = extra_body  # type: ignore[attr-defined]
        _prompt_anthropic_invocation_parameters_content_._output_config_slot = output_config  # type: ignore[attr-defined]
        _prompt_anthropic_invocation_parameters_content_.stop_sequences = stop_sequences
        _prompt_anthropic_invocation_parameters_content_.temperature = temperature
        _prompt_anthropic_invocation_parameters_content_._thinking_slot = thinking  # type: ignore[attr-defined]
        _prompt_anthropic_invocation_parameters_content_.top_p = top_p
        _prompt_anthropic_invocation_parameters_content_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_anthropic_invocation_parameters_content_, _drifted)
        return _prompt_anthropic_invocation_parameters_content_


def _parse_thinking(
    data: object,
) -> (
    PromptAnthropicThinkingConfigAdaptive
    | PromptAnthropicThinkingConfigDisabled
    | PromptAnthropicThinkingConfigEnabled
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        thinking_type_0 = PromptAnthropicThinkingConfigDisabled.from_dict(data, _strict=True)

        return thinking_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        thinking_type_1 = PromptAnthropicThinkingConfigEnabled.from_dict(data, _strict=True)

        return thinking_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    thinking_type_2 = PromptAnthropicThinkingConfigAdaptive.from_dict(data, _strict=True)

    return thinking_type_2


def _decode_extra_body(self: PromptAnthropicInvocationParametersContent, raw: Any) -> Any:
    """``extra_body`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _extra_body = raw
        extra_body: PromptAnthropicInvocationParametersContentExtraBody | Unset
        if _extra_body is UNSET:
            extra_body = UNSET
        else:
            extra_body = PromptAnthropicInvocationParametersContentExtraBody.from_dict(_extra_body)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        extra_body, _drifted = _keep(
            type(self),
            {"extra_body": raw},
            "extra_body",
            "PromptAnthropicInvocationParametersContentExtraBody",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return extra_body


_lazy(PromptAnthropicInvocationParametersContent, "extra_body", 1, _decode_extra_body)


def _decode_output_config(self: PromptAnthropicInvocationParametersContent, raw: Any) -> Any:
    """``output_config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _output_config = raw
        output_config: PromptAnthropicOutputConfig | Unset
        if _output_config is UNSET:
            output_config = UNSET
        else:
            output_config = PromptAnthropicOutputConfig.from_dict(_output_config)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        output_config, _drifted = _keep(
            type(self),
            {"output_config": raw},
            "output_config",
            "PromptAnthropicOutputConfig",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return output_config


_lazy(PromptAnthropicInvocationParametersContent, "output_config", 2, _decode_output_config)


def _decode_thinking(self: PromptAnthropicInvocationParametersContent, raw: Any) -> Any:
    """``thinking`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _thinking = raw
        thinking = _thinking if _thinking is UNSET else _parse_thinking(_thinking)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        thinking, _drifted = _keep(
            type(self),
            {"thinking": raw},
            "thinking",
            "PromptAnthropicThinkingConfigAdaptive | PromptAnthropicThinkingConfigDisabled | PromptAnthropicThinkingConfigEnabled",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return thinking


_lazy(PromptAnthropicInvocationParametersContent, "thinking", 4, _decode_thinking)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        PromptAnthropicInvocationParametersContentExtraBody, \
        PromptAnthropicOutputConfig, \
        PromptAnthropicThinkingConfigAdaptive, \
        PromptAnthropicThinkingConfigDisabled, \
        PromptAnthropicThinkingConfigEnabled
    from ..models.prompt_anthropic_invocation_parameters_content_extra_body import (
        PromptAnthropicInvocationParametersContentExtraBody,  # noqa: PLC0415
    )
    from ..models.prompt_anthropic_output_config import PromptAnthropicOutputConfig  # noqa: PLC0415
    from ..models.prompt_anthropic_thinking_config_adaptive import (
        PromptAnthropicThinkingConfigAdaptive,  # noqa: PLC0415
    )
    from ..models.prompt_anthropic_thinking_config_disabled import (
        PromptAnthropicThinkingConfigDisabled,  # noqa: PLC0415
    )
    from ..models.prompt_anthropic_thinking_config_enabled import (
        PromptAnthropicThinkingConfigEnabled,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
