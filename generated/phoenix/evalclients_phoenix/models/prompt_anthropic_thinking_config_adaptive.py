from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.prompt_anthropic_thinking_config_adaptive_display import (
    PromptAnthropicThinkingConfigAdaptiveDisplay,
    check_prompt_anthropic_thinking_config_adaptive_display,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptAnthropicThinkingConfigAdaptive")


@_attrs_define
class PromptAnthropicThinkingConfigAdaptive:
    """
    Attributes:
        type_ (Literal['adaptive']):
        display (PromptAnthropicThinkingConfigAdaptiveDisplay | Unset):
    """

    type_: Literal["adaptive"]
    display: PromptAnthropicThinkingConfigAdaptiveDisplay | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        display: str | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["adaptive"], d["type"])
        if type_ != "adaptive":
            raise ValueError(f"type must match const 'adaptive', got '{type_}'")

        _display = d.get("display", UNSET)
        display: PromptAnthropicThinkingConfigAdaptiveDisplay | Unset
        if _display is UNSET:
            display = UNSET
        else:
            display = check_prompt_anthropic_thinking_config_adaptive_display(_display)

        prompt_anthropic_thinking_config_adaptive = cls(
            type_,
            display,
        )

        return prompt_anthropic_thinking_config_adaptive
