from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ToolCallFunction")


@_attrs_define
class ToolCallFunction:
    """
    Attributes:
        arguments (str):
        name (str):
        type_ (Literal['function']):
    """

    arguments: str
    name: str
    type_: Literal["function"]

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "arguments": arguments,
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        arguments = d["arguments"]

        name = d["name"]

        type_ = cast(Literal["function"], d["type"])
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        tool_call_function = cls(
            arguments,
            name,
            type_,
        )

        return tool_call_function
