from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptToolChoiceOneOrMore")


@_attrs_define
class PromptToolChoiceOneOrMore:
    """
    Attributes:
        type_ (Literal['one_or_more']):
    """

    type_: Literal["one_or_more"]

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
        type_ = cast(Literal["one_or_more"], d["type"])
        if type_ != "one_or_more":
            raise ValueError(f"type must match const 'one_or_more', got '{type_}'")

        prompt_tool_choice_one_or_more = cls(
            type_,
        )

        return prompt_tool_choice_one_or_more
