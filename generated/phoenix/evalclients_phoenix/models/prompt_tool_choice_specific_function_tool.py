from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptToolChoiceSpecificFunctionTool")


@_attrs_define
class PromptToolChoiceSpecificFunctionTool:
    """
    Attributes:
        function_name (str):
        type_ (Literal['specific_function']):
    """

    function_name: str
    type_: Literal["specific_function"]

    def to_dict(self) -> dict[str, Any]:
        function_name = self.function_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "function_name": function_name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        function_name = d["function_name"]

        type_ = cast(Literal["specific_function"], d["type"])
        if type_ != "specific_function":
            raise ValueError(f"type must match const 'specific_function', got '{type_}'")

        prompt_tool_choice_specific_function_tool = cls(
            function_name,
            type_,
        )

        return prompt_tool_choice_specific_function_tool
