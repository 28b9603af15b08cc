from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tool_result_content_part_tool_result_type_4 import (
        ToolResultContentPartToolResultType4,
    )


T = TypeVar("T", bound="ToolResultContentPart")


@_attrs_define
class ToolResultContentPart:
    """
    Attributes:
        tool_call_id (str):
        tool_result (bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4):
        type_ (Literal['tool_result']):
    """

    tool_call_id: str
    tool_result: bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4
    type_: Literal["tool_result"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        tool_call_id = self.tool_call_id

        tool_result: bool | dict[str, Any] | float | int | list[Any] | None | str
        if isinstance(self.tool_result, ToolResultContentPartToolResultType4):
            tool_result = self.tool_result.to_dict()
        elif isinstance(self.tool_result, list):
            tool_result = self.tool_result

        else:
            tool_result = self.tool_result

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tool_call_id": tool_call_id,
                "tool_result": tool_result,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        tool_call_id = d["tool_call_id"]

        tool_result = _parse_tool_result(d["tool_result"])

        type_ = cast(Literal["tool_result"], d["type"])
        if type_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{type_}'")

        tool_result_content_part = cls(
            tool_call_id,
            tool_result,
            type_,
        )

        return tool_result_content_part


def _parse_tool_result(
    data: object,
) -> bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_result_type_4 = ToolResultContentPartToolResultType4.from_dict(data)

        return tool_result_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        tool_result_type_5: list[Any] = data

        return tool_result_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4, data
    )


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ToolResultContentPartToolResultType4
    from ..models.tool_result_content_part_tool_result_type_4 import (
        ToolResultContentPartToolResultType4,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
