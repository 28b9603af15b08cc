from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.prompt_anthropic_output_config_effort import (
    PromptAnthropicOutputConfigEffort,
    check_prompt_anthropic_output_config_effort,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptAnthropicOutputConfig")


@_attrs_define
class PromptAnthropicOutputConfig:
    """
    Attributes:
        effort (PromptAnthropicOutputConfigEffort | Unset):
    """

    effort: PromptAnthropicOutputConfigEffort | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _effort = d.get("effort", UNSET)
        effort: PromptAnthropicOutputConfigEffort | Unset
        if _effort is UNSET:
            effort = UNSET
        else:
            effort = check_prompt_anthropic_output_config_effort(_effort)

        prompt_anthropic_output_config = cls(
            effort,
        )

        return prompt_anthropic_output_config
