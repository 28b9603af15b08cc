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
from ..models.prompt_google_thinking_config_thinking_level import (
    PromptGoogleThinkingConfigThinkingLevel,
    check_prompt_google_thinking_config_thinking_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptGoogleThinkingConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "include_thoughts",
        "thinking_budget",
        "thinking_level",
    }
)


@_attrs_define
class PromptGoogleThinkingConfig:
    """
    Attributes:
        include_thoughts (bool | Unset):
        thinking_budget (int | Unset):
        thinking_level (PromptGoogleThinkingConfigThinkingLevel | Unset):
    """

    include_thoughts: bool | Unset = UNSET
    thinking_budget: int | Unset = UNSET
    thinking_level: PromptGoogleThinkingConfigThinkingLevel | Unset = UNSET
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        include_thoughts = self.include_thoughts

        thinking_budget = self.thinking_budget

        try:
            thinking_level: str | Unset = UNSET
            if not isinstance(self.thinking_level, Unset):
                thinking_level = self.thinking_level

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            thinking_level = _as_json(self.thinking_level)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if include_thoughts is not UNSET:
            field_dict["include_thoughts"] = include_thoughts
        if thinking_budget is not UNSET:
            field_dict["thinking_budget"] = thinking_budget
        if thinking_level is not UNSET:
            field_dict["thinking_level"] = thinking_level

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
            include_thoughts = d.get("include_thoughts", UNSET)
            if not (type(include_thoughts) is bool or include_thoughts is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            include_thoughts, _drifted = _keep(cls, d, "include_thoughts", "bool", "type", _drifted)

        try:
            thinking_budget = d.get("thinking_budget", UNSET)
            if not (type(thinking_budget) is int or thinking_budget is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            thinking_budget, _drifted = _keep(cls, d, "thinking_budget", "int", "type", _drifted)

        try:
            _thinking_level = d.get("thinking_level", UNSET)
            thinking_level: PromptGoogleThinkingConfigThinkingLevel | Unset
            if _thinking_level is UNSET:
                thinking_level = UNSET
            else:
                thinking_level = check_prompt_google_thinking_config_thinking_level(_thinking_level)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            thinking_level, _drifted = _keep(
                cls, d, "thinking_level", "one of high, low, medium, minimal", "enum", _drifted
            )

        _prompt_google_thinking_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_google_thinking_config_.include_thoughts = include_thoughts
        _prompt_google_thinking_config_.thinking_budget = thinking_budget
        _prompt_google_thinking_config_.thinking_level = thinking_level

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_google_thinking_config_, _drifted)
        return _prompt_google_thinking_config_
