from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptToolChoiceZeroOrMore")


@_attrs_define
class PromptToolChoiceZeroOrMore:
    """
    Attributes:
        type_ (Literal['zero_or_more']):
    """

    type_: Literal["zero_or_more"]

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
        type_ = cast(Literal["zero_or_more"], d["type"])
        if type_ != "zero_or_more":
            raise ValueError(f"type must match const 'zero_or_more', got '{type_}'")

        prompt_tool_choice_zero_or_more = cls(
            type_,
        )

        return prompt_tool_choice_zero_or_more
