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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptAwsInvocationParametersContent")
_new = object.__new__
_FIELDS = frozenset(
    {
        "max_tokens",
        "stop_sequences",
        "temperature",
        "top_p",
    }
)


@_attrs_define
class PromptAwsInvocationParametersContent:
    """
    Attributes:
        max_tokens (int | Unset):
        stop_sequences (list[str] | Unset):
        temperature (float | Unset):
        top_p (float | Unset):
    """

    max_tokens: int | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        max_tokens = self.max_tokens

        try:
            stop_sequences: list[str] | Unset = UNSET
            if not isinstance(self.stop_sequences, Unset):
                stop_sequences = self.stop_sequences

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            stop_sequences = _as_json(self.stop_sequences)

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
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
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            max_tokens = d.get("max_tokens", UNSET)
            if not (type(max_tokens) is int or max_tokens is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            max_tokens, _drifted = _keep(cls, d, "max_tokens", "int", "type", _drifted)

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

        try:
            top_p = d.get("top_p", UNSET)
            if not (type(top_p) is float or type(top_p) is int or top_p is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            top_p, _drifted = _keep(cls, d, "top_p", "float", "type", _drifted)

        _prompt_aws_invocation_parameters_content_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_aws_invocation_parameters_content_.max_tokens = max_tokens
        _prompt_aws_invocation_parameters_content_.stop_sequences = stop_sequences
        _prompt_aws_invocation_parameters_content_.temperature = temperature
        _prompt_aws_invocation_parameters_content_.top_p = top_p

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_aws_invocation_parameters_content_, _drifted)
        return _prompt_aws_invocation_parameters_content_
