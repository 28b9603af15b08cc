from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

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
from ..models.prompt_anthropic_thinking_config_enabled_display import (
    PromptAnthropicThinkingConfigEnabledDisplay,
    check_prompt_anthropic_thinking_config_enabled_display,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptAnthropicThinkingConfigEnabled")
_new = object.__new__
_FIELDS = frozenset(
    {
        "budget_tokens",
        "type",
        "display",
    }
)


@_attrs_define
class PromptAnthropicThinkingConfigEnabled:
    """
    Attributes:
        budget_tokens (int):
        type_ (Literal['enabled']):
        display (PromptAnthropicThinkingConfigEnabledDisplay | Unset):
    """

    budget_tokens: int | Unset
    type_: Literal["enabled"] | Unset
    display: PromptAnthropicThinkingConfigEnabledDisplay | Unset = UNSET
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        budget_tokens = self.budget_tokens

        try:
            type_ = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            display: str | Unset = UNSET
            if not isinstance(self.display, Unset):
                display = self.display

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            display = _as_json(self.display)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "budget_tokens": budget_tokens,
                "type": type_,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

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
            budget_tokens = d["budget_tokens"]
            if not (type(budget_tokens) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            budget_tokens, _drifted = _keep(cls, d, "budget_tokens", "int", "type", _drifted)

        try:
            type_ = cast(Literal["enabled"], d["type"])
            if type_ != "enabled":
                raise ValueError(f"type must match const 'enabled', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "Literal[\u0027enabled\u0027]", "type", _drifted
            )

        try:
            _display = d.get("display", UNSET)
            display: PromptAnthropicThinkingConfigEnabledDisplay | Unset
            if _display is UNSET:
                display = UNSET
            else:
                display = check_prompt_anthropic_thinking_config_enabled_display(_display)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            display, _drifted = _keep(
                cls, d, "display", "one of omitted, summarized", "enum", _drifted
            )

        _prompt_anthropic_thinking_config_enabled_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _prompt_anthropic_thinking_config_enabled_.budget_tokens = budget_tokens
        _prompt_anthropic_thinking_config_enabled_.type_ = type_
        _prompt_anthropic_thinking_config_enabled_.display = display

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_anthropic_thinking_config_enabled_, _drifted)
        return _prompt_anthropic_thinking_config_enabled_
