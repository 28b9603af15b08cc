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
from ..models.prompt_deep_seek_invocation_parameters_content_reasoning_effort import (
    PromptDeepSeekInvocationParametersContentReasoningEffort,
    check_prompt_deep_seek_invocation_parameters_content_reasoning_effort,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_deep_seek_invocation_parameters_content_extra_body import (
        PromptDeepSeekInvocationParametersContentExtraBody,
    )


T = TypeVar("T", bound="PromptDeepSeekInvocationParametersContent")
_new = object.__new__
_FIELDS = frozenset(
    {
        "extra_body",
        "frequency_penalty",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "reasoning_effort",
        "seed",
        "stop",
        "temperature",
        "top_p",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("extra_body", "_extra_body_slot", False, 1, ""),
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
        "_reasoning_effort = _j_reasoning_effort\nreasoning_effort: PromptDeepSeekInvocationParametersContentReasoningEffort | Unset\nif _reasoning_effort is UNSET:\n    reasoning_effort = UNSET\nelse:\n    reasoning_effort = check_prompt_deep_seek_invocation_parameters_content_reasoning_effort(_reasoning_effort)",
    ),
    (
        "seed",
        "seed",
        False,
        0,
        "seed = _j_seed\nif not (type(seed) is int or seed is UNSET):\n    raise TypeError",
    ),
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
        "top_p",
        "top_p",
        False,
        0,
        "top_p = _j_top_p\nif not (type(top_p) is float or type(top_p) is int or top_p is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class PromptDeepSeekInvocationParametersContent:
    """
    Attributes:
        extra_body (PromptDeepSeekInvocationParametersContentExtraBody | Unset):
        frequency_penalty (float | Unset):
        max_completion_tokens (int | Unset):
        max_tokens (int | Unset):
        presence_penalty (float | Unset):
        reasoning_effort (PromptDeepSeekInvocationParametersContentReasoningEffort | Unset):
        seed (int | Unset):
        stop (list[str] | Unset):
        temperature (float | Unset):
        top_p (float | Unset):
    """

    extra_body: PromptDeepSeekInvocationParametersContentExtraBody | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    reasoning_effort: PromptDeepSeekInvocationParametersContentReasoningEffort | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
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
        try:
            extra_body: dict[str, Any] | Unset = UNSET
            if not isinstance(self.extra_body, Unset):
                extra_body = self.extra_body.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            extra_body = _as_json(self.extra_body)

        frequency_penalty = self.frequency_penalty

        max_completion_tokens = self.max_completion_tokens

        max_tokens = self.max_tokens

        presence_penalty = self.presence_penalty

        try:
            reasoning_effort: str | Unset = UNSET
            if not isinstance(self.reasoning_effort, Unset):
                reasoning_effort = self.reasoning_effort

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            reasoning_effort = _as_json(self.reasoning_effort)

        seed = self.seed

        try:
            stop: list[str] | Unset = UNSET
            if not isinstance(self.stop, Unset):
                stop = self.stop

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            stop = _as_json(self.stop)

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if extra_body is not UNSET:
            field_dict["extra_body"] = extra_body
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
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
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
        _extra_body_raw = d.get("extra_body", UNSET)
        if _extra_body_raw is UNSET:
            extra_body = UNSET
        elif not _strict:
            extra_body = _extra_body_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _extra_body = d.get("extra_body", UNSET)
                extra_body: PromptDeepSeekInvocationParametersContentExtraBody | Unset
                if _extra_body is UNSET:
                    extra_body = UNSET
                else:
                    extra_body = PromptDeepSeekInvocationParametersContentExtraBody.from_dict(
                        _extra_body
                    )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                extra_body, _drifted = _keep(
                    cls,
                    d,
                    "extra_body",
                    "PromptDeepSeekInvocationParametersContentExtraBody",
                    "type",
                    _drifted,
                )

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
            _reasoning_effort = d.get("reasoning_effort", UNSET)
            reasoning_effort: PromptDeepSeekInvocationParametersContentReasoningEffort | Unset
            if _reasoning_effort is UNSET:
                reasoning_effort = UNSET
            else:
                reasoning_effort = (
                    check_prompt_deep_seek_invocation_parameters_content_reasoning_effort(
                        _reasoning_effort
                    )
                )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            reasoning_effort, _drifted = _keep(
                cls,
                d,
                "reasoning_effort",
                "one of high, low, medium, minimal, none, xhigh",
                "enum",
                _drifted,
            )

        try:
            seed = d.get("seed", UNSET)
            if not (type(seed) is int or seed is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            seed, _drifted = _keep(cls, d, "seed", "int", "type", _drifted)

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
            top_p = d.get("top_p", UNSET)
            if not (type(top_p) is float or type(top_p) is int or top_p is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            top_p, _drifted = _keep(cls, d, "top_p", "float", "type", _drifted)

        _prompt_deep_seek_invocation_parameters_content_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_deep_seek_invocation_parameters_content_._extra_body_slot = extra_body  # type: ignore[attr-defined]
        _prompt_deep_seek_invocation_parameters_content_.frequency_penalty = frequency_penalty
        _prompt_deep_seek_invocation_parameters_content_.max_completion_tokens = (
            max_completion_tokens
        )
        _prompt_deep_seek_invocation_parameters_content_.max_tokens = max_tokens
        _prompt_deep_seek_invocation_parameters_content_.presence_penalty = presence_penalty
        _prompt_deep_seek_invocation_parameters_content_.reasoning_effort = reasoning_effort
        _prompt_deep_seek_invocation_parameters_content_.seed = seed
        _prompt_deep_seek_invocation_parameters_content_.stop = stop
        _prompt_deep_seek_invocation_parameters_content_.temperature = temperature
        _prompt_deep_seek_invocation_parameters_content_.top_p = top_p
        _prompt_deep_seek_invocation_parameters_content_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_deep_seek_invocation_parameters_content_, _drifted)
        return _prompt_deep_seek_invocation_parameters_content_


def _decode_extra_body(self: PromptDeepSeekInvocationParametersContent, raw: Any) -> Any:
    """``extra_body`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _extra_body = raw
        extra_body: PromptDeepSeekInvocationParametersContentExtraBody | Unset
        if _extra_body is UNSET:
            extra_body = UNSET
        else:
            extra_body = PromptDeepSeekInvocationParametersContentExtraBody.from_dict(_extra_body)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        extra_body, _drifted = _keep(
            type(self),
            {"extra_body": raw},
            "extra_body",
            "PromptDeepSeekInvocationParametersContentExtraBody",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return extra_body


_lazy(PromptDeepSeekInvocationParametersContent, "extra_body", 1, _decode_extra_body)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptDeepSeekInvocationParametersContentExtraBody
    from ..models.prompt_deep_seek_invocation_parameters_content_extra_body import (
        PromptDeepSeekInvocationParametersContentExtraBody,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
