from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptAnthropicThinkingConfigDisabled")


@_attrs_define
class PromptAnthropicThinkingConfigDisabled:
    """
    Attributes:
        type_ (Literal['disabled']):
    """

    type_: Literal["disabled"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast(Literal["disabled"], d["type"])
        if type_ != "disabled":
            raise ValueError(f"type must match const 'disabled', got '{type_}'")

        prompt_anthropic_thinking_config_disabled = cls(
            type_,
        )

        return prompt_anthropic_thinking_config_disabled
