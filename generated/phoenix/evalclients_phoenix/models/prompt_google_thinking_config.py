from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.prompt_google_thinking_config_thinking_level import (
    PromptGoogleThinkingConfigThinkingLevel,
    check_prompt_google_thinking_config_thinking_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptGoogleThinkingConfig")


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

    def to_dict(self) -> dict[str, Any]:
        include_thoughts = self.include_thoughts

        thinking_budget = self.thinking_budget

        thinking_level: str | Unset = UNSET
        if not isinstance(self.thinking_level, Unset):
            thinking_level = self.thinking_level

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if include_thoughts is not UNSET:
            field_dict["include_thoughts"] = include_thoughts
        if thinking_budget is not UNSET:
            field_dict["thinking_budget"] = thinking_budget
        if thinking_level is not UNSET:
            field_dict["thinking_level"] = thinking_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        include_thoughts = d.get("include_thoughts", UNSET)

        thinking_budget = d.get("thinking_budget", UNSET)

        _thinking_level = d.get("thinking_level", UNSET)
        thinking_level: PromptGoogleThinkingConfigThinkingLevel | Unset
        if _thinking_level is UNSET:
            thinking_level = UNSET
        else:
            thinking_level = check_prompt_google_thinking_config_thinking_level(_thinking_level)

        prompt_google_thinking_config = cls(
            include_thoughts,
            thinking_budget,
            thinking_level,
        )

        return prompt_google_thinking_config
