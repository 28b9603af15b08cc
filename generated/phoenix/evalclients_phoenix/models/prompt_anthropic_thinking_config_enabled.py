from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.prompt_anthropic_thinking_config_enabled_display import (
    PromptAnthropicThinkingConfigEnabledDisplay,
    check_prompt_anthropic_thinking_config_enabled_display,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptAnthropicThinkingConfigEnabled")


@_attrs_define
class PromptAnthropicThinkingConfigEnabled:
    """
    Attributes:
        budget_tokens (int):
        type_ (Literal['enabled']):
        display (PromptAnthropicThinkingConfigEnabledDisplay | Unset):
    """

    budget_tokens: int
    type_: Literal["enabled"]
    display: PromptAnthropicThinkingConfigEnabledDisplay | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        budget_tokens = self.budget_tokens

        type_ = self.type_

        display: str | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "budget_tokens": budget_tokens,
                "type": type_,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        budget_tokens = d["budget_tokens"]

        type_ = cast(Literal["enabled"], d["type"])
        if type_ != "enabled":
            raise ValueError(f"type must match const 'enabled', got '{type_}'")

        _display = d.get("display", UNSET)
        display: PromptAnthropicThinkingConfigEnabledDisplay | Unset
        if _display is UNSET:
            display = UNSET
        else:
            display = check_prompt_anthropic_thinking_config_enabled_display(_display)

        prompt_anthropic_thinking_config_enabled = cls(
            budget_tokens,
            type_,
            display,
        )

        return prompt_anthropic_thinking_config_enabled
