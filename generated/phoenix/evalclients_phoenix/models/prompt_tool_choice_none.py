from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptToolChoiceNone")


@_attrs_define
class PromptToolChoiceNone:
    """
    Attributes:
        type_ (Literal['none']):
    """

    type_: Literal["none"]

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
        type_ = cast(Literal["none"], d["type"])
        if type_ != "none":
            raise ValueError(f"type must match const 'none', got '{type_}'")

        prompt_tool_choice_none = cls(
            type_,
        )

        return prompt_tool_choice_none
